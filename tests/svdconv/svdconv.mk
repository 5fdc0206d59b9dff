# SPDX-License-Identifier: MIT
# Drop-in for SVDConv: every identifier ARM SVDConv's header offers for a
# set of SVDs (committed facts) exists in svdgen's, with the same value,
# offset and size.
# One automake test per facts file, found by wildcard (SVDCONV_FACTS comes
# from configure.ac, as ERROR_CASES does), so make -j runs them side by side.
TEST_EXTENSIONS += .facts
FACTS_LOG_COMPILER = $(SHELL) $(srcdir)/tests/svdconv/svdconv-check.sh
TESTS += $(SVDCONV_FACTS)
EXTRA_DIST += tests/svdconv/svdconv-check.sh tests/svdconv/compare.py \
	tests/svdconv/extract.py tests/svdconv/make-facts.sh \
	tests/svdconv/coverage.sh tests/svdconv/exceptions \
	tests/svdconv/README.md $(wildcard $(srcdir)/tests/svdconv/facts/*.facts)
$(SVDCONV_FACTS:.facts=.log): svdgen$(EXEEXT) \
	$(srcdir)/tests/svdconv/svdconv-check.sh $(srcdir)/tests/svdconv/compare.py

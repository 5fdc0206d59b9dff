# SPDX-License-Identifier: MIT
# Drop-in for SVDConv: every identifier ARM SVDConv's header offers for a
# set of SVDs (committed facts) exists in svdgen's, with the same value,
# offset and size.
TESTS += tests/svdconv/svdconv-check.sh
EXTRA_DIST += tests/svdconv/svdconv-check.sh tests/svdconv/compare.py \
	tests/svdconv/extract.py tests/svdconv/make-facts.sh \
	tests/svdconv/coverage.sh tests/svdconv/exceptions \
	tests/svdconv/README.md $(wildcard $(srcdir)/tests/svdconv/facts/*.facts)
tests/svdconv/svdconv-check.log: svdgen$(EXEEXT)

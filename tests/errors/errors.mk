# SPDX-License-Identifier: MIT
# The error suite: each tests/errors/NAME.svd is one malformed or hostile
# input, NAME.expected its exit status, extra options and exact diagnostics.
# Every NAME.expected is one automake test, found by wildcard so a new case
# needs no edit here; run.sh runs it and checks that a failed run writes no
# file.
TEST_EXTENSIONS += .expected
EXPECTED_LOG_COMPILER = $(SHELL) $(srcdir)/tests/errors/run.sh
# ERROR_CASES comes from configure.ac: automake refuses $(srcdir) in TESTS
# but passes a substituted value through, which make then expands.
TESTS += $(ERROR_CASES)
EXTRA_DIST += tests/errors/run.sh \
	$(wildcard $(srcdir)/tests/errors/*.expected) \
	$(wildcard $(srcdir)/tests/errors/*.svd)
$(ERROR_CASES:.expected=.log): svdgen$(EXEEXT) \
	$(srcdir)/tests/errors/run.sh

# compile-ok: the headers of every case that exits 0 compile.
TESTS += tests/errors/compile-ok.sh
EXTRA_DIST += tests/errors/compile-ok.sh
tests/errors/compile-ok.log: svdgen$(EXEEXT)

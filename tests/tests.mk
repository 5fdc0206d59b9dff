# SPDX-License-Identifier: MIT
# make check: unit tests per pipeline stage, golden files, the error suite,
# the header compile matrix and the vendor corpus.
TESTS =
check_PROGRAMS =
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	SVDGEN='$(abs_top_builddir)/svdgen'; export SVDGEN; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	CC='$(CC)'; export CC; CXX='$(CXX)'; export CXX; \
	CLANG='$(CLANG)'; export CLANG; PYTHON3='$(PYTHON3)'; export PYTHON3;

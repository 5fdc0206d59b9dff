# SPDX-License-Identifier: MIT
# svdreg: read, write and decode registers by name on a running board. The
# SVD goes through libsvdgen's stages, memory through libsvdhal's map API.
# Included from the top Makefile.am, after hal/hal.mk.
bin_PROGRAMS += svdreg
svdreg_SOURCES = gen/svdreg.c gen/register-path.c gen/register-path.h
# The shipped SVDs are looked up in $(datadir)/svdgen/svd at run time.
svdreg_CPPFLAGS = $(AM_CPPFLAGS) -I$(top_srcdir)/hal \
	-DSVDREG_SVD_DIR='"$(datadir)/svdgen/svd"'
svdreg_LDADD = gen/libsvdgen.a hal/libsvdhal.a $(LIBXML2_LIBS)
dist_man_MANS += doc/svdreg.1
# Completion of commands, peripherals and register paths, for bash.
bashcompletiondir = $(datadir)/bash-completion/completions
dist_bashcompletion_DATA = gen/bash-completion/svdreg

# Behaviour against files standing in for physical memory, JSON output,
# vendor SVDs of the corpus, and the unit test of path lookup and write
# planning. The run on a real kernel is in tests/qemu-linux.
TESTS += tests/svdreg/svdreg.sh tests/svdreg/json.sh tests/svdreg/corpus.sh \
	tests/svdreg/completion.sh
EXTRA_DIST += tests/svdreg/svdreg.sh tests/svdreg/json.sh \
	tests/svdreg/corpus.sh tests/svdreg/completion.sh \
	tests/svdreg/check-json.py \
	tests/svdreg/memory.py tests/svdreg/clusters.svd
# For make check TESTS=... without a make before it.
tests/svdreg/svdreg.log tests/svdreg/json.log tests/svdreg/corpus.log \
tests/svdreg/completion.log: svdreg$(EXEEXT)
if HAVE_CMOCKA
check_PROGRAMS += tests/svdreg/test-register-path
TESTS += tests/svdreg/test-register-path
tests_svdreg_test_register_path_SOURCES = \
	tests/svdreg/test-register-path.c gen/register-path.c
tests_svdreg_test_register_path_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_svdreg_test_register_path_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) \
	$(CMOCKA_LIBS)
endif

# make bench also measures svdreg's start-up (bench/svdreg.sh, written to
# bench/RESULTS-svdreg.md); make bench-svdreg measures it alone.
EXTRA_DIST += bench/svdreg.sh bench/RESULTS-svdreg.md
bench-svdreg: svdreg$(EXEEXT)
	CC='$(CC)' top_srcdir='$(top_srcdir)' top_builddir='$(top_builddir)' \
		$(SHELL) $(srcdir)/bench/svdreg.sh
bench: bench-svdreg
.PHONY: bench-svdreg

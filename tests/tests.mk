# SPDX-License-Identifier: MIT
# make check: unit tests per pipeline stage, golden files, the error suite,
# the header compile matrix, register facts of the shipped SVDs and the
# vendor corpus.
TESTS =
check_PROGRAMS =
# What every test script sources first (where things are, skip rules).
EXTRA_DIST += tests/lib.sh
TEST_EXTENSIONS = .sh
SH_LOG_COMPILER = $(SHELL)
AM_TESTS_ENVIRONMENT = \
	SVDGEN='$(abs_top_builddir)/svdgen'; export SVDGEN; \
	top_srcdir='$(abs_top_srcdir)'; export top_srcdir; \
	top_builddir='$(abs_top_builddir)'; export top_builddir; \
	CC='$(CC)'; export CC; CXX='$(CXX)'; export CXX; \
	CLANG='$(CLANG)'; export CLANG; PYTHON3='$(PYTHON3)'; export PYTHON3;

# The shipped SoCs' headers (shipped.mk) with --strict, for the bare-metal
# examples.
generated/strict-%/.stamp: $(srcdir)/svd/%.svd svdgen$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) generated/strict-$* && \
	./svdgen -q --strict $(srcdir)/svd/$*.svd -o generated/strict-$* && \
	touch $@
clean-local:
	rm -rf generated tests/qemu-linux/out

# make -j starts the tests in this order: the longest ones (install runs
# one step after another; the corpus shards are the largest share) first,
# so that none of them is left running alone at the end.
include tests/install/install.mk
include tests/corpus/corpus.mk
include tests/unit/unit.mk
include tests/golden/golden.mk
include tests/errors/errors.mk
include tests/compile/compile.mk
include tests/facts/facts.mk
include tests/accessors/accessors.mk
include tests/accessors/behaviour.mk
include tests/cli/cli.mk
include tests/svdconv/svdconv.mk
include tests/realworld/realworld.mk
include tests/doc/doc.mk

# The shipped SVDs: equal to what their sources produce, and warning-free.
TESTS += tests/svd/sources.sh
EXTRA_DIST += tests/svd/sources.sh svd/bcm283x/assemble.sh \
	$(wildcard $(srcdir)/svd/bcm283x/*.xml) svd/am335x/gen_am335x.py \
	svd/am335x/svdlib.py svd/NOTES-bcm283x.md svd/NOTES-am335x.md \
	svd/rk3288/gen_rk3288.py svd/NOTES-rk3288.md

# Build integration: the dependency file and untouched unchanged headers.
TESTS += tests/build/depfile.sh
EXTRA_DIST += tests/build/depfile.sh

# Untrusted SVDs: injected text never becomes code; a failed run changes
# nothing on disk.
TESTS += tests/build/hostile.sh tests/build/failed-run.sh \
	tests/build/many-files.sh
EXTRA_DIST += tests/build/hostile.sh tests/build/failed-run.sh \
	tests/build/many-files.sh

# The emitters beside the naming stage write what one thread writes; a
# file parsed as it is read gives what one read whole gives.
TESTS += tests/build/jobs.sh tests/build/stream.sh
EXTRA_DIST += tests/build/jobs.sh tests/build/stream.sh

# Without cmocka the programs above are not built: say so with a SKIP.
if !HAVE_CMOCKA
TESTS += tests/no-cmocka.sh
endif
EXTRA_DIST += tests/no-cmocka.sh

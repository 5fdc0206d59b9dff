# SPDX-License-Identifier: MIT
# make install, and two separate projects built against the installed tree:
# examples/consumer (autotools: svdgen.m4, svdgen.mk, svdgen.pc) and
# examples/consumer-cmake (find_package, svdgen_generate). The test runs
# `$(MAKE) install' into a folder of its own.
TESTS += tests/install/install.sh
EXTRA_DIST += tests/install/install.sh
tests/install/install.log: $(SHIPPED_STAMPS) hal/libsvdhal.a svdgen$(EXEEXT)
AM_TESTS_ENVIRONMENT += MAKE='$(MAKE)'; export MAKE;

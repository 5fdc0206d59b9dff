# SPDX-License-Identifier: MIT
# The header compile matrix, one automake test per compiler family
# (tests/compile/*.family, run by compile.sh) so make -j runs them side by
# side. The two alone-* families are the longest: listed first, they start
# first.
TEST_EXTENSIONS += .family
FAMILY_LOG_COMPILER = $(SHELL) $(srcdir)/tests/compile/compile.sh
COMPILE_FAMILIES = tests/compile/alone-c.family \
	tests/compile/alone-cxx.family \
	tests/compile/gcc.family tests/compile/clang.family \
	tests/compile/cxx.family tests/compile/clangxx.family \
	tests/compile/armhf.family tests/compile/aarch64.family \
	tests/compile/arm-none-eabi.family
TESTS += $(COMPILE_FAMILIES)
EXTRA_DIST += tests/compile/compile.sh $(COMPILE_FAMILIES)
$(COMPILE_FAMILIES:.family=.log): $(SHIPPED_STAMPS) \
	$(srcdir)/tests/compile/compile.sh
# Registers named PACKAGE, VERSION, DEBUG against command-line macros.
TESTS += tests/compile/build-macros.sh
EXTRA_DIST += tests/compile/build-macros.sh
tests/compile/build-macros.log: svdgen$(EXEEXT)

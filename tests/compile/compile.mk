# SPDX-License-Identifier: MIT
TESTS += tests/compile/compile.sh
EXTRA_DIST += tests/compile/compile.sh
tests/compile/compile.log: $(SHIPPED_STAMPS)
# Registers named PACKAGE, VERSION, DEBUG against command-line macros.
TESTS += tests/compile/build-macros.sh
EXTRA_DIST += tests/compile/build-macros.sh
tests/compile/build-macros.log: svdgen$(EXEEXT)

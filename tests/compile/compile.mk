# SPDX-License-Identifier: MIT
TESTS += tests/compile/compile.sh
EXTRA_DIST += tests/compile/compile.sh
tests/compile/compile.log: $(SHIPPED_STAMPS)

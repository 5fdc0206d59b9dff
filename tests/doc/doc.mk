# SPDX-License-Identifier: MIT
# The documentation's commands, run as written: doc/getting-started.md
# here; the README's two commands are run by .ci/run in a fresh clone.
TESTS += tests/doc/getting-started.sh
EXTRA_DIST += doc/getting-started.md tests/doc/getting-started.sh \
	tests/doc/blocks.awk
tests/doc/getting-started.log: $(SHIPPED_STAMPS) hal/libsvdhal.a \
	svdgen$(EXEEXT)
# The man page's list of checks is the check table's.
TESTS += tests/doc/check-list.sh
EXTRA_DIST += tests/doc/check-list.sh
tests/doc/check-list.log: svdgen$(EXEEXT)

# SPDX-License-Identifier: MIT
# The command line's own behaviour: -q.
TESTS += tests/cli/quiet.sh
EXTRA_DIST += tests/cli/quiet.sh
tests/cli/quiet.log: svdgen$(EXEEXT)

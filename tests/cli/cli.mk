# SPDX-License-Identifier: MIT
# The command line's own behaviour: -q.
TESTS += tests/cli/quiet.sh
EXTRA_DIST += tests/cli/quiet.sh
tests/cli/quiet.log: svdgen$(EXEEXT)
# SVDConv's device header name forwards to ours.
TESTS += tests/cli/forwarding-header.sh
EXTRA_DIST += tests/cli/forwarding-header.sh
tests/cli/forwarding-header.log: svdgen$(EXEEXT)

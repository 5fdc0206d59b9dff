# SPDX-License-Identifier: MIT
# The error suite: each tests/errors/NAME.svd is one malformed or hostile
# input, NAME.expected its exit status, extra options and exact diagnostics.
# run.sh runs every case and checks that a failed run writes no file.
TESTS += tests/errors/run.sh
EXTRA_DIST += tests/errors/run.sh \
	$(wildcard $(srcdir)/tests/errors/*.svd) \
	$(wildcard $(srcdir)/tests/errors/*.expected)

# SPDX-License-Identifier: MIT
TESTS += tests/golden/run.sh
EXTRA_DIST += tests/golden/run.sh tests/golden/cases \
	$(wildcard $(srcdir)/tests/golden/*.svd) \
	$(wildcard $(srcdir)/tests/golden/*.stderr) \
	$(wildcard $(srcdir)/tests/golden/*/*.h)
TESTS += tests/golden/addresses.sh
EXTRA_DIST += tests/golden/addresses.sh
tests/golden/addresses.log: $(srcdir)/tests/corpus/svd-addresses.py

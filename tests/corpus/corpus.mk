# SPDX-License-Identifier: MIT
TESTS += tests/corpus/corpus.sh
EXTRA_DIST += tests/corpus/corpus.sh tests/corpus/known-defects
# Layout proven by a route that does not trust the generator: addresses
# computed from the SVD in Python, compared with BASE + offsetof().
TESTS += tests/corpus/layout-check.sh
EXTRA_DIST += tests/corpus/layout-check.sh tests/corpus/svd-addresses.py

# SPDX-License-Identifier: MIT
TESTS += tests/corpus/corpus.sh
EXTRA_DIST += tests/corpus/corpus.sh tests/corpus/known-defects

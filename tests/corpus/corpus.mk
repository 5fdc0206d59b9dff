# SPDX-License-Identifier: MIT
# The vendor corpus (../shared/svd-corpus), in shards of about the same
# cost so make -j runs them side by side: each tests/corpus/NAME.corpus is
# one automake test, run by corpus.sh, which generates each file once and
# then compiles its headers and proves its layout by a route that does not
# trust the generator (svd-addresses.py). summary.sh, run after them, checks
# that the shards take every file of the corpus and adds their results up.
TEST_EXTENSIONS += .corpus
CORPUS_LOG_COMPILER = $(SHELL) $(srcdir)/tests/corpus/corpus.sh
CORPUS_SHARDS = tests/corpus/stmicro-1.corpus tests/corpus/stmicro-2.corpus \
	tests/corpus/stmicro-3.corpus tests/corpus/stmicro-4.corpus \
	tests/corpus/stmicro-5.corpus tests/corpus/stmicro-6.corpus \
	tests/corpus/freescale-1.corpus tests/corpus/freescale-2.corpus \
	tests/corpus/espressif-1.corpus tests/corpus/espressif-2.corpus \
	tests/corpus/espressif-3.corpus tests/corpus/nordic-1.corpus \
	tests/corpus/nordic-2.corpus tests/corpus/atmel-1.corpus \
	tests/corpus/atmel-2.corpus tests/corpus/siliconlabs-1.corpus \
	tests/corpus/siliconlabs-2.corpus tests/corpus/others.corpus
TESTS += $(CORPUS_SHARDS) tests/corpus/summary.sh
EXTRA_DIST += tests/corpus/corpus.sh tests/corpus/summary.sh \
	tests/corpus/known-defects tests/corpus/svd-addresses.py \
	$(CORPUS_SHARDS)
$(CORPUS_SHARDS:.corpus=.log): svdgen$(EXEEXT) \
	$(srcdir)/tests/corpus/corpus.sh $(srcdir)/tests/corpus/known-defects \
	$(srcdir)/tests/corpus/svd-addresses.py
tests/corpus/summary.log: $(CORPUS_SHARDS:.corpus=.log)

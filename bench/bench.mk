# SPDX-License-Identifier: MIT
# make bench: generation time and memory against xmllint --noout, corpus
# throughput, a callgrind profile of the pipeline, compile time of the
# generated headers and instructions per accessor (bench/run.sh). Not part
# of make check; it reports and writes bench/RESULTS.md, never gates.
# Included from the top Makefile.am, after hal/hal.mk and tests/tests.mk
# (it needs their generated/hal-*/ and generated/rules/ rules).
EXTRA_DIST += bench/run.sh bench/derive-chain.sh bench/measure.c bench/ops.h bench/ops-main.c \
	bench/ops-accessor.c bench/ops-hand.c bench/RESULTS.md
bench: svdgen$(EXEEXT) generated/rules/.stamp $(HAL_STAMPS)
	CC='$(CC)' top_srcdir='$(top_srcdir)' top_builddir='$(top_builddir)' \
		$(SHELL) $(srcdir)/bench/run.sh
.PHONY: bench

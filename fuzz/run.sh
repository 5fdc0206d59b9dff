#!/bin/sh
# SPDX-License-Identifier: MIT
# Fuzz the whole pipeline for a bounded time (default 120 s), seeded from
# every test input, then compile what a sample of the corpus it grew
# generates (fuzz/compile.sh, COMPILE_SAMPLE inputs, default 100). Crashes,
# leaks, timeouts and headers that do not compile land in fuzz/findings/;
# each one found is meant to become a case in tests/errors/. The corpus
# stays in fuzz/corpus (CORPUS=DIR to move it) so runs build on each other.
# FUZZ_FLAGS adds libFuzzer flags (e.g. -fork=1 -ignore_timeouts=1).
# Usage: fuzz/run.sh [SECONDS]
set -u
seconds=${1:-120}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
fuzzer=${FUZZER:-$PWD/fuzz/fuzz-svdgen}
[ -x "$fuzzer" ] || { echo "fuzz/run.sh: build it first: make fuzz"; exit 2; }
corpus=${CORPUS:-fuzz/corpus}
mkdir -p "$corpus"
cp "$top"/tests/golden/*.svd "$top"/tests/errors/*.svd \
	"$top"/tests/accessors/rules.svd "$corpus"/
mkdir -p fuzz/findings
"$fuzzer" -max_total_time="$seconds" -dict="$here/svd.dict" \
	-max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	-artifact_prefix=fuzz/findings/ ${FUZZ_FLAGS:-} "$corpus" \
	>fuzz/findings/log 2>&1
status=$?
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE' \
	fuzz/findings/log
if [ $status -ne 0 ]; then
	echo "fuzz: FAILED, see fuzz/findings/"
	grep -E 'ERROR|SUMMARY' fuzz/findings/log | head -5
	ls fuzz/findings
	exit $status
fi
sh "$here/compile.sh" "$corpus" "${COMPILE_SAMPLE:-100}"

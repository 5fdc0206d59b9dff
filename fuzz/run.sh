#!/bin/sh
# SPDX-License-Identifier: MIT
# Fuzz the whole pipeline for a bounded time (default 120 s), seeded from
# every test input. Crashes, leaks and timeouts land in fuzz/findings/; each
# one found is meant to become a case in tests/errors/.
# Usage: fuzz/run.sh [SECONDS]
set -u
seconds=${1:-120}
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
fuzzer=${FUZZER:-$PWD/fuzz/fuzz-svdgen}
[ -x "$fuzzer" ] || { echo "fuzz/run.sh: build it first: make fuzz"; exit 2; }
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$top"/tests/golden/*.svd "$top"/tests/errors/*.svd \
	"$top"/tests/accessors/rules.svd "$corpus"/
mkdir -p fuzz/findings
"$fuzzer" -max_total_time="$seconds" -dict="$here/svd.dict" \
	-max_len=16384 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	-artifact_prefix=fuzz/findings/ "$corpus" >fuzz/findings/log 2>&1
status=$?
grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb|^#[0-9]+ *DONE' \
	fuzz/findings/log
if [ $status -ne 0 ]; then
	echo "fuzz: FAILED, see fuzz/findings/"
	grep -E 'ERROR|SUMMARY' fuzz/findings/log | head -5
	ls fuzz/findings
fi
exit $status

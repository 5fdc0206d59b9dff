#!/bin/sh
# SPDX-License-Identifier: MIT
# The corpus as a whole: every file of it is taken by exactly one shard
# (tests/corpus/*.corpus), so none goes unchecked when the corpus grows,
# and the shards' results added up into the one summary line of the whole
# corpus. make check runs this after the shards (corpus.mk) and reads
# their logs; by hand, a shard without a log is run here.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
here=$srcdir/tests/corpus
require_corpus
make_tmp corpus-summary
failed=0

(cd "$corpus" && find . -name '*.svd' | sed 's|^\./||' | sort) >"$tmp/corpus"
: >"$tmp/taken"
: >"$tmp/results"
for shard in "$here"/*.corpus; do
	name=$(basename "$shard" .corpus)
	sh "$here/corpus.sh" --list "$shard" >>"$tmp/taken"
	log=$builddir/tests/corpus/$name.log
	if [ ! -f "$log" ]; then
		echo "no $log: running the shard"
		log=$tmp/$name.log
		sh "$here/corpus.sh" "$shard" >"$log" 2>&1
	fi
	if ! grep '^corpus: \|^layout: ' "$log" >>"$tmp/results" ||
		[ "$(grep -c '^corpus: ' "$log")" != 1 ]; then
		echo "FAIL: $name: no summary line in $log"
		failed=$((failed + 1))
	fi
done
sort "$tmp/taken" | uniq -d >"$tmp/twice"
sort -u "$tmp/taken" | comm -23 "$tmp/corpus" - >"$tmp/untaken"
while read -r svd; do
	echo "FAIL: $svd is in more than one shard"
	failed=$((failed + 1))
done <"$tmp/twice"
while read -r svd; do
	echo "FAIL: $svd is in no shard (tests/corpus/*.corpus)"
	failed=$((failed + 1))
done <"$tmp/untaken"

# corpus: P generated and compiled (R needed a reading of a vendor defect),
# D diagnosed vendor defects, F failed / layout: L files' ... proven
totals=$(sed -n 's/^corpus: \([0-9]*\) generated and compiled (\([0-9]*\) needed a reading of a vendor defect), \([0-9]*\) diagnosed vendor defects, \([0-9]*\) failed$/\1 \2 \3 \4/p' \
	"$tmp/results" | awk '{ for (i = 1; i <= 4; i++) t[i] += $i }
		END { print t[1] + 0, t[2] + 0, t[3] + 0, t[4] + 0 }')
layout=$(sed -n "s/^layout: \([0-9]*\) files' register addresses proven$/\1/p" \
	"$tmp/results" | awk '{ t += $1 } END { print t + 0 }')
set -- $totals
echo "$(wc -l <"$tmp/corpus") files in $corpus," \
	"$(ls "$here"/*.corpus | wc -l) shards"
echo "corpus: $1 generated and compiled ($2 needed a reading of a vendor defect), $3 diagnosed vendor defects, $4 failed"
echo "layout: $layout files' register addresses proven"
[ "$4" -eq 0 ] || failed=$((failed + $4))
if [ $(($1 + $3)) -ne "$(wc -l <"$tmp/corpus")" ]; then
	echo "FAIL: $(($1 + $3)) files passed, the corpus has $(wc -l <"$tmp/corpus")"
	failed=$((failed + 1))
fi
echo "$(($1 + $3)) passed, $failed failed"
[ $failed -eq 0 ]

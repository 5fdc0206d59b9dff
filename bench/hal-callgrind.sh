#!/bin/sh
# SPDX-License-Identifier: MIT
# Instructions per GPIO write (set or clear) through the hal and by hand,
# counted by callgrind inside the toggle loop only. Usage:
# hal-callgrind.sh PATH/TO/hal-toggle [N]
set -eu
program=$1
n=${2:-100000}
if ! command -v valgrind > /dev/null 2>&1; then
	echo "SKIP: no valgrind"
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
for mode in hal raw; do
	valgrind --tool=callgrind --callgrind-out-file="$work/$mode.out" \
		--toggle-collect="toggle_$mode*" "$program" "$mode" "$n" \
		2> "$work/$mode.log"
	total=$(sed -n 's/^summary: *//p' "$work/$mode.out")
	echo "$mode: $total instructions for $n periods:" \
		"$(awk -v t="$total" -v n="$n" \
			'BEGIN { printf "%.2f per write", t / (2 * n) }')"
done

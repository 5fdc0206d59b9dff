#!/bin/sh
# SPDX-License-Identifier: MIT
# svdreg on vendor SVDs of the corpus (../shared/svd-corpus), with
# clusters and dim arrays (--svd):
#   - every register's address, as svdreg lists it, equals the address
#     tests/corpus/svd-addresses.py computes from the same SVD without any
#     of svdgen's code (nRF52810: cluster arrays PPI.CH[n], register arrays
#     P0.PIN_CNF[n]; RP2040);
#   - a field write into a register array and a cluster array of the
#     nRF52810 leaves the expected word in a --mem file; addresses from the
#     nRF52810 Product Specification 1.3 (GPIO P0 0x50000000, PIN_CNF[n]
#     0x700 + 4n; PPI 0x4001F000, CH[n].EEP 0x510 + 8n, 20 channels),
#     cross-checked with QEMU's include/hw/arm/nrf52.h (GPIO 0x50000000)
#     and the PPI register map of a public QEMU nRF5x PPI model
#     (PPI_CH0_EEP 0x510 from 0x4001F000).
# Skips (77) when the corpus is absent; CI sets SVD_CORPUS_REQUIRED=1,
# where that is a failure (as in tests/corpus/corpus.sh).
# $b, $t, $n and $a hold several arguments each:
# shellcheck disable=SC2086
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
svdreg=${SVDREG:-$builddir/svdreg}
python=${PYTHON3:-python3}
[ -n "$python" ] || python=python3
memory="$python $srcdir/tests/svdreg/memory.py"
require_corpus
work=$(mktemp -d "${TMPDIR:-/tmp}/svdreg-corpus.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
SVD_HAL_DT_ROOT=$work/no-device-tree
export SVD_HAL_DT_ROOT
passed=0
failed=0
ok() {
	echo "ok: $1"
	passed=$((passed + 1))
}
fail() {
	echo "FAIL: $1"
	failed=$((failed + 1))
}

for svd in Nordic/nrf52810.svd RaspberryPi/RP2040.svd; do
	file=$corpus/$svd
	if [ ! -f "$file" ]; then
		fail "$svd is not in the corpus"
		continue
	fi
	"$python" "$srcdir/tests/corpus/svd-addresses.py" "$file" --list |
		awk '{ print $1, $2 }' | sort >"$work/expected"
	: >"$work/listed"
	for peripheral in $("$svdreg" --svd "$file" list | awk '{ print $1 }')
	do
		"$svdreg" --svd "$file" list "$peripheral" >>"$work/listed" ||
			fail "$svd: svdreg list $peripheral"
	done
	awk '{ print $3, $1 }' "$work/listed" | sort >"$work/got"
	count=$(wc -l <"$work/expected")
	if [ "$count" -gt 100 ] && cmp -s "$work/expected" "$work/got"; then
		ok "$svd: all $count register addresses as svd-addresses.py computes"
	else
		fail "$svd: register addresses differ from svd-addresses.py"
		diff "$work/expected" "$work/got" | head -20
	fi
done

file=$corpus/Nordic/nrf52810.svd
mem=$work/nrf.mem
truncate -s $((0x50001000)) "$mem"
n="--svd $file --mem $mem"
# run STATUS ARGS...
run() {
	want=$1
	shift
	"$svdreg" "$@" >"$work/out" 2>"$work/err"
	got=$?
	if [ "$got" = "$want" ]; then
		ok "svdreg $* exits $want"
	else
		fail "svdreg $* exits $got, expected $want"
		cat "$work/out" "$work/err"
	fi
}
run 0 $n write 'P0.PIN_CNF[17].DIR=Output' 'P0.PIN_CNF[17].PULL=Pullup'
# DIR bit 0 = 1 (Output), PULL bits 3:2 = 3 (Pullup).
if [ "$($memory word "$mem" 0x50000744 4)" = 0x0000000d ]; then
	ok "P0.PIN_CNF[17] (0x50000744) holds 0x0000000d"
else
	fail "P0.PIN_CNF[17] holds $($memory word "$mem" 0x50000744 4)"
fi
run 0 $n read 'p0.pin_cnf[17]'
if grep -qx 'P0.PIN_CNF\[17\] 0x50000744 = 0x0000000d' "$work/out" &&
	grep -qE '^  DIR +\[0\] +0x1  Output$' "$work/out" &&
	grep -qE '^  PULL +\[3:2\] +0x3  Pullup$' "$work/out"; then
	ok "read decodes DIR Output, PULL Pullup"
else
	fail "read of P0.PIN_CNF[17]: $(cat "$work/out")"
fi
run 0 $n write 'PPI.CH[3].EEP=0x40001104'
if [ "$($memory word "$mem" 0x4001F528 4)" = 0x40001104 ]; then
	ok "PPI.CH[3].EEP (0x4001F528) holds 0x40001104"
else
	fail "PPI.CH[3].EEP holds $($memory word "$mem" 0x4001F528 4)"
fi
# said TEXT: stderr of the last run holds TEXT.
said() {
	if grep -qF -- "$1" "$work/err"; then
		ok "message: $1"
	else
		fail "message: $1; got: $(cat "$work/err")"
	fi
}
run 2 $n read 'PPI.CH[20].EEP'
said 'svdreg: PPI.CH has no element [20]: 20 elements, [0] to [19]'
run 1 $n read 'PPI.TASKS_CHG[0].EN'
said 'PPI.TASKS_CHG[0].EN is write-only'
run 1 $n write 'P0.PIN_CNF[17].DIR=Sideways'
said "svdreg: P0.PIN_CNF[17].DIR: 'Sideways' is neither a number nor one of its values (Input, Output)"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# svdreg --json: the output of list, read and dump parsed by Python's json
# module and checked field by field (tests/svdreg/check-json.py), after
# writes whose effect on the file is known: GPFSEL1.FSEL17 = OUTPUT on the
# BCM2835 (0x00200000 at 0x20200004, BCM2835 ARM Peripherals 6.1) and the
# registers of tests/svdreg/clusters.svd.
# $b, $t, $n and $a hold several arguments each:
# shellcheck disable=SC2086
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
svdreg=${SVDREG:-$builddir/svdreg}
python=${PYTHON3:-python3}
[ -n "$python" ] || python=python3
here=$srcdir/tests/svdreg
if ! command -v "$python" >/dev/null 2>&1; then
	echo "SKIP: no python3 to parse the JSON"
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/svdreg-json.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
SVDREG_SVD_DIR=$srcdir/svd
SVD_HAL_DT_ROOT=$work/no-device-tree
export SVDREG_SVD_DIR SVD_HAL_DT_ROOT
failed=0

# json NAME ARGS...: svdreg --json ARGS into $work/NAME.json; exit 0 wanted.
json() {
	name=$1
	shift
	if ! "$svdreg" --json "$@" >"$work/$name.json" 2>"$work/$name.err"
	then
		echo "FAIL: svdreg --json $* did not exit 0"
		cat "$work/$name.err"
		failed=$((failed + 1))
	fi
}

mem=$work/bcm2835.mem
truncate -s $((0x20201000)) "$mem"
b="--soc bcm2835 --mem $mem"
"$svdreg" $b write GPIO.GPFSEL1.FSEL17=OUTPUT || failed=$((failed + 1))
json read-gpfsel1 $b read GPIO.GPFSEL1
json read-two $b read GPIO.GPFSEL1.FSEL17 'DMA.CH[3].CS'
json list $b list
json list-gpio $b list GPIO
json dump-gpio $b dump GPIO

mem=$work/test.mem
truncate -s $((0x40003000)) "$mem"
t="--svd $here/clusters.svd --mem $mem"
"$svdreg" $t write TIMER.CTRL.MODE=FREE TIMER.WIDE=0x123456789ABCDEF0 \
	'TIMER.CH[2].DATA=0xBEEF' || failed=$((failed + 1))
json test-list $t list
json test-list-timer $t list TIMER
json test-read $t read TIMER.CTRL TIMER.WIDE 'TIMER.CH[2].DATA'

"$python" "$here/check-json.py" "$work" || failed=$((failed + 1))
[ "$failed" -eq 0 ]

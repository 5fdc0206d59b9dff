#!/bin/sh
# SPDX-License-Identifier: MIT
# gen/bash-completion/svdreg: what bash offers for a few command lines,
# with the completion function called as bash would (COMP_WORDS split at
# COMP_WORDBREAKS, so --soc=NAME is three words) and svdreg from the build.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
require_tool bash
PATH=$(cd "$builddir" && pwd):$PATH
SVDREG_SVD_DIR=$srcdir/svd
SVD_HAL_DT_ROOT=/nonexistent
LC_ALL=C
export PATH SVDREG_SVD_DIR SVD_HAL_DT_ROOT LC_ALL
passed=0
failed=0

# offers EXPECTED WORD...: the completions of the last WORD, sorted and
# joined by spaces, are EXPECTED.
offers() {
	expected=$1
	shift
	got=$(bash -c '. "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		_svdreg 2>/dev/null
		printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
		"$srcdir/gen/bash-completion/svdreg" "$@")
	if [ "$got" = "$expected " ] || { [ -z "$expected" ] && [ -z "$got" ]; }
	then
		echo "ok: '$*' offers: $expected"
		passed=$((passed + 1))
	else
		echo "FAIL: '$*' offers: '$got', expected '$expected'"
		failed=$((failed + 1))
	fi
}

offers "dump list read write" svdreg ""
offers "read" svdreg --soc bcm2835 r
offers "--soc --svd" svdreg --s
# Every shipped SoC (shipped.mk), so the completion's own list cannot
# fall behind it.
socs=$(printf '%s\n' $shipped_socs | sort | tr '\n' ' ')
offers "${socs% }" svdreg --soc ""
b_socs=$(printf '%s\n' $shipped_socs | grep '^b' | sort | tr '\n' ' ')
offers "${b_socs% }" svdreg --soc b
offers "${b_socs% }" svdreg --soc = b
offers "GPIO." svdreg --soc bcm2835 read GP
offers "GPIO.GPFSEL0 GPIO.GPFSEL1 GPIO.GPFSEL2 GPIO.GPFSEL3 GPIO.GPFSEL4 GPIO.GPFSEL5" \
	svdreg --soc bcm2835 write GPIO.GPFS
offers "DMA.CH[0].CONBLK_AD DMA.CH[0].CS" svdreg --soc = bcm2835 read 'DMA.CH[0].C'
offers "GPIO0 GPIO1 GPIO2 GPIO3" svdreg --soc am335x dump GPIO
offers "" svdreg --soc bcm2835 read NOSUCH.X

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

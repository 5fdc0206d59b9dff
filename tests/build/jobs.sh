#!/bin/sh
# SPDX-License-Identifier: MIT
# By default the emitters print each peripheral type's headers on a second
# thread while the naming stage is still naming later types; --jobs=1 runs
# the stages one after another. Both must write the same files and the same
# messages with the same exit status: for every SVD of the test suite and
# the shipped ones, for a device whose last type fails naming after the
# emitters have printed hundreds of headers (nothing may be written), and
# for the corpus's peripheral arrays, whose names are made last. --jobs
# takes a count above 0.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp

# plain N: the head of a device and N plain peripherals.
plain() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n<device>\n'
	printf '<name>LATE</name><width>32</width><size>32</size>\n'
	printf '<access>read-write</access><resetValue>0</resetValue>\n'
	printf '<resetMask>0xFFFFFFFF</resetMask>\n<peripherals>\n'
	i=0
	while [ $i -lt "$1" ]; do
		printf '<peripheral><name>P%d</name>' $i
		printf '<baseAddress>0x%X</baseAddress>' $((0x40000000 + i * 4096))
		printf '<registers><register><name>R</name>'
		printf '<addressOffset>0</addressOffset><fields><field>'
		printf '<name>F</name><bitOffset>0</bitOffset><bitWidth>%d</bitWidth>' $((i % 31 + 1))
		printf '</field></fields></register></registers></peripheral>\n'
		i=$((i + 1))
	done
}

# 300 plain peripherals, then one whose _Pos macros collide (an error of
# the naming stage, found after every other type is named).
late=$tmp/late.svd
{
	plain 300
	printf '<peripheral><name>Q</name><baseAddress>0x50000000</baseAddress>\n'
	printf '<registers><register><name>A</name><addressOffset>0</addressOffset>\n'
	printf '<fields><field><name>B_C</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth></field></fields></register>\n'
	printf '<register><name>A_B</name><addressOffset>4</addressOffset>\n'
	printf '<fields><field><name>C</name><bitOffset>1</bitOffset><bitWidth>1</bitWidth></field></fields></register>\n'
	printf '</registers></peripheral>\n</peripherals>\n</device>\n'
} >"$late"

# A peripheral array, UART[%s], whose extra names (UART_BASE,
# UART_ARRAYType) are made after every type's: its headers must wait for
# them, though its type is named first. 2000 peripherals after it give an
# emitter that does not wait the time to print it too early.
arrays=$tmp/arrays.svd
{
	plain 0
	printf '<peripheral><dim>2</dim><dimIncrement>0x1000</dimIncrement>'
	printf '<name>UART[%%s]</name><baseAddress>0x30000000</baseAddress>\n'
	printf '<registers><register><name>DATA</name><addressOffset>0</addressOffset>'
	printf '</register></registers></peripheral>\n'
	plain 2000 | sed -n '/<peripheral><name>P/p'
	printf '</peripherals>\n</device>\n'
} >"$arrays"

# run JOBS SVD DIR [OPTION...]: svdgen into DIR; DIR.err gets its messages
# and its exit status.
run() {
	run_jobs=$1 run_svd=$2 run_dir=$3
	shift 3
	"$svdgen" --jobs="$run_jobs" "$@" "$run_svd" -o "$run_dir" \
		>"$run_dir.err" 2>&1
	echo "exit $?" >>"$run_dir.err"
}

compared=0
# same NAME SVD [OPTION...]: one thread and two write the same.
same() {
	same_name=$1 same_svd=$2
	shift 2
	run 1 "$same_svd" "$tmp/one-$same_name" "$@"
	run 2 "$same_svd" "$tmp/two-$same_name" "$@"
	compared=$((compared + 1))
	check "$same_name: messages and exit status alike" \
		"cmp -s '$tmp/one-$same_name.err' '$tmp/two-$same_name.err'"
	if [ -d "$tmp/one-$same_name" ] || [ -d "$tmp/two-$same_name" ]; then
		check "$same_name: the same headers" \
			"diff -r '$tmp/one-$same_name' '$tmp/two-$same_name' >/dev/null"
	fi
}

n=0
for svd in "$srcdir"/tests/*/*.svd "$srcdir"/tests/golden/*/*.svd \
	"$srcdir"/svd/*.svd; do
	[ -f "$svd" ] || continue
	n=$((n + 1))
	same "case$n" "$svd"
done
same late "$late"
check "late: fails" "grep -q '^exit 1$' '$tmp/two-late.err'"
check "late: the naming error is reported" \
	"grep -q \"'Q_A_B_C_Pos' would be defined twice\" '$tmp/two-late.err'"
check "late: nothing is written" "! [ -e '$tmp/two-late' ]"
same late-bitfields "$late" --bitfields --enum-strings
same arrays "$arrays"
check "arrays: UART_BASE and UART_ARRAYType are there" \
	"grep -q '^#define UART_BASE ' '$tmp/two-arrays/late_uart_regs.h' &&
	 grep -q 'UART_ARRAYType' '$tmp/two-arrays/late_uart_regs.h'"
# SVDConv's peripheral arrays (UART[%s]) get names after every type's own:
# D1-H and k210 have them; STM32H573 is the largest file.
if [ -d "$corpus" ]; then
	for svd in "$corpus"/STMicro/STM32H573.svd "$corpus"/*/D1-H.svd \
		"$corpus"/*/k210.svd; do
		[ -f "$svd" ] || continue
		same "$(basename "$svd" .svd)" "$svd"
	done
fi

for bad in 0 -1 two 2x ''; do
	"$svdgen" --jobs="$bad" "$late" -o "$tmp/bad" >"$tmp/bad.err" 2>&1
	status=$?
	check "--jobs='$bad' is a usage error" \
		"[ $status -eq 2 ] && grep -q 'jobs' '$tmp/bad.err'"
done
check "-j 1 is taken" "'$svdgen' -j 1 -q '$srcdir/svd/bcm2835.svd' -o '$tmp/short'"

echo "compared $compared inputs with one thread and two"
report_checks

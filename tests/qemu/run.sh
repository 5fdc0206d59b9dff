#!/bin/sh
# SPDX-License-Identifier: MIT
# Run the bare-metal self-test (examples/baremetal/selftest.c) for one
# board under qemu-system and check what it reports over the UART and the
# status it exits with through semihosting. The normal build must print
# every PASS line, the summary and exit 0; the -DFORCE_FAIL build must
# print the one FAIL line and exit 1, which proves that a failing check
# reaches both the report and the exit status.
#
# usage: run.sh BOARD QEMU COMPILER MACHINE...
# Exit status: 0 pass, 1 fail, 77 skip (no QEMU or no cross compiler),
# 99 hard error (the compiler is there but the ELF was not built).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
board=$1 qemu=$2 compiler=$3
shift 3
make_tmp
failed=0

if ! command -v "$qemu" >/dev/null 2>&1; then
	echo "SKIP: $qemu is not installed (Debian: qemu-system-arm)"
	exit 77
fi
if ! command -v "$compiler" >/dev/null 2>&1; then
	echo "SKIP: $compiler is not installed (Debian: gcc-arm-none-eabi" \
		"or gcc-aarch64-linux-gnu)"
	exit 77
fi
elf=$builddir/examples/baremetal/$board/selftest.elf
fail_elf=$builddir/examples/baremetal/$board/selftest-fail.elf
for file in "$elf" "$fail_elf"; do
	if [ ! -f "$file" ]; then
		echo "ERROR: $file was not built although $compiler is there"
		exit 99
	fi
done

# The report lines of a passing run, in order.
cat >"$tmp/pass-lines" <<'LINES'
PASS gpio: GPFSEL1 makes GPIO 16 and 17 outputs
PASS gpio: GPFSEL1 FSEL fields read back as output
PASS gpio: GPCLR0 drives GPIO 16 and 17 low
PASS gpio: GPSET0 drives GPIO 16 and 17 high
PASS gpio: GPCLR0 drives GPIO 16 low, 17 stays high
PASS gpio: GPCLR0 drives GPIO 17 low, GPLEV0 LEV fields read 0
PASS gpio: GPSET0 drives GPIO 17 high alone
PASS timer: SYSTIMER CLO advances by 1000 us
SUMMARY: 8 checks, 0 failed
RESULT: PASS
LINES
# The -DFORCE_FAIL build expects GPIO 16 still high after GPCLR0.
sed -e 's/^PASS \(gpio: GPCLR0 drives GPIO 16 low\)/FAIL \1/' \
	-e 's/0 failed$/1 failed/' -e 's/^RESULT: PASS/RESULT: FAIL/' \
	"$tmp/pass-lines" >"$tmp/fail-lines"

# run_board MACHINE ELF OUTPUT: boot ELF on MACHINE, the UART on stdout,
# and leave the exit status in $status.
run_board() {
	timeout 60 "$qemu" -M "$1" -kernel "$2" -display none -monitor none \
		-serial stdio -semihosting-config enable=on,target=native \
		</dev/null >"$3.raw" 2>"$3.err"
	status=$?
	tr -d '\r' <"$3.raw" >"$3"
}

# expect LABEL MACHINE ELF STATUS LINES: one run must exit with STATUS and
# print the report lines in LINES, in order, and nothing else that starts
# with PASS, FAIL, SUMMARY or RESULT; one banner shows that only core 0
# ran the test.
expect() {
	label=$1 machine=$2 file=$3 want=$4 lines=$5
	out=$tmp/$label-$machine.out
	start=$(date +%s)
	run_board "$machine" "$file" "$out"
	seconds=$(($(date +%s) - start))
	problems=
	[ "$status" -eq "$want" ] ||
		problems="$problems exit status $status, expected $want;"
	grep -E '^(PASS|FAIL|SUMMARY|RESULT)' "$out" >"$out.report"
	cmp -s "$out.report" "$lines" ||
		problems="$problems report differs from the expected lines;"
	banners=$(grep -c '^svdgen bare-metal self-test' "$out")
	[ "$banners" -eq 1 ] ||
		problems="$problems $banners banners, expected 1 (core parking);"
	if [ -z "$problems" ]; then
		echo "ok: $label build on $machine (exit $status, ${seconds}s)"
		return
	fi
	echo "FAIL: $label build on $machine:$problems"
	echo "--- expected report"
	cat "$lines"
	echo "--- UART output"
	cat "$out"
	echo "--- $qemu stderr"
	cat "$out.err"
	failed=$((failed + 1))
}

for machine in "$@"; do
	expect pass "$machine" "$elf" 0 "$tmp/pass-lines"
	expect force-fail "$machine" "$fail_elf" 1 "$tmp/fail-lines"
done
[ "$failed" -eq 0 ]

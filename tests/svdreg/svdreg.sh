#!/bin/sh
# SPDX-License-Identifier: MIT
# svdreg against sparse files standing in for physical memory (--mem):
# what it writes, byte for byte (tests/svdreg/memory.py compares the files
# without svdreg's help); that write-only and write-1-to-set registers are
# written without being read (the --trace of every access, and a poisoned
# word whose bits a read-modify-write would carry over); that refusals
# leave the file unchanged; how /dev/gpiomem and /dev/mem are chosen; the
# SoC detection; and every error message with its exit status.
#
# Register facts checked here, each from the vendor manual and a second
# source (the same as svd/NOTES-*.md):
#   BCM2835 GPIO at 0x20200000 (ARM physical; bus 0x7E200000), GPFSEL1
#   +0x04 (FSEL17 bits 23:21, 001 = output), GPSET0 +0x1C, GPLEV0 +0x34:
#   BCM2835 ARM Peripherals 6.1; Linux drivers/pinctrl/bcm/pinctrl-bcm2835.c
#   (GPFSEL0 0x0, GPSET0 0x1c, GPLEV0 0x34).
#   BCM2837 peripherals at 0x3F000000: Linux arch/arm/boot/dts/bcm2837.dtsi
#   soc ranges; BCM2711 at 0xFE000000: BCM2711 ARM Peripherals 1.2.
#   Other BCM2835 blocks, bus addresses 0x7E...... in BCM2835 ARM
#   Peripherals (DMA 4.2.1, channel n at +0x100 * n; System Timer 12.1,
#   CLO +0x04; UART0 13.4, DR +0x00; PWM 9.6 at 0x7E20C000), cross-checked
#   with Linux arch/arm/boot/dts/bcm283x.dtsi (dma@7e007000,
#   timer@7e003000, serial@7e201000, pwm@7e20c000).
#   AM335x GPIO2 at 0x481AC000, OE +0x134, SETDATAOUT +0x194: AM335x TRM
#   (SPRUH73Q) 2.1 and 25.4.1; Linux include/linux/platform_data/gpio-omap.h
#   (OMAP4_GPIO_OE 0x0134, OMAP4_GPIO_SETDATAOUT 0x0194).
# $b, $t, $n and $a hold several arguments each:
# shellcheck disable=SC2086
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
svdreg=${SVDREG:-$builddir/svdreg}
python=${PYTHON3:-python3}
[ -n "$python" ] || python=python3
here=$srcdir/tests/svdreg
memory="$python $here/memory.py"
if ! $python -c 'import os; os.SEEK_DATA' 2>/dev/null; then
	echo "SKIP: no python3 with os.SEEK_DATA to compare memory files"
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/svdreg-test.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
# The shipped SVDs from the source tree, whatever is installed; no device
# tree and no device unless a test names one.
SVDREG_SVD_DIR=$srcdir/svd
SVD_HAL_DT_ROOT=$work/no-device-tree
SVD_HAL_DEVMEM=$work/no-devmem
SVD_HAL_GPIOMEM=$work/no-gpiomem
export SVDREG_SVD_DIR SVD_HAL_DT_ROOT SVD_HAL_DEVMEM SVD_HAL_GPIOMEM
passed=0
failed=0
out=$work/out
err=$work/err

ok() {
	echo "ok: $1"
	passed=$((passed + 1))
}
fail() {
	echo "FAIL: $1"
	failed=$((failed + 1))
}
# check NAME COMMAND...: one check, passing when COMMAND succeeds.
check() {
	name=$1
	shift
	if "$@"; then ok "$name"; else fail "$name"; fi
}
# run STATUS ARGS...: run svdreg; stdout in $out, stderr in $err; check
# that it exits with STATUS and show what it said otherwise.
run() {
	want=$1
	shift
	"$svdreg" "$@" >"$out" 2>"$err"
	got=$?
	if [ "$got" = "$want" ]; then
		ok "svdreg $* exits $want"
	else
		fail "svdreg $* exits $got, expected $want"
		sed 's/^/  stdout: /' "$out"
		sed 's/^/  stderr: /' "$err"
	fi
}
# said TEXT: stderr holds TEXT (a fixed string).
said() {
	if grep -qF -- "$1" "$err"; then
		ok "message: $1"
	else
		fail "message: $1"
		sed 's/^/  stderr: /' "$err"
	fi
}
# printed REGEX: a line of stdout matches the extended REGEX.
printed() {
	if grep -qE -- "$1" "$out"; then
		ok "output: $1"
	else
		fail "output: $1"
		sed 's/^/  stdout: /' "$out"
	fi
}
# snapshot FILE: remember FILE, for changed.
snapshot() {
	cp --sparse=always "$1" "$work/snapshot"
}
# changed FILE EXPECTED: the bytes changed since the snapshot, as
# "0xADDRESS OLD NEW" lines, are exactly EXPECTED ("" for none).
changed() {
	$memory changes "$work/snapshot" "$1" >"$work/changes"
	if [ "$(cat "$work/changes")" = "$2" ]; then
		ok "bytes changed: $(echo "${2:-none}" | tr '\n' ';')"
	else
		fail "bytes changed: expected '$(echo "${2:-none}" | tr '\n' ';')'"
		sed 's/^/  changed: /' "$work/changes"
	fi
}
# word FILE ADDRESS [BYTES]: the value at ADDRESS, 0x and 2*BYTES digits.
word() {
	$memory word "$1" "$2" "${3:-4}"
}
# traced TEXT: the --trace lines, one per access, are exactly TEXT.
traced() {
	grep '^svdreg: trace: ' "$err" | sed 's/^svdreg: trace: //' \
		>"$work/trace"
	if [ "$(cat "$work/trace")" = "$1" ]; then
		ok "accesses: $(tr '\n' ';' <"$work/trace")"
	else
		fail "accesses: expected '$1'"
		sed 's/^/  traced: /' "$work/trace"
	fi
}

echo "== bcm2835: GPIO at 0x20200000"
mem=$work/bcm2835.mem
# Up to UART0, 0x20201000 (BCM2835 ARM Peripherals 13.4).
truncate -s $((0x20202000)) "$mem"
b="--soc bcm2835 --mem $mem"

snapshot "$mem"
run 0 $b write GPIO.GPFSEL1.FSEL17=OUTPUT
check "GPFSEL1 (0x20200004) holds 0x00200000" \
	test "$(word "$mem" 0x20200004)" = 0x00200000
# 0x00200000 little-endian: only byte 2 of the word, 0x20200006, is 0x20.
changed "$mem" "0x20200006 00 20"

run 0 $b read GPIO.GPFSEL1
printed '^GPIO\.GPFSEL1 0x20200004 = 0x00200000$'
printed '^  FSEL17 +\[23:21\] +0x1  OUTPUT$'
printed '^  FSEL16 +\[20:18\] +0x0  INPUT$'
check "read prints the 10 fields FSEL10-FSEL19" \
	test "$(grep -c '^  FSEL' "$out")" = 10

run 0 $b read gpio.gpfsel1.fsel17
printed '^GPIO\.GPFSEL1 0x20200004 = 0x00200000$'
check "a field read prints that field only" \
	test "$(grep -c '^  ' "$out")" = 1

# GPSET0 is write-only: written whole, never read. A poisoned word shows
# that nothing read was carried over, the trace that nothing was read.
$memory poke "$mem" 0x2020001C 4 0xA5A5A5A5
snapshot "$mem"
run 0 $b --trace write GPIO.GPSET0=0x20000
traced "write32 0x2020001c <- 0x00020000"
check "GPSET0 (0x2020001C) holds 0x00020000" \
	test "$(word "$mem" 0x2020001C)" = 0x00020000
changed "$mem" "0x2020001c a5 00
0x2020001d a5 00
0x2020001e a5 02
0x2020001f a5 00"

$memory poke "$mem" 0x2020001C 4 0xA5A5A5A5
run 0 $b --trace write GPIO.GPSET0.SET3=1
traced "write32 0x2020001c <- 0x00000008"
check "a GPSET0 field write stores just that bit" \
	test "$(word "$mem" 0x2020001C)" = 0x00000008

# Refusals, each before anything is read or written.
snapshot "$mem"
run 1 $b --trace write GPIO.GPLEV0=1
said "svdreg: GPIO.GPLEV0 is read-only: writes are refused; nothing was written"
traced ""
changed "$mem" ""

run 1 $b --trace read GPIO.GPSET0
said "svdreg: GPIO.GPSET0 is write-only: reading it returns nothing meaningful, so svdreg does not; nothing was read"
traced ""
check "a refused read prints nothing" test ! -s "$out"

run 1 $b --trace read GPIO.GPFSEL1 GPIO.GPSET0
said "GPIO.GPSET0 is write-only"
traced ""
check "one refused path stops the whole read" test ! -s "$out"

run 1 $b write GPIO.GPFSEL1.FSEL17=8
said "svdreg: GPIO.GPFSEL1.FSEL17: 8 does not fit in 3 bits (0 to 0x7); nothing was written"
run 1 $b write GPIO.GPFSEL1.FSEL17=OUTPUTS
said "svdreg: GPIO.GPFSEL1.FSEL17: 'OUTPUTS' is neither a number nor one of its values (INPUT, OUTPUT, ALT0, ALT1, ALT2, ALT3, ALT4, ALT5); nothing was written"
run 1 $b write GPIO.GPFSEL1=0x100000000
said "svdreg: GPIO.GPFSEL1: 0x100000000 does not fit in the 32-bit register; nothing was written"
run 1 $b write GPIO.GPFSEL1=12z
said "svdreg: GPIO.GPFSEL1: '12z' is not a number (decimal, 0x hex or 0b binary); nothing was written"
run 1 $b write GPIO.GPSET0.SET3=2
said "svdreg: GPIO.GPSET0.SET3: 2 does not fit in 1 bit (0 to 0x1); nothing was written"
# A refused write among good ones: none of them is carried out.
run 1 $b --trace write GPIO.GPFSEL0.FSEL4=OUTPUT GPIO.GPLEV0=1
said "GPIO.GPLEV0 is read-only"
traced ""
changed "$mem" ""

# readAction: UART0.DR's read pops the receive FIFO.
run 1 $b --trace read UART0.DR
said "svdreg: reading UART0.DR has a side effect (readAction in the SVD: it may clear flags or pop a FIFO); add --force to read it anyway; nothing was read"
traced ""
run 0 $b --trace --force read UART0.DR
traced "read32 0x20201000 -> 0x00000000"
printed '^UART0\.DR 0x20201000 = 0x00000000$'

echo "== bcm2835: read-modify-write keeps the other fields"
$memory poke "$mem" 0x20200008 4 0x12345678
snapshot "$mem"
run 0 $b --trace write GPIO.GPFSEL2.FSEL25=ALT0
# FSEL25 is bits 17:15; ALT0 is 100 (BCM2835 ARM Peripherals table 6-3):
# 0x12345678 & ~(7 << 15) | 4 << 15.
expected=$(printf '0x%08x' $(((0x12345678 & ~(7 << 15)) | (4 << 15))))
traced "read32 0x20200008 -> 0x12345678
write32 0x20200008 <- $expected"
check "GPFSEL2 holds $expected" \
	test "$(word "$mem" 0x20200008)" = "$expected"

# Several fields of one register in one command: one read, one write.
run 0 $b --trace write GPIO.GPFSEL0.FSEL7=OUTPUT GPIO.GPFSEL0.FSEL8=OUTPUT \
	GPIO.GPFSEL0.FSEL9=1
traced "read32 0x20200000 -> 0x00000000
write32 0x20200000 <- 0x09200000"
# Several paths of one register in one read: one access.
run 0 $b --trace read GPIO.GPFSEL0.FSEL7 GPIO.GPFSEL0.FSEL9 GPIO.GPFSEL0
traced "read32 0x20200000 -> 0x09200000"
printed '^  FSEL9 +\[29:27\] +0x1  OUTPUT$'

echo "== bcm2835: clusters and arrays (DMA.CH[n])"
run 0 $b --trace read 'DMA.CH[3].CS'
# DMA channel n at 0x20007000 + n * 0x100 (BCM2835 ARM Peripherals 4.2.1).
traced "read32 0x20007300 -> 0x00000000"
printed '^DMA\.CH\[3\]\.CS 0x20007300 = 0x00000000$'
printed '^  RESET +\[31\] +\(write-only\)$'
run 0 $b --trace write 'dma.ch[14].cs.reset=1'
# RESET is a write-only bit in a read-write register: read-modify-write,
# with the write-only and write-1-to-clear bits (RESET, ABORT, INT, END)
# not carried over.
traced "read32 0x20007e00 -> 0x00000000
write32 0x20007e00 <- 0x80000000"

echo "== dump and list"
run 0 $b dump GPIO
printed '^GPIO\.GPFSEL1 0x20200004 = 0x00200000$'
printed '^GPIO\.GPLEV0 0x20200034 = '
check "dump leaves out the write-only GPSET0" \
	test "$(grep -c '^GPIO\.GPSET0 ' "$out")" = 0
run 0 $b dump UART0
said "svdreg: UART0.DR not read: its read has a side effect (readAction); --force reads it"
check "dump UART0 leaves out DR" test "$(grep -c '^UART0\.DR ' "$out")" = 0
run 0 $b list
printed '^GPIO +0x20200000 '
printed '^DMA +0x20007000 '
run 0 $b list GPIO
printed '^GPIO\.GPSET0 +\+0x001c 0x2020001c 32 write-only '
printed '^GPIO\.GPLEV0 +\+0x0034 0x20200034 32 read-only '

echo "== usage errors: exit 2"
snapshot "$mem"
run 2 $b read GPIO.GPFSEL
said "svdreg: no register or cluster 'GPFSEL' in GPIO; did you mean GPIO.GPFSEL0?"
run 2 $b read GPOI.GPFSEL1
said "svdreg: no peripheral 'GPOI' in BCM2835; did you mean GPIO?"
run 2 $b read GPIO.GPFSEL1.FSLE17
said "svdreg: no field 'FSLE17' in register GPIO.GPFSEL1; did you mean GPIO.GPFSEL1.FSEL17?"
run 2 $b read GPIO.NOTHINGLIKEIT
said "svdreg: no register or cluster 'NOTHINGLIKEIT' in GPIO"
check "no suggestion for a name far from all" \
	sh -c "! grep -q 'did you mean' '$err'"
run 2 $b read DMA.CH.CS
said "svdreg: DMA.CH is an array of 15: give an index, DMA.CH[0] to DMA.CH[14]"
run 2 $b read 'DMA.CH[15].CS'
said "svdreg: DMA.CH has no element [15]: 15 elements, [0] to [14]"
run 2 $b read 'DMA.CH[2]'
said "svdreg: DMA.CH[2] is a cluster, not a register: name one of its registers (svdreg list DMA)"
run 2 $b read GPIO.GPFSEL1.FSEL17.X
said "svdreg: GPIO.GPFSEL1 is a register: after it comes at most a field name, not 'FSEL17.X'"
run 2 $b read GPIO
said "svdreg: 'GPIO' is not a register path: write PERIPHERAL.REGISTER or PERIPHERAL.REGISTER.FIELD (CLUSTER[INDEX]. between them for clusters)"
run 2 $b read 'GPIO.GPFSEL1[2'
said "is not a register path"
run 2 $b read
said "svdreg: read: name at least one register (PERIPH.REG or PERIPH.REG.FIELD)"
run 2 $b write
said "svdreg: write: give PERIPH.REG=VALUE or PERIPH.REG.FIELD=VALUE"
run 2 $b write GPIO.GPFSEL1
said "svdreg: write: 'GPIO.GPFSEL1' is not PATH=VALUE"
run 2 $b write GPIO.GPFSEL1=
said "svdreg: write: 'GPIO.GPFSEL1=' is not PATH=VALUE"
run 2 $b dump
said "svdreg: dump: name one peripheral"
run 2 $b dump GPIOO
said "svdreg: no peripheral 'GPIOO' in BCM2835; did you mean GPIO?"
run 2 $b list GPIO DMA
said "svdreg: list: at most one peripheral"
run 2 $b
said "svdreg: no command: list, read, write or dump"
run 2 $b peek GPIO.GPFSEL1
said "svdreg: unknown command 'peek': list, read, write or dump"
run 2 $b --frobnicate list
said "svdreg: option '--frobnicate' is unknown or needs an argument"
run 2 --soc
said "svdreg: option '--soc' is unknown or needs an argument"
run 2 --soc bcm2835 --svd x.svd list
said "svdreg: --svd and --soc both name the SVD: give one"
run 2 --soc bcm2836 list
said "svdreg: unknown --soc 'bcm2836': svdreg knows bcm2835, bcm2837, bcm2711, am335x and rk3288 (or give --svd FILE)"
run 2 $b --json write GPIO.GPSET0=1
said "svdreg: --json is for list, read and dump; write prints nothing"
run 2 $b -x list
said "svdreg: option '-x' is unknown"
run 0 --help
printed '^Usage: svdreg \[OPTION\]\.\.\. COMMAND \[ARGUMENT\]\.\.\.$'
run 0 --version
printed '^svdreg \(svdgen\) [0-9]'
changed "$mem" ""

echo "== failures: exit 1"
run 1 --soc bcm2835 --mem "$work/absent" read GPIO.GPLEV0
said "svdreg: --mem $work/absent: No such file or directory (make one with truncate -s SIZE $work/absent)"
run 1 --soc bcm2835 --mem "$work" read GPIO.GPLEV0
said "svdreg: --mem $work is neither a file nor a memory device"
truncate -s 4096 "$work/short.mem"
run 1 --soc bcm2835 --mem "$work/short.mem" read GPIO.GPLEV0
said "svdreg: $work/short.mem is a 4096-byte file, too short for 4096 bytes at 0x20200000: extend it (truncate -s 538972160 $work/short.mem)"
check "a short --mem file is not extended" \
	test "$(wc -c <"$work/short.mem")" -eq 4096
# A register whose page cannot be mapped: the other write is not made.
mem=$work/bcm2835.mem
snapshot "$mem"
run 1 $b --trace write GPIO.GPFSEL0=1 PWM.CTL=1
said "too short for 4096 bytes at 0x2020c000"
traced ""
changed "$mem" ""
run 1 --svd "$work/absent.svd" list
said "svdreg: cannot open $work/absent.svd: No such file or directory"
printf '<device><name>X</name>\n<peripherals>\n</device>\n' >"$work/bad.svd"
run 1 --svd "$work/bad.svd" list
said "$work/bad.svd:3: error:"
said "svdreg: cannot use $work/bad.svd: see the errors above"
SVDREG_SVD_DIR=$work run 1 --soc bcm2835 list
said "svdreg: no bcm2835.svd in $work (SVDREG_SVD_DIR)"
"$svdreg" --soc bcm2835 list >/dev/full 2>"$err"
check "output that cannot be written exits 1" test $? -eq 1
said "svdreg: cannot write the output: No space left on device"

echo "== finding the shipped SVDs"
# An installation moved elsewhere (or made with make install prefix=...):
# share/svdgen/svd beside bin/.
mkdir -p "$work/inst/bin" "$work/inst/share/svdgen/svd" "$work/alone"
cp "$svdreg" "$work/inst/bin/svdreg"
cp "$svdreg" "$work/alone/svdreg"
cp "$srcdir/svd/bcm2711.svd" "$work/inst/share/svdgen/svd/"
env -u SVDREG_SVD_DIR "$work/inst/bin/svdreg" --soc bcm2711 list \
	>"$out" 2>"$err"
printed '^GPIO +0xfe200000 '
env -u SVDREG_SVD_DIR "$work/alone/svdreg" --soc bcm2711 list \
	>"$out" 2>"$err"
if [ -s "$out" ]; then
	echo "SKIP: an installed bcm2711.svd was found; no missing-SVD message"
else
	said "svdreg: cannot find bcm2711.svd: not in "
	said ", nor in ../share/svdgen/svd or svd/ beside svdreg; install svdgen, set SVDREG_SVD_DIR, or give --svd FILE"
fi

echo "== device choice: /dev/gpiomem for a Pi's GPIO block, else /dev/mem"
gpiomem=$work/gpiomem
devmem=$work/devmem
truncate -s 4096 "$gpiomem"
truncate -s $((0x3F201000)) "$devmem"
$memory poke "$gpiomem" 0x04 4 0x00000008
$memory poke "$devmem" 0x3F200004 4 0x00000001
$memory poke "$devmem" 0x3F003004 4 0x12345678
# The GPIO block through gpiomem, at its offset in the block.
SVD_HAL_GPIOMEM=$gpiomem SVD_HAL_DEVMEM=$devmem \
	run 0 --soc bcm2837 read GPIO.GPFSEL1 SYSTIMER.CLO
printed '^GPIO\.GPFSEL1 0x3f200004 = 0x00000008$'
printed '^SYSTIMER\.CLO 0x3f003004 = 0x12345678$'
# A gpiomem path named in the environment is used or refused, never
# replaced by /dev/mem.
SVD_HAL_GPIOMEM=$work/absent SVD_HAL_DEVMEM=$devmem \
	run 1 --soc bcm2837 read GPIO.GPFSEL1
said "svdreg: $work/absent does not exist"
# Without gpiomem where none was named, /dev/mem.
if [ ! -e /dev/gpiomem ]; then
	env -u SVD_HAL_GPIOMEM SVD_HAL_DEVMEM="$devmem" "$svdreg" \
		--soc bcm2837 read GPIO.GPFSEL1 >"$out" 2>"$err"
	check "without /dev/gpiomem the GPIO block comes from /dev/mem" \
		grep -qx 'GPIO.GPFSEL1 0x3f200004 = 0x00000001' "$out"
else
	echo "SKIP: /dev/gpiomem exists here; fallback not tested"
fi
# The AM335x has no gpiomem.
truncate -s $((0x481AD000)) "$devmem"
SVD_HAL_GPIOMEM=$gpiomem SVD_HAL_DEVMEM=$devmem \
	run 0 --trace --soc am335x read GPIO2.OE
traced "read32 0x481ac134 -> 0x00000000"

# A /dev/mem stand-in named alone in the environment is what svdreg maps,
# also for the GPIO block: it never opens the real /dev/gpiomem instead.
if command -v strace >/dev/null 2>&1; then
	(
		unset SVD_HAL_GPIOMEM
		SVD_HAL_DEVMEM=$mem strace -f -qq -e trace=open,openat \
			-o "$work/opens" "$svdreg" --soc bcm2835 read \
			GPIO.GPLEV0 >/dev/null 2>&1
	)
	check "SVD_HAL_DEVMEM alone: the named file is opened" \
		grep -qF "\"$mem\"" "$work/opens"
	check "SVD_HAL_DEVMEM alone: /dev/gpiomem is never opened" \
		sh -c "! grep -q /dev/gpiomem '$work/opens'"
else
	echo "SKIP: no strace to see which files svdreg opens"
fi

echo "== SoC detection from the device tree"
dt=$work/dt
mkdir -p "$dt/soc"
printf 'Raspberry Pi 3 Model B Rev 1.2\0' >"$dt/model"
printf 'raspberrypi,3-model-b\0brcm,bcm2837\0' >"$dt/compatible"
# soc/ranges: child 0x7e000000, parent 0x3f000000, size 0x01000000.
printf '\176\0\0\0\77\0\0\0\1\0\0\0' >"$dt/soc/ranges"
SVD_HAL_DT_ROOT=$dt SVD_HAL_GPIOMEM=$gpiomem run 0 read GPIO.GPFSEL1
printed '^GPIO\.GPFSEL1 0x3f200004 = 0x00000008$'
run 1 read GPIO.GPFSEL1
said "svdreg: no device tree at $work/no-device-tree: cannot tell the board; name the SoC instead (--soc)"
# --soc against what the device tree says: refused before mapping.
SVD_HAL_DT_ROOT=$dt SVD_HAL_DEVMEM=$devmem \
	run 1 --trace --soc bcm2711 read GPIO.GPFSEL1
said "svdreg: --soc bcm2711, but the device tree says this is a bcm2837 (Raspberry Pi 3 Model B Rev 1.2): its registers are elsewhere; nothing was mapped or written"
traced ""
printf 'acme,board\0acme,soc\0' >"$dt/compatible"
rm "$dt/soc/ranges"
SVD_HAL_DT_ROOT=$dt run 1 read GPIO.GPFSEL1
said "is not a board this library drives"
said "svdreg: name the SoC with --soc (bcm2835, bcm2837, bcm2711, am335x, rk3288) or the SVD with --svd FILE"
# A Tinker Board: the RK3288 SVD from its compatible, GPIO5 at 0xFF7C0000
# (RK3288 TRM, Linux rk3288.dtsi gpio5@ff7c0000), SWPORTA_DDR at 0x04
# (DesignWare APB GPIO databook, Linux gpio-dwapb.c GPIO_SWPORTA_DDR).
printf 'Rockchip RK3288 Tinker Board\0' >"$dt/model"
printf 'asus,rk3288-tinker\0rockchip,rk3288\0' >"$dt/compatible"
rk=$work/rk3288.mem
truncate -s $((0xFF7C1000)) "$rk"
snapshot "$rk"
SVD_HAL_DT_ROOT=$dt SVD_HAL_DEVMEM=$rk \
	run 0 --trace write GPIO5.SWPORTA_DDR=0x1000
traced "write32 0xff7c0004 <- 0x00001000"
changed "$rk" "0xff7c0005 00 10"
# Rockchip GRF and CRU registers change only bits whose write-enable bit
# (16 above) is set in the same write: field writes carry it and read
# nothing. GRF GPIO5B_IOMUX at 0xFF770050, 2 bits per pin (RK3288 TRM GRF
# chapter; Linux pinctrl-rockchip.c rk3288 iomux); CRU CLKGATE14_CON at
# 0xFF760198, bit 5 gates GPIO5's APB clock (Linux clk-rk3288.c
# RK3288_CLKGATE_CON(14)).
truncate -s $((0xFF771000)) "$rk"
snapshot "$rk"
run 0 --soc rk3288 --mem "$rk" --trace write GRF.GPIO5B_IOMUX.SEL4=1 \
	CRU.CLKGATE14_CON.PCLK_GPIO5=ENABLED GRF.GPIO5B_IOMUX.SEL5=1
traced "write32 0xff770050 <- 0x0f000500
write32 0xff760198 <- 0x00200000"
changed "$rk" "0xff76019a 00 20
0xff770051 00 05
0xff770053 00 0f"
printf 'Raspberry Pi 5 Model B Rev 1.0\0' >"$dt/model"
printf 'raspberrypi,5-model-b\0brcm,bcm2712\0' >"$dt/compatible"
SVD_HAL_DT_ROOT=$dt run 1 read GPIO.GPFSEL1
said "svdreg: Raspberry Pi 5 Model B Rev 1.0 (brcm,bcm2712) is a Raspberry Pi 5"

echo "== am335x: GPIO2 at 0x481AC000"
mem=$work/am335x.mem
truncate -s $((0x481AD000)) "$mem"
a="--soc am335x --mem $mem"
$memory poke "$mem" 0x481AC134 4 0xFFFFFFFF
snapshot "$mem"
run 0 $a --trace write GPIO2.OE.OUTPUTEN=0xFFFFFFFE
traced "read32 0x481ac134 -> 0xffffffff
write32 0x481ac134 <- 0xfffffffe"
changed "$mem" "0x481ac134 ff fe"
run 0 $a read GPIO2.OE
printed '^GPIO2\.OE 0x481ac134 = 0xfffffffe$'
# SETDATAOUT reads back DATAOUT, but writing 1 sets: no read-modify-write.
$memory poke "$mem" 0x481AC194 4 0x0F0F0F0F
run 0 $a --trace write GPIO2.SETDATAOUT.INTLINE=0x100
traced "write32 0x481ac194 <- 0x00000100"
check "SETDATAOUT holds 0x00000100" \
	test "$(word "$mem" 0x481AC194)" = 0x00000100
run 0 $a --trace write GPIO2.SETDATAOUT=0x2
traced "write32 0x481ac194 <- 0x00000002"
snapshot "$mem"
run 1 $a write GPIO2.DATAIN=1
said "svdreg: GPIO2.DATAIN is read-only: writes are refused; nothing was written"
changed "$mem" ""

echo "== access rules on tests/svdreg/clusters.svd"
mem=$work/test.mem
truncate -s $((0x40003000)) "$mem"
t="--svd $here/clusters.svd --mem $mem"
# CTRL: EN 0, MODE 2:1, PRESCALE 7:4, FLAG 8 (write 1 to clear), DONE 9
# (read-only), KICK 10 (write-only). A field write reads, then writes back
# neither FLAG (a 1 would clear it) nor KICK (what reads there is not it).
$memory poke "$mem" 0x40001000 4 0xFFFFFFFF
run 0 $t --trace write TIMER.CTRL.MODE=PERIODIC
traced "read32 0x40001000 -> 0xffffffff
write32 0x40001000 <- $(printf '0x%08x' $((0xFFFFFFFF & ~0x4 & ~0x100 & ~0x400)))"
run 0 $t --trace write TIMER.CTRL.FLAG=1
# FLAG is write-1-to-clear: just its bit.
traced "write32 0x40001000 <- 0x00000100"
snapshot "$mem"
run 1 $t write TIMER.CTRL.MODE=2
said "svdreg: TIMER.CTRL.MODE: 2 is none of the field's values (ONESHOT, PERIODIC, FREE); nothing was written"
run 1 $t write TIMER.CTRL.PRESCALE=10
said "svdreg: TIMER.CTRL.PRESCALE: 10 is outside the range the SVD allows (1 to 9); nothing was written"
run 1 $t write TIMER.CTRL.PRESCALE=0
said "outside the range the SVD allows (1 to 9)"
run 1 $t write TIMER.CTRL.DONE=1
said "svdreg: TIMER.CTRL.DONE is read-only: writes are refused; nothing was written"
run 1 $t read TIMER.CTRL.KICK
said "svdreg: TIMER.CTRL.KICK is write-only; nothing was read"
run 1 $t read TIMER.STATUS
said "svdreg: reading TIMER.STATUS has a side effect (readAction"
# FIFO.DATA has a readAction: a field write of LEVEL would read it.
run 1 $t --trace write TIMER.FIFO.LEVEL=3
said "svdreg: writing field TIMER.FIFO.LEVEL means reading TIMER.FIFO first, and that read has a side effect (readAction); write the whole register, or add --force; nothing was written"
traced ""
changed "$mem" ""
run 0 $t --trace --force write TIMER.FIFO.LEVEL=3
traced "read32 0x40001008 -> 0x00000000
write32 0x40001008 <- 0x00000300"
# INTFLAGS: writing 0 clears, so the other bits get 1s.
run 0 $t --trace write TIMER.INTFLAGS.B=0
traced "write32 0x4000100c <- 0xfffffffd"
# Register arrays, cluster arrays, %s lists with dimIndex A,B; 8, 16 and
# 64 bits wide: each access at the register's own width, which poisoned
# bytes beside the 8- and 16-bit registers show (a wider store would
# overwrite them).
$memory poke "$mem" 0x40001046 2 0xA5A5
$memory poke "$mem" 0x40001059 3 0xA5A5A5
snapshot "$mem"
run 0 $t --trace write 'TIMER.CC[3]=7' 'TIMER.CH[2].DATA=0xBEEF' \
	'TIMER.CH[1].SET.BIT2=1' TIMER.PINB=5 TIMER.BYTE=0x5A \
	TIMER.WIDE=0x123456789ABCDEF0 'TIMER1.CH[0].CFG=1'
traced "write32 0x4000101c <- 0x00000007
write16 0x40001044 <- 0xbeef
write32 0x40001038 <- 0x00000004
write32 0x40001054 <- 0x00000005
write8 0x40001058 <- 0x5a
write64 0x40001060 <- 0x123456789abcdef0
write32 0x40002020 <- 0x00000001"
changed "$mem" "0x4000101c 00 07
0x40001038 00 04
0x40001044 00 ef
0x40001045 00 be
0x40001054 00 05
0x40001058 00 5a
0x40001060 00 f0
0x40001061 00 de
0x40001062 00 bc
0x40001063 00 9a
0x40001064 00 78
0x40001065 00 56
0x40001066 00 34
0x40001067 00 12
0x40002020 00 01"
check "WIDE holds its 8 bytes" \
	test "$(word "$mem" 0x40001060 8)" = 0x123456789abcdef0
check "CH[2].DATA holds its 2 bytes" \
	test "$(word "$mem" 0x40001044 2)" = 0xbeef
run 0 $t read 'TIMER.PIN[B]' TIMER.BYTE TIMER.WIDE
printed '^TIMER\.PINB 0x40001054 = 0x00000005$'
printed '^TIMER\.BYTE 0x40001058 = 0x5a$'
printed '^TIMER\.WIDE 0x40001060 = 0x123456789abcdef0$'
run 2 $t read 'TIMER.CC[4]'
said "svdreg: TIMER.CC has no element [4]: 4 elements, [0] to [3]"
run 1 $t read 'TIMER.CH[0].SET'
said "TIMER.CH[0].SET is write-only"
run 2 $t read EMPTY.X
said "svdreg: peripheral EMPTY has no registers"
run 2 $t dump EMPTY
said "svdreg: peripheral EMPTY has no registers"
# A field that must be written alone (FLAG clears when written 1) and one
# that needs the register read cannot share one access.
snapshot "$mem"
run 1 $t --trace write TIMER.CTRL.MODE=PERIODIC TIMER.CTRL.FLAG=1
said "svdreg: TIMER.CTRL: these writes cannot share one access (one reads the register, one must not); give them in two commands; nothing was written"
traced ""
changed "$mem" ""
# The same in the other order: refused too, not merged into one write
# that drops the flag or zeroes the other fields unread.
run 1 $t --trace write TIMER.CTRL.FLAG=1 TIMER.CTRL.MODE=PERIODIC
said "svdreg: TIMER.CTRL: these writes cannot share one access (one reads the register, one must not); give them in two commands; nothing was written"
traced ""
changed "$mem" ""
# Writes of one register in one command share its one access.
run 0 $t --trace write TIMER.CTRL=0 TIMER.CTRL.EN=1
traced "write32 0x40001000 <- 0x00000001"
run 0 $t --trace write TIMER.CTRL.EN=1 TIMER.CTRL=0x10
traced "write32 0x40001000 <- 0x00000010"
run 0 $t --trace write 'TIMER.CH[1].SET.BIT2=1' 'TIMER.CH[1].SET.BIT0=1'
traced "write32 0x40001038 <- 0x00000005"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

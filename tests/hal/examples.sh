#!/bin/sh
# SPDX-License-Identifier: MIT
# Run examples/blink and examples/button-led for every board against
# sparse files standing in for /dev/mem (registers at their physical
# addresses) and check the words they leave there; then check that a file
# the user names that cannot stand in for memory is refused, and that no
# other device is opened in its place. With RUN set (e.g. "qemu-arm -L
# /usr/arm-linux-gnueabihf") and EXAMPLES pointing at other builds, the
# same checks run those.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
: "${EXAMPLES:=$builddir/examples}"
RUN=${RUN:-}
failures=0
work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-examples.XXXXXX") || exit 99
trap 'chmod -R u+rwx "$work"; rm -rf "$work"' EXIT
# Never the real devices: every path the library could fall back to is a
# file of ours.
SVD_HAL_DT_ROOT=$work/no-device-tree
export SVD_HAL_DT_ROOT

# word FILE OFFSET: the little-endian 32-bit word at OFFSET, as 0x%08x.
word() {
	printf '0x%s' "$(od -A n -t x4 -j "$2" -N 4 "$1" | tr -d ' \n')"
}

# poke FILE OFFSET BYTES: write octal-escaped bytes at OFFSET.
poke() {
	printf "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc 2> /dev/null
}

# expect FILE OFFSET VALUE WHAT
expect() {
	got=$(word "$1" "$2")
	if [ "$got" = "$3" ]; then
		echo "ok: $4 = $got"
	else
		echo "FAIL: $4 = $got, expected $3"
		failures=$((failures + 1))
	fi
	return 0
}

# check CONDITION... WHAT: a test that prints ok or FAIL.
check() {
	what=$1
	shift
	if "$@"; then
		echo "ok: $what"
	else
		echo "FAIL: $what"
		failures=$((failures + 1))
	fi
	return 0
}

# run NAME ARGS...: run an example, its output in the log.
run() {
	name=$1
	shift
	echo "+ $name $*"
	if ! $RUN "$EXAMPLES/$name/$name" "$@" > "$work/out" 2>&1; then
		cat "$work/out"
		echo "FAIL: $name $* exited with an error"
		failures=$((failures + 1))
		return 1
	fi
	head -n 6 "$work/out"
	return 0
}

# memory FILE END: a sparse stand-in for /dev/mem up to END.
memory() {
	rm -f "$1"
	dd if=/dev/zero of="$1" bs=1 count=0 seek="$2" 2> /dev/null
}

for example in blink button-led; do
	if $RUN "$EXAMPLES/$example/$example" --help | grep -q -- --iterations
	then
		echo "ok: $example --help"
	else
		echo "FAIL: $example --help"
		failures=$((failures + 1))
	fi
done

# blink on a Pi: GPIO 7-11 outputs (FSEL 001), last pin 11 set then
# cleared, in the GPIO block at the SoC's physical address.
for soc_base in bcm2835:0x20200000 bcm2837:0x3F200000 bcm2711:0xFE200000; do
	soc=${soc_base%%:*}
	base=$((${soc_base#*:}))
	mem=$work/mem-$soc.bin
	memory "$mem" $((base + 4096))
	run blink --mem "$mem" --soc "$soc" --iterations 2 --delay 0 &&
	expect "$mem" $((base + 0)) 0x09200000 "$soc GPFSEL0 (GPIO 7-9 output)" &&
	expect "$mem" $((base + 4)) 0x00000009 "$soc GPFSEL1 (GPIO 10-11 output)" &&
	expect "$mem" $((base + 28)) 0x00000800 "$soc GPSET0 (last write: GPIO 11)" &&
	expect "$mem" $((base + 40)) 0x00000800 "$soc GPCLR0 (last write: GPIO 11)"
	check "$soc blink says which file it mapped" \
		grep -q "mapped from $mem\$" "$work/out"
done

# button-led on a Pi: GPIO 3 high -> GPIO 4 set; low -> cleared.
for soc_base in bcm2837:0x3F200000 bcm2711:0xFE200000; do
	soc=${soc_base%%:*}
	base=$((${soc_base#*:}))
	mem=$work/button-$soc.bin
	memory "$mem" $((base + 4096))
	poke "$mem" $((base + 52)) '\010'
	run button-led --mem "$mem" --soc "$soc" --iterations 3 --delay 0 &&
	expect "$mem" $((base + 0)) 0x00001000 "$soc GPFSEL0 (3 input, 4 output)" &&
	expect "$mem" $((base + 28)) 0x00000010 "$soc GPSET0 (GPIO 3 high: GPIO 4 on)" &&
	expect "$mem" $((base + 40)) 0x00000000 "$soc GPCLR0 (never written)"
	if [ "$soc" = bcm2711 ]; then
		expect "$mem" $((base + 228)) 0x00000040 \
			"bcm2711 PUP_PDN_CNTRL_REG0 (GPIO 3 pull-up = 01)"
	else
		expect "$mem" $((base + 148)) 0x00000000 "$soc GPPUD (cleared after use)"
		expect "$mem" $((base + 152)) 0x00000000 "$soc GPPUDCLK0 (cleared)"
	fi
	poke "$mem" $((base + 52)) '\000'
	run button-led --mem "$mem" --soc "$soc" --iterations 1 --delay 0 &&
	expect "$mem" $((base + 40)) 0x00000010 "$soc GPCLR0 (GPIO 3 low: GPIO 4 off)"
done

# blink on a BeagleBone: OE starts at its reset value, all inputs; the
# default pins are GPIO2_7 (P8_46) and the USR LEDs GPIO1_21-24.
mem=$work/am335x-mem.bin
memory "$mem" $((0x481AF000))
poke "$mem" $((0x4804C134)) '\377\377\377\377'
poke "$mem" $((0x481AC134)) '\377\377\377\377'
run blink --mem "$mem" --soc am335x --iterations 2 --delay 0 &&
expect "$mem" $((0x44E000B0)) 0x00000002 "CM_PER GPIO2_CLKCTRL MODULEMODE" &&
expect "$mem" $((0x44E000AC)) 0x00000002 "CM_PER GPIO1_CLKCTRL MODULEMODE" &&
expect "$mem" $((0x481AC134)) 0xffffff7f "GPIO2 OE (GPIO2_7 output)" &&
expect "$mem" $((0x481AC194)) 0x00000080 "GPIO2 SETDATAOUT" &&
expect "$mem" $((0x481AC190)) 0x00000080 "GPIO2 CLEARDATAOUT" &&
expect "$mem" $((0x4804C134)) 0xfe1fffff "GPIO1 OE (USR0-3 outputs)" &&
expect "$mem" $((0x4804C194)) 0x01000000 "GPIO1 SETDATAOUT (last: USR3)" &&
expect "$mem" $((0x4804C190)) 0x01000000 "GPIO1 CLEARDATAOUT (last: USR3)"

# button-led on a BeagleBone: GPIO1_16 (P9_15) high -> GPIO1_28 (P9_12)
# set through SETDATAOUT; pulls are the kernel's, so none is written.
mem=$work/am335x-button.bin
memory "$mem" $((0x481AF000))
poke "$mem" $((0x4804C134)) '\377\377\377\377'
poke "$mem" $((0x4804C13A)) '\001'
run button-led --mem "$mem" --soc am335x --pin GPIO1_16 --pin GPIO1_28 \
	--iterations 2 --delay 0 &&
expect "$mem" $((0x4804C134)) 0xefffffff "GPIO1 OE (GPIO1_16 in, GPIO1_28 out)" &&
expect "$mem" $((0x4804C194)) 0x10000000 "GPIO1 SETDATAOUT (GPIO1_16 high)"
check "am335x button-led says the pull is not the library's" \
	grep -q "GPIO1_16: input (the am335x has no user-space pull" "$work/out"

# blink on a Tinker Board: GPIO5_B4 is bank 5 bit 12. Words a read would
# see are planted first: the GRF and CRU writes must replace them (one
# masked write, no read-modify-write), and SWPORTA_DR's other bits must
# survive its read-modify-write.
mem=$work/rk3288-mem.bin
memory "$mem" $((0xFF800000))
poke "$mem" $((0xFF7C0000)) '\005\000\000\000'
poke "$mem" $((0xFF760198)) '\377\377\000\000'
poke "$mem" $((0xFF770050)) '\377\377\000\000'
run blink --soc rk3288 --pin GPIO5_B4 --mem "$mem" --iterations 1 --delay 0 &&
expect "$mem" $((0xFF7C0004)) 0x00001000 "GPIO5 SWPORTA_DDR (bit 12: GPIO5_B4 output)" &&
expect "$mem" $((0xFF7C0000)) 0x00000005 "GPIO5 SWPORTA_DR (B4 on then off; bits 0, 2 kept)" &&
expect "$mem" $((0xFF760198)) 0x00200000 "CRU_CLKGATE14_CON (enable bit 21, PCLK_GPIO5 = 0: on)" &&
expect "$mem" $((0xFF770050)) 0x03000000 "GRF_GPIO5B_IOMUX (enable bits 25:24, B4 = 0: GPIO)"

# button-led on a Tinker Board: GPIO5_B4 in with its pull-up (GRF, one
# masked write), GPIO5_B5 out, EXT_PORTA bit 12 high -> DR bit 13 set.
mem=$work/rk3288-button.bin
memory "$mem" $((0xFF800000))
poke "$mem" $((0xFF7C0051)) '\020'
run button-led --soc rk3288 --pin GPIO5_B4 --pin GPIO5_B5 --mem "$mem" \
	--iterations 2 --delay 0 &&
expect "$mem" $((0xFF7C0004)) 0x00002000 "GPIO5 SWPORTA_DDR (B4 in, B5 out)" &&
expect "$mem" $((0xFF7C0000)) 0x00002000 "GPIO5 SWPORTA_DR (B4 high: B5 on)" &&
expect "$mem" $((0xFF770184)) 0x03000100 "GRF_GPIO5B_P (enable bits 25:24, B4 pull-up 01)"

# GPIO0 of the RK3288 is muxed in the PMU, which has no write mask: a
# read-modify-write that keeps the other pins' functions.
mem=$work/rk3288-gpio0.bin
memory "$mem" $((0xFF800000))
poke "$mem" $((0xFF730088)) '\377\000\000\000'
run blink --soc rk3288 --pin GPIO0_B2 --mem "$mem" --iterations 1 --delay 0 &&
expect "$mem" $((0xFF730088)) 0x000000cf "PMU GPIO0B_IOMUX (B2 to GPIO, B0, B1, B3 kept)" &&
expect "$mem" $((0xFF7601A4)) 0x00100000 "CRU_CLKGATE17_CON (enable bit 20, PCLK_GPIO0 on)" &&
expect "$mem" $((0xFF750004)) 0x00000400 "GPIO0 SWPORTA_DDR (bit 10: GPIO0_B2 output)"

# Pins that do not exist are refused before anything is written.
if $RUN "$EXAMPLES/blink/blink" --soc rk3288 --pin GPIO0_D1 --mem "$mem" \
	--iterations 1 --delay 0 > "$work/out" 2>&1; then
	check "blink refuses GPIO0_D1 (GPIO0 has 24 pins)" false
else
	check "blink refuses GPIO0_D1 (GPIO0 has 24 pins)" \
		grep -q "GPIO0_D1 (GPIO 25) does not exist on the rk3288" "$work/out"
fi

# A path the user names is used or refused, never replaced: each bad
# --mem fails with a message naming it, and the decoys standing where the
# library could fall back (SVD_HAL_GPIOMEM, a good GPIO block) stay
# untouched.
decoy=$work/decoy-gpiomem.bin
dd if=/dev/zero of="$decoy" bs=4096 count=1 2> /dev/null
cp "$decoy" "$work/decoy-before"
SVD_HAL_GPIOMEM=$decoy
export SVD_HAL_GPIOMEM
dd if=/dev/zero of="$work/short.bin" bs=4096 count=1 2> /dev/null
mkdir "$work/directory"
touch "$work/unreadable"
chmod 000 "$work/unreadable"
# refused FILE MESSAGE [SOC]: blink with --mem FILE fails with MESSAGE.
refused() {
	$RUN "$EXAMPLES/blink/blink" --soc "${3:-bcm2837}" --mem "$1" \
		--iterations 1 --delay 0 > "$work/out" 2>&1
	status=$?
	check "--mem $1 (${3:-bcm2837}): exit 1, not $status" [ "$status" -eq 1 ]
	check "--mem $1 (${3:-bcm2837}): '$2'" grep -qF -- "$2" "$work/out"
	check "--mem $1 (${3:-bcm2837}): nothing else mapped" \
		cmp -s "$decoy" "$work/decoy-before"
	if grep -q "mapped from" "$work/out"; then
		cat "$work/out"
		check "--mem $1: no device reported as mapped" false
	fi
}
refused "$work/missing.bin" \
	"$work/missing.bin does not exist (it was named in place of /dev/mem; nothing else was opened)"
refused "$work/short.bin" "$work/short.bin is a 4096-byte file, too short"
refused "$work/directory" "$work/directory is a directory"
refused /dev/null "/dev/null cannot stand in for memory"
refused /dev/zero "/dev/zero cannot stand in for memory" am335x
refused /dev/zero "/dev/zero cannot stand in for memory" rk3288
if [ "$(id -u)" -ne 0 ]; then
	refused "$work/unreadable" "permission denied opening $work/unreadable"
else
	echo "SKIP: unreadable --mem (root reads any file)"
fi

# SVD_HAL_GPIOMEM naming a missing file: refused, and SVD_HAL_DEVMEM's
# stand-in (a good memory file) is not used in its place.
mem=$work/devmem-decoy.bin
memory "$mem" $((0x3F201000))
cp "$mem" "$work/devmem-before"
if SVD_HAL_GPIOMEM=$work/no-gpiomem SVD_HAL_DEVMEM=$mem \
	$RUN "$EXAMPLES/blink/blink" --soc bcm2837 --iterations 1 --delay 0 \
	> "$work/out" 2>&1; then
	check "SVD_HAL_GPIOMEM missing: refused" false
else
	check "SVD_HAL_GPIOMEM missing: refused with its name" \
		grep -qF "$work/no-gpiomem does not exist (it was named" "$work/out"
fi
check "SVD_HAL_GPIOMEM missing: SVD_HAL_DEVMEM's file untouched" \
	cmp -s "$mem" "$work/devmem-before"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Run the three examples against ordinary files and check the words they
# leave in them. With RUN set (e.g. "qemu-arm -L /usr/arm-linux-gnueabihf")
# and EXAMPLES pointing at other builds, the same checks run those.
set -u
: "${top_builddir:=.}"
: "${EXAMPLES:=$top_builddir/examples}"
RUN=${RUN:-}
failures=0
work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-examples.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT

# word FILE OFFSET: the little-endian 32-bit word at OFFSET, as 0x%08x.
word() {
	printf '0x%s' "$(od -A n -t x4 -j "$2" -N 4 "$1" | tr -d ' \n')"
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
	head -n 4 "$work/out"
	return 0
}

for example in rpi-blink rpi-button-led bbb-blink; do
	if $RUN "$EXAMPLES/$example/$example" --help | grep -q -- --iterations
	then
		echo "ok: $example --help"
	else
		echo "FAIL: $example --help"
		failures=$((failures + 1))
	fi
done

# rpi-blink: GPIO 7-11 outputs (FSEL 001), last pin 11 set then cleared.
for soc in bcm2835 bcm2837 bcm2711; do
	gpio=$work/gpio-$soc.bin
	dd if=/dev/zero of="$gpio" bs=4096 count=1 2> /dev/null
	run rpi-blink --mem "$gpio" --soc "$soc" --iterations 2 --delay 0 &&
	expect "$gpio" 0 0x09200000 "$soc GPFSEL0 (GPIO 7-9 output)" &&
	expect "$gpio" 4 0x00000009 "$soc GPFSEL1 (GPIO 10-11 output)" &&
	expect "$gpio" 28 0x00000800 "$soc GPSET0 (last write: GPIO 11)" &&
	expect "$gpio" 40 0x00000800 "$soc GPCLR0 (last write: GPIO 11)"
done

# rpi-button-led: GPIO 3 high -> GPIO 4 set; low -> cleared.
for soc in bcm2837 bcm2711; do
	gpio=$work/button-$soc.bin
	dd if=/dev/zero of="$gpio" bs=4096 count=1 2> /dev/null
	printf '\010' | dd of="$gpio" bs=1 seek=52 conv=notrunc 2> /dev/null
	run rpi-button-led --mem "$gpio" --soc "$soc" --iterations 3 \
		--delay 0 &&
	expect "$gpio" 0 0x00001000 "$soc GPFSEL0 (3 input, 4 output)" &&
	expect "$gpio" 28 0x00000010 "$soc GPSET0 (GPIO 3 high: GPIO 4 on)" &&
	expect "$gpio" 40 0x00000000 "$soc GPCLR0 (never written)"
	if [ "$soc" = bcm2711 ]; then
		expect "$gpio" 228 0x00000040 \
			"bcm2711 PUP_PDN_CNTRL_REG0 (GPIO 3 pull-up = 01)"
	else
		expect "$gpio" 148 0x00000000 "$soc GPPUD (cleared after use)"
		expect "$gpio" 152 0x00000000 "$soc GPPUDCLK0 (cleared)"
	fi
	printf '\000' | dd of="$gpio" bs=1 seek=52 conv=notrunc 2> /dev/null
	run rpi-button-led --mem "$gpio" --soc "$soc" --iterations 1 \
		--delay 0 &&
	expect "$gpio" 40 0x00000010 "$soc GPCLR0 (GPIO 3 low: GPIO 4 off)"
done

# bbb-blink: a sparse stand-in for /dev/mem, registers at physical
# addresses; OE starts at its reset value, all inputs.
mem=$work/am335x-mem.bin
dd if=/dev/zero of="$mem" bs=4096 count=0 seek=$((0x481AF)) 2> /dev/null
for oe in $((0x4804C134)) $((0x481AC134)); do
	printf '\377\377\377\377' |
		dd of="$mem" bs=1 seek="$oe" conv=notrunc 2> /dev/null
done
run bbb-blink --mem "$mem" --soc am335x --iterations 2 --delay 0 &&
expect "$mem" $((0x44E000B0)) 0x00000002 "CM_PER GPIO2_CLKCTRL MODULEMODE" &&
expect "$mem" $((0x44E000AC)) 0x00000002 "CM_PER GPIO1_CLKCTRL MODULEMODE" &&
expect "$mem" $((0x481AC134)) 0xffffff7f "GPIO2 OE (GPIO2_7 output)" &&
expect "$mem" $((0x481AC194)) 0x00000080 "GPIO2 SETDATAOUT" &&
expect "$mem" $((0x481AC190)) 0x00000080 "GPIO2 CLEARDATAOUT" &&
expect "$mem" $((0x4804C134)) 0xfe1fffff "GPIO1 OE (USR0-3 outputs)" &&
expect "$mem" $((0x4804C194)) 0x01000000 "GPIO1 SETDATAOUT (last: USR3)" &&
expect "$mem" $((0x4804C190)) 0x01000000 "GPIO1 CLEARDATAOUT (last: USR3)"

echo "$failures failure(s)"
[ "$failures" -eq 0 ]

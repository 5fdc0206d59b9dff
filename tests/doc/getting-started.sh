#!/bin/sh
# SPDX-License-Identifier: MIT
# doc/getting-started.md, run as written: each line of every ```sh block,
# in order, from the top of the source tree, in one shell (so its exports
# hold) with a scratch HOME; each ```c ~/FILE block saved as that file
# first. Blocks fenced ```sh board need the hardware: their syntax only is
# checked. Then what the guide says the commands show is checked: the GPIO
# bits led-on wrote, the firmware image, the consumers' output.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
guide=$srcdir/doc/getting-started.md
blocks=$srcdir/tests/doc/blocks.awk

# The guide runs in the tree the README's first command builds in place.
if [ "$(cd "$srcdir" && pwd -P)" != "$(cd "$builddir" && pwd -P)" ]; then
	echo "SKIP: the guide's commands run in the source tree, and this" \
		"build is elsewhere (VPATH)"
	exit 77
fi
for tool in autoreconf cmake pkg-config arm-none-eabi-gcc; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: $tool not found (the guide uses it)"
		exit 77
	fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-guide.XXXXXX") || exit 99
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failed=0
fail() {
	echo "FAIL: $*"
	failed=$((failed + 1))
}

# A user's shell: a home of its own, none of make check's settings (make
# check exports SVDGEN, which SVDGEN_PROG would take as the user's choice).
export HOME=$tmp/home
mkdir "$HOME"
unset MAKEFLAGS MFLAGS MAKELEVEL SVDGEN SVDGEN_MK ACLOCAL_PATH \
	PKG_CONFIG_PATH CMAKE_PREFIX_PATH

# The files the guide says to save.
for info in $(grep -o '^```c ~/[^ ]*$' "$guide" | sed 's/^```//' |
	tr ' ' '@'); do
	info=$(echo "$info" | tr '@' ' ')
	file=$HOME/${info#c ~/}
	mkdir -p "$(dirname "$file")"
	awk -v info="$info" -v number=1 -f "$blocks" "$guide" >"$file"
	[ -s "$file" ] || fail "the block '$info' is empty"
done

# The script: each line from the top of the tree, stopping at the first
# that fails (an && chain failing midway included).
script=$tmp/guide.sh
{
	echo "tree=\$(pwd)"
	awk -v info=sh -v number=0 -f "$blocks" "$guide" |
		grep -v '^[[:space:]]*\(#\|$\)' | while IFS= read -r line; do
			printf 'cd "$tree" || exit 99\necho "$ %s"\n' \
				"$(printf '%s' "$line" | sed 's/["$`\\]/\\&/g')"
			printf '{ %s\n} || { echo "the line above failed"; exit 1; }\n' \
				"$line"
		done
} >"$script"
lines=$(grep -c '^{ ' "$script")
[ "$lines" -ge 10 ] || fail "only $lines command lines found in the guide"

(cd "$srcdir" && bash "$script") >"$tmp/guide.log" 2>&1
status=$?
if [ $status -ne 0 ]; then
	fail "the guide's commands (exit $status); the end of the log:"
	tail -30 "$tmp/guide.log" | sed 's/^/  /'
fi

# The on-the-board blocks: they parse.
awk -v info="sh board" -v number=0 -f "$blocks" "$guide" >"$tmp/board.sh"
[ -s "$tmp/board.sh" ] || fail "no 'sh board' block in the guide"
bash -n "$tmp/board.sh" || fail "an 'sh board' block does not parse"

# What the guide says its commands show. GPFSEL0 (offset 0) holds 001 in
# FSEL4, bits 14-12: 0x1000; GPSET0 (offset 0x1c) bit 4: 0x10 (BCM2835 ARM
# Peripherals, section 6.1; the same in Linux's pinctrl-bcm2835.c).
word() {
	od -A n -t x4 -j "$2" -N 4 "$1" 2>/dev/null | tr -d ' '
}
[ "$(word "$HOME/gpio.bin" 0)" = 00001000 ] ||
	fail "GPFSEL0 after led-on: $(word "$HOME/gpio.bin" 0), not 00001000"
[ "$(word "$HOME/gpio.bin" 28)" = 00000010 ] ||
	fail "GPSET0 after led-on: $(word "$HOME/gpio.bin" 28), not 00000010"
grep -q '^0*10 .* 00000010$' "$tmp/guide.log" ||
	fail "od's output in the log does not show GPSET0 = 00000010"
# led-on off: a write to GPCLR0 (offset 0x28), bit 4.
head -c 4096 /dev/zero >"$tmp/clear.bin" &&
	"$HOME/led-on" "$tmp/clear.bin" off
[ "$(word "$tmp/clear.bin" 40)" = 00000010 ] &&
	[ "$(word "$tmp/clear.bin" 28)" = 00000000 ] ||
	fail "led-on off did not write GPCLR0 alone"
arm-none-eabi-readelf -h "$HOME/firmware/firmware.elf" 2>/dev/null |
	grep -q 'Machine: *ARM$' || fail "no ARM firmware.elf"
[ "$(grep -c 'board: CTRL=0x00006305' "$tmp/guide.log")" -eq 2 ] ||
	fail "the autotools and CMake consumers did not both print CTRL"
[ -f "$HOME/.local/share/svdgen/svd/bcm2835.svd" ] ||
	fail "make install prefix=\$HOME/.local did not install the SVDs"

[ $failed -eq 0 ] && echo "PASS: $lines command lines of the guide"
[ $failed -eq 0 ]

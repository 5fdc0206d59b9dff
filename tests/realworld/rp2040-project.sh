#!/bin/sh
# SPDX-License-Identifier: MIT
# Real code written against ARM SVDConv's RP2040.h, built against svdgen's:
# the C files of an RP2040 bare-metal project must compile and give the same
# machine code as with the header the project ships.
#
#   rp2040-project.sh PROJECT-DIR [SVDCONV-HEADER-DIR]
#
# PROJECT-DIR is a checkout whose folders hold C files that include
# "RP2040.h" and a headers/ folder with SVDConv's RP2040.h, the CMSIS-Core
# headers and the project's own headers (carlosftm/RPi-Pico-Baremetal is one;
# its code is not part of this repository). Each such C file is compiled
# with the project's flags three ways: with the project's own RP2040.h, with
# svdgen's headers (--bitfields --cmsis, from RP2040_SVD), and, when
# SVDCONV-HEADER-DIR holds the RP2040.h SVDConv makes from the same SVD, with
# that one. The objects' disassembly (objdump -d) must be identical.
#
# The project edited its copy of SVDConv's header: it added instance
# pointers for the RP2040's atomic register aliases (UART0_SET, RESETS_CLR...,
# the instance's base address plus 0x1000, 0x2000 or 0x3000) and commented
# out #include "system_RP2040.h". A shim RP2040.h carries those additions
# over: it includes the header under test, then the project's own alias
# lines, copied at run time from the project's header; an empty
# system_RP2040.h stands in for the file the project does not have.
#
# Without PROJECT-DIR, the SVD or arm-none-eabi-gcc the test skips (77).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
svd=${RP2040_SVD:-$srcdir/../shared/svd-corpus/RaspberryPi/RP2040.svd}
project=${1:-${RP2040_PROJECT:-}}
svdconv_dir=${2:-${RP2040_SVDCONV_HEADERS:-}}
cc=${ARM_CC:-arm-none-eabi-gcc}
objdump=${ARM_OBJDUMP:-arm-none-eabi-objdump}

if [ -z "$project" ] || [ ! -d "$project" ]; then
	skip "no RP2040 project given (RP2040_PROJECT or argument 1)"
fi
if [ ! -f "$svd" ]; then
	skip "$svd is absent"
fi
require_tool "$cc" "$objdump"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-rp2040.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

if ! "$svdgen" -q --bitfields --cmsis "$svd" -o "$tmp/svdgen" \
	>"$tmp/log" 2>&1; then
	cat "$tmp/log"
	echo "FAIL: svdgen refused $svd"
	exit 1
fi

# shim DIR HEADER PROJECT-HEADER: RP2040.h including HEADER, then the
# project's alias pointers.
shim() {
	mkdir -p "$1"
	{
		printf '#include "%s"\n' "$2"
		grep -E '^#define [A-Z0-9_]+_(XOR|SET|CLR)[[:space:]]+\(\(' "$3"
	} >"$1/RP2040.h"
	: >"$1/system_RP2040.h"
}

# The project's flags (its Makefiles), without -g: debug sections are not
# compared and only slow the build down.
flags="-mcpu=cortex-m0plus -mthumb -mfloat-abi=soft -ffreestanding -O0 -fpic"

units=0
same=0
failed=0
# build KIND SOURCE HEADER-DIR...: compile SOURCE, copied alone into a
# folder so that its own folder holds no RP2040.h, against HEADER-DIRs.
build() {
	kind=$1 source=$2
	shift 2
	out=$tmp/$kind/$(echo "${source#"$project"/}" | tr / _)
	mkdir -p "$out"
	cp "$source" "$out/"
	includes=
	for dir in "$@"; do includes="$includes -I$dir"; done
	if ! $cc $flags $includes -c "$out/$(basename "$source")" \
		-o "$out/unit.o" >"$out/errors" 2>&1; then
		echo "FAIL: $source does not compile with the $kind header"
		head -20 "$out/errors"
		return 1
	fi
	$objdump -d "$out/unit.o" | sed 1,2d >"$out/unit.s"
}

for source in "$project"/*/*.c; do
	headers=$(dirname "$source")/headers
	[ -f "$headers/RP2040.h" ] || continue
	grep -q '#include "RP2040.h"' "$source" || continue
	units=$((units + 1))
	# The project's own headers minus RP2040.h: CMSIS-Core, uart.h...
	common=$tmp/common/$(basename "$(dirname "$source")")
	if [ ! -d "$common" ]; then
		mkdir -p "$common"
		cp "$headers"/*.h "$common/"
		rm "$common/RP2040.h"
		shim "$tmp/shim-svdgen/${common##*/}" \
			"$tmp/svdgen/RP2040.h" "$headers/RP2040.h"
		if [ -n "$svdconv_dir" ]; then
			shim "$tmp/shim-svdconv/${common##*/}" \
				"$svdconv_dir/RP2040.h" "$headers/RP2040.h"
		fi
	fi
	unit=$(echo "${source#"$project"/}" | tr / _)
	ok=1
	build project "$source" "$headers" || ok=0
	build svdgen "$source" "$tmp/shim-svdgen/${common##*/}" \
		"$tmp/svdgen" "$common" || ok=0
	if [ -n "$svdconv_dir" ]; then
		build svdconv "$source" "$tmp/shim-svdconv/${common##*/}" \
			"$common" || ok=0
	fi
	if [ $ok -eq 1 ]; then
		identical=1
		if ! cmp -s "$tmp/project/$unit/unit.s" \
			"$tmp/svdgen/$unit/unit.s"; then
			echo "DIFFERENT: $source (project header vs svdgen)"
			diff "$tmp/project/$unit/unit.s" \
				"$tmp/svdgen/$unit/unit.s" | head -20
			identical=0
		fi
		if [ -n "$svdconv_dir" ] && ! cmp -s \
			"$tmp/svdconv/$unit/unit.s" "$tmp/svdgen/$unit/unit.s"; then
			echo "DIFFERENT: $source (SVDConv header vs svdgen)"
			diff "$tmp/svdconv/$unit/unit.s" \
				"$tmp/svdgen/$unit/unit.s" | head -20
			identical=0
		fi
		[ $identical -eq 1 ] && same=$((same + 1))
	fi
	[ $ok -eq 1 ] || failed=$((failed + 1))
done

echo "$units C files, $failed failed to compile, $same identical machine code"
[ "$units" -gt 0 ] || {
	echo "FAIL: no C file including RP2040.h under $project"
	exit 1
}
[ $failed -eq 0 ] && [ "$same" -eq "$units" ]

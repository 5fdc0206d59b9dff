#!/bin/sh
# SPDX-License-Identifier: MIT
# The compile matrix: every generated header, alone and through its device
# header, must compile warning-free as C99, C11 (gcc and clang) and C++17,
# -Wall -Wextra -Werror -pedantic, natively and for armhf, aarch64 and
# arm-none-eabi where those compilers are installed. Two devices with
# different prefixes must also share one translation unit.
#
# The matrix is split into families so make -j runs them in parallel: each
# tests/compile/NAME.family is one automake test, run as
# "compile.sh NAME.family". A family file holds lines of
#
#   requires COMMAND           skip (exit 77) when COMMAND is not installed
#   device LANGUAGE COMPILER…  each folder's device header, with COMPILER
#   alone LANGUAGE COMPILER…   each other header of each folder on its own
#   two LANGUAGE COMPILER…     two devices in one translation unit, one of
#                              them prefixed
#
# where LANGUAGE is c or c++ and the folders, each with one device header,
# are tests/golden/*/ and generated/*/. Lines starting with # are comments.
#
# Automake test protocol: exit 0 pass, 1 fail, 77 skip, 99 hard error.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
	echo "usage: $0 FAMILY-FILE" >&2
	exit 99
fi
family=$1
# Requirements first, so a missing compiler skips before anything runs.
while read -r verb rest; do
	[ "$verb" = requires ] || continue
	if ! command -v "$rest" >/dev/null 2>&1; then
		echo "SKIP: $rest is not installed"
		exit 77
	fi
done <"$family"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-compile.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
flags="-Wall -Wextra -Werror -pedantic -fsyntax-only"
passed=0
failed=0

# compile LABEL COMPILER SOURCE INCLUDE-DIR...
compile() {
	label=$1 compiler=$2 source=$3
	shift 3
	includes=
	for include_dir in "$@"; do includes="$includes -I$include_dir"; done
	if $compiler $flags $includes "$source" </dev/null \
		>"$tmp/errors" 2>&1; then
		passed=$((passed + 1))
	else
		echo "FAIL $label ($compiler)"
		head -20 "$tmp/errors"
		failed=$((failed + 1))
	fi
}

# suffix LANGUAGE: the source file suffix the compiler driver expects.
suffix() {
	case $1 in
	c) echo c ;;
	c++) echo cpp ;;
	*)
		echo "$family: unknown language '$1'" >&2
		exit 99
		;;
	esac
}

# device LANGUAGE COMPILER: each folder's device header.
device() {
	source=$tmp/t.$(suffix "$1")
	compiler=$2
	for dir in "$srcdir"/tests/golden/*/ "$builddir"/generated/*/; do
		[ -d "$dir" ] || continue
		dir=${dir%/}
		umbrella=$(grep -l 'device header' "$dir"/*.h | head -1)
		name=$(basename "$umbrella")
		printf '#include "%s"\nint main(void) { return 0; }\n' \
			"$name" >"$source"
		compile "$dir/$name" "$compiler" "$source" "$dir"
	done
}

# alone LANGUAGE COMPILER: every other header on its own.
alone() {
	source=$tmp/one.$(suffix "$1")
	compiler=$2
	for dir in "$srcdir"/tests/golden/*/ "$builddir"/generated/*/; do
		[ -d "$dir" ] || continue
		dir=${dir%/}
		umbrella=$(grep -l 'device header' "$dir"/*.h | head -1)
		for header in "$dir"/*.h; do
			[ "$header" = "$umbrella" ] && continue
			printf '#include "%s"\n' "$(basename "$header")" >"$source"
			compile "$header" "$compiler" "$source" "$dir"
		done
	done
}

# two LANGUAGE COMPILER: two devices in one translation unit, one prefixed.
two() {
	source=$tmp/two.$(suffix "$1")
	printf '#include "golden.h"\n#include "bcm2835.h"\nint main(void) { return P_TIMER0->CTRL != 0 && GPIO != 0; }\n' >"$source"
	compile "two devices" "$2" "$source" \
		"$srcdir/tests/golden/features-prefix" "$builddir/generated/bcm2835"
}

steps=0
while read -r verb language compiler; do
	case $verb in
	'' | '#'*) continue ;;
	requires) continue ;;
	device | alone | two)
		"$verb" "$language" "$compiler"
		steps=$((steps + 1))
		;;
	*)
		echo "$family: unknown line '$verb $language $compiler'" >&2
		exit 99
		;;
	esac
done <"$family"

# A family that compiles nothing would pass without testing anything.
if [ $steps -eq 0 ] || [ $((passed + failed)) -eq 0 ]; then
	echo "$family: nothing was compiled"
	exit 99
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

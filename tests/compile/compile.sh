#!/bin/sh
# SPDX-License-Identifier: MIT
# The compile matrix: every generated header, alone and through its device
# header, must compile warning-free as C99, C11 (gcc and clang) and C++17,
# -Wall -Wextra -Werror -pedantic, natively and for armhf, aarch64 and
# arm-none-eabi where those compilers are installed. Two devices with
# different prefixes must also share one translation unit.
set -u
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
builddir=${top_builddir:-$srcdir}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
flags="-Wall -Wextra -Werror -pedantic -fsyntax-only"
passed=0
failed=0

# compile LABEL COMPILER SOURCE INCLUDE-DIR...
compile() {
	label=$1 compiler=$2 source=$3
	shift 3
	includes=
	for dir in "$@"; do includes="$includes -I$dir"; done
	if $compiler $flags $includes "$source" >"$tmp/errors" 2>&1; then
		passed=$((passed + 1))
	else
		echo "FAIL $label ($compiler)"
		head -20 "$tmp/errors"
		failed=$((failed + 1))
	fi
}

native="gcc:-std=c99 gcc:-std=c11 clang:-std=c99 clang:-std=c11"
cross=
command -v arm-linux-gnueabihf-gcc >/dev/null &&
	cross="$cross arm-linux-gnueabihf-gcc:-std=c11:-mcpu=cortex-a7"
command -v aarch64-linux-gnu-gcc >/dev/null &&
	cross="$cross aarch64-linux-gnu-gcc:-std=c11:-mcpu=cortex-a53"
command -v arm-none-eabi-gcc >/dev/null &&
	cross="$cross arm-none-eabi-gcc:-std=c11:-mcpu=cortex-m4:-mthumb"

# check_dir DIR: the device header with every compiler, each peripheral
# header alone with the native ones.
check_dir() {
	dir=$1
	umbrella=$(grep -l 'device header' "$dir"/*.h | head -1)
	name=$(basename "$umbrella")
	printf '#include "%s"\nint main(void) { return 0; }\n' "$name" >"$tmp/t.c"
	cp "$tmp/t.c" "$tmp/t.cpp"
	for entry in $native $cross; do
		compile "$dir/$name" "$(echo "$entry" | tr ':' ' ')" "$tmp/t.c" "$dir"
	done
	compile "$dir/$name" "g++ -std=c++17" "$tmp/t.cpp" "$dir"
	command -v clang++ >/dev/null &&
		compile "$dir/$name" "clang++ -std=c++17" "$tmp/t.cpp" "$dir"
	for header in "$dir"/*.h; do
		[ "$header" = "$umbrella" ] && continue
		printf '#include "%s"\n' "$(basename "$header")" >"$tmp/one.c"
		cp "$tmp/one.c" "$tmp/one.cpp"
		compile "$header" "gcc -std=c99" "$tmp/one.c" "$dir"
		compile "$header" "g++ -std=c++17" "$tmp/one.cpp" "$dir"
	done
}

for dir in "$srcdir"/tests/golden/*/ "$builddir"/generated/*/; do
	[ -d "$dir" ] && check_dir "${dir%/}"
done

# Two devices in one translation unit, one of them prefixed.
printf '#include "golden.h"\n#include "bcm2835.h"\nint main(void) { return P_TIMER0->CTRL != 0 && GPIO != 0; }\n' >"$tmp/two.c"
compile "two devices" "gcc -std=c11" "$tmp/two.c" \
	"$srcdir/tests/golden/features-prefix" "$builddir/generated/bcm2835"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Cross-build libsvdhal, the examples and map-high for armhf (32-bit ARM,
# where off_t is 32 bits unless asked otherwise) and run them under
# qemu-arm against ordinary files: the same byte checks as examples.sh
# (every board, the RK3288's registers near 4 GiB), and maps past 2 and
# 4 GiB. Skips (77) without the cross compiler or
# qemu-arm. binfmt is not assumed: qemu-arm is called explicitly.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
CROSS_CC=${CROSS_CC:-arm-linux-gnueabihf-gcc}
QEMU_ARM=${QEMU_ARM:-qemu-arm}
SYSROOT=${SYSROOT:-/usr/arm-linux-gnueabihf}

if ! command -v "$CROSS_CC" > /dev/null 2>&1; then
	echo "SKIP: no $CROSS_CC (apt-get install gcc-arm-linux-gnueabihf)"
	exit 77
fi
if ! command -v "$QEMU_ARM" > /dev/null 2>&1; then
	echo "SKIP: no $QEMU_ARM (apt-get install qemu-user)"
	exit 77
fi
for soc in $shipped_socs; do
	if [ ! -f "$builddir/generated/hal-$soc/.stamp" ]; then
		echo "ERROR: generated/hal-$soc is missing: run make first"
		exit 99
	fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-armhf.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
# -D_FILE_OFFSET_BITS=64: what configure's config.h gives an armhf build.
cflags="-std=gnu99 -O2 -Wall -Wextra -D_FILE_OFFSET_BITS=64"
cflags="$cflags -I$srcdir/hal"
for soc in $shipped_socs; do
	cflags="$cflags -I$builddir/generated/hal-$soc"
done
hal="$srcdir/hal/error.c $srcdir/hal/map.c $srcdir/hal/detect.c
	$srcdir/hal/gpio.c $srcdir/hal/gpio-bcm283x.c
	$srcdir/hal/gpio-am335x.c $srcdir/hal/gpio-rk3288.c"

# The library is compiled once and linked into each program.
mkdir -p "$work/hal"
for source in $hal; do
	object=$work/hal/$(basename "$source" .c).o
	# shellcheck disable=SC2086 # word splitting of the flag list
	if ! $CROSS_CC $cflags -c -o "$object" "$source"; then
		echo "FAIL: cross-build of $source"
		exit 1
	fi
done
build() {
	# shellcheck disable=SC2086 # word splitting of the flag list
	if ! $CROSS_CC $cflags -o "$@" "$work"/hal/*.o; then
		echo "FAIL: cross-build of $1"
		exit 1
	fi
}
for example in blink button-led; do
	mkdir -p "$work/examples/$example"
	build "$work/examples/$example/$example" \
		"$srcdir/examples/$example/$example.c"
done
build "$work/map-high" "$srcdir/tests/hal/map-high.c"
file "$work/map-high" 2> /dev/null | sed 's/^[^:]*: /map-high: /'

status=0
RUN="$QEMU_ARM -L $SYSROOT" EXAMPLES="$work/examples" \
	sh "$srcdir/tests/hal/examples.sh" || status=1
"$QEMU_ARM" -L "$SYSROOT" "$work/map-high" "$work" || status=1
exit $status

#!/bin/sh
# SPDX-License-Identifier: MIT
# Build gen/format.c with its vsnprintf comparison for 32-bit ARM and run it
# under qemu-arm: argument sizes differ there from the build machine's.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
cc=arm-linux-gnueabihf-gcc
if ! command -v "$cc" >/dev/null 2>&1 || ! command -v qemu-arm >/dev/null 2>&1
then
	echo "SKIP: $cc or qemu-arm not installed"
	exit 77
fi
work=$(mktemp -d) || exit 99
trap 'rm -rf "$work"' EXIT
"$cc" -std=c99 -O2 -Wall -Wextra -Werror -I"$srcdir/gen" \
	-o "$work/format-cross" "$srcdir/tests/unit/format-cross.c" \
	"$srcdir/gen/format.c" || exit 99
qemu-arm -L /usr/arm-linux-gnueabihf "$work/format-cross"

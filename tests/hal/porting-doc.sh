#!/bin/sh
# SPDX-License-Identifier: MIT
# doc/porting.md's program, as the page shows it: extracted from the page,
# compiled against the hal's generated RK3288 header and libsvdhal, run
# against a sparse file standing in for /dev/mem, and its words read back
# (the values the page promises).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
cc=${CC:-cc}
work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-porting.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
failures=0

# The one ```c block that has a main().
awk '/^```c$/ { inside = 1; text = ""; next }
	inside && /^```$/ { inside = 0; if (text ~ /int main/) printf "%s", text; next }
	inside { text = text $0 "\n" }' "$srcdir/doc/porting.md" > "$work/blink.c"
if ! grep -q "int main" "$work/blink.c"; then
	echo "FAIL: no program found in doc/porting.md"
	exit 1
fi
if ! $cc -std=c99 -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror \
	-I"$srcdir/hal" -I"$builddir/generated/hal-rk3288" \
	-o "$work/blink" "$work/blink.c" "$builddir/hal/libsvdhal.a" \
	> "$work/log" 2>&1; then
	cat "$work/log"
	echo "FAIL: doc/porting.md's program does not compile"
	exit 1
fi
echo "ok: doc/porting.md's program compiles"

# The page blinks three times, half a second a step: 3 s.
dd if=/dev/zero of="$work/mem.bin" bs=1 count=0 seek=$((0xFF800000)) \
	2> /dev/null
printf '\377\377\000\000' | dd of="$work/mem.bin" bs=1 seek=$((0xFF770050)) \
	conv=notrunc 2> /dev/null
if ! "$work/blink" "$work/mem.bin"; then
	echo "FAIL: the program failed on a good file"
	exit 1
fi

word() {
	printf '0x%s' "$(od -A n -t x4 -j "$1" -N 4 "$work/mem.bin" | tr -d ' \n')"
}
for fact in 0xFF7C0004:0x00001000:SWPORTA_DDR 0xFF7C0000:0x00000000:SWPORTA_DR \
	0xFF760198:0x00200000:CRU_CLKGATE14_CON \
	0xFF770050:0x03000000:GRF_GPIO5B_IOMUX; do
	address=${fact%%:*}
	rest=${fact#*:}
	want=${rest%%:*}
	got=$(word $((address)))
	if [ "$got" = "$want" ]; then
		echo "ok: ${rest#*:} = $got"
	else
		echo "FAIL: ${rest#*:} = $got, the page says $want"
		failures=$((failures + 1))
	fi
done

# A file that cannot stand in for memory: refused with a message.
if "$work/blink" /dev/null > "$work/out" 2>&1; then
	echo "FAIL: /dev/null accepted"
	failures=$((failures + 1))
elif grep -q "cannot stand in for memory" "$work/out"; then
	echo "ok: /dev/null refused"
else
	cat "$work/out"
	echo "FAIL: /dev/null refused without the reason"
	failures=$((failures + 1))
fi
echo "$failures failure(s)"
[ $failures -eq 0 ]

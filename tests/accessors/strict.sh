#!/bin/sh
# SPDX-License-Identifier: MIT
# --strict: `gpio->GPSET0 |= 1u << pin` (reading a write-only register to
# write it back, the bug this project started from) and plain reads of
# write-only members do not compile, and the error names the register;
# read-only members cannot be written. The accessors and every offset stay
# as without --strict: the control (accessor calls, reads of readable
# members, writes of writable ones) compiles, and the header's own
# offsetof/sizeof asserts hold. Without --strict, the |= still compiles,
# as it does against an SVDConv header. gcc (C11), g++ (C++17) and clang.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL
flags="-Wall -Wextra -Werror -pedantic -fsyntax-only"
passed=0
failed=0

for mode in strict plain; do
	option=
	[ $mode = strict ] && option=--strict
	if ! $svdgen -q $option "$srcdir/svd/bcm2835.svd" \
		-o "$tmp/$mode" >"$tmp/svdgen.log" 2>&1; then
		echo "svdgen $option failed on bcm2835.svd:"
		cat "$tmp/svdgen.log"
		exit 1
	fi
done

cat >"$tmp/template" <<'EOF'
#include "bcm2835_gpio.h"

uint32_t use(GPIO_Type *gpio, unsigned int pin);

uint32_t use(GPIO_Type *gpio, unsigned int pin)
{
	uint32_t x = GPIO_GPLEV0_read(gpio) + gpio->GPLEV0;

	GPIO_GPSET0_write(gpio, 1u << pin);
	GPIO_GPCLR0_write(gpio, GPIO_GPCLR0_CLR_val(pin, 1u));
	GPIO_GPFSEL1_FSEL_set(gpio, 17u, GPIO_FUNCTION_OUTPUT);
	gpio->GPFSEL2 = 0u;
	x += gpio->GPFSEL2;
@MISUSE@
	return x;
}
EOF
misuse_line=$(grep -n '@MISUSE@' "$tmp/template" | cut -d: -f1)

make_source() {
	awk -v code="$1" '$0 == "@MISUSE@" { print "\t" code; next } { print }' \
		"$tmp/template" >"$2"
}

compilers="gcc:-std=c11 g++:-x,c++,-std=c++17 clang:-std=c11"

# build MODE SOURCE COMPILER: compile against the MODE headers.
build() {
	name=${3%%:*}
	extra=$(echo "${3#*:}" | tr ',' ' ')
	$name $flags $extra -I"$tmp/$1" "$2" >"$tmp/errors" 2>&1
}

make_source "" "$tmp/control.c"
for compiler in $compilers; do
	command -v ${compiler%%:*} >/dev/null 2>&1 || continue
	for mode in strict plain; do
		if build $mode "$tmp/control.c" $compiler; then
			echo "PASS control, $mode headers (${compiler%%:*})"
			passed=$((passed + 1))
		else
			echo "FAIL control, $mode headers (${compiler%%:*}):"
			cat "$tmp/errors"
			failed=$((failed + 1))
		fi
	done
done

# expect_failure NAME CODE REASON: CODE fails against the strict headers
# on its own line with REASON (an extended regex).
expect_failure() {
	source=$tmp/$1.c
	make_source "$2" "$source"
	for compiler in $compilers; do
		command -v ${compiler%%:*} >/dev/null 2>&1 || continue
		if build strict "$source" $compiler; then
			echo "FAIL $1 (${compiler%%:*}): '$2' compiled"
			failed=$((failed + 1))
		elif grep -E "^$source:$misuse_line:[0-9]+: error: .*$3" \
			"$tmp/errors" >/dev/null; then
			echo "PASS $1 (${compiler%%:*}): $(grep -E "^$source:$misuse_line:[0-9]+: error: " \
				"$tmp/errors" | head -1 | sed 's/^[^ ]* error: //')"
			passed=$((passed + 1))
		else
			echo "FAIL $1 (${compiler%%:*}): '$2' failed, but not with /$3/ on line $misuse_line:"
			cat "$tmp/errors"
			failed=$((failed + 1))
		fi
	done
}

# expect_plain_success NAME CODE: without --strict, CODE compiles (the
# SVDConv-compatible default).
expect_plain_success() {
	make_source "$2" "$tmp/$1-plain.c"
	if build plain "$tmp/$1-plain.c" gcc:-std=c11; then
		echo "PASS $1 compiles without --strict"
		passed=$((passed + 1))
	else
		echo "FAIL $1 does not compile without --strict:"
		cat "$tmp/errors"
		failed=$((failed + 1))
	fi
}

expect_failure gpset-or "gpio->GPSET0 |= 1u << pin;" "GPIO_GPSET0_write_only"
expect_plain_success gpset-or "gpio->GPSET0 |= 1u << pin;"
expect_failure gpclr-and "gpio->GPCLR0 &= ~(1u << pin);" "GPIO_GPCLR0_write_only"
expect_failure gpset-read "x += gpio->GPSET0;" "GPIO_GPSET0_write_only"
expect_failure gplev-write "gpio->GPLEV0 = 1u;" "GPLEV0"

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# The device header is cheap: it brings the structs, _Pos/_Msk macros,
# enums and instances of every peripheral, but no accessor and no enum
# spelling beyond the shared enums (parsing those for a large device took
# seconds per translation unit). A peripheral's own header adds them;
# SVDGEN_ALL_ACCESSORS brings back all of them through the umbrella. The
# compile times are measured by make bench (bench/run.sh, section 4).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL
cc=${CC:-cc}
passed=0
failed=0

generate "$srcdir/svd/bcm2835.svd" "$tmp/include"

# expect NAME COUNT-TEST SOURCE [FLAGS]: the functions SOURCE declares
# after preprocessing (static inline ones) satisfy COUNT-TEST.
expect() {
	name=$1 test=$2 source=$3
	shift 3
	printf '%b' "$source" >"$tmp/unit.c"
	if ! $cc -E "$@" -I"$tmp/include" "$tmp/unit.c" >"$tmp/unit.i" \
		2>"$tmp/errors"; then
		echo "FAIL $name: the preprocessor failed"
		cat "$tmp/errors"
		failed=$((failed + 1))
		return
	fi
	count=$(grep -c '^static inline' "$tmp/unit.i")
	if [ "$count" $test ]; then
		echo "PASS $name ($count inline functions)"
		passed=$((passed + 1))
	else
		echo "FAIL $name: $count inline functions, expected $test"
		failed=$((failed + 1))
	fi
}

expect "bcm2835.h alone has no accessors" "-eq 0" \
	'#include "bcm2835.h"\n'
expect "bcm2835.h and bcm2835_gpio.h: GPIO's accessors only" "-gt 0" \
	'#include "bcm2835.h"\n#include "bcm2835_gpio.h"\n'
gpio_only=$count
expect "SVDGEN_ALL_ACCESSORS: every peripheral's" "-gt $gpio_only" \
	'#include "bcm2835.h"\n' -DSVDGEN_ALL_ACCESSORS
# GPIO's header brings GPIO's accessors, none of UART0's.
printf '#include "bcm2835.h"\n#include "bcm2835_gpio.h"\n' |
	$cc -E -I"$tmp/include" - >"$tmp/gpio.i" 2>"$tmp/errors"
if grep -q 'GPIO_GPSET0_write' "$tmp/gpio.i" &&
	! grep -q 'UART0_DR_write' "$tmp/gpio.i"; then
	echo "PASS bcm2835_gpio.h brings GPIO's accessors and no others"
	passed=$((passed + 1))
else
	echo "FAIL bcm2835_gpio.h: GPIO_GPSET0_write missing or UART0_DR_write there"
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Enum names users can guess (doc/generated-names.md): every field's values
# under SVDConv's names (instance, register, field, value: P0_PIN_CNF_DIR_Input,
# type P0_PIN_CNF_DIR_Enum; headerEnumName alone when the SVD gives one) and
# under the vendor-header spelling (type name first: GPIO_PIN_CNF_DIR_Output),
# with the right values, and each spelling accepted by the accessors in C and
# C++. On tests/accessors/enum-names.svd, and on nrf52833 from the vendor
# corpus when it is present (the names the issue report guessed).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL
passed=0
failed=0

# check NAME DIR SOURCE: SOURCE compiles against DIR in C and C++.
check() {
	for compiler in "gcc -std=c11 -x c" "g++ -std=c++17 -x c++" \
		"clang -std=c11 -x c"; do
		command -v ${compiler%% *} >/dev/null 2>&1 || continue
		if $compiler -Wall -Wextra -Werror -pedantic -O2 -c \
			-I"$2" "$3" -o /dev/null >"$tmp/errors" 2>&1; then
			echo "PASS $1 (${compiler%% -x*})"
			passed=$((passed + 1))
		else
			echo "FAIL $1 (${compiler%% -x*}):"
			cat "$tmp/errors"
			failed=$((failed + 1))
		fi
	done
}

generate "$srcdir/tests/accessors/enum-names.svd" "$tmp/enums"
cat >"$tmp/enums.c" <<'EOF'
#include "enums_gpio.h"

#ifdef __cplusplus
#define STATIC_ASSERT static_assert
#else
#define STATIC_ASSERT _Static_assert
#endif

/* SVDConv: instance, register (array suffix dropped), field, value. */
STATIC_ASSERT(P0_PIN_CNF_DIR_Input == 0 && P0_PIN_CNF_DIR_Output == 1, "P0");
STATIC_ASSERT(P1_PIN_CNF_DIR_Output == 1, "P1, derived from P0");
/* SVDConv: one name per field of a list. */
STATIC_ASSERT(P0_DIR_PIN3_Output == 1 && P1_DIR_PIN0_Input == 0, "PIN%s");
/* SVDConv: headerEnumName replaces the path. */
STATIC_ASSERT(PULL_MODE_Pullup == 3 && PULL_MODE_Pulldown == 1, "header");
/* Vendor headers: the type name first. */
STATIC_ASSERT(GPIO_PIN_CNF_DIR_Output == 1 && GPIO_DIR_PIN2_Input == 0,
	      "vendor");

void use(GPIO_Type *p);

void use(GPIO_Type *p)
{
	P0_PIN_CNF_DIR_Enum direction = P0_PIN_CNF_DIR_Output;
	PULL_MODE_Enum pull = PULL_MODE_Pullup;
	GPIO_PIN_CNF_DIR_Enum vendor = GPIO_PIN_CNF_DIR_Input;

	GPIO_PIN_CNF_DIR_set(p, 1u, direction);
	GPIO_PIN_CNF_DIR_set(p, 2u, vendor);
	GPIO_PIN_CNF_DIR_set(p, 3u, P1_PIN_CNF_DIR_Output);
	GPIO_PIN_CNF_PULL_set(p, 0u, pull);
	GPIO_DIR_PIN_set(p, 2u, P0_DIR_PIN2_Output);
	switch (GPIO_PIN_CNF_DIR_get(p, 0u)) {
	case P0_PIN_CNF_DIR_Input:
	case P0_PIN_CNF_DIR_Output:
		break;
	}
}
EOF
check "enum-names.svd spellings" "$tmp/enums" "$tmp/enums.c"

nrf=$corpus/Nordic/nrf52833.svd
if [ -f "$nrf" ]; then
	if $svdgen -q -W no-nonstandard-value "$nrf" -o "$tmp/nrf" \
		>"$tmp/svdgen.log" 2>&1; then
		cat >"$tmp/nrf.c" <<'EOF'
#include "nrf52833.h"
#include "nrf52833_gpio.h"
#include "nrf52833_uarte.h"

#ifdef __cplusplus
#define STATIC_ASSERT static_assert
#else
#define STATIC_ASSERT _Static_assert
#endif

/* SVDConv --fields=enum for nrf52833 names these. */
STATIC_ASSERT(P0_PIN_CNF_DIR_Input == 0 && P0_PIN_CNF_DIR_Output == 1, "P0");
STATIC_ASSERT(P1_PIN_CNF_DIR_Output == 1, "P1");
STATIC_ASSERT(UARTE0_EVENTS_ENDTX_EVENTS_ENDTX_Generated == 1, "ENDTX");
/* And nrf52833_bitfields.h spells this one. */
STATIC_ASSERT(GPIO_PIN_CNF_DIR_Output == 1, "vendor");

void use(NRF_GPIO_Type *p);

void use(NRF_GPIO_Type *p)
{
	P0_PIN_CNF_DIR_Enum direction = P0_PIN_CNF_DIR_Output;

	GPIO_PIN_CNF_DIR_set(p, 17u, direction);
	GPIO_PIN_CNF_DIR_set(p, 18u, GPIO_PIN_CNF_DIR_Output);
}
EOF
		check "nrf52833 spellings" "$tmp/nrf" "$tmp/nrf.c"
	else
		echo "FAIL svdgen on nrf52833.svd:"
		cat "$tmp/svdgen.log"
		failed=$((failed + 1))
	fi
else
	echo "SKIP nrf52833: no corpus at $corpus"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Peripheral types of one shape share one C type: PORTA and PORTB of
# tests/accessors/shared-types.svd (same registers and fields, different
# reset values and descriptions) become one type, so one function and the
# accessors take both ports without a cast (C with -Werror rejects a
# pointer of another struct type, C++ rejects it outright), while their
# SVDConv names (PORTB_Type, PORTB_MODER_MODE0_Pos, the enum values) stay.
# PORTC, with one field more, keeps a type of its own. On STM32F439 from the
# vendor corpus when present: GPIOA, GPIOB and GPIOC..K share GPIOK_Type.
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

generate "$srcdir/tests/accessors/shared-types.svd" "$tmp/shared"
cat >"$tmp/shared.c" <<'EOF2'
#include "shared.h"
#include "shared_porta.h"
#include "shared_portb.h" /* PORTB's enum spellings */

#ifdef __cplusplus
#define STATIC_ASSERT static_assert
#else
#define STATIC_ASSERT _Static_assert
#endif

/* The SVDConv names of PORTB are still there. */
STATIC_ASSERT(PORTB_MODER_MODE0_Pos == 0 && PORTB_MODER_MODE0_Msk == 3,
	      "PORTB macros");
STATIC_ASSERT(PORTB_MODER_MODE0_Output == 1, "PORTB enum");

/* One function for any port of the shape. */
static void make_output(PORTA_Type *port)
{
	PORTA_MODER_MODE0_set(port, PORTB_MODER_MODE0_Output);
	PORTA_BSRR_write(port, 1u);
}

void use(void);

void use(void)
{
	PORTB_Type *b = PORTB;

	make_output(PORTA);
	make_output(PORTB);
	make_output(b);
}
EOF2
check "PORTA and PORTB share a type" "$tmp/shared" "$tmp/shared.c"

# PORTC differs: a type and accessors of its own.
if grep -q 'typedef PORTA_Type PORTC_Type' "$tmp/shared/shared_portc.h" ||
	! grep -q 'PORTC_MODER_MODE1_set' "$tmp/shared/shared_portc.h"; then
	echo "FAIL PORTC, with a field more, lost its own type or accessors"
	failed=$((failed + 1))
else
	echo "PASS PORTC keeps its own type"
	passed=$((passed + 1))
fi

stm=$corpus/STMicro/STM32F439.svd
if [ -f "$stm" ]; then
	if $svdgen -q "$stm" -o "$tmp/stm" >"$tmp/svdgen.log" 2>&1; then
		cat >"$tmp/stm.c" <<'EOF2'
#include "stm32f439.h"
#include "stm32f439_gpiok.h"

static void output(GPIOK_Type *port, uint32_t pin)
{
	uint32_t moder = GPIOK_MODER_read(port);

	moder &= ~(3u << (2 * pin));
	GPIOK_MODER_write(port, moder | (1u << (2 * pin)));
}

void use(void);

void use(void)
{
	output(GPIOA, 5);
	output(GPIOB, 7);
	output(GPIOC, 1);
	(void)GPIOA_MODER_MODER5_Msk;
	(void)GPIOB_MODER_MODER7_Pos;
}
EOF2
		check "STM32F439 GPIOA, GPIOB, GPIOC in one function" \
			"$tmp/stm" "$tmp/stm.c"
	else
		echo "FAIL svdgen on STM32F439.svd:"
		cat "$tmp/svdgen.log"
		failed=$((failed + 1))
	fi
else
	echo "SKIP STM32F439: no corpus at $corpus"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

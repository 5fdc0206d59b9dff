#!/bin/sh
# SPDX-License-Identifier: MIT
# A field list whose list accessors are refused (another field of the
# register took P_R_EN_set first: a second list EN%s, or a field EN) still
# has elements with names of their own, EN2 at bit 8 and EN3 at bit 9 in
# tests/accessors/two-lists.svd. Their accessors (P_R_EN2_set ...) must
# reach those bits, never the other list's, with or without optimization
# and range checks; a read-only list gets no element setter even when the
# other list's setter has the name it would call; and a list of names
# (PIN%s with C,D) whose index enum went to the other list still indexes
# its own accessors right; two lists EN%s with different enumerated values
# give the second list's enum its first element's name, P_W_EN2_Enum,
# instead of stopping at the first list's P_W_EN_Enum. The program below
# uses every element accessor on ordinary memory and checks the bits.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL

generate "$srcdir/tests/accessors/two-lists.svd" "$tmp/include"

# The list accessors are still refused, each with its warning (the
# elements' accessors are what changes, not what is refused).
$svdgen check "$srcdir/tests/accessors/two-lists.svd" >"$tmp/warnings" 2>&1
check "svdgen check: the 17 refused list accessors, each warned" \
	'[ "$(grep -c "no accessor .*\[accessor-collision\]" \
		"$tmp/warnings")" -eq 17 ]'

cat >"$tmp/two.c" <<'EOF_C'
#include <stdio.h>

#include "two_p.h"

static int failures;

static void expect(const char *what, unsigned long expected,
		   unsigned long actual)
{
	if (expected == actual)
		return;
	printf("FAIL %s: expected 0x%lx, got 0x%lx\n", what, expected,
	       actual);
	failures++;
}

static P_Type p;

int main(void)
{
	/* R: EN0-1 at bits 0-1, EN2-3 at bits 8-9. */
	P_R_EN2_set(&p, 1u);
	expect("EN2_set(1) sets bit 8", 1ul << 8, p.R);
	P_R_EN3_set(&p, P_R_EN3_ON);
	P_R_EN1_set(&p, 1u);
	expect("EN3_set(1), EN1_set(1) set bits 9 and 1",
	       (1ul << 8) | (1ul << 9) | (1ul << 1), p.R);
	expect("EN3_get() reads bit 9 as ON", P_R_EN3_ON, P_R_EN3_get(&p));
	expect("EN0_get() reads bit 0", 0u, P_R_EN0_get(&p));
	expect("EN2_val(1) is bit 8", 1ul << 8, P_R_EN2_val(1u));
	P_R_EN2_set(&p, 0u);
	expect("EN2_set(0) clears bit 8 only", (1ul << 9) | (1ul << 1), p.R);

	/* R: SELA-B at bits 17:16, 19:18; SELC-D at 21:20, 23:22. */
	p.R = 0;
	P_R_SELC_set(&p, 2u);
	P_R_SELD_set(&p, 3u);
	P_R_SELB_set(&p, 1u);
	expect("SELC_set(2), SELD_set(3), SELB_set(1)",
	       (2ul << 20) | (3ul << 22) | (1ul << 18), p.R);
	expect("SELD_get() reads bits 23:22", 3u, P_R_SELD_get(&p));
	expect("SELC_get() reads bits 21:20", 2u, P_R_SELC_get(&p));
	expect("SELC_val(1) is 1 << 20", 1ul << 20, P_R_SELC_val(1u));

	/* S: MODE0-1 read-only at 1:0 and 3:2, MODE2-3 at 5:4 and 7:6. */
	p.S = 3u;
	P_S_MODE2_set(&p, 2u);
	P_S_MODE3_set(&p, 1u);
	expect("MODE2_set(2), MODE3_set(1) keep MODE0",
	       3ul | (2ul << 4) | (1ul << 6), p.S);
	expect("MODE2_get() reads bits 5:4", 2u, P_S_MODE2_get(&p));
	expect("MODE0_get() reads bits 1:0", 3u, P_S_MODE0_get(&p));
	expect("MODE3_val(3) is 3 << 6", 3ul << 6, P_S_MODE3_val(3u));
#if defined(P_S_MODE0_set) || defined(P_S_MODE1_set) || \
    defined(P_S_MODE0_val)
	expect("read-only MODE0 and MODE1 have no _set or _val", 0, 1);
#endif

	/* T: a field LOCK at bit 0, LOCK0-1 at bits 4 and 5. */
	P_T_LOCK_set(&p, 1u);
	P_T_LOCK1_set(&p, 1u);
	expect("LOCK_set(1), LOCK1_set(1) set bits 0 and 5",
	       1ul | (1ul << 5), p.T);
	expect("LOCK0_get() reads bit 4", 0u, P_T_LOCK0_get(&p));
	expect("LOCK1_get() reads bit 5", 1u, P_T_LOCK1_get(&p));
	expect("LOCK0_val(1) is bit 4", 1ul << 4, P_T_LOCK0_val(1u));

	/* U: write-1-to-clear FLAG0-1 at bits 0-1, FLAG2-3 at 8-9. */
	P_U_FLAG2_clear(&p);
	expect("FLAG2_clear() writes 1 to bit 8 only", 1ul << 8, p.U);
	P_U_FLAG1_clear(&p);
	expect("FLAG1_clear() writes 1 to bit 1 only", 1ul << 1, p.U);
	p.U = 1ul << 9;
	expect("FLAG3_get() reads bit 9", 1u, P_U_FLAG3_get(&p));
	expect("FLAG2_get() reads bit 8", 0u, P_U_FLAG2_get(&p));
	expect("FLAG3_val(1) is bit 9", 1ul << 9, P_U_FLAG3_val(1u));

	/* V: PINA-B read-only at 1:0 and 3:2, PINC-D at 5:4 and 7:6. */
	p.V = 2u;
	P_V_PINC_set(&p, 3u);
	P_V_PIND_set(&p, 1u);
	expect("PINC_set(3), PIND_set(1) keep PINA",
	       2ul | (3ul << 4) | (1ul << 6), p.V);
	expect("PIND_get() reads bits 7:6", 1u, P_V_PIND_get(&p));
	expect("PINA_get() reads bits 1:0", 2u, P_V_PINA_get(&p));
	expect("PINC_val(2) is 2 << 4", 2ul << 4, P_V_PINC_val(2u));
#if defined(P_V_PINA_set) || defined(P_V_PINB_val)
	expect("read-only PINA and PINB have no _set or _val", 0, 1);
#endif

	/* W: EN0-1 (IDLE, BUSY) at bits 0-1, EN2-3 (STOP, RUN) at 8-9. */
	{
		P_W_EN_Enum busy = P_W_EN_BUSY;
		P_W_EN2_Enum run = P_W_EN2_RUN;

		P_W_EN_set(&p, 1u, busy);
		P_W_EN3_set(&p, run);
		expect("EN_set(1, BUSY), EN3_set(RUN) set bits 1 and 9",
		       (1ul << 1) | (1ul << 9), p.W);
		expect("EN3_get() reads bit 9 as RUN", P_W_EN2_RUN,
		       P_W_EN3_get(&p));
		expect("EN2_get() reads bit 8 as STOP", P_W_EN2_STOP,
		       P_W_EN2_get(&p));
		expect("EN_get(1) reads bit 1 as BUSY", P_W_EN_BUSY,
		       P_W_EN_get(&p, 1u));
	}

	return failures != 0;
}
EOF_C

# -O0: no constant checks; SVDGEN_DEBUG: range checks by assert().
compilers=0
for compiler in gcc clang; do
	if ! command -v $compiler >/dev/null 2>&1; then
		echo "SKIP $compiler: not found"
		continue
	fi
	compilers=$((compilers + 1))
	for flags in -O0 -O2 "-O0 -DSVDGEN_DEBUG" "-O2 -DSVDGEN_DEBUG"; do
		run="$compiler $flags"
		# shellcheck disable=SC2086 # flags are words
		if ! $compiler -std=c99 $flags -Wall -Wextra -Werror -pedantic \
			-I"$tmp/include" "$tmp/two.c" -o "$tmp/two" \
			>"$tmp/errors" 2>&1; then
			sed "s/^/$run: /" "$tmp/errors" | head -n 20
			check "$run: the element accessors compile" false
			continue
		fi
		"$tmp/two" >"$tmp/out" 2>&1
		status=$?
		sed "s/^/$run: /" "$tmp/out"
		check "$run: every element accessor reaches its own bits" \
			'[ $status -eq 0 ]'
	done
done
[ $compilers -gt 0 ] || skip "neither gcc nor clang is installed"
report_checks

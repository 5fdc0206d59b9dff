#!/bin/sh
# SPDX-License-Identifier: MIT
# Zero cost: at -O2 -DNDEBUG every typed accessor must compile to as many
# instructions as the hand-written volatile code doing the same access.
# Each case is a pair of external functions, accessor_CASE and hand_CASE;
# the two sides live in separate translation units so the compiler can
# neither merge them (-fipa-icf) nor let one inform the other. Each
# function is counted from its label up to its symbol size, so alignment
# padding is never counted.
# Targets: x86-64, armhf (Cortex-A7) and aarch64 (Cortex-A53), each skipped
# with a message when its compiler, objdump or nm is missing.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL

generate "$srcdir/tests/accessors/rules.svd" "$tmp/include"

cases="ctrl_write mode_set div_set cmd_compose set_write clr_write
eds_clear done_clear ie_set cc_write ch_prio_set mode_get fsel_get fsel_set
fsel1_set fsel1_get mux_set"

# The accessor side: each function is one accessor call.
cat >"$tmp/accessor.c" <<'EOF'
#include "rules_dev.h"

/* Register write. */
void accessor_ctrl_write(DEV_Type *p, uint32_t v)
{
	DEV_CTRL_write(p, v);
}

/* Field set, read-modify-write, enum-typed field. */
void accessor_mode_set(DEV_Type *p, DEV_CTRL_MODE_Enum v)
{
	DEV_CTRL_MODE_set(p, v);
}

/* Field set on a field with a write constraint (asserts off). */
void accessor_div_set(DEV_Type *p, uint32_t v)
{
	DEV_CTRL_DIV_set(p, v);
}

/* Write-only register composed from two field values. */
void accessor_cmd_compose(DEV_Type *p, uint32_t op, uint32_t arg)
{
	DEV_CMD_write(p, DEV_CMD_OP_val(op) | DEV_CMD_ARG_val(arg));
}

/* Write-1-to-set mask. */
void accessor_set_write(DEV_Type *p, uint32_t mask)
{
	DEV_SET_write(p, mask);
}

/* Write-1-to-clear mask. */
void accessor_clr_write(DEV_Type *p, uint32_t mask)
{
	DEV_CLR_write(p, mask);
}

/* Clear one event in an all write-1-to-clear register. */
void accessor_eds_clear(DEV_Type *p, uint32_t n)
{
	DEV_EVENTS_EDS_clear(p, n);
}

/* Clear one write-1-to-clear flag in a mixed register. */
void accessor_done_clear(DEV_Type *p)
{
	DEV_STATUS_DONE_clear(p);
}

/* Set an ordinary field beside write-1-to-clear flags. */
void accessor_ie_set(DEV_Type *p, uint32_t v)
{
	DEV_STATUS_IE_set(p, v);
}

/* Register array element write. */
void accessor_cc_write(DEV_Type *p, uint32_t i, uint32_t v)
{
	DEV_CC_write(p, i, v);
}

/* Field set in a register of a cluster array element. */
void accessor_ch_prio_set(DEV_Type *p, uint32_t i, uint32_t v)
{
	DEV_CH_CFG_PRIO_set(p, i, v);
}

/* Enum field get. */
DEV_CTRL_MODE_Enum accessor_mode_get(const DEV_Type *p)
{
	return DEV_CTRL_MODE_get(p);
}

/* Enum field get, field n of a field list. */
DEV_FSEL_FSEL_Enum accessor_fsel_get(const DEV_Type *p, uint32_t n)
{
	return DEV_FSEL_FSEL_get(p, n);
}

/* Enum field set, field n of a field list. */
void accessor_fsel_set(DEV_Type *p, uint32_t n, DEV_FSEL_FSEL_Enum v)
{
	DEV_FSEL_FSEL_set(p, n, v);
}

/* Field set in a list numbered from 10: the index is the number. */
void accessor_fsel1_set(DEV_Type *p, uint32_t n, uint32_t v)
{
	DEV_FSEL1_F_set(p, n, v);
}

uint32_t accessor_fsel1_get(const DEV_Type *p, uint32_t n)
{
	return DEV_FSEL1_F_get(p, n);
}

/* Field set in a list indexed by an enum of names (A, B, C). */
void accessor_mux_set(DEV_Type *p, DEV_MUX_SEL_Index n, uint32_t v)
{
	DEV_MUX_SEL_set(p, n, v);
}
EOF

# The hand-written side, from the SVD's meaning: the same volatile
# accesses (one read and one write for a read-modify-write, one write
# for a write-only or write-1 register), the same bits written, values
# truncated to the field width and indices kept in range as the accessors
# do (a mask for a power-of-two count, else the first element), so that
# no input is undefined behaviour.
cat >"$tmp/hand.c" <<'EOF'
#include "rules_dev.h"

void hand_ctrl_write(DEV_Type *p, uint32_t v)
{
	p->CTRL = v;
}

/* CTRL.MODE is bits [6:4]. */
void hand_mode_set(DEV_Type *p, DEV_CTRL_MODE_Enum v)
{
	p->CTRL = (p->CTRL & ~(7u << 4)) | (((uint32_t)v & 7u) << 4);
}

/* CTRL.DIV is bits [23:16]. */
void hand_div_set(DEV_Type *p, uint32_t v)
{
	p->CTRL = (p->CTRL & ~(0xffu << 16)) | ((v & 0xffu) << 16);
}

/* CMD is write-only: OP in [3:0], ARG in [15:8], nothing read. */
void hand_cmd_compose(DEV_Type *p, uint32_t op, uint32_t arg)
{
	p->CMD = (op & 0xfu) | ((arg & 0xffu) << 8);
}

void hand_set_write(DEV_Type *p, uint32_t mask)
{
	p->SET = mask;
}

void hand_clr_write(DEV_Type *p, uint32_t mask)
{
	p->CLR = mask;
}

/* Every EVENTS bit is write-1-to-clear: write only bit n, read nothing. */
void hand_eds_clear(DEV_Type *p, uint32_t n)
{
	p->EVENTS = 1u << (n & 31u);
}

/*
 * STATUS: DONE (bit 0) and ERR (bit 1) are write-1-to-clear, IE (bit 8)
 * is ordinary. Keep the ordinary bits, write 0 to ERR so it stays set,
 * write 1 to DONE.
 */
void hand_done_clear(DEV_Type *p)
{
	uint32_t status = p->STATUS;

	status &= ~(uint32_t)((1u << 1) | (1u << 0));
	status |= 1u << 0;
	p->STATUS = status;
}

/* STATUS.IE is bit 8; the write-1-to-clear flags are written as 0. */
void hand_ie_set(DEV_Type *p, uint32_t v)
{
	uint32_t status = p->STATUS;

	status &= ~(uint32_t)((1u << 8) | (1u << 1) | (1u << 0));
	status |= (v & 1u) << 8;
	p->STATUS = status;
}

void hand_cc_write(DEV_Type *p, uint32_t i, uint32_t v)
{
	p->CC[i & 3u] = v;
}

/* CH[i].CFG.PRIO is bits [5:4]; CH has three elements. */
void hand_ch_prio_set(DEV_Type *p, uint32_t i, uint32_t v)
{
	uint32_t bits = (v & 3u) << 4;
	volatile uint32_t *cfg = &p->CH[i < 3u ? i : 0u].CFG;

	*cfg = (*cfg & ~(3u << 4)) | bits;
}

DEV_CTRL_MODE_Enum hand_mode_get(const DEV_Type *p)
{
	return (DEV_CTRL_MODE_Enum)((p->CTRL >> 4) & 7u);
}

/* FSEL field n (of ten) is bits [3n+2:3n]. */
DEV_FSEL_FSEL_Enum hand_fsel_get(const DEV_Type *p, uint32_t n)
{
	uint32_t shift = 3u * (n < 10u ? n : 0u);

	return (DEV_FSEL_FSEL_Enum)((p->FSEL >> shift) & 7u);
}

void hand_fsel_set(DEV_Type *p, uint32_t n, DEV_FSEL_FSEL_Enum v)
{
	uint32_t shift = 3u * (n < 10u ? n : 0u);

	p->FSEL = (p->FSEL & ~(7u << shift)) | (((uint32_t)v & 7u) << shift);
}

/* FSEL1 field F10..F19: field n is bits [3(n-10)+2:3(n-10)]. */
void hand_fsel1_set(DEV_Type *p, uint32_t n, uint32_t v)
{
	uint32_t k = n - 10u;
	uint32_t shift = 3u * (k < 10u ? k : 0u);

	p->FSEL1 = (p->FSEL1 & ~(7u << shift)) | ((v & 7u) << shift);
}

uint32_t hand_fsel1_get(const DEV_Type *p, uint32_t n)
{
	uint32_t k = n - 10u;
	uint32_t shift = 3u * (k < 10u ? k : 0u);

	return (p->FSEL1 >> shift) & 7u;
}

/* MUX fields SELA, SELB, SELC are 2 bits, 4 apart. */
void hand_mux_set(DEV_Type *p, DEV_MUX_SEL_Index n, uint32_t v)
{
	uint32_t shift = 4u * ((uint32_t)n < 3u ? (uint32_t)n : 0u);

	p->MUX = (p->MUX & ~(3u << shift)) | ((v & 3u) << shift);
}
EOF

# The compilers, as NAME:COMPILER:OBJDUMP:FLAGS (flags joined by commas).
targets=
case $(gcc -dumpmachine 2>/dev/null) in
x86_64-*) targets="x86-64:gcc:objdump:" ;;
*) targets="x86-64:x86_64-linux-gnu-gcc:x86_64-linux-gnu-objdump:" ;;
esac
targets="$targets
armhf:arm-linux-gnueabihf-gcc:arm-linux-gnueabihf-objdump:-mcpu=cortex-a7
aarch64:aarch64-linux-gnu-gcc:aarch64-linux-gnu-objdump:-mcpu=cortex-a53"

# body DISASSEMBLY SYMBOLS FUNCTION: the function's instructions, without
# addresses, from its label up to the end given by its symbol size in nm's
# SYMBOLS (the padding after it, a Thumb nop, is not the function's).
body() {
	awk -v name="$3" -v symbols="$2" '
		function hex(text,   i, n) {
			n = 0
			text = tolower(text)
			for (i = 1; i <= length(text); i++)
				n = n * 16 + index("0123456789abcdef", \
					substr(text, i, 1)) - 1
			return n
		}
		BEGIN {
			while ((getline line < symbols) > 0) {
				split(line, field, " ")
				if (field[4] == name) {
					start = hex(field[1])
					start -= start % 2 # the Thumb bit
					end = start + hex(field[2])
				}
			}
		}
		$2 == "<" name ">:" { inside = 1; next }
		inside && /^[ \t]*$/ { inside = 0 }
		inside && /^[ \t]*[0-9a-f]+:/ {
			address = $1
			sub(/:.*/, "", address)
			if (hex(address) < start || hex(address) >= end)
				next
			sub(/^[ \t]*[0-9a-f]+:[ \t]*/, "")
			print
		}
	' "$1"
}

passed=0
failed=0
tested=0
flags="-std=c11 -O2 -DNDEBUG -ffunction-sections -Wall -Wextra -Werror"
printf '%-8s %-12s %8s %5s  %s\n' target case accessor hand "same code"
for target in $targets; do
	name=${target%%:*}
	rest=${target#*:}
	compiler=${rest%%:*}
	rest=${rest#*:}
	objdump=${rest%%:*}
	nm=$(echo "$objdump" | sed 's/objdump$/nm/')
	extra=$(echo "${rest#*:}" | tr ',' ' ')
	if ! command -v "$compiler" >/dev/null 2>&1; then
		echo "SKIP $name: $compiler not found"
		continue
	fi
	if ! command -v "$objdump" >/dev/null 2>&1 ||
		! command -v "$nm" >/dev/null 2>&1; then
		echo "SKIP $name: $objdump or $nm not found"
		continue
	fi
	ok=yes
	for side in accessor hand; do
		if ! $compiler $flags $extra -I"$tmp/include" -c \
			"$tmp/$side.c" -o "$tmp/$name-$side.o" \
			>"$tmp/errors" 2>&1; then
			echo "FAIL $name: $compiler could not compile $side.c"
			cat "$tmp/errors"
			ok=no
		fi
		"$objdump" -d --no-show-raw-insn "$tmp/$name-$side.o" \
			>"$tmp/$name-$side.dis" 2>"$tmp/errors" || ok=no
		"$nm" -S --defined-only "$tmp/$name-$side.o" \
			>"$tmp/$name-$side.sym" 2>"$tmp/errors" || ok=no
	done
	if [ $ok = no ]; then
		failed=$((failed + 1))
		continue
	fi
	tested=$((tested + 1))
	for case in $cases; do
		body "$tmp/$name-accessor.dis" "$tmp/$name-accessor.sym" \
			"accessor_$case" >"$tmp/a.s"
		body "$tmp/$name-hand.dis" "$tmp/$name-hand.sym" \
			"hand_$case" >"$tmp/h.s"
		a=$(wc -l <"$tmp/a.s" | tr -d ' ')
		h=$(wc -l <"$tmp/h.s" | tr -d ' ')
		same=no
		cmp -s "$tmp/a.s" "$tmp/h.s" && same=yes
		printf '%-8s %-12s %8s %5s  %s\n' "$name" "$case" "$a" "$h" "$same"
		if [ "$a" -eq 0 ] || [ "$h" -eq 0 ]; then
			echo "FAIL $name $case: function not found in the disassembly"
			failed=$((failed + 1))
		elif [ "$a" -ne "$h" ]; then
			echo "FAIL $name $case: accessor_$case has $a instructions, hand_$case $h"
			echo "--- accessor_$case"
			cat "$tmp/a.s"
			echo "--- hand_$case"
			cat "$tmp/h.s"
			failed=$((failed + 1))
		else
			passed=$((passed + 1))
		fi
	done
done

echo "$passed passed, $failed failed"
if [ $tested -eq 0 ] && [ $failed -eq 0 ]; then
	echo "SKIP: no target compiler with its objdump"
	exit 77
fi
[ $failed -eq 0 ]

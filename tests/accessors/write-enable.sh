#!/bin/sh
# SPDX-License-Identifier: MIT
# svdgen's write-enable-mask vendor extension (doc/svdgen.1): for a
# register whose bits 31:16 enable the writes of bits 15:0, a field's _set
# is one write of (mask << 16 | value) and never reads. Checked three ways
# on tests/accessors/write-enable.svd: the generated text (no read in the
# setter), a trace of the access macros at run time, and zero cost (as
# many instructions as the hand-written store, x86-64 and armhf). Bad uses
# of the extension are refused with file:line.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
cc=${CC:-cc}
make_tmp
LC_ALL=C
export LC_ALL
passed=0
failed=0

result() {
	if [ "$1" = 0 ]; then
		echo "PASS $2"
		passed=$((passed + 1))
	else
		echo "FAIL $2"
		failed=$((failed + 1))
	fi
}

if ! "$svdgen" -q "$srcdir/tests/accessors/write-enable.svd" \
	-o "$tmp/include" >"$tmp/log" 2>&1; then
	cat "$tmp/log"
	echo "FAIL svdgen on write-enable.svd"
	exit 1
fi

# The generated text: the body of each setter of MUX and GATE, up to its
# closing brace, holds one SVDGEN_WRITE32 and no SVDGEN_READ; PLAIN's
# setter still reads (the extension is what makes the difference).
body() {
	sed -n "/^static inline void $1(/,/^}/p" "$tmp/include/we_grf.h"
}
for setter in GRF_MUX_SEL_set GRF_GATE_CLOCK_set GRF_GATE_MODE_set; do
	body $setter >"$tmp/body"
	reads=$(grep -c SVDGEN_READ "$tmp/body")
	writes=$(grep -c SVDGEN_WRITE32 "$tmp/body")
	[ -s "$tmp/body" ] && [ "$reads" -eq 0 ] && [ "$writes" -eq 1 ]
	result $? "$setter: one write, no read in the generated code"
done
body GRF_PLAIN_MODE_set | grep -q SVDGEN_READ32
result $? "GRF_PLAIN_MODE_set (no extension): still a read-modify-write"

# The trace: every access the setters make, with its value.
cat >"$tmp/trace.c" <<'EOF'
#include <stdint.h>
#include <stdio.h>

#define SVDGEN_READ32(address) trace_read((const volatile void *)(address))
#define SVDGEN_WRITE32(address, value) \
	trace_write((volatile void *)(address), (value))
static uint32_t trace_read(const volatile void *address);
static void trace_write(volatile void *address, uint32_t value);
#include "we.h"
#include "we_grf.h"

static uint32_t memory[0x40];

static uint32_t trace_read(const volatile void *address)
{
	size_t offset = (size_t)((const volatile char *)address -
				 (const volatile char *)memory);

	printf("read 0x%02zx\n", offset);
	return memory[offset / 4];
}

static void trace_write(volatile void *address, uint32_t value)
{
	size_t offset = (size_t)((volatile char *)address -
				 (volatile char *)memory);

	printf("write 0x%02zx 0x%08x\n", offset, (unsigned)value);
	memory[offset / 4] = value;
}

int main(void)
{
	GRF_Type *grf = (GRF_Type *)memory;

	memory[0x10 / 4] = 0x0000ffffu; /* what a read would see */
	memory[0x20 / 4] = 0x00000720u;
	puts("MUX SEL 4 = 1");
	GRF_MUX_SEL_set(grf, 4, 1);
	puts("GATE CLOCK = 0");
	GRF_GATE_CLOCK_set(grf, 0);
	puts("GATE MODE = 5");
	GRF_GATE_MODE_set(grf, 5);
	puts("PLAIN MODE = 5");
	GRF_PLAIN_MODE_set(grf, 5);
	return 0;
}
EOF
# Expected values worked out by hand: SEL4 is bits 9:8, so mask 0x3 << 24
# and value 1 << 8; CLOCK is bit 5 (enable bit 21); MODE is bits 10:8
# (enable bits 26:24) and 5 << 8 = 0x500.
cat >"$tmp/expected" <<'EOF'
MUX SEL 4 = 1
write 0x10 0x03000100
GATE CLOCK = 0
write 0x20 0x00200000
GATE MODE = 5
write 0x20 0x07000500
PLAIN MODE = 5
read 0x30
write 0x30 0x00000500
EOF
if $cc -std=c99 -Wall -Wextra -Werror -I"$tmp/include" \
	-o "$tmp/trace" "$tmp/trace.c" >"$tmp/log" 2>&1 &&
	"$tmp/trace" >"$tmp/got"; then
	diff -u "$tmp/expected" "$tmp/got"
	result $? "trace: each setter is one masked write, nothing read"
else
	cat "$tmp/log"
	result 1 "trace program builds and runs"
fi

# Zero cost: the accessor and the hand-written store, instruction counts.
cat >"$tmp/accessor.c" <<'EOF'
#include "we.h"
#include "we_grf.h"
void accessor_mux(GRF_Type *p, uint32_t n, uint32_t v)
{
	GRF_MUX_SEL_set(p, n, v);
}
void accessor_gate(GRF_Type *p, uint32_t v)
{
	GRF_GATE_MODE_set(p, v);
}
EOF
cat >"$tmp/hand.c" <<'EOF'
#include "we.h"
#include "we_grf.h"
/* The index kept in range as the accessors keep it: SEL has 8 fields. */
void hand_mux(GRF_Type *p, uint32_t n, uint32_t v)
{
	uint32_t k = n & 7u;

	p->MUX = (3u << (2u * k + 16u)) | ((v & 3u) << (2u * k));
}
void hand_gate(GRF_Type *p, uint32_t v)
{
	p->GATE = (7u << 24) | ((v & 7u) << 8);
}
EOF
count() {
	"$2" -d --no-show-raw-insn "$1" |
		awk -v name="$3" '$2 == "<" name ">:" { inside = 1; next }
			inside && /^[ \t]*$/ { inside = 0 }
			inside && /^[ \t]*[0-9a-f]+:/ && !/\tnop/ { n++ }
			END { print n + 0 }'
}
tested=0
for target in "x86-64:$cc:objdump:" \
	"armhf:arm-linux-gnueabihf-gcc:arm-linux-gnueabihf-objdump:-mcpu=cortex-a7"; do
	name=${target%%:*}
	rest=${target#*:}
	compiler=${rest%%:*}
	rest=${rest#*:}
	objdump=${rest%%:*}
	extra=${rest#*:}
	if ! command -v "$compiler" >/dev/null 2>&1 ||
		! command -v "$objdump" >/dev/null 2>&1; then
		echo "SKIP $name: $compiler or $objdump not found"
		continue
	fi
	if [ "$name" = x86-64 ] && ! "$compiler" -dumpmachine | grep -q x86_64; then
		echo "SKIP $name: $compiler does not target x86-64"
		continue
	fi
	tested=$((tested + 1))
	ok=0
	for side in accessor hand; do
		# shellcheck disable=SC2086 # $extra is empty or one flag
		$compiler -std=c11 -O2 -DNDEBUG -ffunction-sections $extra \
			-I"$tmp/include" -c "$tmp/$side.c" \
			-o "$tmp/$name-$side.o" || ok=1
	done
	for case in mux gate; do
		a=$(count "$tmp/$name-accessor.o" "$objdump" accessor_$case)
		h=$(count "$tmp/$name-hand.o" "$objdump" hand_$case)
		echo "$name $case: accessor $a instructions, hand $h"
		[ $ok = 0 ] && [ "$a" -gt 0 ] && [ "$a" = "$h" ]
		result $? "$name $case: zero cost"
	done
done
[ $tested -gt 0 ] || echo "(zero cost not measured: no compiler)"

# Misuse of the extension is refused with file:line, and writes nothing.
bad() {
	sed "$1" "$srcdir/tests/accessors/write-enable.svd" >"$tmp/bad.svd"
	mkdir -p "$tmp/out-$2"
	"$svdgen" -q "$tmp/bad.svd" -o "$tmp/out-$2" >"$tmp/bad.log" 2>&1
	status=$?
	grep -q "^$tmp/bad.svd:[0-9]*: error: $3" "$tmp/bad.log" &&
		[ $status -ne 0 ] && [ -z "$(ls "$tmp/out-$2")" ]
	result $? "refused: $3"
	[ $status -ne 0 ] || cat "$tmp/bad.log"
}
bad 's|<register>GATE</register>|<register>NOPE</register>|' register \
	"writeEnableMask names register 'NOPE', which peripheral 'GRF' does not have"
bad 's|<peripheral>GRF</peripheral>$|<peripheral>XYZ</peripheral>|' peripheral \
	"writeEnableMask names peripheral 'XYZ', which the device does not have"
bad 's|<bitOffset>8</bitOffset><bitWidth>3</bitWidth></field>|<bitOffset>14</bitOffset><bitWidth>3</bitWidth></field>|' field \
	"writeEnableMask: field 'GATE.MODE' reaches bit 16"

# What the parser cannot see: a dim list whose last element reaches the
# mask bits, a 16-bit size inherited from the device, and a register
# whose high field comes through derivedFrom. The check runs after
# expansion, so each is refused too.
bad 's|<dim>8</dim>|<dim>9</dim>|' list \
	"writeEnableMask: field 'MUX.SEL8' reaches bit 17"
bad 's|<size>32</size>|<size>16</size>|' inherited-size \
	"writeEnableMask: register 'MUX' is 16 bits wide"
bad '/<name>PLAIN<\/name>/,/<\/register>/ s|<bitOffset>8</bitOffset>|<bitOffset>20</bitOffset>|
s|<register>GATE</register>|<register>GATE</register><register>COPY</register>|
s|</registers>|<register derivedFrom="PLAIN"><name>COPY</name><addressOffset>0x40</addressOffset></register></registers>|' derived \
	"writeEnableMask: field 'COPY.MODE' reaches bit 22"

# A plain peripheral of the same shape, placed first, must not lend GRF its
# type: GRF's setters would lose their masks and change nothing.
awk '/<peripheral>/ { block = ""; inside = 1 }
inside { block = block $0 "\n" }
/<\/peripheral>/ && inside {
	inside = 0
	copy = block
	sub(/<name>GRF<\/name>/, "<name>AGRF</name>", copy)
	sub(/0x40000000/, "0x40001000", copy)
	printf "%s%s", copy, block
	next
}
!inside { print }' "$srcdir/tests/accessors/write-enable.svd" >"$tmp/twin.svd"
mkdir -p "$tmp/twin"
if "$svdgen" -q "$tmp/twin.svd" -o "$tmp/twin" >"$tmp/twin.log" 2>&1; then
	! grep -q 'typedef AGRF_Type GRF_Type' "$tmp/twin"/*.h &&
		grep -A8 'GRF_GATE_CLOCK_set(GRF_Type' "$tmp/twin"/*.h |
		grep -q '<< (5u + 16u)'
	result $? "a plain twin does not share its type with the masked GRF"
else
	cat "$tmp/twin.log"
	result 1 "svdgen on the twin peripherals"
fi

# Zero-padded dimIndex: the per-element macros take the number (8), not
# the text "08", which C would read as a bad octal constant.
sed 's|<dim>8</dim>|<dim>8</dim><dimIndex>03,04,05,06,07,08,09,10</dimIndex>|' \
	"$srcdir/tests/accessors/write-enable.svd" >"$tmp/padded.svd"
mkdir -p "$tmp/padded"
cat >"$tmp/padded.c" <<'EOF'
#include <stdint.h>
#include <stdio.h>
#include "we.h"
#include "we_grf.h"

static uint32_t memory[0x40];

int main(void)
{
	/* SEL08 is the sixth element (08 - 03): bits 11:10. */
	GRF_MUX_SEL08_set((GRF_Type *)memory, 1);
	printf("0x%08x\n", (unsigned)memory[0x10 / 4]);
	return 0;
}
EOF
if "$svdgen" -q "$tmp/padded.svd" -o "$tmp/padded" >"$tmp/padded.log" 2>&1 &&
	$cc -std=c99 -Wall -Wextra -Werror -I"$tmp/padded" -o "$tmp/padded-run" \
		"$tmp/padded.c" >>"$tmp/padded.log" 2>&1; then
	[ "$("$tmp/padded-run")" = 0x0c000400 ]
	result $? "zero-padded dimIndex 08 selects the sixth element"
else
	cat "$tmp/padded.log"
	result 1 "zero-padded dimIndex compiles"
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Registers nested in seven levels of cluster arrays get their accessors
# (they used to get none past five levels, silently), and each one reaches
# the register the SVD places: written on memory with a set of indices,
# exactly the word at the sum of index * dimIncrement changes.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL

# Seven levels C0[2] .. C6[2]; level d is 4 << (7 - d) bytes apart, so
# C6 elements are 8 bytes apart and hold R at 0 and S at 4.
levels=7
{
	echo '<?xml version="1.0" encoding="utf-8"?>'
	echo '<device schemaVersion="1.3"><name>DEEP</name>'
	echo '<addressUnitBits>8</addressUnitBits><width>32</width>'
	echo '<size>32</size><access>read-write</access><peripherals>'
	echo '<peripheral><name>DEEP</name><baseAddress>0x40000000</baseAddress>'
	echo '<registers>'
	d=0
	while [ $d -lt $levels ]; do
		echo "<cluster><dim>2</dim><dimIncrement>$((4 << (levels - d)))</dimIncrement>"
		echo "<name>C$d[%s]</name><addressOffset>0</addressOffset>"
		d=$((d + 1))
	done
	echo '<register><name>R</name><addressOffset>0</addressOffset><fields>'
	echo '<field><name>F</name><bitOffset>4</bitOffset><bitWidth>4</bitWidth>'
	echo '</field></fields></register>'
	echo '<register><name>S</name><addressOffset>4</addressOffset></register>'
	d=0
	while [ $d -lt $levels ]; do
		echo '</cluster>'
		d=$((d + 1))
	done
	echo '</registers></peripheral></peripherals></device>'
} >"$tmp/deep.svd"

if ! $svdgen -q "$tmp/deep.svd" -o "$tmp/include" >"$tmp/svdgen.log" 2>&1; then
	echo "FAIL svdgen on the seven-level SVD:"
	cat "$tmp/svdgen.log"
	exit 1
fi

cat >"$tmp/deep.c" <<'EOF'
#include <stdio.h>
#include <string.h>

#include "deep_deep.h"

static union {
	DEEP_Type registers;
	uint32_t words[sizeof(DEEP_Type) / 4];
} memory;

int main(void)
{
	/* Indices for C0 .. C6, and the byte offset the SVD gives them. */
	static const uint32_t index[7] = {1, 0, 1, 1, 0, 1, 1};
	size_t offset = 0;
	int failures = 0;

	for (unsigned d = 0; d < 7; d++)
		offset += index[d] * (4u << (7 - d));
	DEEP_C0_C1_C2_C3_C4_C5_C6_S_write(&memory.registers, 1, 0, 1, 1, 0,
					  1, 1, 0x12345678u);
	DEEP_C0_C1_C2_C3_C4_C5_C6_R_F_set(&memory.registers, 1, 0, 1, 1, 0,
					  1, 1, 0xau);
	for (size_t i = 0; i < sizeof(memory.words) / 4; i++) {
		uint32_t expected = i * 4 == offset	    ? 0xa0u
				    : i * 4 == offset + 4 ? 0x12345678u
							  : 0u;

		if (memory.words[i] != expected) {
			printf("FAIL word at 0x%zx is 0x%x, expected 0x%x\n",
			       i * 4, (unsigned)memory.words[i],
			       (unsigned)expected);
			failures++;
		}
	}
	if (DEEP_C0_C1_C2_C3_C4_C5_C6_S_read(&memory.registers, 1, 0, 1, 1,
					     0, 1, 1) != 0x12345678u) {
		printf("FAIL S read back\n");
		failures++;
	}
	if (!failures)
		printf("PASS R.F and S at 0x%zx and 0x%zx, nothing else "
		       "written\n",
		       offset, offset + 4);
	return failures != 0;
}
EOF
if ! ${CC:-cc} -std=c11 -O2 -Wall -Wextra -Werror -I"$tmp/include" \
	"$tmp/deep.c" -o "$tmp/deep" >"$tmp/errors" 2>&1; then
	echo "FAIL: the accessors of the seven-level registers do not compile:"
	cat "$tmp/errors"
	exit 1
fi
"$tmp/deep"

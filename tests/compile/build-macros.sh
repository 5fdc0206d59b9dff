#!/bin/sh
# SPDX-License-Identifier: MIT
# Registers named like the macros build systems put on the command line
# (automake's -DPACKAGE=... -DVERSION=..., -DDEBUG): the generated headers
# compile with those macros defined, in a peripheral and in a cluster, and
# the user's macros are theirs again after the include.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-macros.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
failed=0

cat >"$tmp/macros.svd" <<'SVD'
<?xml version="1.0" encoding="utf-8"?>
<device schemaVersion="1.3">
  <name>MACROS</name>
  <addressUnitBits>8</addressUnitBits>
  <width>32</width>
  <size>32</size>
  <access>read-write</access>
  <peripherals>
    <peripheral>
      <name>FICR</name>
      <baseAddress>0x10000000</baseAddress>
      <registers>
        <register>
          <name>VERSION</name>
          <addressOffset>0x0</addressOffset>
          <access>read-only</access>
        </register>
        <cluster>
          <name>INFO</name>
          <addressOffset>0x10</addressOffset>
          <register>
            <name>PACKAGE</name>
            <addressOffset>0x4</addressOffset>
            <access>read-only</access>
          </register>
          <register>
            <name>DEBUG</name>
            <addressOffset>0x8</addressOffset>
          </register>
        </cluster>
      </registers>
    </peripheral>
  </peripherals>
</device>
SVD
if ! "$svdgen" -q "$tmp/macros.svd" -o "$tmp/out"; then
	echo "FAIL: svdgen failed"
	exit 1
fi
cat >"$tmp/use.c" <<'C'
#include <string.h>

#include "macros.h"
#include "macros_ficr.h"

int main(void)
{
	/* Zeroed memory standing in for the peripheral. */
	static uint32_t memory[16];
	FICR_Type *ficr = (FICR_Type *)(void *)memory;

	/* The user's macros are as they were before the include. */
	return (int)FICR_VERSION_read(ficr) +
	       (int)FICR_INFO_PACKAGE_read(ficr) + (DEBUG - 7) +
	       (strcmp(PACKAGE, "board-demo") != 0) +
	       (strcmp(VERSION, "1.0") != 0);
}
C
defines="-DPACKAGE=\"board-demo\" -DVERSION=\"1.0\" -DDEBUG=7"
for compiler in "${CC:-cc} -std=c99" "${CC:-cc} -std=c11" \
	"${CXX:-c++} -x c++ -std=c++17" "${CLANG:-clang} -std=c99"; do
	set -- $compiler
	if ! command -v "$1" >/dev/null 2>&1; then
		echo "no $1: not tried"
		continue
	fi
	# shellcheck disable=SC2086
	if $compiler -Wall -Wextra -Werror -pedantic $defines \
		-I"$tmp/out" "$tmp/use.c" -o "$tmp/use" \
		>"$tmp/log" 2>&1 && "$tmp/use"; then
		echo "PASS: $compiler with $defines"
	else
		echo "FAIL: $compiler with $defines"
		head -20 "$tmp/log"
		failed=$((failed + 1))
	fi
done
[ $failed -eq 0 ]

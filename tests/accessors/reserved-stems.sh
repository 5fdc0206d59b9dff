#!/bin/sh
# SPDX-License-Identifier: MIT
# Generated names whose pieces join into a reserved name get a '_' after
# them, wherever they are made piece by piece: a field's _Pos and _Msk
# (INT_LEAST8_MAX__Pos, not INT_LEAST8_MAX_Pos) and an enumerated value's
# alias (SIZE_MAX_, not SIZE_MAX). The headers then compile together with
# <stdint.h>, which would otherwise see SIZE_MAX defined twice.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL
failed=0

generate "$srcdir/tests/accessors/reserved-stems.svd" "$tmp/out"

# expect NAME: some header defines NAME.
expect() {
	if grep -q "^#define $1 " "$tmp/out"/*.h; then
		echo "PASS: $1 defined"
	else
		echo "FAIL: no #define $1"
		failed=1
	fi
}

# refuse NAME: no header defines NAME, the spelling without the '_'.
refuse() {
	if grep -q "^#define $1 " "$tmp/out"/*.h; then
		echo "FAIL: #define $1: a reserved piece kept no '_'"
		failed=1
	else
		echo "PASS: no #define $1"
	fi
}

expect INT_LEAST8_MAX__Pos
expect INT_LEAST8_MAX__Msk
expect INT_LEAST8_MIN__Pos
expect INT_LEAST8_LEVEL_Pos
expect SIZE_MAX_
expect SIZE_IGN
refuse INT_LEAST8_MAX_Pos
refuse INT_LEAST8_MIN_Msk
refuse SIZE_MAX

cat >"$tmp/use.c" <<'EOC'
#include <stdint.h>
#include "reserved_int.h"

_Static_assert(INT_LEAST8_MAX__Pos == 0 && INT_LEAST8_MIN__Pos == 2,
	       "positions");
_Static_assert(SIZE_MAX_ == 0 && SIZE_IGN == 1, "aliases");
_Static_assert(SIZE_MAX > 0xffffu, "<stdint.h>'s SIZE_MAX is intact");
EOC
if gcc -std=c11 -Wall -Wextra -Werror -pedantic -c -I"$tmp/out" \
	"$tmp/use.c" -o /dev/null >"$tmp/errors" 2>&1; then
	echo "PASS: headers compile with <stdint.h>"
else
	echo "FAIL: headers do not compile with <stdint.h>:"
	cat "$tmp/errors"
	failed=1
fi
exit $failed

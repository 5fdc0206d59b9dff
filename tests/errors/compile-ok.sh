#!/bin/sh
# SPDX-License-Identifier: MIT
# A case of the error suite that ends in exit 0 has generated headers after
# its warnings: those headers must compile. Every such case without extra
# options (tests/errors/NAME.expected starting "exit 0") is generated here
# and all its headers are compiled together, C11 with -Wall -Wextra
# -Werror -pedantic. A warning that leaves something out (an enumerated
# value whose name is taken) must not leave invalid C behind, such as an
# enum without enumerators.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL
require_tool gcc

cases=0
for expected in "$srcdir"/tests/errors/*.expected; do
	[ "$(sed -n 1p "$expected")" = "exit 0" ] || continue
	grep -q '^\(options\|input\|output\): ' "$expected" && continue
	name=$(basename "$expected" .expected)
	cases=$((cases + 1))
	out=$tmp/$name
	if ! $svdgen -q "$srcdir/tests/errors/$name.svd" -o "$out" \
		>"$tmp/$name.log" 2>&1; then
		check "$name: generates" false
		cat "$tmp/$name.log"
		continue
	fi
	for header in "$out"/*.h; do
		printf '#include "%s"\n' "$(basename "$header")"
	done >"$tmp/$name.c"
	if ! check "$name: headers compile" "gcc -std=c11 -Wall -Wextra \
		-Werror -pedantic -fsyntax-only -I'$out' '$tmp/$name.c' \
		>'$tmp/$name.errors' 2>&1"; then
		head -20 "$tmp/$name.errors"
	fi
done
check "cases found" "[ $cases -gt 0 ]"
report_checks

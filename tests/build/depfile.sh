#!/bin/sh
# SPDX-License-Identifier: MIT
# What build systems rely on: -MD/-MF/-MT write a make rule naming the SVD
# as the headers' prerequisite, and regenerating an unchanged SVD leaves
# every header (and the rule) untouched, timestamps included.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp

cp "$srcdir/tests/golden/features.svd" "$tmp/my board.svd"
cd "$tmp" || exit 99
check "svdgen -MD succeeds" '"$svdgen" -q -MD "my board.svd" -o out 2>>errors'
check "-MD writes out/golden.d" '[ -f out/golden.d ]'
check "the rule names every header" \
	'[ $(grep -c "^ *out/golden[a-z0-9_]*\.h" out/golden.d) -eq 12 ]'
check "the SVD is the prerequisite, its space escaped" \
	'grep -q "^ out/golden_gpio.h: my\\\\ board.svd$" out/golden.d'
check "the SVD has an empty rule of its own" \
	'grep -qx "my\\\\ board.svd:" out/golden.d'
check "svdgen -MF -MT succeeds" \
	'"$svdgen" -q -MF deps.mk -MT stamp "my board.svd" -o out 2>>errors'
check "-MF and -MT" 'grep -qx "stamp: my\\\\ board.svd" deps.mk'

# Make it readable by make itself: a target depending on the headers.
printf 'include out/golden.d\nall: out/golden.h\n\t@echo built\n' >Makefile
check "make reads the rule" 'make -s >/dev/null 2>&1'

touch -d '2000-01-01' out/*.h out/golden.d
check "svdgen -MD succeeds" '"$svdgen" -q -MD "my board.svd" -o out 2>>errors'
check "unchanged headers keep their timestamps" \
	'[ -z "$(find out -type f -newermt 2001-01-01)" ]'
sed 's/Timer with every kind/Timer with each kind/' "my board.svd" >x &&
	mv x "my board.svd"
check "svdgen -MD succeeds" '"$svdgen" -q -MD "my board.svd" -o out 2>>errors'
check "a changed header is rewritten" \
	'[ -n "$(find out -name golden_timer0_regs.h -newermt 2001-01-01)" ]'
check "the others are not" \
	'[ -z "$(find out -name golden_dma.h -newermt 2001-01-01)" ]'
check "no temporary file is left" '[ -z "$(find out -name ".*")" ]'

[ $failed -eq 0 ] || cat errors 2>/dev/null
report_checks

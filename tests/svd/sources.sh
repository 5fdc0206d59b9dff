#!/bin/sh
# SPDX-License-Identifier: MIT
# The shipped SVDs are generated from their sources (one fragment per
# BCM283x peripheral; a script for AM335x): the committed files must be
# exactly what the sources produce, so a fix made in a source is a fix in
# every SoC, and no one edits a generated file by hand. The shipped SVDs
# must also pass svdgen check without a single warning.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
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

sh "$srcdir/svd/bcm283x/assemble.sh" "$tmp" >/dev/null
for soc in bcm2835 bcm2837 bcm2711; do
	cmp -s "$tmp/$soc.svd" "$srcdir/svd/$soc.svd"
	result $? "svd/$soc.svd matches svd/bcm283x/"
done

if command -v python3 >/dev/null; then
	python3 "$srcdir/svd/am335x/gen_am335x.py" >"$tmp/am335x.svd" 2>/dev/null
	cmp -s "$tmp/am335x.svd" "$srcdir/svd/am335x.svd"
	result $? "svd/am335x.svd matches svd/am335x/gen_am335x.py"
	python3 "$srcdir/svd/rk3288/gen_rk3288.py" >"$tmp/rk3288.svd"
	cmp -s "$tmp/rk3288.svd" "$srcdir/svd/rk3288.svd"
	result $? "svd/rk3288.svd matches svd/rk3288/gen_rk3288.py"
fi

for soc in $shipped_socs; do
	"$svdgen" check "$srcdir/svd/$soc.svd" >"$tmp/out" 2>&1
	status=$?
	[ $status -eq 0 ] && [ ! -s "$tmp/out" ]
	result $? "svdgen check svd/$soc.svd: no diagnostics"
	cat "$tmp/out"
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

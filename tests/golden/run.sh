#!/bin/sh
# SPDX-License-Identifier: MIT
# Golden tests: generate each case and compare every file, and the
# diagnostics, with the reviewed output kept in tests/golden/NAME/.
# The goldens were read and checked by hand when first written; regenerate
# them only on purpose, with: tests/golden/run.sh --update
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
here=$srcdir/tests/golden
update=no
[ "${1:-}" = --update ] && update=yes
make_tmp golden
passed=0
failed=0
while read -r name svd options; do
	case $name in '' | '#'*) continue ;; esac
	out=$tmp/$name
	# Run from the folder so diagnostics name the file as written.
	(cd "$here" && $svdgen $options "$svd" -o "$out") 2>"$tmp/$name.stderr"
	status=$?
	echo "exit $status" >>"$tmp/$name.stderr"
	if [ $update = yes ]; then
		rm -rf "${here:?}/$name"
		cp -R "$out" "$here/$name"
		cp "$tmp/$name.stderr" "$here/$name.stderr"
		echo "updated $name"
		continue
	fi
	if diff -ru "$here/$name" "$out" >"$tmp/diff" 2>&1 &&
		diff -u "$here/$name.stderr" "$tmp/$name.stderr" >>"$tmp/diff" 2>&1; then
		echo "PASS $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name"
		head -60 "$tmp/diff"
		failed=$((failed + 1))
	fi
done <"$here/cases"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]

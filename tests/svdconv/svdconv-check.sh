#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Code written against ARM SVDConv's device header must compile unchanged
# against svdgen's. For each committed facts file (what SVDConv's header
# offers for one SVD, made by make-facts.sh), generate svdgen's headers with
# --bitfields (the mirror of SVDConv's --fields=struct) and compile a check
# that names every identifier: macro and enumerator values and struct sizes
# and offsets by _Static_assert, instance pointers and bit-field positions
# at run time. The entries of `exceptions` are left out, each with its
# reason. Usage: svdconv-check.sh [FACTS-FILE...], default every one; make
# check runs one automake test per facts file (svdconv.mk) so make -j runs
# them side by side. Exit 0 pass, 1 fail, 77 skip (no corpus, unless
# SVD_CORPUS_REQUIRED=1).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
here=$srcdir/tests/svdconv
CC=${CC:-cc}
PYTHON=${PYTHON3:-python3}
# SVDCONV_CHECK_SKIP="enum enumtype" leaves kinds of fact out (when
# looking into one kind at a time).
skip_args=
for kind in ${SVDCONV_CHECK_SKIP:-}; do
	skip_args="$skip_args --skip-kind $kind"
done
make_tmp svdconv
status=0
checked=0
[ $# -gt 0 ] || set -- "$here"/facts/*.facts
for facts in "$@"; do
	svd=$(sed -n 's/^# svd: //p' "$facts")
	name=$(basename "$facts" .facts)
	case $svd in
	srcdir:*) path=$srcdir/${svd#srcdir:} ;;
	*) path=$corpus/$svd ;;
	esac
	if [ ! -f "$path" ]; then
		echo "SKIP: $name: no $path (set SVD_CORPUS)"
		[ $skip_status = 1 ] && status=1
		continue
	fi
	out=$tmp/$name.headers
	if ! "$svdgen" -q --bitfields -W no-name-sanitized "$path" -o "$out" \
		2>"$tmp/errors"; then
		echo "FAIL: $name: svdgen: $(head -1 "$tmp/errors")"
		status=1
		continue
	fi
	# What code written for SVDConv includes: its file name where ours
	# differs (a header that brings every spelling), else ours with
	# SVDGEN_ALL_ACCESSORS, the same thing.
	svdconv_name=$(sed -n 's/^# from: .*, then extract.py //p' "$facts")
	if [ -f "$out/$svdconv_name" ]; then
		header=$out/$svdconv_name
	else
		header=$(grep -l 'device header' "$out"/*.h | head -1)
	fi
	# shellcheck disable=SC2086
	"$PYTHON" "$here/compare.py" check --exceptions "$here/exceptions" \
		--device "$name" $skip_args "$facts" "$(basename "$header")" \
		>"$tmp/$name.c" || exit 1
	if ! $CC -std=c11 -fmax-errors=0 -w -DSVDGEN_ALL_ACCESSORS \
		-I"$out" "$tmp/$name.c" \
		-o "$tmp/$name" 2>"$tmp/compile"; then
		errors=$(grep -c 'error:' "$tmp/compile")
		echo "FAIL: $name: $errors identifiers missing or different;" \
			"the first:"
		grep -E 'error:|undefined reference' "$tmp/compile" | sed 's/^[^:]*:[0-9]*:[0-9]*: //' |
			head -20
		status=1
		continue
	fi
	if ! result=$("$tmp/$name"); then
		echo "FAIL: $name: $result" | head -21
		status=1
		continue
	fi
	echo "ok: $name: $(echo "$result" | tail -1)"
	checked=$((checked + 1))
done
if [ $checked = 0 ] && [ $status = 0 ]; then
	exit $skip_status
fi
exit $status

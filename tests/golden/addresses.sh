#!/bin/sh
# SPDX-License-Identifier: MIT
# The golden headers of the repository's own SVDs, proven by the route
# that shares no code with the generator: svd-addresses.py computes every
# register address from the SVD (and, for a peripheral array NAME[%s],
# the address through SVDConv's NAME[i] too) and the check compiled
# against the reviewed headers must find them all. The corpus gets the
# same proof in tests/corpus; this one needs no corpus.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
here=$srcdir/tests/golden
CC=${CC:-cc}
PYTHON=${PYTHON3:-python3}
require_tool "$PYTHON"
make_tmp golden-addresses
status=0
for name in features units peripheral-array union-rounding; do
	header=$(cd "$here/$name" && grep -l 'device header' ./*.h | head -1)
	if ! "$PYTHON" "$srcdir/tests/corpus/svd-addresses.py" \
		"$here/$name.svd" --header "${header#./}" \
		-o "$tmp/$name.c" 2>"$tmp/$name.log" ||
		! $CC -std=c11 -I"$here/$name" "$tmp/$name.c" -o "$tmp/$name" \
			2>>"$tmp/$name.log"; then
		echo "FAIL: $name: $(head -3 "$tmp/$name.log")"
		status=1
		continue
	fi
	if ! result=$("$tmp/$name"); then
		echo "FAIL: $name:"
		echo "$result" | head -20
		status=1
		continue
	fi
	# The array pointers must have been used, not left out unseen.
	case $name:$result in
	peripheral-array:*"also through peripheral array pointers"* | \
		features:* | units:* | union-rounding:*) ;;
	*)
		echo "FAIL: $name: no register checked through an array pointer"
		status=1
		continue
		;;
	esac
	echo "ok: $name: $(echo "$result" | tr '\n' ' ')"
done
exit $status

#!/bin/sh
# SPDX-License-Identifier: MIT
# A device with more headers than a process may hold descriptors: finished
# headers leave memory for unnamed files ahead of the commit, and past a
# share of the descriptor limit they must go on sharing one file, not fail
# for want of descriptors. 400 peripherals make 803 headers; under
# ulimit -n 64 the run must succeed and write exactly what it writes
# without the limit.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
svd=$tmp/many.svd
{
	printf '<?xml version="1.0" encoding="utf-8"?>\n<device>\n'
	printf '<name>MANY</name><width>32</width><size>32</size>\n'
	printf '<access>read-write</access><resetValue>0</resetValue>\n'
	printf '<resetMask>0xFFFFFFFF</resetMask>\n<peripherals>\n'
	i=0
	while [ $i -lt 400 ]; do
		printf '<peripheral><name>P%d</name>' $i
		printf '<baseAddress>0x%X</baseAddress>' $((0x40000000 + i * 4096))
		printf '<registers><register><name>R%d</name>' $i
		printf '<addressOffset>0</addressOffset><fields><field>'
		printf '<name>F</name><bitOffset>0</bitOffset><bitWidth>%d</bitWidth>' $((i % 31 + 1))
		printf '</field></fields></register></registers></peripheral>\n'
		i=$((i + 1))
	done
	printf '</peripherals>\n</device>\n'
} >"$svd"

status=0
if ! "$svdgen" "$svd" -o "$tmp/free" 2>"$tmp/free.err"; then
	echo "FAIL: without a limit: $(head -1 "$tmp/free.err")"
	exit 1
fi
count=$(ls "$tmp/free" | wc -l)
if [ "$count" -ne 803 ]; then
	echo "FAIL: $count headers, expected 803"
	status=1
fi
if ! (ulimit -n 64 && exec "$svdgen" "$svd" -o "$tmp/limited") \
	2>"$tmp/limited.err"; then
	echo "FAIL: under ulimit -n 64: $(head -1 "$tmp/limited.err")"
	exit 1
fi
if ! diff -r "$tmp/free" "$tmp/limited" >"$tmp/diff"; then
	echo "FAIL: the output differs under ulimit -n 64:"
	head -20 "$tmp/diff"
	status=1
fi
# The last header, copied from the shared file, ends where it should.
if ! grep -q "^#endif /\* MANY_P399_H_REGS \*/" "$tmp/limited/many_p399_regs.h"; then
	echo "FAIL: many_p399_regs.h is cut short"
	status=1
fi
[ $status -eq 0 ] && echo "PASS: 803 headers under ulimit -n 64, as without"
exit $status

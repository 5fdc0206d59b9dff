#!/bin/sh
# SPDX-License-Identifier: MIT
# A regular file is parsed as it is read, through a small buffer; a pipe is
# read whole first, and so is a file the first pass cannot take (malformed,
# a document type, lone CRs, a prolog longer than the buffer), which is
# then parsed again from memory by the passes that report. Both ways must
# give the same headers, messages and exit status. Each input runs twice
# under the same relative name: once as a regular file, once as a FIFO fed
# by cat. Inputs: every SVD of the test suite and the shipped ones, and
# made files that aim at the buffer's edges: CR LF line ends across 300 KB
# (a CR as the last byte of a block must not look lone), a lone CR after
# the first block, a comment longer than the buffer before the root, and a
# document that ends one byte after a block.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
require_tool mkfifo
mkdir "$tmp/file" "$tmp/fifo" "$tmp/made"

# device N: an SVD with one peripheral of N registers, the last of which
# has a name to sanitize (a warning near the end of the file).
device() {
	printf '<?xml version="1.0" encoding="utf-8"?>\n'
	printf '<device>\n<name>STREAM</name><width>32</width><size>32</size>\n'
	printf '<access>read-write</access><resetValue>0</resetValue>\n'
	printf '<resetMask>0xFFFFFFFF</resetMask>\n<peripherals>\n'
	printf '<peripheral><name>P</name><baseAddress>0x40000000</baseAddress>\n'
	printf '<registers>\n'
	i=0
	while [ $i -lt "$1" ]; do
		# The last register's name is sanitized: a warning with a
		# line number near the end of the file.
		if [ $i -eq $(($1 - 1)) ]; then
			printf '<register><name>LAST-REG</name>'
		else
			printf '<register><name>R%d</name>' $i
		fi
		printf '<addressOffset>0x%X</addressOffset>' $((i * 4))
		printf '<fields><field><name>F</name><bitOffset>0</bitOffset>'
		printf '<bitWidth>1</bitWidth></field></fields></register>\n'
		i=$((i + 1))
	done
	printf '</registers>\n</peripheral>\n</peripherals>\n</device>\n'
}

device 2000 | sed 's/$/\r/' >"$tmp/made/crlf.svd"
device 2000 | awk 'NR == 1500 { printf "%s\r", $0; next } { print }' \
	>"$tmp/made/lone-cr-late.svd"
{
	device 3 | sed -n '1p'
	printf '<!--'
	i=0
	while [ $i -lt 2000 ]; do
		printf 'a comment longer than the read buffer, line %d\n' $i
		i=$((i + 1))
	done
	printf -- '-->\n'
	device 3 | sed '1d'
} >"$tmp/made/long-prolog.svd"
# 65,537 bytes: the last byte is read after the first block of 65,536.
device 390 >"$tmp/made/edge.svd"
size=$(wc -c <"$tmp/made/edge.svd")
pad=$((65537 - size))
if [ $pad -gt 0 ]; then
	head -c $pad /dev/zero | tr '\0' ' ' >>"$tmp/made/edge.svd"
fi
check "edge.svd is 65,537 bytes" "[ \$(wc -c <'$tmp/made/edge.svd') -eq 65537 ]"
# Malformed after the first block: the buffered pass fails late.
device 2000 | sed '1990s/<\/register>//' >"$tmp/made/malformed-late.svd"

compared=0
# same SVD: the file read as it is parsed, and through a FIFO.
same() {
	same_name=$(basename "$1")
	cp "$1" "$tmp/file/$same_name"
	rm -f "$tmp/fifo/$same_name"
	mkfifo "$tmp/fifo/$same_name"
	(cd "$tmp/file" && "$svdgen" "$same_name" -o out-"$same_name" \
		>err-"$same_name" 2>&1
	echo "exit $?" >>err-"$same_name")
	cat "$1" >"$tmp/fifo/$same_name" &
	(cd "$tmp/fifo" && "$svdgen" "$same_name" -o out-"$same_name" \
		>err-"$same_name" 2>&1
	echo "exit $?" >>err-"$same_name")
	wait
	compared=$((compared + 1))
	check "$same_name: messages and exit status alike" \
		"cmp -s '$tmp/file/err-$same_name' '$tmp/fifo/err-$same_name'" ||
		diff "$tmp/file/err-$same_name" "$tmp/fifo/err-$same_name" | head -5
	if [ -d "$tmp/file/out-$same_name" ] || [ -d "$tmp/fifo/out-$same_name" ]; then
		check "$same_name: the same headers" \
			"diff -r '$tmp/file/out-$same_name' '$tmp/fifo/out-$same_name' >/dev/null"
	fi
}

for svd in "$tmp"/made/*.svd "$srcdir"/tests/*/*.svd \
	"$srcdir"/tests/golden/*/*.svd "$srcdir"/svd/*.svd; do
	[ -f "$svd" ] && same "$svd"
done

# What each made file must say, whichever way it was read.
last_line=$(grep -n 'LAST-REG' "$tmp/made/crlf.svd" | cut -d: -f1)
check "crlf.svd: the warning names line $last_line" \
	"grep -q '^crlf.svd:$last_line: warning: .LAST-REG' '$tmp/file/err-crlf.svd'"
last_line=$(grep -n 'LAST-REG' "$tmp/made/long-prolog.svd" | cut -d: -f1)
check "long-prolog.svd: the warning names line $last_line" \
	"grep -q '^long-prolog.svd:$last_line: warning: .LAST-REG' '$tmp/file/err-long-prolog.svd'"
# The lone CR ends a line of its own, which grep does not count.
last_line=$(($(grep -n 'LAST-REG' "$tmp/made/lone-cr-late.svd" | cut -d: -f1) + 1))
check "lone-cr-late.svd: the warning names line $last_line" \
	"grep -q '^lone-cr-late.svd:$last_line: warning: .LAST-REG' '$tmp/file/err-lone-cr-late.svd'"
check "malformed-late.svd: an XML error, exit 1" \
	"grep -q 'xml-syntax' '$tmp/file/err-malformed-late.svd' &&
	 grep -q '^exit 1$' '$tmp/file/err-malformed-late.svd'"
check "edge.svd: generated" "[ -f '$tmp/file/out-edge.svd/stream.h' ]"

echo "compared $compared inputs read as files and through FIFOs"
report_checks

#!/bin/sh
# SPDX-License-Identifier: MIT
# An SVD whose registers form one derivedFrom chain of N links (each
# register derived from the one before it), or with "peripherals" one
# whose peripherals do, written to stdout. make bench times svdgen on it.
# Usage: bench/derive-chain.sh N [registers|peripherals]
n=${1:?usage: derive-chain.sh N [registers|peripherals]}
kind=${2:-registers}
awk -v n="$n" -v kind="$kind" 'BEGIN {
	print "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
	print "<device schemaVersion=\"1.3\"><name>CHAIN</name><peripherals>"
	if (kind == "peripherals") {
		print "<peripheral><name>P0</name><baseAddress>0x40000000</baseAddress>"
		print "<registers><register><name>R</name><addressOffset>0</addressOffset></register></registers></peripheral>"
		for (i = 1; i < n; i++)
			printf "<peripheral derivedFrom=\"P%d\"><name>P%d</name><baseAddress>0x%x</baseAddress></peripheral>\n", i - 1, i, 0x40000000 + i * 16
	} else {
		print "<peripheral><name>P</name><baseAddress>0x40000000</baseAddress><registers>"
		print "<register><name>R0</name><description>first</description><addressOffset>0</addressOffset></register>"
		for (i = 1; i < n; i++)
			printf "<register derivedFrom=\"R%d\"><name>R%d</name><addressOffset>0x%x</addressOffset></register>\n", i - 1, i, i * 4
		print "</registers></peripheral>"
	}
	print "</peripherals></device>"
}'

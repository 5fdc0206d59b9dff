#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Assemble svd/bcm2835.svd, svd/bcm2837.svd and svd/bcm2711.svd from the
# per-peripheral fragments in this directory, so that a fix to a peripheral
# shared by the three SoCs is made once.
#
# Usage: assemble.sh [OUTDIR]     (default: the svd/ directory above this one)
#
# The committed .svd files must equal this script's output; a test
# assembles into a temporary directory and compares.  Only POSIX sh and awk.
#
# Fragment syntax (see README in NOTES-bcm283x.md):
#   0x@PB@xxxxxx     peripheral base top byte + 6-digit offset
#                    (@PB@ = 20 on BCM2835, 3F on BCM2837, FE on BCM2711)
#   @IRQ:n@          interrupt number n in the BCM2835 ARM-side numbering
#                    (0-63 GPU IRQs, 64-71 ARM basic IRQs); on BCM2711 it
#                    becomes the GIC-400 interrupt ID (n+96 for n < 64, n
#                    for the ARMC interrupts 64-71)
#   @SOC@            BCM2835 / BCM2837 / BCM2711
#   <!-- @if SOC... -->, <!-- @else -->, <!-- @endif -->  on lines of their
#                    own: keep the lines only for the SoCs listed (bcm2835,
#                    bcm2837, bcm2711); not nested.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/.."}

# Fragments, in output order.  Each is a whole <peripheral> (or several).
common="gpio.xml systimer.xml uart0.xml aux.xml spi0.xml bsc.xml pwm.xml
cm.xml pm.xml pads.xml irq.xml armtimer.xml dma.xml mailbox.xml rng.xml"
extra_2711="uart-2711.xml spi-2711.xml bsc-2711.xml pwm-2711.xml"

assemble() {
	soc=$1 pb=$2 files=$3
	tmp="$out/.$soc.svd.tmp"
	(
		cd "$here"
		# shellcheck disable=SC2086
		cat head.xml $files tail.xml
	) | awk -v soc="$soc" -v pb="$pb" '
	function mapirq(n) {
		n = n + 0
		if (soc != "bcm2711")
			return n
		return n < 64 ? n + 96 : n
	}
	/<!-- @if / {
		if (inif) { print FILENAME ": nested @if" > "/dev/stderr"; exit 1 }
		inif = 1; keep = 0
		line = $0
		sub(/.*<!-- @if /, "", line); sub(/ -->.*/, "", line)
		nw = split(line, w, " ")
		for (i = 1; i <= nw; i++)
			if (w[i] == soc) keep = 1
		next
	}
	/<!-- @else -->/ { keep = !keep; next }
	/<!-- @endif -->/ { inif = 0; keep = 0; next }
	inif && !keep { next }
	{
		gsub(/@PB@/, pb)
		gsub(/@SOC@/, toupper(soc))
		while (match($0, /@IRQ:[0-9]+@/)) {
			n = substr($0, RSTART + 5, RLENGTH - 6)
			$0 = substr($0, 1, RSTART - 1) mapirq(n) \
			    substr($0, RSTART + RLENGTH)
		}
		print
	}' >"$tmp"
	mv "$tmp" "$out/$soc.svd"
}

assemble bcm2835 20 "$common"
assemble bcm2837 3F "$common"
assemble bcm2711 FE "$common $extra_2711"

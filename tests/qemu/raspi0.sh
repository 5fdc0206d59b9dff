#!/bin/sh
# SPDX-License-Identifier: MIT
# The BCM2835 build on QEMU's raspi0 and raspi1ap (ARM1176JZF-S, one core,
# AArch32).
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
exec "${SHELL:-/bin/sh}" "$srcdir/tests/qemu/run.sh" \
	raspi0 qemu-system-arm arm-none-eabi-gcc raspi0 raspi1ap

#!/bin/sh
# SPDX-License-Identifier: MIT
# The Pi 2 build (BCM2837 headers, Cortex-A7, AArch32) on QEMU's raspi2b.
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
exec "${SHELL:-/bin/sh}" "$srcdir/tests/qemu/run.sh" \
	raspi2b qemu-system-arm arm-none-eabi-gcc raspi2b

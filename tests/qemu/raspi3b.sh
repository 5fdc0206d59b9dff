#!/bin/sh
# SPDX-License-Identifier: MIT
# The BCM2837 build on QEMU's raspi3b (Cortex-A53, AArch64).
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
exec "${SHELL:-/bin/sh}" "$srcdir/tests/qemu/run.sh" \
	raspi3b qemu-system-aarch64 aarch64-linux-gnu-gcc raspi3b

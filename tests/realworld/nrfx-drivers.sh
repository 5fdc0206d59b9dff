#!/bin/sh
# SPDX-License-Identifier: MIT
# Nordic's nrfx drivers, written against the device header of Nordic's MDK
# (ARM SVDConv's output for the device's SVD), built against svdgen's: they
# must compile and give the same machine code.
#
#   nrfx-drivers.sh NRFX-DIR CMSIS-INCLUDE-DIR [SVDCONV-HEADER-DIR]
#
# NRFX-DIR is a checkout of NordicSemiconductor/nrfx (its code is not part of
# this repository), CMSIS-INCLUDE-DIR holds CMSIS-Core's core_cm4.h and its
# companions (ARM-software/CMSIS_5, CMSIS/Core/Include). NRFX_DEVICE names
# the device (nrf52840; nrf52833 works too); NRFX_SVD the SVD, by default the
# one nrfx ships beside the header (bsp/stable/mdk/DEVICE.svd), so that both
# headers come from one file. Every driver in drivers/src that compiles for
# the device with the MDK's header is compiled again with the MDK's
# DEVICE.h replaced by svdgen's headers (svdgen --cmsis); its disassembly
# (objdump -d) must be identical to the MDK build's and, when
# SVDCONV-HEADER-DIR holds the DEVICE.h a local SVDConv made from the same
# SVD, to the build with that one. With NRFX_NOT_MDK_SVD=1 (NRFX_SVD is not
# the file the MDK's header came from) only the SVDConv build is compared.
#
# Only DEVICE.h is replaced: nrf.h, DEVICE_bitfields.h (the _Pos/_Msk
# macros nrfx uses), DEVICE_peripherals.h and system_DEVICE.h stay Nordic's,
# as SVDConv does not write them. nrfx leaves its glue to the integrator:
# the nrfx_config.h, nrfx_glue.h and nrfx_log.h written below are minimal
# (CMSIS NVIC calls, GCC atomics, no logging) and the same in every build.
#
# Without its arguments or arm-none-eabi-gcc the test skips (77).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
nrfx=${1:-${NRFX_DIR:-}}
cmsis=${2:-${CMSIS_INCLUDE_DIR:-}}
svdconv_dir=${3:-${NRFX_SVDCONV_HEADERS:-}}
device=${NRFX_DEVICE:-nrf52840}
svd=${NRFX_SVD:-$nrfx/bsp/stable/mdk/$device.svd}
cc=${ARM_CC:-arm-none-eabi-gcc}
objdump=${ARM_OBJDUMP:-arm-none-eabi-objdump}

if [ -z "$nrfx" ] || [ ! -f "$nrfx/nrfx.h" ]; then
	skip "no nrfx checkout given (NRFX_DIR or argument 1)"
fi
if [ -z "$cmsis" ] || [ ! -f "$cmsis/core_cm4.h" ]; then
	skip "no CMSIS-Core include folder given (argument 2)"
fi
if [ ! -f "$svd" ]; then
	skip "$svd is absent"
fi
require_tool "$cc" "$objdump"
mdk=$nrfx/bsp/stable/mdk
if [ ! -f "$mdk/$device.h" ]; then
	echo "FAIL: $mdk/$device.h is absent"
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-nrfx.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# The integration files nrfx asks for.
mkdir -p "$tmp/glue"
cat >"$tmp/glue/nrfx_config.h" <<CONFIG
#ifndef NRFX_CONFIG_H__
#define NRFX_CONFIG_H__
#include "nrfx_config_common.h"
#include "nrfx_config_$device.h"
#endif
CONFIG
cat >"$tmp/glue/nrfx_log.h" <<'LOG'
#ifndef NRFX_LOG_H__
#define NRFX_LOG_H__
#define NRFX_LOG_ERROR(...)
#define NRFX_LOG_WARNING(...)
#define NRFX_LOG_INFO(...)
#define NRFX_LOG_DEBUG(...)
#define NRFX_LOG_HEXDUMP_ERROR(memory, length)
#define NRFX_LOG_HEXDUMP_WARNING(memory, length)
#define NRFX_LOG_HEXDUMP_INFO(memory, length)
#define NRFX_LOG_HEXDUMP_DEBUG(memory, length)
#define NRFX_LOG_ERROR_STRING_GET(error_code) ""
#endif
LOG
cat >"$tmp/glue/nrfx_glue.h" <<'GLUE'
#ifndef NRFX_GLUE_H__
#define NRFX_GLUE_H__
#define NRFX_ASSERT(expression) ((void)0)
#define NRFX_STATIC_ASSERT(expression) _Static_assert(expression, "")
#define NRFX_IRQ_PRIORITY_SET(irq, priority) NVIC_SetPriority(irq, priority)
#define NRFX_IRQ_ENABLE(irq) NVIC_EnableIRQ(irq)
#define NRFX_IRQ_IS_ENABLED(irq) (NVIC_GetEnableIRQ(irq) != 0)
#define NRFX_IRQ_DISABLE(irq) NVIC_DisableIRQ(irq)
#define NRFX_IRQ_PENDING_SET(irq) NVIC_SetPendingIRQ(irq)
#define NRFX_IRQ_PENDING_CLEAR(irq) NVIC_ClearPendingIRQ(irq)
#define NRFX_IRQ_IS_PENDING(irq) (NVIC_GetPendingIRQ(irq) != 0)
#define NRFX_CRITICAL_SECTION_ENTER() __disable_irq()
#define NRFX_CRITICAL_SECTION_EXIT() __enable_irq()
#define NRFX_COREDEP_DELAY_DWT_BASED 0
#define NRFX_DELAY_US(time) ((void)(time))
#define nrfx_atomic_t uint32_t
#define NRFX_ATOMIC_FETCH_STORE(data, value) \
	__atomic_exchange_n(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_FETCH_OR(data, value) \
	__atomic_fetch_or(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_FETCH_AND(data, value) \
	__atomic_fetch_and(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_FETCH_XOR(data, value) \
	__atomic_fetch_xor(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_FETCH_ADD(data, value) \
	__atomic_fetch_add(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_FETCH_SUB(data, value) \
	__atomic_fetch_sub(data, value, __ATOMIC_SEQ_CST)
#define NRFX_ATOMIC_CAS(data, old, new) \
	__atomic_compare_exchange_n(data, &(old), new, 0, __ATOMIC_SEQ_CST, \
				    __ATOMIC_SEQ_CST)
#define NRFX_CLZ(value) __builtin_clz(value)
#define NRFX_CTZ(value) __builtin_ctz(value)
#define NRFX_EVENT_READBACK_ENABLED 1
#define NRFY_CACHE_WB(buffer, size)
#define NRFY_CACHE_INV(buffer, size)
#define NRFY_CACHE_WBINV(buffer, size)
#define NRFX_DPPI_CHANNELS_USED 0
#define NRFX_DPPI_GROUPS_USED 0
#define NRFX_PPI_CHANNELS_USED 0
#define NRFX_PPI_GROUPS_USED 0
#define NRFX_GPIOTE_CHANNELS_USED 0
#define NRFX_EGUS_USED 0
#define NRFX_TIMERS_USED 0
#endif
GLUE

# mdk_copy KIND DIR: a copy of the MDK whose DEVICE.h is the one in DIR
# (with the files beside it); nrf.h includes it by a quoted name, so it
# must sit in the same folder.
mdk_copy() {
	mkdir -p "$tmp/$1/mdk"
	cp "$mdk"/*.h "$tmp/$1/mdk/"
	rm "$tmp/$1/mdk/$device.h"
	for header in "$2"/*.h; do
		if [ -e "$tmp/$1/mdk/${header##*/}" ]; then
			echo "FAIL: $header would replace the MDK's own file"
			exit 1
		fi
	done
	cp "$2"/*.h "$tmp/$1/mdk/"
}

if ! "$svdgen" -q --cmsis "$svd" -o "$tmp/generated" >"$tmp/log" 2>&1; then
	cat "$tmp/log"
	echo "FAIL: svdgen refused $svd"
	exit 1
fi
mkdir -p "$tmp/mdk/mdk"
cp "$mdk"/*.h "$tmp/mdk/mdk/"
mdk_copy svdgen "$tmp/generated"
references=mdk
# The MDK's header is a reference only when it comes from the same SVD.
[ -n "${NRFX_SVD:-}" ] && [ -n "${NRFX_NOT_MDK_SVD:-}" ] && references=
if [ -n "$svdconv_dir" ]; then
	mdk_copy svdconv "$svdconv_dir"
	references="$references svdconv"
fi

cpu_flags="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
define=$(echo "$device" | tr a-z A-Z)_XXAA

# build KIND DRIVER: compile drivers/src/nrfx_DRIVER.c with KIND's MDK.
build() {
	upper=$(echo "$2" | tr a-z A-Z)
	$cc $cpu_flags -std=gnu11 -O2 -D"$define" \
		-DNRFX_"$upper"_ENABLED=1 -DNRFX_"$upper"0_ENABLED=1 \
		-I"$tmp/glue" -I"$nrfx" -I"$nrfx/templates" \
		-I"$tmp/$1" -I"$tmp/$1/mdk" -I"$nrfx/bsp/stable" \
		-I"$nrfx/bsp/stable/templates" -I"$nrfx/drivers/include" \
		-I"$cmsis" -c "$nrfx/drivers/src/nrfx_$2.c" \
		-o "$tmp/$1/$2.o" >"$tmp/$1/$2.errors" 2>&1 || return 1
	$objdump -d "$tmp/$1/$2.o" | sed 1,2d >"$tmp/$1/$2.s"
}

drivers=0
same=0
failed=0
for source in "$nrfx"/drivers/src/nrfx_*.c; do
	driver=${source##*/nrfx_}
	driver=${driver%.c}
	# Drivers for peripherals the device lacks do not compile at all.
	build mdk "$driver" || continue
	drivers=$((drivers + 1))
	identical=1
	if ! build svdgen "$driver"; then
		echo "FAIL: nrfx_$driver.c does not compile with svdgen's $device.h"
		head -20 "$tmp/svdgen/$driver.errors"
		failed=$((failed + 1))
		continue
	fi
	for kind in $references; do
		if [ "$kind" = svdconv ] && ! build svdconv "$driver"; then
			echo "nrfx_$driver.c does not compile with SVDConv's $device.h"
			head -20 "$tmp/svdconv/$driver.errors"
			identical=0
			continue
		fi
		if ! cmp -s "$tmp/$kind/$driver.s" "$tmp/svdgen/$driver.s"; then
			echo "DIFFERENT: nrfx_$driver.c, $kind's $device.h vs svdgen's"
			diff "$tmp/$kind/$driver.s" "$tmp/svdgen/$driver.s" |
				head -20
			identical=0
		fi
	done
	[ $identical -eq 1 ] && same=$((same + 1))
	echo "nrfx_$driver.c: $(wc -l <"$tmp/mdk/$driver.s") lines of disassembly, $([ $identical -eq 1 ] && echo identical || echo differs)"
done

echo "$drivers drivers built for $device, $failed failed to compile, $same identical machine code (svdgen against: $references)"
[ "$drivers" -gt 0 ] || {
	echo "FAIL: no driver compiled with the MDK's header"
	exit 1
}
[ $failed -eq 0 ] && [ "$same" -eq "$drivers" ]

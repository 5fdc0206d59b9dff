/* SPDX-License-Identifier: MIT */
/*
 * Forced into the hal sources built for test-trace (-include): every
 * 32-bit register access of the generated accessors is recorded.
 */
#ifndef TESTS_HAL_TRACE_H
#define TESTS_HAL_TRACE_H

/*
 * Forced in before each source's own feature macros, so set them as the
 * hal sources do (identical definitions may be repeated): config.h for
 * _FILE_OFFSET_BITS, then _POSIX_C_SOURCE.
 */
#include "config.h"
#define _POSIX_C_SOURCE 200809L

#include <stdint.h>

uint32_t trace_read32(const volatile uint32_t *address);
void trace_write32(volatile uint32_t *address, uint32_t value);

#define SVDGEN_READ32(address) trace_read32(address)
#define SVDGEN_WRITE32(address, value) trace_write32((address), (value))

#endif /* TESTS_HAL_TRACE_H */

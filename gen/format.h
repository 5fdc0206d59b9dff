/* SPDX-License-Identifier: MIT */
/* format.c: the printf subset the emitters use, fast. */
#ifndef SVDGEN_FORMAT_H
#define SVDGEN_FORMAT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * vsnprintf: writes at most capacity bytes including the terminating NUL
 * and returns the length the whole text needs. %s, %c, %d, %i, %u, %x and
 * %X with the - and 0 flags, widths, precisions (* for either) and the hh,
 * h, l, ll, z and j lengths are done here, fast; any other conversion
 * passes the whole call to the C library's vsnprintf.
 */
size_t svd_vformat(char *buffer, size_t capacity, const char *format,
		   va_list args);

/* Room for any uint64_t in decimal or hex with a prefix, and a NUL. */
#define SVD_NUMBER_TEXT_SIZE 24

/*
 * Write to text (at most 21 bytes) value in base 10 or 16 (lower case),
 * zero-padded to at least digits digits (at most 20), and a NUL: what
 * "%0*" PRIu64 or PRIx64 prints, without parsing a format. Returns the
 * length.
 */
size_t svd_format_unsigned(char *text, uint64_t value, unsigned base,
			   unsigned digits);

#endif

/* SPDX-License-Identifier: MIT */
/* format.c: the printf subset the emitters use, fast. */
#ifndef SVDGEN_FORMAT_H
#define SVDGEN_FORMAT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * vsnprintf: writes at most capacity bytes including the terminating NUL
 * and returns the length the whole text needs. %s, %c, %d, %i, %u, %x and
 * %X with the - and 0 flags, widths, precisions (* for either) and the hh,
 * h, l, ll, z and j lengths are done here, fast; any other conversion
 * passes the whole call to the C library's vsnprintf.
 */
size_t svd_vformat(char *buffer, size_t capacity, const char *format,
		   va_list args);

#endif

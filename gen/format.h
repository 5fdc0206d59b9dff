/* SPDX-License-Identifier: MIT */
/* format.c: the printf subset the emitters use, fast. */
#ifndef SVDGEN_FORMAT_H
#define SVDGEN_FORMAT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/*
 * Like vsnprintf for %s, %c, %d/%i/%u/%x/%X/%p with the l, ll and z
 * lengths, the - and 0 flags, a width and a string precision (* for
 * either): writes at most capacity bytes including the terminating NUL and
 * returns the length the whole text needs.
 */
size_t svd_vformat(char *buffer, size_t capacity, const char *format,
		   va_list args);

#endif

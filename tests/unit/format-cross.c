// SPDX-License-Identifier: MIT
/*
 * svd_vformat against vsnprintf without cmocka, so it can be built for
 * 32-bit ARM and run under qemu-arm by format-cross.sh: there size_t and
 * long are 32 bits and long long 64, and a wrong va_arg type shows.
 * Prints each mismatch; exits with the number of failed cases.
 */
#include <limits.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "format.h"

static size_t call_vformat(char *buffer, size_t capacity, const char *format,
			   ...)
{
	va_list args;
	size_t length;

	va_start(args, format);
	length = svd_vformat(buffer, capacity, format, args);
	va_end(args);
	return length;
}

static int failed, passed;

#define FORMAT_CASE(...)                                                       \
	do {                                                                   \
		char expected[256], actual[256];                               \
		int want = snprintf(expected, sizeof(expected), __VA_ARGS__);  \
		size_t got =                                                   \
		    call_vformat(actual, sizeof(actual), __VA_ARGS__);         \
                                                                               \
		if (want < 0 || got != (size_t)want ||                         \
		    strcmp(actual, expected) != 0) {                           \
			printf("FAIL line %d: want \"%s\" (%d), got \"%s\" "   \
			       "(%zu)\n",                                      \
			       __LINE__, expected, want, actual, got);         \
			failed++;                                              \
		} else {                                                       \
			passed++;                                              \
		}                                                              \
	} while (0);

int main(void)
{
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#include "format-cases.h"
#pragma GCC diagnostic pop
	printf("%d cases match vsnprintf, %d differ\n", passed, failed);
	return failed ? 1 : 0;
}

// SPDX-License-Identifier: MIT
/*
 * format.c: svd_vformat must write exactly what vsnprintf writes, return
 * the same length, and truncate the same way for every capacity.
 */
#include "unit-helpers.h"

#include <inttypes.h>
#include <limits.h>

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

/* The C library's answer, for comparison. */
static int call_vsnprintf(char *buffer, size_t capacity, const char *format,
			  ...)
{
	va_list args;
	int length;

	va_start(args, format);
	length = vsnprintf(buffer, capacity, format, args);
	va_end(args);
	return length;
}

/*
 * Compare at full size and at every shorter capacity (0 too), so the
 * truncated text and its terminating NUL match as well as the length.
 */
#define FORMAT_CASE(...)                                                       \
	do {                                                                   \
		char expected[256], actual[256];                               \
		int want =                                                     \
		    call_vsnprintf(expected, sizeof(expected), __VA_ARGS__);   \
		size_t capacity;                                               \
                                                                               \
		assert_true(want >= 0 && want < (int)sizeof(expected));        \
		for (capacity = 0; capacity <= (size_t)want + 1; capacity++) { \
			memset(expected, '#', sizeof(expected));               \
			memset(actual, '#', sizeof(actual));                   \
			call_vsnprintf(expected, capacity, __VA_ARGS__);       \
			assert_int_equal(                                      \
			    call_vformat(actual, capacity, __VA_ARGS__),       \
			    (size_t)want);                                     \
			assert_memory_equal(actual, expected,                  \
					    sizeof(expected));                 \
		}                                                              \
	} while (0);

static void test_matches_vsnprintf(void **state)
{
	(void)state;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
#pragma GCC diagnostic ignored "-Wformat-extra-args"
#include "format-cases.h"
#pragma GCC diagnostic pop
}

/* The case the old formatter got wrong on 32-bit ARM, spelled out. */
static void test_size_then_int(void **state)
{
	char text[32];

	(void)state;
	assert_int_equal(
	    call_vformat(text, sizeof(text), "[%zu|%d]", (size_t)42, 7), 6);
	assert_string_equal(text, "[42|7]");
}

/*
 * svd_format_unsigned against snprintf's "%0*" PRIu64 / PRIx64, over the
 * edges of every digit count and both ends of uint64_t.
 */
static void test_format_unsigned(void **state)
{
	const uint64_t values[] = {
	    0,		1,	    9,		10,	     15,
	    16,		255,	    256,	4095,	     99999,
	    0x7fffffff, 0x80000000, UINT32_MAX, 0x100000000, UINT64_MAX / 10,
	    UINT64_MAX};

	(void)state;
	for (size_t i = 0; i < sizeof(values) / sizeof(values[0]); i++) {
		for (unsigned digits = 0; digits <= 20; digits++) {
			char expected[SVD_NUMBER_TEXT_SIZE];
			char actual[SVD_NUMBER_TEXT_SIZE];
			int length;

			length = snprintf(expected, sizeof(expected),
					  "%0*" PRIu64, (int)digits, values[i]);
			assert_int_equal(
			    svd_format_unsigned(actual, values[i], 10, digits),
			    (size_t)length);
			assert_string_equal(actual, expected);
			length = snprintf(expected, sizeof(expected),
					  "%0*" PRIx64, (int)digits, values[i]);
			assert_int_equal(
			    svd_format_unsigned(actual, values[i], 16, digits),
			    (size_t)length);
			assert_string_equal(actual, expected);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_matches_vsnprintf),
	    cmocka_unit_test(test_size_then_int),
	    cmocka_unit_test(test_format_unsigned),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

// SPDX-License-Identifier: MIT
/*
 * number.c: the CMSIS-SVD number and list syntaxes. scaledNonNegativeInteger
 * is [+]?(0x|0X|#)?[0-9a-fA-F]+[kmgtKMGT]? (the suffix scales by powers of
 * 1024), enumerated values may hold x don't-care digits in binary, bitRange
 * is [msb:lsb] and dimIndex is a range or a comma list.
 */
#include "unit-helpers.h"

/* Parse text as an integer that must be accepted, and return it. */
static uint64_t integer(const char *text)
{
	uint64_t value = 0xdeadbeef;

	assert_int_equal(svd_parse_integer(text, &value), 0);
	return value;
}

/* Fail unless text is refused as an integer. */
static void rejected(const char *text)
{
	uint64_t value;

	if (svd_parse_integer(text, &value) != -1)
		fail_msg("'%s' was accepted as %llu", text,
			 (unsigned long long)value);
}

static void test_integer_decimal(void **state)
{
	(void)state;
	assert_int_equal(integer("0"), 0);
	assert_int_equal(integer("42"), 42);
	assert_int_equal(integer("+7"), 7);
	assert_int_equal(integer("  1234\n"), 1234);
	assert_int_equal(integer("007"), 7);
	assert_true(integer("18446744073709551615") == UINT64_MAX);
}

static void test_integer_hexadecimal(void **state)
{
	(void)state;
	assert_int_equal(integer("0x1F"), 31);
	assert_int_equal(integer("0X1f"), 31);
	assert_int_equal(integer("0x40020000"), 0x40020000);
	assert_true(integer("0xFFFFFFFFFFFFFFFF") == UINT64_MAX);
	assert_true(integer("0x123456789abcdef0") == 0x123456789abcdef0ULL);
	/* A B and a D are hex digits, not suffixes. */
	assert_int_equal(integer("0xB"), 11);
	assert_int_equal(integer("0xD"), 13);
}

static void test_integer_binary(void **state)
{
	(void)state;
	assert_int_equal(integer("#1010"), 10);
	assert_int_equal(integer("0b1010"), 10);
	assert_int_equal(integer("0B11"), 3);
	assert_int_equal(integer("#0"), 0);
}

static void test_integer_scale_suffixes(void **state)
{
	(void)state;
	assert_int_equal(integer("4k"), 4096);
	assert_int_equal(integer("4K"), 4096);
	assert_int_equal(integer("2M"), 2 * 1024 * 1024);
	assert_int_equal(integer("2m"), 2 * 1024 * 1024);
	assert_int_equal(integer("1G"), 1024 * 1024 * 1024);
	assert_true(integer("3T") == 3ULL << 40);
	assert_int_equal(integer("0x10k"), 16 * 1024);
	assert_int_equal(integer("#11k"), 3 * 1024);
	/* 2^24 - 1 tebibytes is the largest T value that fits. */
	assert_true(integer("16777215T") == 16777215ULL << 40);
}

/* "#1" and 64 zeros: 2^64, one more than fits. */
static const char *two_to_the_64_in_binary(void)
{
	static char text[67];

	text[0] = '#';
	text[1] = '1';
	memset(text + 2, '0', 64);
	text[66] = '\0';
	return text;
}

static void test_integer_overflow_rejected(void **state)
{
	(void)state;
	rejected("18446744073709551616");
	rejected("99999999999999999999999");
	rejected("0x10000000000000000");
	rejected(two_to_the_64_in_binary());
	/* 2^24 T is 2^64. */
	rejected("16777216T");
	rejected("17179869184G");
}

static void test_integer_junk_rejected(void **state)
{
	(void)state;
	assert_int_equal(svd_parse_integer(NULL, &(uint64_t){0}), -1);
	rejected("");
	rejected("   ");
	rejected("abc");
	rejected("12z");
	rejected("1 2");
	rejected("-1");
	rejected("1.5");
	rejected("0x");
	rejected("#");
	rejected("0b");
	rejected("k");
	rejected("#102");
	rejected("0b2");
	rejected("0xfg1");
	rejected("4kk");
	rejected("++1");
}

static void test_enum_value_plain(void **state)
{
	uint64_t value, care;

	(void)state;
	assert_int_equal(svd_parse_enum_value("5", &value, &care), 0);
	assert_int_equal(value, 5);
	assert_true(care == UINT64_MAX);
	assert_int_equal(svd_parse_enum_value("0x0A", &value, &care), 0);
	assert_int_equal(value, 10);
	assert_true(care == UINT64_MAX);
	assert_int_equal(svd_parse_enum_value("#1010", &value, &care), 0);
	assert_int_equal(value, 10);
	assert_true(care == UINT64_MAX);
	assert_int_equal(svd_parse_enum_value("0b01", &value, &care), 0);
	assert_int_equal(value, 1);
	assert_true(care == UINT64_MAX);
}

static void test_enum_value_dont_care(void **state)
{
	uint64_t value, care;

	(void)state;
	/* #1x0: bit 1 is free, bits 0 and 2 and everything above matter. */
	assert_int_equal(svd_parse_enum_value("#1x0", &value, &care), 0);
	assert_int_equal(value, 4);
	assert_true(care == ~(uint64_t)0x2);
	assert_int_equal(svd_parse_enum_value("0b1x", &value, &care), 0);
	assert_int_equal(value, 2);
	assert_true(care == ~(uint64_t)0x1);
	assert_int_equal(svd_parse_enum_value("#xx", &value, &care), 0);
	assert_int_equal(value, 0);
	assert_true(care == ~(uint64_t)0x3);
	assert_int_equal(svd_parse_enum_value("#X1", &value, &care), 0);
	assert_int_equal(value, 1);
	assert_true(care == ~(uint64_t)0x2);
	assert_int_equal(svd_parse_enum_value(" #x1x1 ", &value, &care), 0);
	assert_int_equal(value, 5);
	assert_true(care == ~(uint64_t)0xa);
}

static void test_enum_value_all_64_bits_free(void **state)
{
	char text[66];
	uint64_t value, care;

	(void)state;
	text[0] = '#';
	memset(text + 1, 'x', 64);
	text[65] = '\0';
	assert_int_equal(svd_parse_enum_value(text, &value, &care), 0);
	assert_int_equal(value, 0);
	assert_true(care == 0);
}

static void test_enum_value_junk_rejected(void **state)
{
	char text[67];
	uint64_t value, care;

	(void)state;
	assert_int_equal(svd_parse_enum_value("#", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value("#12", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value("0bx2", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value("xx", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value("0x1x", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value("", &value, &care), -1);
	assert_int_equal(svd_parse_enum_value(NULL, &value, &care), -1);
	/* 65 binary digits cannot be a 64-bit value. */
	text[0] = '#';
	memset(text + 1, '1', 65);
	text[66] = '\0';
	assert_int_equal(svd_parse_enum_value(text, &value, &care), -1);
}

static void test_bit_range(void **state)
{
	uint32_t msb = 99, lsb = 99;

	(void)state;
	assert_int_equal(svd_parse_bit_range("[7:4]", &msb, &lsb), 0);
	assert_int_equal(msb, 7);
	assert_int_equal(lsb, 4);
	assert_int_equal(svd_parse_bit_range("[31:0]", &msb, &lsb), 0);
	assert_int_equal(msb, 31);
	assert_int_equal(lsb, 0);
	assert_int_equal(svd_parse_bit_range("  [3:3]\n", &msb, &lsb), 0);
	assert_int_equal(msb, 3);
	assert_int_equal(lsb, 3);
	assert_int_equal(svd_parse_bit_range("[63:32]", &msb, &lsb), 0);
	assert_int_equal(msb, 63);
	assert_int_equal(lsb, 32);
}

static void test_bit_range_junk_rejected(void **state)
{
	static const char *const bad[] = {
	    "",	      "7:4",   "[7-4]", "[7:4", "[a:b]", "[-1:0]",
	    "[7:-4]", "(7:4)", "[7]",	"[:4]", "[7:]",	 "[1024:0]",
	};
	uint32_t msb, lsb;

	(void)state;
	assert_int_equal(svd_parse_bit_range(NULL, &msb, &lsb), -1);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (svd_parse_bit_range(bad[i], &msb, &lsb) != -1)
			fail_msg("bitRange '%s' was accepted", bad[i]);
}

/*
 * Regression: svd_parse_bit_range() accepts text after the closing bracket:
 * "[7:4]x" and "[7:4]]" return 0 (msb 7, lsb 4) because sscanf stops at
 * the ']' and nothing looks further, while svd_parse_integer() rejects
 * trailing junk. Expected: -1, as for any other text that is not
 * [msb:lsb] (CMSIS-SVD bitRangeType: \[([0-6])?[0-9]:([0-6])?[0-9]\]).
 */
static void test_bit_range_trailing_junk_rejected(void **state)
{
	uint32_t msb, lsb;

	(void)state;
	assert_int_equal(svd_parse_bit_range("[7:4]x", &msb, &lsb), -1);
	assert_int_equal(svd_parse_bit_range("[7:4]]", &msb, &lsb), -1);
	assert_int_equal(svd_parse_bit_range("[7:4] 3", &msb, &lsb), -1);
}

/* Parse a dimIndex that must be accepted and compare it with names. */
static void dim_index(const char *text, uint32_t count,
		      const char *const *names)
{
	struct svd_arena arena;
	char **index = NULL;

	svd_arena_init(&arena);
	assert_int_equal(svd_parse_dim_index(&arena, text, count, &index), 0);
	assert_non_null(index);
	for (uint32_t i = 0; i < count; i++)
		assert_string_equal(index[i], names[i]);
	svd_arena_free(&arena);
}

/* svd_parse_dim_index's result for text and count, the index dropped. */
static int dim_index_result(const char *text, uint32_t count)
{
	struct svd_arena arena;
	char **index = NULL;
	int result;

	svd_arena_init(&arena);
	result = svd_parse_dim_index(&arena, text, count, &index);
	svd_arena_free(&arena);
	return result;
}

static void test_dim_index_numeric_range(void **state)
{
	(void)state;
	dim_index("0-3", 4, (const char *const[]){"0", "1", "2", "3"});
	dim_index("4-7", 4, (const char *const[]){"4", "5", "6", "7"});
	dim_index("10-12", 3, (const char *const[]){"10", "11", "12"});
	dim_index("5-5", 1, (const char *const[]){"5"});
}

static void test_dim_index_letter_range(void **state)
{
	(void)state;
	dim_index("A-D", 4, (const char *const[]){"A", "B", "C", "D"});
	dim_index("X-Z", 3, (const char *const[]){"X", "Y", "Z"});
}

static void test_dim_index_list(void **state)
{
	(void)state;
	dim_index("A,B,C", 3, (const char *const[]){"A", "B", "C"});
	dim_index("TX,RX", 2, (const char *const[]){"TX", "RX"});
	dim_index(" x , y_1 ", 2, (const char *const[]){"x", "y_1"});
	dim_index("3,1,2", 3, (const char *const[]){"3", "1", "2"});
}

static void test_dim_index_default(void **state)
{
	(void)state;
	/* Without dimIndex the names are 0..dim-1. */
	dim_index(NULL, 3, (const char *const[]){"0", "1", "2"});
}

static void test_dim_index_count_mismatch_rejected(void **state)
{
	(void)state;
	assert_int_equal(dim_index_result("0-3", 3), -1);
	assert_int_equal(dim_index_result("0-3", 5), -1);
	assert_int_equal(dim_index_result("A-D", 3), -1);
	assert_int_equal(dim_index_result("A,B,C", 2), -1);
	assert_int_equal(dim_index_result("A,B,C", 4), -1);
}

static void test_dim_index_malformed_rejected(void **state)
{
	(void)state;
	assert_int_equal(dim_index_result("3-0", 4), -1);
	assert_int_equal(dim_index_result("D-A", 4), -1);
	assert_int_equal(dim_index_result("A,,B", 3), -1);
	assert_int_equal(dim_index_result("A,B-C", 2), -1);
	assert_int_equal(dim_index_result("a b,c", 2), -1);
	assert_int_equal(dim_index_result("0-x", 2), -1);
	assert_int_equal(dim_index_result("", 1), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_integer_decimal),
	    cmocka_unit_test(test_integer_hexadecimal),
	    cmocka_unit_test(test_integer_binary),
	    cmocka_unit_test(test_integer_scale_suffixes),
	    cmocka_unit_test(test_integer_overflow_rejected),
	    cmocka_unit_test(test_integer_junk_rejected),
	    cmocka_unit_test(test_enum_value_plain),
	    cmocka_unit_test(test_enum_value_dont_care),
	    cmocka_unit_test(test_enum_value_all_64_bits_free),
	    cmocka_unit_test(test_enum_value_junk_rejected),
	    cmocka_unit_test(test_bit_range),
	    cmocka_unit_test(test_bit_range_junk_rejected),
	    cmocka_unit_test(test_dim_index_numeric_range),
	    cmocka_unit_test(test_dim_index_letter_range),
	    cmocka_unit_test(test_dim_index_list),
	    cmocka_unit_test(test_dim_index_default),
	    cmocka_unit_test(test_dim_index_count_mismatch_rejected),
	    cmocka_unit_test(test_dim_index_malformed_rejected),
	    cmocka_unit_test(test_bit_range_trailing_junk_rejected),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

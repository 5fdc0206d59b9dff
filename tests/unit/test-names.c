// SPDX-License-Identifier: MIT
/*
 * names.c: every output context gets text that is safe in it, whatever
 * the SVD held. Each function is fed hostile strings (comment markers,
 * newlines, quotes, backslashes, '#', control bytes, non-ASCII, trigraphs,
 * very long text) and its result is checked exactly, or against the rules
 * of its context for random bytes.
 */
#include "unit-helpers.h"

#include "names.h"

static const char *comment_of(struct svd_buffer *buffer, const char *text)
{
	buffer->length = 0;
	svd_buffer_puts(buffer, "");
	svd_put_comment_text(buffer, text);
	return buffer->data;
}

static const char *literal_of(struct svd_buffer *buffer, const char *text)
{
	buffer->length = 0;
	svd_buffer_puts(buffer, "");
	svd_put_string_literal(buffer, text);
	return buffer->data;
}

static const char *make_of(struct svd_buffer *buffer, const char *text,
			   int *result)
{
	buffer->length = 0;
	svd_buffer_puts(buffer, "");
	*result = svd_put_make_target(buffer, text);
	return buffer->data;
}

static void test_reserved_table_sorted(void **state)
{
	size_t count = 0;

	(void)state;
	for (const char *previous = NULL, *name;
	     (name = svd_reserved_name(count)); previous = name, count++) {
		/* bsearch needs strcmp order, and every entry found. */
		if (previous)
			assert_true(strcmp(previous, name) < 0);
		assert_int_not_equal(svd_reserved_kind(name),
				     SVD_RESERVED_NONE);
	}
	assert_true(count > 250);
}

/*
 * svd_reserved_prefix: true for every beginning of a reserved name (and of
 * svdgen's own prefixes), false for beginnings no reserved name has.
 */
static void test_reserved_prefix(void **state)
{
	const char *name;

	(void)state;
	for (size_t i = 0; (name = svd_reserved_name(i)); i++)
		for (size_t length = 0; length <= strlen(name); length++)
			assert_true(svd_reserved_prefix(name, length));
	assert_true(svd_reserved_prefix("INT_", 4));
	assert_true(svd_reserved_prefix("INT_MAXIMUM", 7));
	assert_true(svd_reserved_prefix("SVDGEN_PERIPHERAL_", 18));
	assert_true(svd_reserved_prefix("svdgen_", 7));
	assert_true(svd_reserved_prefix("SVD", 3));
	assert_false(svd_reserved_prefix("GPIOA_", 6));
	assert_false(svd_reserved_prefix("INT_MAXIMUM", 11));
	assert_false(svd_reserved_prefix("SVDX_", 5));
	assert_false(svd_reserved_prefix(
	    "A_NAME_LONGER_THAN_ANY_RESERVED_NAME_OF_THE_TABLE_", 50));
}

static void test_reserved_kinds(void **state)
{
	(void)state;
	assert_int_equal(svd_reserved_kind("int"), SVD_RESERVED_KEYWORD);
	assert_int_equal(svd_reserved_kind("class"), SVD_RESERVED_KEYWORD);
	assert_int_equal(svd_reserved_kind("_Bool"), SVD_RESERVED_KEYWORD);
	/* The list, and the ones handled before. */
	assert_int_equal(svd_reserved_kind("uint32_t"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("errno"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("EOF"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("stdout"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("assert"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("INT32_MAX"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("NULL"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("offsetof"), SVD_RESERVED_LIBRARY);
	assert_int_equal(svd_reserved_kind("__IOM"), SVD_RESERVED_HEADER);
	assert_int_equal(svd_reserved_kind("__IM"), SVD_RESERVED_HEADER);
	assert_int_equal(svd_reserved_kind("SVDGEN_WRITE32"),
			 SVD_RESERVED_HEADER);
	assert_int_equal(svd_reserved_kind("SVDGEN_ANYTHING_LATER"),
			 SVD_RESERVED_HEADER);
	assert_int_equal(svd_reserved_kind("svdgen_assert_x"),
			 SVD_RESERVED_HEADER);
	/* Library functions are free: a register named div is common. */
	assert_int_equal(svd_reserved_kind("div"), SVD_RESERVED_NONE);
	assert_int_equal(svd_reserved_kind("printf"), SVD_RESERVED_NONE);
	/* Case matters in C: these are free. */
	assert_int_equal(svd_reserved_kind("Int"), SVD_RESERVED_NONE);
	assert_int_equal(svd_reserved_kind("eof"), SVD_RESERVED_NONE);
	assert_int_equal(svd_reserved_kind("GPIO"), SVD_RESERVED_NONE);
	assert_int_equal(svd_reserved_kind("SVDGEN"), SVD_RESERVED_NONE);
	assert_int_equal(svd_reserved_kind(""), SVD_RESERVED_NONE);
}

static void check_identifier(const char *name, const char *expected,
			     bool expected_changed)
{
	struct svd_arena arena;
	bool changed;

	svd_arena_init(&arena);
	assert_string_equal(svd_identifier(&arena, name, &changed), expected);
	assert_int_equal(changed, expected_changed);
	svd_arena_free(&arena);
}

static void test_identifier(void **state)
{
	char long_name[5001];

	(void)state;
	check_identifier("GPIO", "GPIO", false);
	check_identifier("", "_", true);
	check_identifier("2ND", "_2ND", true);
	check_identifier("X */ #define A 1 /*", "X_____define_A_1___", true);
	check_identifier("a\nb\rc\td", "a_b_c_d", true);
	check_identifier("D.h\"\nint x;", "D_h__int_x_", true);
	check_identifier("a\\b", "a_b", true);
	check_identifier("??/", "___", true);
	check_identifier("\x01\x7f", "__", true);
	/* Each byte of a UTF-8 sequence becomes one '_'. */
	check_identifier("\xc2\xb5s", "__s", true);
	check_identifier("int", "int_", true);
	check_identifier("uint32_t", "uint32_t_", true);
	check_identifier("SVDGEN_WRITE32", "SVDGEN_WRITE32_", true);
	check_identifier("__IOM", "__IOM_", true);
	/* Nothing is cut: long names stay whole. */
	memset(long_name, 'A', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	check_identifier(long_name, long_name, false);
	assert_true(svd_is_identifier("GPIO_A1"));
	assert_false(svd_is_identifier("errno"));
	assert_false(svd_is_identifier("1A"));
	assert_false(svd_is_identifier(""));
	assert_true(svd_is_identifier_prefix("X_"));
	assert_true(svd_is_identifier_prefix("int"));
	assert_false(svd_is_identifier_prefix("} int x; /* */ X_"));
	assert_false(svd_is_identifier_prefix("9"));
	assert_false(svd_is_identifier_prefix(""));
}

/* Cases that reach svd_identifier from SVD names: bad characters, leading
 * digits, keywords of C and C++, case. */
static void test_identifier_from_svd_names(void **state)
{
	(void)state;
	check_identifier("CR1", "CR1", false);
	check_identifier("_x", "_x", false);
	check_identifier("GPIO_A", "GPIO_A", false);
	/* Case matters: these are not keywords. */
	check_identifier("INT", "INT", false);
	check_identifier("Class", "Class", false);
	check_identifier("GPIO-A", "GPIO_A", true);
	check_identifier("a.b c", "a_b_c", true);
	check_identifier("CR[1]", "CR_1_", true);
	check_identifier("x\xc3\xa9y", "x__y", true);
	check_identifier("3V3", "_3V3", true);
	check_identifier("0", "_0", true);
	check_identifier("1-2", "_1_2", true);
	check_identifier("int", "int_", true);
	check_identifier("register", "register_", true);
	check_identifier("_Bool", "_Bool_", true);
	check_identifier("restrict", "restrict_", true);
	/* C++ keywords too: headers are compiled as C++. */
	check_identifier("class", "class_", true);
	check_identifier("delete", "delete_", true);
	check_identifier("private", "private_", true);
	/* A name that becomes a keyword after sanitising. */
	check_identifier("in-t", "in_t", true);
}

/* svd_identifier_join gives what svd_identifier gives for first_second. */
static void check_join(const char *first, const char *second,
		       const char *expected)
{
	struct svd_arena arena;
	char buffer[128];
	bool changed;
	size_t length;

	svd_arena_init(&arena);
	length = svd_identifier_join(buffer, first, second);
	assert_string_equal(buffer, expected);
	assert_int_equal(length, strlen(expected));
	assert_string_equal(
	    svd_identifier(&arena,
			   svd_arena_printf(&arena, "%s_%s", first, second),
			   &changed),
	    expected);
	svd_arena_free(&arena);
}

static void test_identifier_join(void **state)
{
	(void)state;
	check_join("GPIOA_MODER_MODE0", "Input", "GPIOA_MODER_MODE0_Input");
	check_join("", "", "_");
	check_join("", "2", "_2");
	check_join("2ND", "x", "_2ND_x");
	check_join("A.B", "c d", "A_B_c_d");
	check_join("\xc2\xb5", "s", "___s");
	/* Reserved as a whole, at the longest reserved name and past it. */
	check_join("uint32", "t", "uint32_t_");
	check_join("SVDGEN", "ANYTHING_LATER", "SVDGEN_ANYTHING_LATER_");
	check_join("__bool_true_false_are", "defined",
		   "__bool_true_false_are_defined_");
	check_join("__bool_true_false_are", "defined2",
		   "__bool_true_false_are_defined2");
	check_join("x__bool_true_false_are", "defined",
		   "x__bool_true_false_are_defined");
}

static void test_comment_text(void **state)
{
	struct svd_buffer buffer = {0};
	char long_text[2001];
	const char *result;

	(void)state;
	assert_string_equal(comment_of(&buffer, "plain text"), "plain text");
	assert_string_equal(comment_of(&buffer, "X */ #define A 1 /*"),
			    "X * / #define A 1 / *");
	assert_string_equal(comment_of(&buffer, "a*/*/b"), "a* / * /b");
	assert_string_equal(comment_of(&buffer, "/*/"), "/ * /");
	assert_string_equal(comment_of(&buffer, "  line\n\r\tnext\n"),
			    "line next");
	assert_string_equal(comment_of(&buffer, "end??/"), "end? ?/");
	assert_string_equal(comment_of(&buffer, "???/"), "? ? ?/");
	assert_string_equal(comment_of(&buffer, "back\\\nslash"),
			    "back\\ slash");
	assert_string_equal(comment_of(&buffer, "# \"quoted\" 'x'"),
			    "# \"quoted\" 'x'");
	assert_string_equal(comment_of(&buffer, "bell\x07\x1b[2Jx\x7f"),
			    "bell [2Jx");
	/* Whole UTF-8 sequences stay, broken ones go. */
	assert_string_equal(comment_of(&buffer, "10 \xc2\xb5s"),
			    "10 \xc2\xb5s");
	assert_string_equal(comment_of(&buffer, "a\xc2z\x80\xff"), "a z");
	/* A dropped byte cannot join its neighbours into a marker. */
	assert_string_equal(comment_of(&buffer, "*\xc3/?\x80?"), "* /? ?");
	assert_string_equal(comment_of(&buffer, NULL), "");
	/* At most SVD_COMMENT_TEXT_LIMIT characters. */
	memset(long_text, '*', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	long_text[1000] = '/';
	result = comment_of(&buffer, long_text);
	assert_int_equal(strlen(result), SVD_COMMENT_TEXT_LIMIT);
	assert_null(strstr(result, "*/"));
	/*
	 * Plain text, appended in runs, stops at the limit too; the space
	 * that white space becomes is not counted.
	 */
	memset(long_text, 'a', sizeof(long_text) - 1);
	long_text[10] = '\t';
	long_text[11] = '\n';
	result = comment_of(&buffer, long_text);
	assert_int_equal(strlen(result), SVD_COMMENT_TEXT_LIMIT + 1);
	assert_int_equal(result[10], ' ');
	assert_int_equal(result[11], 'a');
	assert_int_equal(result[SVD_COMMENT_TEXT_LIMIT], 'a');
	free(buffer.data);
}

static void test_comment_text_random(void **state)
{
	struct svd_buffer buffer = {0};
	char text[64];
	unsigned seed = 12345;

	(void)state;
	/* Bytes from a small alphabet of troublemakers, many times over. */
	for (int round = 0; round < 20000; round++) {
		static const char alphabet[] = "*/?\\\n\r\t \"#a\x01\xc3\xa9";
		size_t length = (seed = seed * 1103515245 + 12345) >> 16 & 63;
		const char *result;

		for (size_t i = 0; i < length; i++) {
			seed = seed * 1103515245 + 12345;
			text[i] =
			    alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
		}
		text[length] = '\0';
		result = comment_of(&buffer, text);
		assert_null(strstr(result, "*/"));
		assert_null(strstr(result, "/*"));
		assert_null(strstr(result, "??"));
		for (const char *c = result; *c; c++) {
			assert_true((unsigned char)*c >= ' ');
			assert_true(*c != '\\' || c[1] == ' ' || !c[1]);
		}
		/* Nothing but complete sequences survive. */
		if (*result)
			assert_true(result[strlen(result) - 1] != '\xc3');
	}
	free(buffer.data);
}

static void test_string_literal(void **state)
{
	struct svd_buffer buffer = {0};

	(void)state;
	assert_string_equal(literal_of(&buffer, "RESET"), "\"RESET\"");
	assert_string_equal(literal_of(&buffer, ""), "\"\"");
	assert_string_equal(literal_of(&buffer, "a\"b\\c"), "\"a\\\"b\\\\c\"");
	/* ? escaped so that no trigraph can form. */
	assert_string_equal(literal_of(&buffer, "??/"), "\"\\?\\?/\"");
	assert_string_equal(literal_of(&buffer, "x\n#define Y 1"),
			    "\"x\\012#define Y 1\"");
	/* Three digits: a following digit cannot join the escape. */
	assert_string_equal(literal_of(&buffer, "\x01"
						"7\xc3\xa9"),
			    "\"\\0017\\303\\251\"");
	free(buffer.data);
}

static void check_file_stem(const char *text, const char *expected,
			    bool expected_changed)
{
	struct svd_arena arena;
	bool changed;

	svd_arena_init(&arena);
	assert_string_equal(svd_file_stem(&arena, text, &changed), expected);
	assert_int_equal(changed, expected_changed);
	svd_arena_free(&arena);
}

static void test_file_stem(void **state)
{
	char long_text[301], expected[SVD_FILE_STEM_LIMIT + 1];

	(void)state;
	check_file_stem("STM32F401", "stm32f401", false);
	check_file_stem("../../etc/passwd", "______etc_passwd", true);
	check_file_stem("/abs", "_abs", true);
	check_file_stem(".hidden", "_hidden", true);
	check_file_stem("", "_", true);
	check_file_stem("D.h\"\nint x;", "d_h__int_x_", true);
	check_file_stem("a\\b:c*?", "a_b_c__", true);
	check_file_stem("\xc2\xb5", "__", true);
	/* A keyword is a fine file name. */
	check_file_stem("int", "int", false);
	memset(long_text, 'B', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	memset(expected, 'b', sizeof(expected) - 1);
	expected[sizeof(expected) - 1] = '\0';
	check_file_stem(long_text, expected, true);
}

static void test_foreign_file_stem(void **state)
{
	struct svd_arena arena;
	char long_text[301];

	(void)state;
	svd_arena_init(&arena);
	assert_string_equal(svd_foreign_file_stem(&arena, "STM32F4xx"),
			    "STM32F4xx");
	assert_string_equal(svd_foreign_file_stem(&arena, "D.h\"\nx"),
			    "D_h__x");
	assert_string_equal(svd_foreign_file_stem(&arena, ""), "_");
	/* Capped like our own: an #include of it must be openable. */
	memset(long_text, 'B', sizeof(long_text) - 1);
	long_text[sizeof(long_text) - 1] = '\0';
	assert_int_equal(strlen(svd_foreign_file_stem(&arena, long_text)),
			 SVD_FILE_STEM_LIMIT);
	svd_arena_free(&arena);
}

static void check_make(const char *text, const char *expected)
{
	struct svd_buffer buffer = {0};
	int result;

	assert_string_equal(make_of(&buffer, text, &result), expected);
	assert_int_equal(result, 0);
	free(buffer.data);
}

static void check_make_refused(const char *text)
{
	struct svd_buffer buffer = {0};
	int result;

	assert_string_equal(make_of(&buffer, text, &result), "");
	assert_int_equal(result, -1);
	free(buffer.data);
}

static void test_make_target(void **state)
{
	(void)state;
	check_make("out/dev.h", "out/dev.h");
	check_make("my board.svd", "my\\ board.svd");
	check_make("a:b", "a\\:b");
	check_make("x#y", "x\\#y");
	check_make("$(shell rm -rf /)", "$$(shell\\ rm\\ -rf\\ /)");
	check_make("pc%t", "pc\\%t");
	/* Backslashes before an escaped character are doubled, as gcc does. */
	check_make("a\\ b", "a\\\\\\ b");
	check_make("c:\\dir\\f", "c\\:\\dir\\f");
	check_make("end\\", "end\\\\");
	check_make("\xc3\xa9", "\xc3\xa9");
	check_make_refused("");
	check_make_refused("a\nb: c");
	check_make_refused("a\rb");
	check_make_refused("a\tb");
	check_make_refused("\x7f");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reserved_table_sorted),
	    cmocka_unit_test(test_reserved_prefix),
	    cmocka_unit_test(test_reserved_kinds),
	    cmocka_unit_test(test_identifier),
	    cmocka_unit_test(test_identifier_from_svd_names),
	    cmocka_unit_test(test_identifier_join),
	    cmocka_unit_test(test_comment_text),
	    cmocka_unit_test(test_comment_text_random),
	    cmocka_unit_test(test_string_literal),
	    cmocka_unit_test(test_file_stem),
	    cmocka_unit_test(test_foreign_file_stem),
	    cmocka_unit_test(test_make_target),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

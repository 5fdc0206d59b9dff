// SPDX-License-Identifier: MIT
/*
 * One function per context that SVD text can reach in a generated file.
 * None of them can fail on odd input: whatever the text holds, the result
 * is a valid identifier, comment body, string literal, file name or make
 * target that says no more than the text did.
 */
#include "names.h"

#include <stdlib.h>
#include <string.h>

struct reserved_name {
	const char *name;
	enum svd_reserved_kind kind;
};

/*
 * Sorted by strcmp (tests/unit/test-names checks the order) so a lookup is
 * a binary search: every name of a 16 MB SVD passes through here. The
 * CMSIS configuration macros are every one naming.c may write (its cores
 * and core_feature), the __CORE_REV of each core included.
 */
static const struct reserved_name reserved_names[] = {
    {"BUFSIZ", SVD_RESERVED_LIBRARY},
    {"CHAR_BIT", SVD_RESERVED_LIBRARY},
    {"CHAR_MAX", SVD_RESERVED_LIBRARY},
    {"CHAR_MIN", SVD_RESERVED_LIBRARY},
    {"EDOM", SVD_RESERVED_LIBRARY},
    {"EILSEQ", SVD_RESERVED_LIBRARY},
    {"EOF", SVD_RESERVED_LIBRARY},
    {"ERANGE", SVD_RESERVED_LIBRARY},
    {"EXIT_FAILURE", SVD_RESERVED_LIBRARY},
    {"EXIT_SUCCESS", SVD_RESERVED_LIBRARY},
    {"FILE", SVD_RESERVED_LIBRARY},
    {"FILENAME_MAX", SVD_RESERVED_LIBRARY},
    {"FOPEN_MAX", SVD_RESERVED_LIBRARY},
    {"INT16_C", SVD_RESERVED_LIBRARY},
    {"INT16_MAX", SVD_RESERVED_LIBRARY},
    {"INT16_MIN", SVD_RESERVED_LIBRARY},
    {"INT32_C", SVD_RESERVED_LIBRARY},
    {"INT32_MAX", SVD_RESERVED_LIBRARY},
    {"INT32_MIN", SVD_RESERVED_LIBRARY},
    {"INT64_C", SVD_RESERVED_LIBRARY},
    {"INT64_MAX", SVD_RESERVED_LIBRARY},
    {"INT64_MIN", SVD_RESERVED_LIBRARY},
    {"INT8_C", SVD_RESERVED_LIBRARY},
    {"INT8_MAX", SVD_RESERVED_LIBRARY},
    {"INT8_MIN", SVD_RESERVED_LIBRARY},
    {"INTMAX_C", SVD_RESERVED_LIBRARY},
    {"INTMAX_MAX", SVD_RESERVED_LIBRARY},
    {"INTMAX_MIN", SVD_RESERVED_LIBRARY},
    {"INTPTR_MAX", SVD_RESERVED_LIBRARY},
    {"INTPTR_MIN", SVD_RESERVED_LIBRARY},
    {"INT_FAST16_MAX", SVD_RESERVED_LIBRARY},
    {"INT_FAST16_MIN", SVD_RESERVED_LIBRARY},
    {"INT_FAST32_MAX", SVD_RESERVED_LIBRARY},
    {"INT_FAST32_MIN", SVD_RESERVED_LIBRARY},
    {"INT_FAST64_MAX", SVD_RESERVED_LIBRARY},
    {"INT_FAST64_MIN", SVD_RESERVED_LIBRARY},
    {"INT_FAST8_MAX", SVD_RESERVED_LIBRARY},
    {"INT_FAST8_MIN", SVD_RESERVED_LIBRARY},
    {"INT_LEAST16_MAX", SVD_RESERVED_LIBRARY},
    {"INT_LEAST16_MIN", SVD_RESERVED_LIBRARY},
    {"INT_LEAST32_MAX", SVD_RESERVED_LIBRARY},
    {"INT_LEAST32_MIN", SVD_RESERVED_LIBRARY},
    {"INT_LEAST64_MAX", SVD_RESERVED_LIBRARY},
    {"INT_LEAST64_MIN", SVD_RESERVED_LIBRARY},
    {"INT_LEAST8_MAX", SVD_RESERVED_LIBRARY},
    {"INT_LEAST8_MIN", SVD_RESERVED_LIBRARY},
    {"INT_MAX", SVD_RESERVED_LIBRARY},
    {"INT_MIN", SVD_RESERVED_LIBRARY},
    {"LLONG_MAX", SVD_RESERVED_LIBRARY},
    {"LLONG_MIN", SVD_RESERVED_LIBRARY},
    {"LONG_MAX", SVD_RESERVED_LIBRARY},
    {"LONG_MIN", SVD_RESERVED_LIBRARY},
    {"L_tmpnam", SVD_RESERVED_LIBRARY},
    {"MB_CUR_MAX", SVD_RESERVED_LIBRARY},
    {"MB_LEN_MAX", SVD_RESERVED_LIBRARY},
    {"NDEBUG", SVD_RESERVED_LIBRARY},
    {"NULL", SVD_RESERVED_LIBRARY},
    {"PTRDIFF_MAX", SVD_RESERVED_LIBRARY},
    {"PTRDIFF_MIN", SVD_RESERVED_LIBRARY},
    {"RAND_MAX", SVD_RESERVED_LIBRARY},
    {"SCHAR_MAX", SVD_RESERVED_LIBRARY},
    {"SCHAR_MIN", SVD_RESERVED_LIBRARY},
    {"SEEK_CUR", SVD_RESERVED_LIBRARY},
    {"SEEK_END", SVD_RESERVED_LIBRARY},
    {"SEEK_SET", SVD_RESERVED_LIBRARY},
    {"SHRT_MAX", SVD_RESERVED_LIBRARY},
    {"SHRT_MIN", SVD_RESERVED_LIBRARY},
    {"SIG_ATOMIC_MAX", SVD_RESERVED_LIBRARY},
    {"SIG_ATOMIC_MIN", SVD_RESERVED_LIBRARY},
    {"SIZE_MAX", SVD_RESERVED_LIBRARY},
    {"TMP_MAX", SVD_RESERVED_LIBRARY},
    {"UCHAR_MAX", SVD_RESERVED_LIBRARY},
    {"UINT16_C", SVD_RESERVED_LIBRARY},
    {"UINT16_MAX", SVD_RESERVED_LIBRARY},
    {"UINT32_C", SVD_RESERVED_LIBRARY},
    {"UINT32_MAX", SVD_RESERVED_LIBRARY},
    {"UINT64_C", SVD_RESERVED_LIBRARY},
    {"UINT64_MAX", SVD_RESERVED_LIBRARY},
    {"UINT8_C", SVD_RESERVED_LIBRARY},
    {"UINT8_MAX", SVD_RESERVED_LIBRARY},
    {"UINTMAX_C", SVD_RESERVED_LIBRARY},
    {"UINTMAX_MAX", SVD_RESERVED_LIBRARY},
    {"UINTPTR_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_FAST16_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_FAST32_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_FAST64_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_FAST8_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_LEAST16_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_LEAST32_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_LEAST64_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_LEAST8_MAX", SVD_RESERVED_LIBRARY},
    {"UINT_MAX", SVD_RESERVED_LIBRARY},
    {"ULLONG_MAX", SVD_RESERVED_LIBRARY},
    {"ULONG_MAX", SVD_RESERVED_LIBRARY},
    {"USHRT_MAX", SVD_RESERVED_LIBRARY},
    {"WCHAR_MAX", SVD_RESERVED_LIBRARY},
    {"WCHAR_MIN", SVD_RESERVED_LIBRARY},
    {"WINT_MAX", SVD_RESERVED_LIBRARY},
    {"WINT_MIN", SVD_RESERVED_LIBRARY},
    {"_Alignas", SVD_RESERVED_KEYWORD},
    {"_Alignof", SVD_RESERVED_KEYWORD},
    {"_Atomic", SVD_RESERVED_KEYWORD},
    {"_Bool", SVD_RESERVED_KEYWORD},
    {"_Complex", SVD_RESERVED_KEYWORD},
    {"_Generic", SVD_RESERVED_KEYWORD},
    {"_IOFBF", SVD_RESERVED_LIBRARY},
    {"_IOLBF", SVD_RESERVED_LIBRARY},
    {"_IONBF", SVD_RESERVED_LIBRARY},
    {"_Imaginary", SVD_RESERVED_KEYWORD},
    {"_Noreturn", SVD_RESERVED_KEYWORD},
    {"_Static_assert", SVD_RESERVED_KEYWORD},
    {"_Thread_local", SVD_RESERVED_KEYWORD},
    {"__ARMV81MML_REV", SVD_RESERVED_HEADER},
    {"__ARMV8MBL_REV", SVD_RESERVED_HEADER},
    {"__ARMV8MML_REV", SVD_RESERVED_HEADER},
    {"__CA15_REV", SVD_RESERVED_HEADER},
    {"__CA17_REV", SVD_RESERVED_HEADER},
    {"__CA53_REV", SVD_RESERVED_HEADER},
    {"__CA57_REV", SVD_RESERVED_HEADER},
    {"__CA5_REV", SVD_RESERVED_HEADER},
    {"__CA72_REV", SVD_RESERVED_HEADER},
    {"__CA7_REV", SVD_RESERVED_HEADER},
    {"__CA8_REV", SVD_RESERVED_HEADER},
    {"__CA9_REV", SVD_RESERVED_HEADER},
    {"__CM0PLUS_REV", SVD_RESERVED_HEADER},
    {"__CM0_REV", SVD_RESERVED_HEADER},
    {"__CM1_REV", SVD_RESERVED_HEADER},
    {"__CM23_REV", SVD_RESERVED_HEADER},
    {"__CM33_REV", SVD_RESERVED_HEADER},
    {"__CM35P_REV", SVD_RESERVED_HEADER},
    {"__CM35_REV", SVD_RESERVED_HEADER},
    {"__CM3_REV", SVD_RESERVED_HEADER},
    {"__CM4_REV", SVD_RESERVED_HEADER},
    {"__CM52_REV", SVD_RESERVED_HEADER},
    {"__CM55_REV", SVD_RESERVED_HEADER},
    {"__CM7_REV", SVD_RESERVED_HEADER},
    {"__CM85_REV", SVD_RESERVED_HEADER},
    {"__DCACHE_PRESENT", SVD_RESERVED_HEADER},
    {"__DSP_PRESENT", SVD_RESERVED_HEADER},
    {"__DTCM_PRESENT", SVD_RESERVED_HEADER},
    {"__FPU_DP", SVD_RESERVED_HEADER},
    {"__FPU_PRESENT", SVD_RESERVED_HEADER},
    {"__GNUC__", SVD_RESERVED_HEADER},
    {"__I", SVD_RESERVED_HEADER},
    {"__ICACHE_PRESENT", SVD_RESERVED_HEADER},
    {"__IM", SVD_RESERVED_HEADER},
    {"__IO", SVD_RESERVED_HEADER},
    {"__IOM", SVD_RESERVED_HEADER},
    {"__ITCM_PRESENT", SVD_RESERVED_HEADER},
    {"__MPU_PRESENT", SVD_RESERVED_HEADER},
    {"__MVE_FP", SVD_RESERVED_HEADER},
    {"__MVE_PRESENT", SVD_RESERVED_HEADER},
    {"__NVIC_PRIO_BITS", SVD_RESERVED_HEADER},
    {"__O", SVD_RESERVED_HEADER},
    {"__OM", SVD_RESERVED_HEADER},
    {"__OTHER_REV", SVD_RESERVED_HEADER},
    {"__PMU_NUM_EVENTCNT", SVD_RESERVED_HEADER},
    {"__PMU_PRESENT", SVD_RESERVED_HEADER},
    {"__SAUREGION_PRESENT", SVD_RESERVED_HEADER},
    {"__SC000_REV", SVD_RESERVED_HEADER},
    {"__SC300_REV", SVD_RESERVED_HEADER},
    {"__SMC1_REV", SVD_RESERVED_HEADER},
    {"__STDC_VERSION__", SVD_RESERVED_HEADER},
    {"__STDC__", SVD_RESERVED_HEADER},
    {"__VTOR_PRESENT", SVD_RESERVED_HEADER},
    {"__Vendor_SysTickConfig", SVD_RESERVED_HEADER},
    {"__attribute__", SVD_RESERVED_HEADER},
    {"__bool_true_false_are_defined", SVD_RESERVED_LIBRARY},
    {"__clang__", SVD_RESERVED_HEADER},
    {"__cplusplus", SVD_RESERVED_HEADER},
    {"__extension__", SVD_RESERVED_HEADER},
    {"alignas", SVD_RESERVED_KEYWORD},
    {"alignof", SVD_RESERVED_KEYWORD},
    {"and", SVD_RESERVED_KEYWORD},
    {"and_eq", SVD_RESERVED_KEYWORD},
    {"asm", SVD_RESERVED_KEYWORD},
    {"assert", SVD_RESERVED_LIBRARY},
    {"auto", SVD_RESERVED_KEYWORD},
    {"bitand", SVD_RESERVED_KEYWORD},
    {"bitor", SVD_RESERVED_KEYWORD},
    {"bool", SVD_RESERVED_KEYWORD},
    {"break", SVD_RESERVED_KEYWORD},
    {"case", SVD_RESERVED_KEYWORD},
    {"catch", SVD_RESERVED_KEYWORD},
    {"char", SVD_RESERVED_KEYWORD},
    {"char16_t", SVD_RESERVED_KEYWORD},
    {"char32_t", SVD_RESERVED_KEYWORD},
    {"class", SVD_RESERVED_KEYWORD},
    {"compl", SVD_RESERVED_KEYWORD},
    {"const", SVD_RESERVED_KEYWORD},
    {"const_cast", SVD_RESERVED_KEYWORD},
    {"constexpr", SVD_RESERVED_KEYWORD},
    {"continue", SVD_RESERVED_KEYWORD},
    {"decltype", SVD_RESERVED_KEYWORD},
    {"default", SVD_RESERVED_KEYWORD},
    {"defined", SVD_RESERVED_HEADER},
    {"delete", SVD_RESERVED_KEYWORD},
    {"div_t", SVD_RESERVED_LIBRARY},
    {"do", SVD_RESERVED_KEYWORD},
    {"double", SVD_RESERVED_KEYWORD},
    {"dynamic_cast", SVD_RESERVED_KEYWORD},
    {"else", SVD_RESERVED_KEYWORD},
    {"enum", SVD_RESERVED_KEYWORD},
    {"errno", SVD_RESERVED_LIBRARY},
    {"explicit", SVD_RESERVED_KEYWORD},
    {"export", SVD_RESERVED_KEYWORD},
    {"extern", SVD_RESERVED_KEYWORD},
    {"false", SVD_RESERVED_KEYWORD},
    {"float", SVD_RESERVED_KEYWORD},
    {"for", SVD_RESERVED_KEYWORD},
    {"fpos_t", SVD_RESERVED_LIBRARY},
    {"friend", SVD_RESERVED_KEYWORD},
    {"goto", SVD_RESERVED_KEYWORD},
    {"if", SVD_RESERVED_KEYWORD},
    {"inline", SVD_RESERVED_KEYWORD},
    {"int", SVD_RESERVED_KEYWORD},
    {"int16_t", SVD_RESERVED_LIBRARY},
    {"int32_t", SVD_RESERVED_LIBRARY},
    {"int64_t", SVD_RESERVED_LIBRARY},
    {"int8_t", SVD_RESERVED_LIBRARY},
    {"int_fast16_t", SVD_RESERVED_LIBRARY},
    {"int_fast32_t", SVD_RESERVED_LIBRARY},
    {"int_fast64_t", SVD_RESERVED_LIBRARY},
    {"int_fast8_t", SVD_RESERVED_LIBRARY},
    {"int_least16_t", SVD_RESERVED_LIBRARY},
    {"int_least32_t", SVD_RESERVED_LIBRARY},
    {"int_least64_t", SVD_RESERVED_LIBRARY},
    {"int_least8_t", SVD_RESERVED_LIBRARY},
    {"intmax_t", SVD_RESERVED_LIBRARY},
    {"intptr_t", SVD_RESERVED_LIBRARY},
    {"ldiv_t", SVD_RESERVED_LIBRARY},
    {"lldiv_t", SVD_RESERVED_LIBRARY},
    {"long", SVD_RESERVED_KEYWORD},
    {"max_align_t", SVD_RESERVED_LIBRARY},
    {"mutable", SVD_RESERVED_KEYWORD},
    {"namespace", SVD_RESERVED_KEYWORD},
    {"new", SVD_RESERVED_KEYWORD},
    {"noexcept", SVD_RESERVED_KEYWORD},
    {"not", SVD_RESERVED_KEYWORD},
    {"not_eq", SVD_RESERVED_KEYWORD},
    {"nullptr", SVD_RESERVED_KEYWORD},
    {"offsetof", SVD_RESERVED_LIBRARY},
    {"operator", SVD_RESERVED_KEYWORD},
    {"or", SVD_RESERVED_KEYWORD},
    {"or_eq", SVD_RESERVED_KEYWORD},
    {"packed", SVD_RESERVED_HEADER},
    {"private", SVD_RESERVED_KEYWORD},
    {"protected", SVD_RESERVED_KEYWORD},
    {"ptrdiff_t", SVD_RESERVED_LIBRARY},
    {"public", SVD_RESERVED_KEYWORD},
    {"register", SVD_RESERVED_KEYWORD},
    {"reinterpret_cast", SVD_RESERVED_KEYWORD},
    {"restrict", SVD_RESERVED_KEYWORD},
    {"return", SVD_RESERVED_KEYWORD},
    {"short", SVD_RESERVED_KEYWORD},
    {"signed", SVD_RESERVED_KEYWORD},
    {"size_t", SVD_RESERVED_LIBRARY},
    {"sizeof", SVD_RESERVED_KEYWORD},
    {"static", SVD_RESERVED_KEYWORD},
    {"static_assert", SVD_RESERVED_KEYWORD},
    {"static_cast", SVD_RESERVED_KEYWORD},
    {"std", SVD_RESERVED_HEADER},
    {"stderr", SVD_RESERVED_LIBRARY},
    {"stdin", SVD_RESERVED_LIBRARY},
    {"stdout", SVD_RESERVED_LIBRARY},
    {"struct", SVD_RESERVED_KEYWORD},
    {"switch", SVD_RESERVED_KEYWORD},
    {"template", SVD_RESERVED_KEYWORD},
    {"this", SVD_RESERVED_KEYWORD},
    {"thread_local", SVD_RESERVED_KEYWORD},
    {"throw", SVD_RESERVED_KEYWORD},
    {"true", SVD_RESERVED_KEYWORD},
    {"try", SVD_RESERVED_KEYWORD},
    {"typedef", SVD_RESERVED_KEYWORD},
    {"typeid", SVD_RESERVED_KEYWORD},
    {"typename", SVD_RESERVED_KEYWORD},
    {"uint16_t", SVD_RESERVED_LIBRARY},
    {"uint32_t", SVD_RESERVED_LIBRARY},
    {"uint64_t", SVD_RESERVED_LIBRARY},
    {"uint8_t", SVD_RESERVED_LIBRARY},
    {"uint_fast16_t", SVD_RESERVED_LIBRARY},
    {"uint_fast32_t", SVD_RESERVED_LIBRARY},
    {"uint_fast64_t", SVD_RESERVED_LIBRARY},
    {"uint_fast8_t", SVD_RESERVED_LIBRARY},
    {"uint_least16_t", SVD_RESERVED_LIBRARY},
    {"uint_least32_t", SVD_RESERVED_LIBRARY},
    {"uint_least64_t", SVD_RESERVED_LIBRARY},
    {"uint_least8_t", SVD_RESERVED_LIBRARY},
    {"uintmax_t", SVD_RESERVED_LIBRARY},
    {"uintptr_t", SVD_RESERVED_LIBRARY},
    {"union", SVD_RESERVED_KEYWORD},
    {"unsigned", SVD_RESERVED_KEYWORD},
    {"using", SVD_RESERVED_KEYWORD},
    {"va_arg", SVD_RESERVED_LIBRARY},
    {"va_copy", SVD_RESERVED_LIBRARY},
    {"va_end", SVD_RESERVED_LIBRARY},
    {"va_list", SVD_RESERVED_LIBRARY},
    {"va_start", SVD_RESERVED_LIBRARY},
    {"virtual", SVD_RESERVED_KEYWORD},
    {"void", SVD_RESERVED_KEYWORD},
    {"volatile", SVD_RESERVED_KEYWORD},
    {"wchar_t", SVD_RESERVED_KEYWORD},
    {"while", SVD_RESERVED_KEYWORD},
    {"xor", SVD_RESERVED_KEYWORD},
    {"xor_eq", SVD_RESERVED_KEYWORD},
};

const char *svd_reserved_name(size_t index)
{
	if (index >= sizeof(reserved_names) / sizeof(reserved_names[0]))
		return NULL;
	return reserved_names[index].name;
}

static int compare_reserved(const void *key, const void *element)
{
	return strcmp(key, ((const struct reserved_name *)element)->name);
}

/* The length of the longest reserved name, counted once. */
static size_t longest_reserved_name(void)
{
	static size_t longest;

	if (!longest)
		for (size_t i = 0;
		     i < sizeof(reserved_names) / sizeof(reserved_names[0]);
		     i++)
			if (strlen(reserved_names[i].name) > longest)
				longest = strlen(reserved_names[i].name);
	return longest;
}

#define RESERVED_COUNT (sizeof(reserved_names) / sizeof(reserved_names[0]))

/*
 * Where the reserved names starting with byte c begin in the sorted table;
 * they end where those of c + 1 begin. Worked out once: most names start
 * with a byte few or no reserved names start with, so a lookup looks at
 * those few only.
 */
static size_t first_byte_start(unsigned c)
{
	static size_t start[257];
	static bool ready;

	if (!ready) {
		size_t index = 0;

		for (unsigned byte = 0; byte < 257; byte++) {
			while (index < RESERVED_COUNT &&
			       (unsigned char)reserved_names[index].name[0] <
				   byte)
				index++;
			start[byte] = index;
		}
		ready = true;
	}
	return start[c];
}

enum svd_reserved_kind svd_reserved_kind(const char *name)
{
	const struct reserved_name *found;
	size_t longest = longest_reserved_name(), length = 0, first, last;

	/* svdgen's own macros, today's and tomorrow's. */
	if ((*name == 'S' || *name == 's') &&
	    (strncmp(name, "SVDGEN_", 7) == 0 ||
	     strncmp(name, "svdgen_", 7) == 0))
		return SVD_RESERVED_HEADER;
	/* Most names start with a byte no reserved name starts with. */
	first = first_byte_start((unsigned char)*name);
	last = first_byte_start((unsigned char)*name + 1u);
	if (first == last)
		return SVD_RESERVED_NONE;
	/* Or are longer than any reserved one: no search. */
	while (length <= longest && name[length])
		length++;
	if (length > longest)
		return SVD_RESERVED_NONE;
	found = bsearch(name, reserved_names + first, last - first,
			sizeof(reserved_names[0]), compare_reserved);
	return found ? found->kind : SVD_RESERVED_NONE;
}

bool svd_reserved_prefix(const char *prefix, size_t length)
{
	size_t low, high, own = length < 7 ? length : 7;

	if (strncmp(prefix, "SVDGEN_", own) == 0 ||
	    strncmp(prefix, "svdgen_", own) == 0)
		return true;
	if (length > longest_reserved_name())
		return false;
	low = first_byte_start((unsigned char)*prefix);
	high = first_byte_start((unsigned char)*prefix + 1u);
	/* The first reserved name not before prefix: the only candidate. */
	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (strncmp(reserved_names[middle].name, prefix, length) < 0)
			low = middle + 1;
		else
			high = middle;
	}
	return low < first_byte_start((unsigned char)*prefix + 1u) &&
	       strncmp(reserved_names[low].name, prefix, length) == 0;
}

/* The C locale's idea of a letter or digit, whatever the locale is. */
static bool is_identifier_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_';
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

bool svd_is_identifier_prefix(const char *text)
{
	if (!*text || is_digit((unsigned char)*text))
		return false;
	for (const char *c = text; *c; c++)
		if (!is_identifier_byte((unsigned char)*c))
			return false;
	return true;
}

bool svd_is_identifier(const char *text)
{
	return svd_is_identifier_prefix(text) &&
	       svd_reserved_kind(text) == SVD_RESERVED_NONE;
}

const char *svd_identifier(struct svd_arena *arena, const char *name,
			   bool *changed)
{
	size_t length = strlen(name);
	bool leading_underscore = length == 0 || is_digit((unsigned char)*name);
	char *result = svd_arena_alloc(arena, length + 3);
	size_t out = 0;

	*changed = leading_underscore;
	if (leading_underscore)
		result[out++] = '_';
	for (size_t i = 0; i < length; i++) {
		unsigned char c = (unsigned char)name[i];

		if (is_identifier_byte(c)) {
			result[out++] = (char)c;
		} else {
			result[out++] = '_';
			*changed = true;
		}
	}
	result[out] = '\0';
	if (svd_reserved_kind(result) != SVD_RESERVED_NONE) {
		result[out++] = '_';
		result[out] = '\0';
		*changed = true;
	}
	return result;
}

size_t svd_identifier_join(char *buffer, const char *first, const char *second)
{
	size_t out = 0;

	/* The joined name is never empty; it starts with first, or '_'. */
	if (is_digit((unsigned char)*first))
		buffer[out++] = '_';
	for (const char *c = first; *c; c++)
		buffer[out++] =
		    is_identifier_byte((unsigned char)*c) ? *c : '_';
	buffer[out++] = '_';
	for (const char *c = second; *c; c++)
		buffer[out++] =
		    is_identifier_byte((unsigned char)*c) ? *c : '_';
	buffer[out] = '\0';
	if (svd_reserved_kind(buffer) != SVD_RESERVED_NONE) {
		buffer[out++] = '_';
		buffer[out] = '\0';
	}
	return out;
}

/* Bytes in the UTF-8 sequence that starts with c (1 for anything else). */
static size_t utf8_sequence_length(unsigned char c)
{
	if (c >= 0xf0 && c < 0xf8)
		return 4;
	if (c >= 0xe0)
		return c < 0xf0 ? 3 : 1;
	if (c >= 0xc0)
		return 2;
	return 1;
}

/* Bytes of the complete UTF-8 sequence at text, 0 if broken. */
static size_t complete_sequence(const char *text)
{
	size_t length = utf8_sequence_length((unsigned char)*text);

	if ((unsigned char)*text >= 0x80 && length == 1)
		return 0; /* a stray continuation byte or 0xf8 and above */
	for (size_t n = 1; n < length; n++)
		if (((unsigned char)text[n] & 0xc0) != 0x80)
			return 0;
	return length;
}

/* Printable ASCII that can neither end nor start a comment marker. */
static bool is_plain_comment_byte(unsigned char c)
{
	return c > ' ' && c < 0x7f && c != '*' && c != '/' && c != '?' &&
	       c != '\\';
}

void svd_put_comment_text(struct svd_buffer *out, const char *text)
{
	bool space = false;
	size_t written = 0;

	if (!text)
		return;
	for (const char *c = text; *c && written < SVD_COMMENT_TEXT_LIMIT;) {
		unsigned char ch = (unsigned char)*c;
		size_t length;

		/* A run of plain bytes (most of a text) goes in at once. */
		if (is_plain_comment_byte(ch)) {
			size_t run = 1;

			while (written + run < SVD_COMMENT_TEXT_LIMIT &&
			       is_plain_comment_byte((unsigned char)c[run]))
				run++;
			if (space) {
				svd_buffer_append(out, " ", 1);
				space = false;
			}
			svd_buffer_append(out, c, run);
			c += run;
			written += run;
			continue;
		}
		length = complete_sequence(c);

		/*
		 * White space, control characters and broken UTF-8 become
		 * one space: dropping them could join their neighbours into
		 * a comment marker.
		 */
		if (ch <= ' ' || ch == 0x7f || length == 0) {
			space = written > 0;
			c++;
			continue;
		}
		if (space) {
			svd_buffer_append(out, " ", 1);
			space = false;
		}
		svd_buffer_append(out, c, length);
		/*
		 * Split what could end the comment or start a new one; a
		 * trigraph ??/ is a backslash in C99, and a backslash could
		 * splice lines in a tool that reads the comment as //.
		 */
		if ((ch == '*' && c[1] == '/') || (ch == '/' && c[1] == '*') ||
		    (ch == '?' && c[1] == '?') || ch == '\\')
			space = true;
		c += length;
		written++;
	}
}

void svd_put_string_literal(struct svd_buffer *out, const char *text)
{
	svd_buffer_append(out, "\"", 1);
	for (const char *c = text; *c; c++) {
		unsigned char ch = (unsigned char)*c;

		if (ch == '"' || ch == '\\' || ch == '?') {
			svd_buffer_append(out, "\\", 1);
			svd_buffer_append(out, c, 1);
		} else if (ch < ' ' || ch >= 0x7f) {
			/* Three octal digits: the next character cannot
			 * extend the escape. */
			char escape[5] = {'\\', (char)('0' + (ch >> 6)),
					  (char)('0' + ((ch >> 3) & 7)),
					  (char)('0' + (ch & 7)), '\0'};

			svd_buffer_append(out, escape, 4);
		} else {
			svd_buffer_append(out, c, 1);
		}
	}
	svd_buffer_append(out, "\"", 1);
}

/* text's identifier bytes, at most SVD_FILE_STEM_LIMIT, case as asked. */
static char *make_stem(struct svd_arena *arena, const char *text, bool lower,
		       bool *changed)
{
	size_t length = strlen(text);
	size_t kept =
	    length < SVD_FILE_STEM_LIMIT ? length : SVD_FILE_STEM_LIMIT;
	char *result = svd_arena_alloc(arena, kept + 2);
	size_t out = 0;

	*changed = length == 0 || length > kept;
	/* A leading '_' keeps an empty name from being a hidden file. */
	if (length == 0)
		result[out++] = '_';
	for (size_t i = 0; i < kept; i++) {
		unsigned char c = (unsigned char)text[i];

		if (is_identifier_byte(c)) {
			result[out++] =
			    (char)(lower && c >= 'A' && c <= 'Z' ? c - 'A' + 'a'
								 : c);
		} else {
			result[out++] = '_';
			*changed = true;
		}
	}
	result[out] = '\0';
	return result;
}

const char *svd_file_stem(struct svd_arena *arena, const char *text,
			  bool *changed)
{
	return make_stem(arena, text, true, changed);
}

const char *svd_foreign_file_stem(struct svd_arena *arena, const char *text)
{
	bool changed;

	return make_stem(arena, text, false, &changed);
}

int svd_put_make_target(struct svd_buffer *out, const char *text)
{
	size_t backslashes = 0;

	for (const char *c = text; *c; c++)
		if ((unsigned char)*c < ' ' || *c == 0x7f)
			return -1;
	if (!*text)
		return -1;
	for (const char *c = text; *c; c++) {
		switch (*c) {
		case ' ':
		case '#':
		case ':':
		case '%':
			/*
			 * Backslashes before an escaped character would
			 * escape each other: double them, as gcc does.
			 */
			for (size_t i = 0; i < backslashes; i++)
				svd_buffer_append(out, "\\", 1);
			svd_buffer_append(out, "\\", 1);
			break;
		case '$':
			svd_buffer_append(out, "$", 1);
			break;
		default:
			break;
		}
		backslashes = *c == '\\' ? backslashes + 1 : 0;
		svd_buffer_append(out, c, 1);
	}
	/* A trailing backslash would join the next word to this one. */
	for (size_t i = 0; i < backslashes; i++)
		svd_buffer_append(out, "\\", 1);
	return 0;
}

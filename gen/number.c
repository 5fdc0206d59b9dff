// SPDX-License-Identifier: MIT
/*
 * The number and list syntaxes of CMSIS-SVD: scaled integers, enumerated
 * values with don't-care bits, [msb:lsb] bit ranges and dimIndex lists.
 * Each parser returns 0 on success and -1 on malformed text.
 */
#include "svd.h"

#include <ctype.h>
#include <string.h>

/* Skip leading white space. */
static const char *skip_space(const char *text)
{
	while (*text && isspace((unsigned char)*text))
		text++;
	return text;
}

/* Length of text without trailing white space. */
static size_t trimmed_length(const char *text)
{
	size_t length = strlen(text);

	while (length && isspace((unsigned char)text[length - 1]))
		length--;
	return length;
}

static int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return 99;
}

/* Accumulate digits of one base; refuses overflow. */
static int parse_digits(const char *text, size_t length, unsigned base,
			uint64_t *value)
{
	uint64_t result = 0;

	if (length == 0)
		return -1;
	for (size_t i = 0; i < length; i++) {
		int digit = digit_value(text[i]);

		if (digit >= (int)base)
			return -1;
		if (result > (UINT64_MAX - (uint64_t)digit) / base)
			return -1;
		result = result * base + (uint64_t)digit;
	}
	*value = result;
	return 0;
}

/*
 * scaledNonNegativeInteger: decimal, 0x hexadecimal, # or 0b binary, with an
 * optional k/M/G/T suffix (powers of 1024).
 */
int svd_parse_integer(const char *text, uint64_t *value)
{
	uint64_t scale = 1, result;
	unsigned base = 10;
	size_t length;

	if (!text)
		return -1;
	text = skip_space(text);
	if (*text == '+')
		text++;
	length = trimmed_length(text);
	if (length >= 2 && text[0] == '0' &&
	    (text[1] == 'x' || text[1] == 'X')) {
		base = 16;
		text += 2;
		length -= 2;
	} else if (length >= 2 && text[0] == '0' &&
		   (text[1] == 'b' || text[1] == 'B')) {
		base = 2;
		text += 2;
		length -= 2;
	} else if (length >= 1 && text[0] == '#') {
		base = 2;
		text += 1;
		length -= 1;
	}
	if (length > 0) {
		switch (text[length - 1]) {
		case 'k':
		case 'K':
			scale = 1ULL << 10;
			break;
		case 'm':
		case 'M':
			scale = 1ULL << 20;
			break;
		case 'g':
		case 'G':
			scale = 1ULL << 30;
			break;
		case 't':
		case 'T':
			scale = 1ULL << 40;
			break;
		}
		if (scale != 1)
			length--;
	}
	if (parse_digits(text, length, base, &result) < 0)
		return -1;
	if (result > UINT64_MAX / scale)
		return -1;
	*value = result * scale;
	return 0;
}

/*
 * enumeratedValue <value>: like an integer, but a #-binary or 0b value may
 * hold x digits that match either bit. care_mask gets a 0 for each x.
 */
int svd_parse_enum_value(const char *text, uint64_t *value, uint64_t *care_mask)
{
	const char *digits;
	size_t length;
	uint64_t result = 0, care = 0;

	if (!text)
		return -1;
	text = skip_space(text);
	length = trimmed_length(text);
	if (length >= 1 && text[0] == '#')
		digits = text + 1;
	else if (length >= 2 && text[0] == '0' &&
		 (text[1] == 'b' || text[1] == 'B'))
		digits = text + 2;
	else {
		if (svd_parse_integer(text, value) < 0)
			return -1;
		*care_mask = UINT64_MAX;
		return 0;
	}
	length -= (size_t)(digits - text);
	if (length == 0 || length > 64)
		return -1;
	for (size_t i = 0; i < length; i++) {
		char c = digits[i];

		result <<= 1;
		care <<= 1;
		if (c == '1') {
			result |= 1;
			care |= 1;
		} else if (c == '0') {
			care |= 1;
		} else if (c != 'x' && c != 'X') {
			return -1;
		}
	}
	*value = result;
	/* Bits above the written digits are zero and do matter. */
	*care_mask = care | (length < 64 ? ~((1ULL << length) - 1) : 0);
	return 0;
}

/* "[msb:lsb]" */
int svd_parse_bit_range(const char *text, uint32_t *msb, uint32_t *lsb)
{
	unsigned long high, low;
	int end = 0;

	if (!text)
		return -1;
	text = skip_space(text);

	if (sscanf(text, "[%lu:%lu]%n", &high, &low, &end) != 2 || end == 0)
		return -1;
	/* Nothing but white space may follow the closing bracket. */
	for (const char *rest = text + end; *rest; rest++)
		if (!isspace((unsigned char)*rest))
			return -1;
	/* sscanf's %lu would take "-1" as a huge number. */
	if (strchr(text, '-'))
		return -1;
	if (high > 1023 || low > 1023)
		return -1;
	*msb = (uint32_t)high;
	*lsb = (uint32_t)low;
	return 0;
}

/* True when text[0..length) is a dimIndex item: letters, digits, _. */
static bool is_index_item(const char *text, size_t length)
{
	if (length == 0)
		return false;
	for (size_t i = 0; i < length; i++)
		if (!isalnum((unsigned char)text[i]) && text[i] != '_')
			return false;
	return true;
}

/*
 * dimIndex: "first-last" (numbers or single capital letters) or a comma
 * list. With text NULL the index is 0..count-1. The result must have
 * exactly count entries.
 */
int svd_parse_dim_index(struct svd_arena *arena, const char *text,
			uint32_t count, char ***index_out)
{
	char **index =
	    svd_arena_alloc(arena, sizeof(char *) * (count ? count : 1));
	const char *dash;
	size_t length;

	if (!text) {
		for (uint32_t i = 0; i < count; i++)
			index[i] = svd_arena_printf(arena, "%u", i);
		*index_out = index;
		return 0;
	}
	text = skip_space(text);
	length = trimmed_length(text);
	dash = memchr(text, '-', length);
	if (dash && !memchr(text, ',', length)) {
		const char *last = dash + 1;
		size_t first_length = (size_t)(dash - text);
		size_t last_length = length - first_length - 1;
		uint64_t first_number, last_number;

		if (first_length == 1 && last_length == 1 &&
		    isupper((unsigned char)text[0]) &&
		    isupper((unsigned char)last[0])) {
			if ((uint32_t)(last[0] - text[0] + 1) != count ||
			    last[0] < text[0])
				return -1;
			for (uint32_t i = 0; i < count; i++)
				index[i] = svd_arena_printf(arena, "%c",
							    text[0] + (int)i);
			*index_out = index;
			return 0;
		}
		if (parse_digits(text, first_length, 10, &first_number) < 0 ||
		    parse_digits(last, last_length, 10, &last_number) < 0 ||
		    last_number < first_number ||
		    last_number - first_number + 1 != count)
			return -1;
		for (uint32_t i = 0; i < count; i++)
			index[i] = svd_arena_printf(
			    arena, "%llu",
			    (unsigned long long)(first_number + i));
		*index_out = index;
		return 0;
	}
	for (uint32_t i = 0; i < count; i++) {
		const char *comma = memchr(text, ',', length);
		size_t item_length = comma ? (size_t)(comma - text) : length;
		const char *item = text;
		size_t item_trimmed = item_length;

		while (item_trimmed && isspace((unsigned char)*item)) {
			item++;
			item_trimmed--;
		}
		while (item_trimmed &&
		       isspace((unsigned char)item[item_trimmed - 1]))
			item_trimmed--;
		if (!is_index_item(item, item_trimmed))
			return -1;
		index[i] = svd_arena_strndup(arena, item, item_trimmed);
		if (!comma) {
			if (i + 1 != count)
				return -1;
			*index_out = index;
			return 0;
		}
		length -= item_length + 1;
		text = comma + 1;
	}
	return -1; /* more items than dim */
}

uint64_t svd_width_mask(uint32_t width)
{
	return width >= 64 ? UINT64_MAX : (1ULL << width) - 1;
}

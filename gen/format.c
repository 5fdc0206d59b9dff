// SPDX-License-Identifier: MIT
/*
 * A small printf for the generator's own output. vsnprintf was 40% of the
 * time spent generating a large header set (its generality, locale and
 * all), and the emitters use only strings, integers and hexadecimal with
 * an optional width: this does just those, and is byte-for-byte what
 * vsnprintf would write for them.
 */
#include "format.h"

#include <stdarg.h>
#include <stdint.h>
#include <string.h>

/* Append length bytes of text, or count them past the end of the space. */
static void put(char *buffer, size_t capacity, size_t *used, const char *text,
		size_t length)
{
	if (*used < capacity) {
		size_t room = capacity - *used;

		memcpy(buffer + *used, text, length < room ? length : room);
	}
	*used += length;
}

static void pad(char *buffer, size_t capacity, size_t *used, char with,
		size_t count)
{
	while (count--)
		put(buffer, capacity, used, &with, 1);
}

size_t svd_vformat(char *buffer, size_t capacity, const char *format,
		   va_list args)
{
	size_t used = 0;

	while (*format) {
		const char *percent = strchr(format, '%');
		char digits[24];
		bool left = false, zero = false, is_signed = false;
		int width = 0, precision = -1, longs = 0, base = 10;
		bool upper = false;
		uint64_t value;
		size_t length;

		if (!percent) {
			put(buffer, capacity, &used, format, strlen(format));
			break;
		}
		put(buffer, capacity, &used, format,
		    (size_t)(percent - format));
		format = percent + 1;
		for (;; format++) {
			if (*format == '-')
				left = true;
			else if (*format == '0')
				zero = true;
			else
				break;
		}
		if (*format == '*') {
			width = va_arg(args, int);
			format++;
		} else {
			while (*format >= '0' && *format <= '9')
				width = width * 10 + (*format++ - '0');
		}
		if (*format == '.') {
			format++;
			precision = 0;
			if (*format == '*') {
				precision = va_arg(args, int);
				format++;
			} else {
				while (*format >= '0' && *format <= '9')
					precision =
					    precision * 10 + (*format++ - '0');
			}
		}
		while (*format == 'l' || *format == 'z' || *format == 'j' ||
		       *format == 'h') {
			if (*format == 'l' || *format == 'z' || *format == 'j')
				longs += *format == 'l' ? 1 : 2;
			format++;
		}
		switch (*format) {
		case 's': {
			const char *text = va_arg(args, const char *);

			if (!text)
				text = "(null)";
			length = strlen(text);
			if (precision >= 0 && (size_t)precision < length)
				length = (size_t)precision;
			if (!left && (size_t)width > length)
				pad(buffer, capacity, &used, ' ',
				    (size_t)width - length);
			put(buffer, capacity, &used, text, length);
			if (left && (size_t)width > length)
				pad(buffer, capacity, &used, ' ',
				    (size_t)width - length);
			format++;
			continue;
		}
		case 'c': {
			char c = (char)va_arg(args, int);

			put(buffer, capacity, &used, &c, 1);
			format++;
			continue;
		}
		case '%':
			put(buffer, capacity, &used, "%", 1);
			format++;
			continue;
		case 'd':
		case 'i':
			is_signed = true;
			break;
		case 'u':
			break;
		case 'X':
			upper = true;
			base = 16;
			break;
		case 'x':
			base = 16;
			break;
		case 'p':
			base = 16;
			longs = 2;
			break;
		default:
			/* Not a conversion the emitters use: copy it as is. */
			put(buffer, capacity, &used, percent,
			    (size_t)(format - percent + (*format ? 1 : 0)));
			if (*format)
				format++;
			continue;
		}
		{
			bool negative = false;
			size_t n = sizeof(digits);

			if (*format == 'p') {
				value =
				    (uint64_t)(uintptr_t)va_arg(args, void *);
			} else if (is_signed) {
				int64_t signed_value =
				    longs == 0 ? va_arg(args, int)
				    : longs == 1
					? (int64_t)va_arg(args, long)
					: (int64_t)va_arg(args, long long);

				negative = signed_value < 0;
				value = negative ? 0 - (uint64_t)signed_value
						 : (uint64_t)signed_value;
			} else {
				value =
				    longs == 0 ? va_arg(args, unsigned int)
				    : longs == 1
					? (uint64_t)va_arg(args, unsigned long)
					: (uint64_t)va_arg(args,
							   unsigned long long);
			}
			do {
				unsigned digit = (unsigned)(value % base);

				digits[--n] =
				    (char)(digit < 10 ? '0' + digit
						      : (upper ? 'A' : 'a') +
							    digit - 10);
				value /= base;
			} while (value);
			if (*format == 'p') {
				digits[--n] = 'x';
				digits[--n] = '0';
			}
			length = sizeof(digits) - n + negative;
			if (!left && (size_t)width > length && !zero)
				pad(buffer, capacity, &used, ' ',
				    (size_t)width - length);
			if (negative)
				put(buffer, capacity, &used, "-", 1);
			if (!left && (size_t)width > length && zero)
				pad(buffer, capacity, &used, '0',
				    (size_t)width - length);
			put(buffer, capacity, &used, digits + n,
			    sizeof(digits) - n);
			if (left && (size_t)width > length)
				pad(buffer, capacity, &used, ' ',
				    (size_t)width - length);
			format++;
		}
	}
	if (capacity)
		buffer[used < capacity ? used : capacity - 1] = '\0';
	return used;
}

// SPDX-License-Identifier: MIT
/*
 * A small printf for the generator's own output. vsnprintf was 40% of the
 * time spent generating a large header set (its generality, locale and
 * all), and the emitters use only strings, characters and integers with a
 * width and a precision. This does those itself; a conversion outside that
 * subset hands the whole call to vsnprintf, so the result is always what
 * vsnprintf would write (tests/unit/test-format checks it against libc).
 */
#include "format.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* What one conversion asked for, between its '%' and its letter. */
struct conversion {
	bool left, zero;
	size_t width;
	int precision; /* -1: none given */
	enum {
		LENGTH_INT,
		LENGTH_CHAR,
		LENGTH_SHORT,
		LENGTH_LONG,
		LENGTH_LONG_LONG,
		LENGTH_SIZE,
		LENGTH_INTMAX
	} length;
};

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
	if (*used < capacity) {
		size_t room = capacity - *used;

		memset(buffer + *used, with, count < room ? count : room);
	}
	*used += count;
}

/*
 * Read flags, width, precision and length of a conversion starting just
 * after its '%'; return a pointer to its conversion letter, or NULL when it
 * uses anything this formatter leaves to vsnprintf ('+', ' ', '#', "'",
 * positional arguments, L, t).
 */
static const char *read_conversion(const char *format, va_list *args,
				   struct conversion *spec)
{
	int number;

	spec->left = spec->zero = false;
	spec->width = 0;
	spec->precision = -1;
	spec->length = LENGTH_INT;
	for (;; format++) {
		if (*format == '-')
			spec->left = true;
		else if (*format == '0')
			spec->zero = true;
		else if (*format == '+' || *format == ' ' || *format == '#' ||
			 *format == '\'')
			return NULL;
		else
			break;
	}
	if (*format == '*') {
		number = va_arg(*args, int);
		/* A negative width argument means '-' and its magnitude. */
		if (number < 0) {
			spec->left = true;
			spec->width = (size_t)(-(long long)number);
		} else {
			spec->width = (size_t)number;
		}
		format++;
	} else {
		for (; *format >= '0' && *format <= '9'; format++) {
			if (spec->width > 100000)
				return NULL;
			spec->width =
			    spec->width * 10 + (size_t)(*format - '0');
		}
		if (*format == '$')
			return NULL;
	}
	if (*format == '.') {
		format++;
		spec->precision = 0;
		if (*format == '*') {
			number = va_arg(*args, int);
			/* A negative precision argument is taken as none. */
			spec->precision = number < 0 ? -1 : number;
			format++;
		} else {
			for (; *format >= '0' && *format <= '9'; format++) {
				if (spec->precision > 100000)
					return NULL;
				spec->precision =
				    spec->precision * 10 + (*format - '0');
			}
		}
	}
	if (format[0] == 'h' && format[1] == 'h') {
		spec->length = LENGTH_CHAR;
		format += 2;
	} else if (format[0] == 'h') {
		spec->length = LENGTH_SHORT;
		format++;
	} else if (format[0] == 'l' && format[1] == 'l') {
		spec->length = LENGTH_LONG_LONG;
		format += 2;
	} else if (format[0] == 'l') {
		spec->length = LENGTH_LONG;
		format++;
	} else if (format[0] == 'z') {
		spec->length = LENGTH_SIZE;
		format++;
	} else if (format[0] == 'j') {
		spec->length = LENGTH_INTMAX;
		format++;
	}
	return format;
}

/* Fetch a signed integer argument of the conversion's length. */
static int64_t signed_argument(va_list *args, const struct conversion *spec)
{
	switch (spec->length) {
	case LENGTH_CHAR:
		return (signed char)va_arg(*args, int);
	case LENGTH_SHORT:
		return (short)va_arg(*args, int);
	case LENGTH_LONG:
		return va_arg(*args, long);
	case LENGTH_LONG_LONG:
		return va_arg(*args, long long);
	case LENGTH_SIZE:
		/* %zd: the signed type of size_t's width. */
		if (sizeof(size_t) == sizeof(int64_t))
			return (int64_t)va_arg(*args, size_t);
		return (int32_t)va_arg(*args, size_t);
	case LENGTH_INTMAX:
		return va_arg(*args, intmax_t);
	default:
		return va_arg(*args, int);
	}
}

/* Fetch an unsigned integer argument of the conversion's length. */
static uint64_t unsigned_argument(va_list *args, const struct conversion *spec)
{
	switch (spec->length) {
	case LENGTH_CHAR:
		return (unsigned char)va_arg(*args, unsigned int);
	case LENGTH_SHORT:
		return (unsigned short)va_arg(*args, unsigned int);
	case LENGTH_LONG:
		return va_arg(*args, unsigned long);
	case LENGTH_LONG_LONG:
		return va_arg(*args, unsigned long long);
	case LENGTH_SIZE:
		return va_arg(*args, size_t);
	case LENGTH_INTMAX:
		return va_arg(*args, uintmax_t);
	default:
		return va_arg(*args, unsigned int);
	}
}

/* Print one integer with the conversion's sign, width and precision. */
static void put_integer(char *buffer, size_t capacity, size_t *used,
			const struct conversion *spec, uint64_t value,
			bool negative, unsigned base, bool upper)
{
	char digits[24];
	size_t n = sizeof(digits), count, zeros = 0, length;

	/* C: precision 0 with value 0 prints no digit at all. */
	if (!(value == 0 && spec->precision == 0)) {
		const char *symbols =
		    upper ? "0123456789ABCDEF" : "0123456789abcdef";

		/* Constant divisors: shifts and multiplications, no div. */
		if (base == 16)
			do {
				digits[--n] = symbols[value & 15];
				value >>= 4;
			} while (value);
		else
			do {
				digits[--n] = symbols[value % 10];
				value /= 10;
			} while (value);
	}
	count = sizeof(digits) - n;
	if (spec->precision >= 0 && (size_t)spec->precision > count)
		zeros = (size_t)spec->precision - count;
	length = count + zeros + negative;
	/* The '0' flag pads with zeros only without '-' and a precision. */
	if (spec->zero && !spec->left && spec->precision < 0 &&
	    spec->width > length) {
		zeros += spec->width - length;
		length = spec->width;
	}
	if (!spec->left && spec->width > length)
		pad(buffer, capacity, used, ' ', spec->width - length);
	if (negative)
		put(buffer, capacity, used, "-", 1);
	pad(buffer, capacity, used, '0', zeros);
	put(buffer, capacity, used, digits + n, count);
	if (spec->left && spec->width > length)
		pad(buffer, capacity, used, ' ', spec->width - length);
}

/* Print text (length bytes) padded to the conversion's width. */
static void put_padded(char *buffer, size_t capacity, size_t *used,
		       const struct conversion *spec, const char *text,
		       size_t length)
{
	if (!spec->left && spec->width > length)
		pad(buffer, capacity, used, ' ', spec->width - length);
	put(buffer, capacity, used, text, length);
	if (spec->left && spec->width > length)
		pad(buffer, capacity, used, ' ', spec->width - length);
}

/*
 * Format into buffer as vsnprintf does; return false, having consumed an
 * unknown part of args, at the first conversion it leaves to vsnprintf.
 */
static bool format_subset(char *buffer, size_t capacity, size_t *used,
			  const char *format, va_list *args)
{
	while (*format) {
		const char *percent;
		struct conversion spec;
		uint64_t value;

		/*
		 * Copy the text up to the next conversion as it is scanned:
		 * the runs are a few characters, too short for strchr and
		 * memcpy calls to pay off.
		 */
		for (; *format && *format != '%'; format++, (*used)++)
			if (*used < capacity)
				buffer[*used] = *format;
		if (!*format)
			break;
		percent = format;
		/* A plain %s, most of the emitters' conversions, at once. */
		if (percent[1] == 's') {
			const char *text = va_arg(*args, const char *);

			if (!text)
				text = "(null)";
			put(buffer, capacity, used, text, strlen(text));
			format = percent + 2;
			continue;
		}
		format = read_conversion(percent + 1, args, &spec);
		if (!format)
			return false;
		switch (*format) {
		case 's': {
			const char *text;
			size_t length;

			if (spec.length != LENGTH_INT)
				return false; /* %ls: wide strings */
			text = va_arg(*args, const char *);
			if (!text)
				text = "(null)";
			/* With a precision, look no further than it. */
			if (spec.precision >= 0) {
				for (length = 0;
				     length < (size_t)spec.precision &&
				     text[length];
				     length++)
					;
			} else {
				length = strlen(text);
			}
			put_padded(buffer, capacity, used, &spec, text, length);
			break;
		}
		case 'c': {
			char c;

			if (spec.length != LENGTH_INT)
				return false; /* %lc: wide characters */
			c = (char)va_arg(*args, int);
			put_padded(buffer, capacity, used, &spec, &c, 1);
			break;
		}
		case '%':
			if (format != percent + 1)
				return false;
			put(buffer, capacity, used, "%", 1);
			break;
		case 'd':
		case 'i': {
			int64_t number = signed_argument(args, &spec);
			bool negative = number < 0;

			value =
			    negative ? 0 - (uint64_t)number : (uint64_t)number;
			put_integer(buffer, capacity, used, &spec, value,
				    negative, 10, false);
			break;
		}
		case 'u':
		case 'x':
		case 'X':
			value = unsigned_argument(args, &spec);
			put_integer(buffer, capacity, used, &spec, value, false,
				    *format == 'u' ? 10 : 16, *format == 'X');
			break;
#ifdef __GLIBC__
		case 'p': {
			/*
			 * glibc's spelling (hash keys use %p); flags, widths and
			 * other C libraries' spellings are left to libc.
			 */
			const void *pointer;
			struct conversion hex = {.precision = -1};

			if (format != percent + 1)
				return false;
			pointer = va_arg(*args, const void *);
			if (!pointer) {
				put(buffer, capacity, used, "(nil)", 5);
				break;
			}
			put(buffer, capacity, used, "0x", 2);
			put_integer(buffer, capacity, used, &hex,
				    (uint64_t)(uintptr_t)pointer, false, 16,
				    false);
			break;
		}
#endif
		default:
			/* %o, %n, floating point ...: libc's own. */
			return false;
		}
		format++;
	}
	return true;
}

size_t svd_vformat(char *buffer, size_t capacity, const char *format,
		   va_list args)
{
	size_t used = 0;
	va_list mine;
	bool done;

	va_copy(mine, args);
	done = format_subset(buffer, capacity, &used, format, &mine);
	va_end(mine);
	if (!done) {
		int length = vsnprintf(buffer, capacity, format, args);

		return length < 0 ? 0 : (size_t)length;
	}
	if (capacity)
		buffer[used < capacity ? used : capacity - 1] = '\0';
	return used;
}

size_t svd_format_unsigned(char *text, uint64_t value, unsigned base,
			   unsigned digits)
{
	char reversed[SVD_NUMBER_TEXT_SIZE];
	size_t count = 0, length = 0;

	/* Constant divisors: shifts and multiplications, no div. */
	if (base == 16)
		do {
			reversed[count++] = "0123456789abcdef"[value & 15];
			value >>= 4;
		} while (value);
	else
		do {
			reversed[count++] = (char)('0' + value % 10);
			value /= 10;
		} while (value);
	if (digits > 20)
		digits = 20;
	while (length + count < digits)
		text[length++] = '0';
	while (count)
		text[length++] = reversed[--count];
	text[length] = '\0';
	return length;
}

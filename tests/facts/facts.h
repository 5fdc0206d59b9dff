/* SPDX-License-Identifier: MIT */
/*
 * Register-fact checks shared by the tests/facts programs: a CHECK macro
 * that counts and reports every mismatch, an access-qualifier probe, and a
 * small reader that pulls a register's resetValue out of the shipped SVD
 * (reset values are not emitted into the generated headers).
 */
#ifndef FACTS_H
#define FACTS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long facts_checked;
static unsigned long facts_failed;

/* Compare one fact; print file:line and both values on a mismatch. */
#define CHECK(expr, expected, description)                                     \
	check_fact((unsigned long long)(expr), (unsigned long long)(expected), \
		   (description), __FILE__, __LINE__)

static void check_fact(unsigned long long got, unsigned long long want,
		       const char *description, const char *file, int line)
{
	facts_checked++;
	if (got == want)
		return;
	facts_failed++;
	printf("%s:%d: mismatch: %s: got 0x%llx, expected 0x%llx\n", file, line,
	       description, got, want);
}

/*
 * 1 if the member is const volatile (read-only, __IM), 0 if it is plain
 * volatile (writable: __OM or __IOM), 2 for anything else.
 */
#define ACCESS_READ_ONLY(type, member)                                         \
	_Generic(&((type *)0)->member, const volatile uint32_t * : 1,          \
		 volatile uint32_t * : 0, default : 2)

static char *svd_text;

/* Read the whole SVD once; NULL (and a message) if it cannot be read. */
static const char *load_svd(const char *path)
{
	FILE *file;
	long size;

	if (svd_text)
		return svd_text;
	file = fopen(path, "rb");
	if (!file) {
		printf("cannot open %s\n", path);
		return NULL;
	}
	if (fseek(file, 0, SEEK_END) != 0 || (size = ftell(file)) < 0 ||
	    fseek(file, 0, SEEK_SET) != 0) {
		fclose(file);
		return NULL;
	}
	svd_text = malloc((size_t)size + 1);
	if (svd_text &&
	    fread(svd_text, 1, (size_t)size, file) != (size_t)size) {
		free(svd_text);
		svd_text = NULL;
	}
	if (svd_text)
		svd_text[size] = '\0';
	fclose(file);
	return svd_text;
}

/* The text of the first <tag>...</tag> in [from, end), or NULL. */
static const char *find_tag(const char *from, const char *end, const char *tag,
			    size_t *length)
{
	char open[64], close[64];
	const char *start, *stop;

	snprintf(open, sizeof(open), "<%s>", tag);
	snprintf(close, sizeof(close), "</%s>", tag);
	start = strstr(from, open);
	if (!start || start >= end)
		return NULL;
	start += strlen(open);
	stop = strstr(start, close);
	if (!stop || stop > end)
		return NULL;
	*length = (size_t)(stop - start);
	return start;
}

/*
 * The resetValue the SVD gives register REG of peripheral PERIPH (the
 * first register of that name); ~0ULL if the register is not found or
 * gives none, so a fact about a reset value is always about one written
 * on that register, never about an inherited default.
 */
static unsigned long long svd_reset_value(const char *path, const char *periph,
					  const char *reg)
{
	const char *text = load_svd(path);
	const char *p, *end, *value, *name, *rend;
	size_t length;

	if (!text)
		return ~0ULL;
	for (p = strstr(text, "<peripheral"); p;
	     p = strstr(end, "<peripheral")) {
		end = strstr(p, "</peripheral>");
		if (!end)
			return ~0ULL;
		name = find_tag(p, end, "name", &length);
		if (!name || strlen(periph) != length ||
		    strncmp(name, periph, length) != 0)
			continue;
		for (p = strstr(p, "<register>"); p && p < end;
		     p = strstr(rend, "<register>")) {
			rend = strstr(p, "</register>");
			if (!rend)
				return ~0ULL;
			name = find_tag(p, rend, "name", &length);
			if (!name || strlen(reg) != length ||
			    strncmp(name, reg, length) != 0)
				continue;
			value = find_tag(p, rend, "resetValue", &length);
			return value ? strtoull(value, NULL, 0) : ~0ULL;
		}
		return ~0ULL;
	}
	return ~0ULL;
}

#define CHECK_RESET(periph, reg, expected, description)                        \
	CHECK(svd_reset_value(FACTS_SVD, periph, reg), expected, description)

/* Print the summary; the exit status automake's test driver expects. */
static int facts_finish(const char *soc)
{
	printf("%s: %lu facts checked, %lu mismatches\n", soc, facts_checked,
	       facts_failed);
	free(svd_text);
	return facts_failed ? 1 : 0;
}

#endif /* FACTS_H */

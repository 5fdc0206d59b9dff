// SPDX-License-Identifier: MIT
/*
 * Shared by the cmocka unit tests: run the generator's stages on an SVD held
 * in a string, capture the diagnostics they print, and find things in the
 * model and in emitted text. Everything is static inline so each test
 * program takes only what it uses, without unused-function warnings.
 */
#ifndef SVDGEN_UNIT_HELPERS_H
#define SVDGEN_UNIT_HELPERS_H

/* mkstemps and open_memstream; include this header first. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <cmocka.h>

#include "naming.h" /* naming-layout.c's passes */
#include "svdgen.h"

/* The name every in-memory SVD is parsed under, as diagnostics show it. */
#define UNIT_FILE "t.svd"

/*
 * Opening and closing of a device whose peripherals are the text between:
 * the opening takes no line of its own, so the first line of the body is
 * line 1 of the document and each "\n" in the body starts the next one.
 */
#define SVD_BEGIN "<device><name>DEV</name><peripherals>"
#define SVD_END "</peripherals></device>\n"

/* The pipeline's stages, in order, for unit_run_until(). */
enum unit_stage {
	UNIT_PARSE,
	UNIT_DERIVE,
	UNIT_EXPAND,
	UNIT_CHECK,
	UNIT_LAYOUT,	  /* svd_layout alone: no names */
	UNIT_NAME_LAYOUT, /* layout with naming-layout.c's two passes */
};

/* One generator run on an in-memory SVD, with its diagnostics captured. */
struct unit_run {
	struct svd_context context;
	struct svd_expanded expanded;
	FILE *stream;
	char *messages;
	size_t messages_size;
};

/* A fresh context whose diagnostics go to a memory stream. */
static inline void unit_run_init(struct unit_run *run)
{
	memset(run, 0, sizeof(*run));
	svd_context_init(&run->context);
	run->stream = open_memstream(&run->messages, &run->messages_size);
	assert_non_null(run->stream);
	run->context.diag.stream = run->stream;
}

/* Everything reported so far, as one string. */
static inline const char *unit_messages(struct unit_run *run)
{
	fflush(run->stream);
	return run->messages ? run->messages : "";
}

/* Close the capture and release the run's memory. */
static inline void unit_run_free(struct unit_run *run)
{
	fclose(run->stream);
	free(run->messages);
	svd_context_free(&run->context);
}

/* Parse svd as UNIT_FILE. */
static inline int unit_parse(struct unit_run *run, const char *svd)
{
	return svd_parse_memory(&run->context, UNIT_FILE, svd, strlen(svd));
}

/*
 * Run the stages up to and including last; returns -1 as soon as one
 * fails, like svd_generate does.
 */
static inline int unit_run_until(struct unit_run *run, const char *svd,
				 enum unit_stage last)
{
	if (unit_parse(run, svd) < 0)
		return -1;
	if (last == UNIT_PARSE)
		return 0;
	if (svd_derive(&run->context) < 0)
		return -1;
	if (last == UNIT_DERIVE)
		return 0;
	if (svd_expand(&run->context, &run->expanded) < 0)
		return -1;
	if (last == UNIT_EXPAND)
		return 0;
	if (svd_check(&run->context, &run->expanded) < 0)
		return -1;
	if (last == UNIT_CHECK)
		return 0;
	if (last == UNIT_LAYOUT) {
		svd_layout(&run->context, &run->expanded);
		return 0;
	}
	/* As svd_generate does: members named before layout sorts them. */
	{
		struct svd_layout_names state;

		svd_name_members(&run->context, &run->expanded, &state);
		svd_layout(&run->context, &run->expanded);
		return svd_name_layout(&run->context, &run->expanded, &state);
	}
}

/* The parsed peripheral called name, or NULL. */
static inline struct svd_peripheral *unit_peripheral(struct unit_run *run,
						     const char *name)
{
	for (struct svd_peripheral *p = run->context.device->peripherals; p;
	     p = p->next)
		if (p->name && strcmp(p->name, name) == 0)
			return p;
	return NULL;
}

/* The register or cluster called name in a list, or NULL. */
static inline struct svd_node *unit_node(struct svd_node *list,
					 const char *name)
{
	for (struct svd_node *node = list; node; node = node->next)
		if (node->name && strcmp(node->name, name) == 0)
			return node;
	return NULL;
}

/* The field called name in a list, or NULL. */
static inline struct svd_field *unit_field(struct svd_field *list,
					   const char *name)
{
	for (struct svd_field *field = list; field; field = field->next)
		if (field->name && strcmp(field->name, name) == 0)
			return field;
	return NULL;
}

/* The peripheral instance called name in the expanded model, or NULL. */
static inline struct svd_instance *unit_instance(struct unit_run *run,
						 const char *name)
{
	for (struct svd_instance *i = run->expanded.instances; i; i = i->next)
		if (strcmp(i->name, name) == 0)
			return i;
	return NULL;
}

/* The member whose SVD name (%s resolved) is name, or NULL. */
static inline struct svd_member *unit_member(const struct svd_struct *type,
					     const char *name)
{
	for (struct svd_member *m = type->members; m; m = m->next)
		if (strcmp(m->name, name) == 0)
			return m;
	return NULL;
}

/* Number of members of a struct type. */
static inline size_t unit_count_members(const struct svd_struct *type)
{
	size_t count = 0;

	for (const struct svd_member *m = type->members; m; m = m->next)
		count++;
	return count;
}

/* Number of peripheral struct types in the expanded model. */
static inline size_t unit_count_types(const struct svd_expanded *expanded)
{
	size_t count = 0;

	for (const struct svd_struct *t = expanded->types; t; t = t->next)
		count++;
	return count;
}

/* Number of times needle occurs in haystack. */
static inline size_t unit_count(const char *haystack, const char *needle)
{
	size_t count = 0;
	size_t length = strlen(needle);

	for (const char *at = strstr(haystack, needle); at;
	     at = strstr(at + length, needle))
		count++;
	return count;
}

/* True when text holds line as a whole line. */
static inline bool unit_has_line(const char *text, const char *line)
{
	size_t length = strlen(line);

	for (const char *at = strstr(text, line); at; at = strstr(at + 1, line))
		if ((at == text || at[-1] == '\n') &&
		    (at[length] == '\n' || at[length] == '\0'))
			return true;
	return false;
}

/* True when some line of text starts with prefix. */
static inline bool unit_has_line_prefix(const char *text, const char *prefix)
{
	for (const char *at = strstr(text, prefix); at;
	     at = strstr(at + 1, prefix))
		if (at == text || at[-1] == '\n')
			return true;
	return false;
}

/* Write text to a new file under /tmp; returns its malloc'd path. */
static inline char *unit_write_temporary(const char *text)
{
	char *path = strdup("/tmp/svdgen-unit-XXXXXX.svd");
	size_t length = strlen(text);
	FILE *stream;
	int fd;

	assert_non_null(path);
	fd = mkstemps(path, 4);
	assert_true(fd >= 0);
	stream = fdopen(fd, "wb");
	assert_non_null(stream);
	assert_int_equal(fwrite(text, 1, length, stream), length);
	assert_int_equal(fclose(stream), 0);
	return path;
}

#endif

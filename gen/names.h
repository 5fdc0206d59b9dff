/* SPDX-License-Identifier: MIT */
/*
 * The naming stage's text functions: every piece of SVD text that reaches a
 * generated file goes through exactly one of these, chosen by where it
 * lands (a C identifier, comment text, a string literal, a file name or a
 * make target). Each one's output is safe in its context whatever the
 * input holds, so an SVD can never add a token of its own choosing.
 */
#ifndef SVDGEN_NAMES_H
#define SVDGEN_NAMES_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "output.h"

/* Why a name cannot be used as it is. */
enum svd_reserved_kind {
	SVD_RESERVED_NONE,
	SVD_RESERVED_KEYWORD, /* a C or C++ keyword */
	SVD_RESERVED_LIBRARY, /* declared by a standard C header */
	SVD_RESERVED_HEADER,  /* defined or used by the generated headers */
};

/*
 * Whether name is taken: a C99/C11/C++17 keyword; a macro or type of the
 * standard headers the generated headers include or that firmware commonly
 * includes beside them (assert, errno, limits, stdarg, stdbool, stddef,
 * stdint, stdio, stdlib, string), since a peripheral's name becomes a macro
 * and a macro of that name breaks the header; a CMSIS-Core qualifier or
 * configuration macro; or a name of svdgen's own (SVDGEN_..., svdgen_...).
 * Library functions are not taken: registers named div or abs are common,
 * and a member of that name breaks nothing.
 */
enum svd_reserved_kind svd_reserved_kind(const char *name);

/*
 * Whether a name that starts with the length bytes of prefix could be
 * reserved: false means none is, so names made by appending to prefix need
 * no svd_reserved_kind each.
 */
bool svd_reserved_prefix(const char *prefix, size_t length);

/* The index-th name of the reserved table (sorted), NULL past its end. */
const char *svd_reserved_name(size_t index);

/*
 * name as a C identifier: characters outside [A-Za-z0-9_] become '_', an
 * empty name or a leading digit gets a leading '_', a reserved name (see
 * svd_reserved_kind) a trailing '_'. *changed tells whether anything was
 * altered.
 */
const char *svd_identifier(struct svd_arena *arena, const char *name,
			   bool *changed);
/*
 * svd_identifier(first "_" second) written into buffer, which holds at
 * least strlen(first) + strlen(second) + 4 bytes, without the joined
 * string in between: the enum spellings build hundreds of thousands of
 * such names, most of them only looked up. Returns the length.
 */
size_t svd_identifier_join(char *buffer, const char *first, const char *second);

/* Whether text is already a C identifier (and not reserved). */
bool svd_is_identifier(const char *text);

/*
 * Whether text can start an identifier (--prefix, headerDefinitionsPrefix):
 * not empty, no digit first, nothing outside [A-Za-z0-9_].
 */
bool svd_is_identifier_prefix(const char *text);

/*
 * Append text as the body of a one-line comment: control characters and
 * runs of white space become one space, comment markers, trigraph starts
 * and backslashes are split by a space, and at most
 * SVD_COMMENT_TEXT_LIMIT characters are kept (never half a UTF-8
 * sequence).
 */
#define SVD_COMMENT_TEXT_LIMIT 400
void svd_put_comment_text(struct svd_buffer *out, const char *text);

/*
 * Append text as a C string literal, quotes included: quote, backslash and
 * question mark (trigraphs) are escaped, bytes outside printable ASCII are
 * written as octal escapes.
 */
void svd_put_string_literal(struct svd_buffer *out, const char *text);

/*
 * A file name (without extension) made from text: its identifier form in
 * lower case, at most SVD_FILE_STEM_LIMIT bytes, never empty and never
 * starting with a dot, so it can neither leave the output folder nor need
 * quoting in an #include line or a make rule. *changed as for
 * svd_identifier (keywords do not count: they are valid file names).
 */
#define SVD_FILE_STEM_LIMIT 100
const char *svd_file_stem(struct svd_arena *arena, const char *text,
			  bool *changed);

/*
 * The stem of a header someone else provides, named after text (CMSIS's
 * system_DEVICE.h): like svd_file_stem, but the case is kept.
 */
const char *svd_foreign_file_stem(struct svd_arena *arena, const char *text);

/*
 * Append text to a make rule as one target or prerequisite: spaces, tabs,
 * '#', ':', '%' and '\' before them are escaped, '$' is doubled. Returns
 * -1 (appending nothing) when text holds a byte make cannot take in a
 * file name (a newline or another control character), else 0.
 */
int svd_put_make_target(struct svd_buffer *out, const char *text);

#endif

/* SPDX-License-Identifier: MIT */
/*
 * Generated files are built in memory and written only when the whole run
 * succeeded: each to a temporary name in the target folder, then renamed,
 * so no reader ever sees half a header.
 */
#ifndef SVDGEN_OUTPUT_H
#define SVDGEN_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

struct svd_buffer {
	char *data;
	size_t length;
	size_t capacity;
};

struct svd_output_file {
	struct svd_output_file *next;
	char *name; /* relative to the output folder */
	struct svd_buffer content;
};

struct svd_output {
	struct svd_output_file *files;
	struct svd_output_file **tail;
};

void svd_buffer_append(struct svd_buffer *buffer, const char *text,
		       size_t length);
void svd_buffer_puts(struct svd_buffer *buffer, const char *text);
void svd_buffer_printf(struct svd_buffer *buffer, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

void svd_output_init(struct svd_output *output);
/* A new, empty file; the name is copied. */
struct svd_buffer *svd_output_add(struct svd_output *output, const char *name);
void svd_output_free(struct svd_output *output);
/*
 * Write every file into directory (created if missing). A file whose
 * content is unchanged is left alone, timestamp and all. Returns 0, or -1
 * after reporting; on failure no file was replaced.
 */
int svd_output_write(const struct svd_output *output, const char *directory,
		     struct svd_diagnostics *diag);

/*
 * Write a make rule saying that every file of output (or target, if not
 * NULL) depends on input, plus an empty rule for input, to depfile; written
 * like the headers, and left alone when unchanged.
 */
int svd_output_write_depfile(const struct svd_output *output,
			     const char *directory, const char *depfile,
			     const char *target, const char *input,
			     struct svd_diagnostics *diag);

#endif

/* SPDX-License-Identifier: MIT */
/*
 * Generated files are built in memory and written only when the whole run
 * succeeded: each to a temporary name in the target folder, then renamed,
 * so no reader ever sees half a header.
 */
#ifndef SVDGEN_OUTPUT_H
#define SVDGEN_OUTPUT_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "diag.h"

struct svd_output_file;

struct svd_buffer {
	char *data;
	size_t length;
	size_t capacity;
	/* The output file this buffer fills, or NULL for plain text. */
	struct svd_output_file *file;
};

struct svd_output_file {
	struct svd_output_file *next;
	struct svd_output *output;
	char *name; /* relative to the output folder */
	/*
	 * Its text: first spilled bytes in an unnamed file (spill_fd), then
	 * what content holds. A large file leaves memory in pieces as it
	 * grows, the rest when finished (svd_output_spill_to).
	 */
	struct svd_buffer content;
	int spill_fd; /* -1 while nothing left memory */
	unsigned long long spilled;
	/*
	 * Past a few hundred files, one shared unnamed file holds the rest
	 * (descriptors are limited): then their text starts at spill_offset
	 * there and spill_shared is set.
	 */
	bool spill_shared;
	unsigned long long spill_offset;
};

struct svd_output {
	struct svd_output_file *files;
	struct svd_output_file **tail;
	/* Where finished files go ahead of the commit (svd_output_spill_to). */
	char *spill_directory;
	bool spill_failed;    /* no unnamed files there: keep files in memory */
	unsigned spill_limit; /* at most this many unnamed files... */
	unsigned spill_files; /* ...one per file, are open... */
	int shared_fd;	      /* ...then this one for all others, or -1 */
	unsigned long long shared_length;
	/*
	 * Opens those unnamed files ahead, on a thread of its own, from
	 * svd_output_open_ahead on: creating a file costs a few hundred
	 * microseconds on some file systems, 40 ms for a large device's
	 * headers, while the parse leaves a core idle. NULL: none.
	 */
	struct svd_output_opener *opener;
	/*
	 * The memory of files that left it, for the next files: growing a
	 * fresh buffer each time costs copies and page faults.
	 */
	struct svd_buffer spare[2];
};

/*
 * The emitters append a few hundred thousand short pieces per large
 * device, so appending is inline and parses no format: the verbs below
 * for the hot paths, svd_buffer_printf where it reads better and is cold.
 * The text stays NUL-terminated.
 */

/* Make room for at least extra more bytes and a NUL. */
void svd_buffer_reserve(struct svd_buffer *buffer, size_t extra);

static inline void svd_buffer_append(struct svd_buffer *buffer,
				     const char *text, size_t length)
{
	if (buffer->capacity - buffer->length <= length)
		svd_buffer_reserve(buffer, length);
	memcpy(buffer->data + buffer->length, text, length);
	buffer->length += length;
	buffer->data[buffer->length] = '\0';
}

static inline void svd_buffer_puts(struct svd_buffer *buffer, const char *text)
{
	svd_buffer_append(buffer, text, strlen(text));
}

/*
 * Every string argument in turn, up to 24 of them:
 * svd_buffer_concat(out, "#define ", name, "\n"). Each becomes an inline
 * svd_buffer_puts of its own, not an array walked at run time: then the
 * length of a literal (half the pieces) is known when compiling and its
 * copy is a few moves, where a loop calls strlen and memcpy for each. The
 * buffer expression is evaluated once.
 */
#define svd_buffer_concat(buffer, ...)                                         \
	do {                                                                   \
		struct svd_buffer *svd_concat_buffer_ = (buffer);              \
		SVD_CONCAT_PIECES_(SVD_CONCAT_COUNT_(__VA_ARGS__),             \
				   svd_concat_buffer_, __VA_ARGS__)            \
	} while (0)
/* The number of arguments, 1 to 24. */
#define SVD_CONCAT_COUNT_(...)                                                 \
	SVD_CONCAT_24TH_(__VA_ARGS__, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15,  \
			 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)
#define SVD_CONCAT_24TH_(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12,    \
			 a13, a14, a15, a16, a17, a18, a19, a20, a21, a22,     \
			 a23, a24, count, ...)                                 \
	count
/* Two steps, so that count is expanded before it is pasted. */
#define SVD_CONCAT_PIECES_(count, buffer, ...)                                 \
	SVD_CONCAT_PASTE_(count, buffer, __VA_ARGS__)
#define SVD_CONCAT_PASTE_(count, buffer, ...)                                  \
	SVD_CONCAT_##count##_(buffer, __VA_ARGS__)
#define SVD_CONCAT_1_(buffer, text) svd_buffer_puts(buffer, text);
#define SVD_CONCAT_2_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_1_(buffer, __VA_ARGS__)
#define SVD_CONCAT_3_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_2_(buffer, __VA_ARGS__)
#define SVD_CONCAT_4_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_3_(buffer, __VA_ARGS__)
#define SVD_CONCAT_5_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_4_(buffer, __VA_ARGS__)
#define SVD_CONCAT_6_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_5_(buffer, __VA_ARGS__)
#define SVD_CONCAT_7_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_6_(buffer, __VA_ARGS__)
#define SVD_CONCAT_8_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_7_(buffer, __VA_ARGS__)
#define SVD_CONCAT_9_(buffer, text, ...)                                       \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_8_(buffer, __VA_ARGS__)
#define SVD_CONCAT_10_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_9_(buffer, __VA_ARGS__)
#define SVD_CONCAT_11_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_10_(buffer, __VA_ARGS__)
#define SVD_CONCAT_12_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_11_(buffer, __VA_ARGS__)
#define SVD_CONCAT_13_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_12_(buffer, __VA_ARGS__)
#define SVD_CONCAT_14_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_13_(buffer, __VA_ARGS__)
#define SVD_CONCAT_15_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_14_(buffer, __VA_ARGS__)
#define SVD_CONCAT_16_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_15_(buffer, __VA_ARGS__)
#define SVD_CONCAT_17_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_16_(buffer, __VA_ARGS__)
#define SVD_CONCAT_18_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_17_(buffer, __VA_ARGS__)
#define SVD_CONCAT_19_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_18_(buffer, __VA_ARGS__)
#define SVD_CONCAT_20_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_19_(buffer, __VA_ARGS__)
#define SVD_CONCAT_21_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_20_(buffer, __VA_ARGS__)
#define SVD_CONCAT_22_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_21_(buffer, __VA_ARGS__)
#define SVD_CONCAT_23_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_22_(buffer, __VA_ARGS__)
#define SVD_CONCAT_24_(buffer, text, ...)                                      \
	svd_buffer_puts(buffer, text);                                         \
	SVD_CONCAT_23_(buffer, __VA_ARGS__)
/* value in decimal, as PRIu64 prints it. */
void svd_buffer_put_decimal(struct svd_buffer *buffer, uint64_t value);
/* "0x" and value in lower-case hex, zero-padded to at least digits. */
void svd_buffer_put_hex(struct svd_buffer *buffer, uint64_t value,
			unsigned digits);
void svd_buffer_printf(struct svd_buffer *buffer, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

void svd_output_init(struct svd_output *output);
/* A new, empty file; the name is copied. */
struct svd_buffer *svd_output_add(struct svd_output *output, const char *name);
void svd_output_free(struct svd_output *output);
/*
 * Let files leave memory ahead of a commit into directory, a large one in
 * pieces as it grows, each when finished: to an unnamed file (O_TMPFILE)
 * on directory's file system, which no reader can see and which vanishes
 * with the process, until the commit links it in under a temporary name
 * and renames it as usual. While a file's text matches the regular file
 * already at its name, nothing is written: that file stands in for it.
 * Where none of this is possible, files stay in memory as without this
 * call.
 */
void svd_output_spill_to(struct svd_output *output, const char *directory);
/*
 * Let a thread of its own open the unnamed files ahead (see opener above):
 * after svd_output_spill_to, when the run may use more than one thread;
 * guess of them before svd_output_expect gives the count (0: no thread).
 */
void svd_output_open_ahead(struct svd_output *output, size_t guess);

/*
 * pthread_create, with every signal blocked in the new thread: SIGINT,
 * SIGTERM and SIGHUP then reach the main thread, whose handler knows what
 * the commit has made and is held back while it renames.
 */
int svd_start_thread(pthread_t *thread, void *(*start)(void *), void *argument);

/*
 * About how many files output will hold (a few more do no harm): the
 * unnamed files opened ahead stop there.
 */
void svd_output_expect(struct svd_output *output, size_t count);
/*
 * Before svd_output_expect: at least count files are coming, and may be
 * opened ahead.
 */
void svd_output_expect_at_least(struct svd_output *output, size_t count);

/* The content of file is complete: it may leave memory. */
void svd_output_finish(struct svd_output *output, struct svd_buffer *content);
/* One folder's share of a commit. */
struct svd_output_target {
	const char *directory;
	const struct svd_output *output;
	bool create_directory; /* made with its parents if missing */
};

/*
 * Write the files of every target, all or nothing: names held by anything
 * but a regular file are refused first; missing folders are made (only
 * where create_directory says so); the first such folder is locked against
 * concurrent runs; every changed file is written to a temporary name and
 * closed before the first is renamed into place; SIGINT, SIGTERM and
 * SIGHUP remove what was made so far and are held back while renaming.
 * A file whose content is unchanged is left alone, timestamp and all.
 * Returns 0, or -1 after reporting, with every folder as it was (but for
 * a rename failing half-way, which the checks make unlikely).
 */
int svd_output_commit(const struct svd_output_target *targets, size_t count,
		      struct svd_diagnostics *diag);

/* svd_output_commit for one folder, made if missing. */
int svd_output_write(const struct svd_output *output, const char *directory,
		     struct svd_diagnostics *diag);

/*
 * Add to rule a file named after depfile's last component holding a make
 * rule: every file of output (in directory), or target if not NULL,
 * depends on input, plus an empty rule for input. Every name is escaped
 * for make; one that cannot be (a newline in it) is reported, and -1
 * returned.
 */
int svd_output_make_rule(const struct svd_output *output, const char *directory,
			 const char *depfile, const char *target,
			 const char *input, struct svd_output *rule,
			 struct svd_diagnostics *diag);

/* The folder part of path, malloc'd: "." when it has none. */
char *svd_output_folder(const char *path);

#endif

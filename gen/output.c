// SPDX-License-Identifier: MIT
#include "output.h"
#include "format.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Make room for at least extra more bytes and a NUL. */
static void svd_buffer_reserve(struct svd_buffer *buffer, size_t extra)
{
	size_t capacity = buffer->capacity ? buffer->capacity : 4096;
	char *data;

	if (buffer->length + extra + 1 <= buffer->capacity)
		return;
	while (capacity < buffer->length + extra + 1)
		capacity *= 2;
	data = realloc(buffer->data, capacity);
	if (!data) {
		fputs("svdgen: out of memory\n", stderr);
		abort();
	}
	buffer->data = data;
	buffer->capacity = capacity;
}

void svd_buffer_append(struct svd_buffer *buffer, const char *text,
		       size_t length)
{
	svd_buffer_reserve(buffer, length);
	memcpy(buffer->data + buffer->length, text, length);
	buffer->length += length;
	buffer->data[buffer->length] = '\0';
}

void svd_buffer_puts(struct svd_buffer *buffer, const char *text)
{
	svd_buffer_append(buffer, text, strlen(text));
}

void svd_buffer_printf(struct svd_buffer *buffer, const char *format, ...)
{
	size_t room, length;
	va_list args;

	/* Format straight into the spare room; grow and redo if short. */
	if (buffer->capacity - buffer->length < 256)
		svd_buffer_reserve(buffer, 256);
	room = buffer->capacity - buffer->length;
	va_start(args, format);
	length = svd_vformat(buffer->data + buffer->length, room, format, args);
	va_end(args);
	if (length >= room) {
		svd_buffer_reserve(buffer, length + 1);
		va_start(args, format);
		svd_vformat(buffer->data + buffer->length,
			    buffer->capacity - buffer->length, format, args);
		va_end(args);
	}
	buffer->length += length;
}

void svd_output_init(struct svd_output *output)
{
	output->files = NULL;
	output->tail = &output->files;
}

struct svd_buffer *svd_output_add(struct svd_output *output, const char *name)
{
	struct svd_output_file *file = calloc(1, sizeof(*file));

	if (!file || !(file->name = strdup(name)))
		abort();
	*output->tail = file;
	output->tail = &file->next;
	return &file->content;
}

void svd_output_free(struct svd_output *output)
{
	struct svd_output_file *file = output->files;

	while (file) {
		struct svd_output_file *next = file->next;

		free(file->name);
		free(file->content.data);
		free(file);
		file = next;
	}
	svd_output_init(output);
}

/* True when path holds exactly content. */
static bool same_content(const char *path, const struct svd_buffer *content)
{
	FILE *stream = fopen(path, "rb");
	char chunk[65536];
	size_t position = 0, got;
	bool same = true;

	if (!stream)
		return false;
	while (same && (got = fread(chunk, 1, sizeof(chunk), stream)) > 0) {
		if (position + got > content->length ||
		    memcmp(chunk, content->data + position, got) != 0)
			same = false;
		position += got;
	}
	fclose(stream);
	return same && position == content->length;
}

static char *join_path(const char *directory, const char *name)
{
	size_t length = strlen(directory) + strlen(name) + 2;
	char *path = malloc(length);

	if (!path)
		abort();
	snprintf(path, length, "%s/%s", directory, name);
	return path;
}

/* Write content to a new temporary file in directory; returns its path. */
static char *write_temporary(const char *directory, const char *name,
			     const struct svd_buffer *content,
			     struct svd_diagnostics *diag)
{
	char *template;
	size_t length = strlen(directory) + strlen(name) + 16;
	FILE *stream;
	int fd;

	template = malloc(length);
	if (!template)
		abort();
	snprintf(template, length, "%s/.%s.XXXXXX", directory, name);
	fd = mkstemp(template);
	if (fd < 0) {
		svd_report(diag, SVD_CHECK_IO, NULL, "cannot create %s: %s",
			   template, strerror(errno));
		free(template);
		return NULL;
	}
	/* mkstemp makes 0600; a header is ordinary data. */
	{
		mode_t mask = umask(0);

		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	stream = fdopen(fd, "wb");
	if (!stream ||
	    (content->length && fwrite(content->data, 1, content->length,
				       stream) != content->length) ||
	    fclose(stream) != 0) {
		svd_report(diag, SVD_CHECK_IO, NULL, "cannot write %s: %s",
			   template, strerror(errno));
		if (!stream)
			close(fd);
		unlink(template);
		free(template);
		return NULL;
	}
	return template;
}

int svd_output_write(const struct svd_output *output, const char *directory,
		     struct svd_diagnostics *diag)
{
	size_t count = 0, i = 0;
	char **temporary;
	int result = 0;

	if (mkdir(directory, 0777) < 0 && errno != EEXIST) {
		svd_report(diag, SVD_CHECK_IO, NULL, "cannot create %s: %s",
			   directory, strerror(errno));
		return -1;
	}
	for (const struct svd_output_file *f = output->files; f; f = f->next)
		count++;
	temporary = calloc(count ? count : 1, sizeof(*temporary));
	if (!temporary)
		abort();
	/* First every file under a temporary name... */
	for (const struct svd_output_file *f = output->files; f;
	     f = f->next, i++) {
		char *path = join_path(directory, f->name);

		if (!same_content(path, &f->content)) {
			temporary[i] = write_temporary(directory, f->name,
						       &f->content, diag);
			if (!temporary[i])
				result = -1;
		}
		free(path);
		if (result < 0)
			break;
	}
	/* ...then, only if all were written, every rename. */
	i = 0;
	for (const struct svd_output_file *f = output->files; f;
	     f = f->next, i++) {
		char *path;

		if (!temporary[i])
			continue;
		if (result < 0) {
			unlink(temporary[i]);
			continue;
		}
		path = join_path(directory, f->name);
		if (rename(temporary[i], path) < 0) {
			svd_report(diag, SVD_CHECK_IO, NULL,
				   "cannot rename %s to %s: %s", temporary[i],
				   path, strerror(errno));
			unlink(temporary[i]);
			result = -1;
		}
		free(path);
	}
	for (i = 0; i < count; i++)
		free(temporary[i]);
	free(temporary);
	return result;
}

/* Append path to a make rule, escaping what make would misread. */
static void put_make_path(struct svd_buffer *out, const char *path)
{
	for (const char *c = path; *c; c++) {
		if (*c == ' ' || *c == '#' || *c == '\\')
			svd_buffer_append(out, "\\", 1);
		if (*c == '$')
			svd_buffer_append(out, "$", 1);
		svd_buffer_append(out, c, 1);
	}
}

int svd_output_write_depfile(const struct svd_output *output,
			     const char *directory, const char *depfile,
			     const char *target, const char *input,
			     struct svd_diagnostics *diag)
{
	struct svd_output rule;
	struct svd_buffer *text;
	const char *slash = strrchr(depfile, '/');
	char *folder;
	int result;

	svd_output_init(&rule);
	text = svd_output_add(&rule, slash ? slash + 1 : depfile);
	if (target) {
		put_make_path(text, target);
	} else {
		/* Every header written depends on the SVD. */
		for (const struct svd_output_file *f = output->files; f;
		     f = f->next) {
			if (f != output->files)
				svd_buffer_append(text, " \\\n ", 4);
			put_make_path(text, directory);
			svd_buffer_append(text, "/", 1);
			put_make_path(text, f->name);
		}
	}
	svd_buffer_append(text, ": ", 2);
	put_make_path(text, input);
	/* A rule of its own, so a deleted SVD is an error, not a mystery. */
	svd_buffer_append(text, "\n\n", 2);
	put_make_path(text, input);
	svd_buffer_append(text, ":\n", 2);
	folder =
	    slash ? strndup(depfile, (size_t)(slash - depfile)) : strdup(".");
	if (!folder)
		abort();
	if (slash && slash == depfile) {
		free(folder);
		folder = strdup("/");
		if (!folder)
			abort();
	}
	result = svd_output_write(&rule, folder, diag);
	free(folder);
	svd_output_free(&rule);
	return result;
}

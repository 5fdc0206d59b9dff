// SPDX-License-Identifier: MIT
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void svd_diagnostics_init(struct svd_diagnostics *diag, FILE *stream)
{
	memset(diag, 0, sizeof(*diag));
	for (int i = 0; i < SVD_CHECK_COUNT; i++)
		diag->severity[i] = svd_checks[i].default_severity;
	diag->stream = stream;
}

enum svd_check_id svd_check_find(const char *name)
{
	for (int i = 0; i < SVD_CHECK_COUNT; i++)
		if (strcmp(svd_checks[i].name, name) == 0)
			return (enum svd_check_id)i;
	return SVD_CHECK_COUNT;
}

int svd_diagnostics_configure(struct svd_diagnostics *diag, const char *arg)
{
	bool disable = false;
	enum svd_check_id id;

	if (strcmp(arg, "error") == 0) {
		diag->warnings_are_errors = true;
		return 0;
	}
	if (strcmp(arg, "all") == 0) {
		for (int i = 0; i < SVD_CHECK_COUNT; i++)
			if (diag->severity[i] == SVD_SEVERITY_IGNORE)
				diag->severity[i] = SVD_SEVERITY_WARNING;
		return 0;
	}
	if (strncmp(arg, "no-", 3) == 0) {
		disable = true;
		arg += 3;
	}
	id = svd_check_find(arg);
	if (id == SVD_CHECK_COUNT)
		return -1;
	if (disable) {
		/* Fatal checks guard the model's consistency: keep them. */
		if (svd_checks[id].fatal)
			return -1;
		diag->severity[id] = SVD_SEVERITY_IGNORE;
	} else if (diag->severity[id] == SVD_SEVERITY_IGNORE) {
		diag->severity[id] = SVD_SEVERITY_WARNING;
	}
	return 0;
}

bool svd_check_enabled(const struct svd_diagnostics *diag, enum svd_check_id id)
{
	return diag->severity[id] != SVD_SEVERITY_IGNORE;
}

/*
 * Print a formatted message on one line: names from the SVD may hold
 * newlines and other control characters, which are shown as C escapes so
 * that every diagnostic stays one line an editor can parse.
 */
static void put_message(FILE *stream, const char *format, va_list args)
{
	char small[512];
	char *text = small;
	va_list copy;
	int length;

	va_copy(copy, args);
	length = vsnprintf(small, sizeof(small), format, copy);
	va_end(copy);
	if (length < 0)
		return;
	if ((size_t)length >= sizeof(small)) {
		text = malloc((size_t)length + 1);
		if (!text)
			return;
		vsnprintf(text, (size_t)length + 1, format, args);
	}
	/*
	 * Most messages hold no control character: print those in one
	 * piece, since stderr is unbuffered and a byte at a time is a
	 * write per byte.
	 */
	if (strpbrk(text, "\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r"
			  "\x0e\x0f\x10\x11\x12\x13\x14\x15\x16\x17\x18"
			  "\x19\x1a\x1b\x1c\x1d\x1e\x1f\x7f")) {
		for (const char *c = text; *c; c++) {
			unsigned char ch = (unsigned char)*c;

			if (ch == '\n')
				fputs("\\n", stream);
			else if (ch == '\r')
				fputs("\\r", stream);
			else if (ch == '\t')
				fputs("\\t", stream);
			else if (ch < ' ' || ch == 0x7f)
				fprintf(stream, "\\x%02x", ch);
			else
				putc(ch, stream);
		}
	} else {
		fputs(text, stream);
	}
	if (text != small)
		free(text);
}

void svd_report(struct svd_diagnostics *diag, enum svd_check_id id,
		const struct svd_location *location, const char *format, ...)
{
	enum svd_severity severity = diag->severity[id];
	bool left_out = false;
	va_list args;

	if (severity == SVD_SEVERITY_IGNORE)
		return;
	/*
	 * With --keep-going, an error that only spoils one element (a field,
	 * a register, a dim list, an interrupt) is a warning: the stages
	 * already leave that element out, and the rest is sound.
	 */
	if (severity == SVD_SEVERITY_ERROR && diag->keep_going &&
	    svd_checks[id].recoverable) {
		severity = SVD_SEVERITY_WARNING;
		left_out = true;
	}
	if (severity == SVD_SEVERITY_WARNING && diag->warnings_are_errors)
		severity = SVD_SEVERITY_ERROR;
	if (severity == SVD_SEVERITY_ERROR)
		diag->errors++;
	else
		diag->warnings++;
	/*
	 * Vendor SVDs often carry harmless warnings that a build would print
	 * on every run; -q keeps the build quiet but never hides an error.
	 */
	if (!diag->stream || (severity == SVD_SEVERITY_WARNING && diag->quiet))
		return;
	if (diag->limit && diag->printed >= diag->limit) {
		if (diag->printed == diag->limit)
			fprintf(diag->stream,
				"svdgen: further messages suppressed\n");
		diag->printed++;
		return;
	}
	diag->printed++;
	if (location && location->file)
		fprintf(diag->stream, "%s:%lu: ", location->file,
			location->line);
	else
		fputs("svdgen: ", diag->stream);
	fputs(severity == SVD_SEVERITY_ERROR ? "error: " : "warning: ",
	      diag->stream);
	va_start(args, format);
	put_message(diag->stream, format, args);
	va_end(args);
	if (left_out)
		fputs("; left out (--keep-going)", diag->stream);
	fprintf(diag->stream, " [%s]\n", svd_checks[id].name);
}

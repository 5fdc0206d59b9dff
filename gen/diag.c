// SPDX-License-Identifier: MIT
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const struct svd_check_info svd_checks[SVD_CHECK_COUNT] = {
    [SVD_CHECK_XML_SYNTAX] = {"xml-syntax", SVD_SEVERITY_ERROR, true,
			      "the file is not well-formed XML"},
    [SVD_CHECK_XML_ENTITY] = {"xml-entity", SVD_SEVERITY_ERROR, true,
			      "DTDs and entity declarations are refused"},
    [SVD_CHECK_WRONG_ROOT] = {"wrong-root", SVD_SEVERITY_ERROR, true,
			      "the root element is not <device>"},
    [SVD_CHECK_MISSING_ELEMENT] = {"missing-element", SVD_SEVERITY_ERROR, true,
				   "a required element is absent"},
    [SVD_CHECK_INVALID_VALUE] = {"invalid-value", SVD_SEVERITY_ERROR, true,
				 "an element's text is not a valid value"},
    [SVD_CHECK_NONSTANDARD_VALUE] = {"nonstandard-value", SVD_SEVERITY_WARNING,
				     false,
				     "a keyword misspelt, read as meant"},
    [SVD_CHECK_UNKNOWN_ELEMENT] = {"unknown-element", SVD_SEVERITY_WARNING,
				   false,
				   "an element CMSIS-SVD 1.3 does not define"},
    [SVD_CHECK_DUPLICATE_ELEMENT] = {"duplicate-element", SVD_SEVERITY_WARNING,
				     false,
				     "an element given twice; the last wins"},
    [SVD_CHECK_DERIVE_DANGLING] = {"derive-dangling", SVD_SEVERITY_ERROR, true,
				   "derivedFrom names nothing"},
    [SVD_CHECK_DERIVE_CYCLE] = {"derive-cycle", SVD_SEVERITY_ERROR, true,
				"derivedFrom chains form a cycle"},
    [SVD_CHECK_DIM_INVALID] = {"dim-invalid", SVD_SEVERITY_ERROR, true,
			       "dim, dimIndex or %s used inconsistently", true},
    [SVD_CHECK_REGISTER_SIZE] = {"register-size", SVD_SEVERITY_ERROR, true,
				 "a register that is not 8, 16, 32 or 64 bits",
				 true},
    [SVD_CHECK_ADDRESS_UNIT_BITS] = {"address-unit-bits", SVD_SEVERITY_WARNING,
				     false,
				     "offsets counted in units wider than a "
				     "byte"},
    [SVD_CHECK_FIELD_RANGE] = {"field-range", SVD_SEVERITY_ERROR, true,
			       "a field beyond its register's width", true},
    [SVD_CHECK_FIELD_OVERLAP] = {"field-overlap", SVD_SEVERITY_WARNING, false,
				 "two fields share bits"},
    [SVD_CHECK_REGISTER_OVERLAP] = {"register-overlap", SVD_SEVERITY_WARNING,
				    false,
				    "registers overlap without being "
				    "marked alternate"},
    [SVD_CHECK_UNALIGNED_REGISTER] = {"unaligned-register",
				      SVD_SEVERITY_WARNING, false,
				      "a register not aligned to its size"},
    [SVD_CHECK_DUPLICATE_NAME] = {"duplicate-name", SVD_SEVERITY_ERROR, true,
				  "two siblings share a name"},
    [SVD_CHECK_DUPLICATE_ENUM] = {"duplicate-enum", SVD_SEVERITY_WARNING, false,
				  "one enumerated value name, two values"},
    [SVD_CHECK_NAME_SANITIZED] = {"name-sanitized", SVD_SEVERITY_WARNING, false,
				  "a name was changed to be a C identifier"},
    [SVD_CHECK_NAME_COLLISION] = {"name-collision", SVD_SEVERITY_ERROR, true,
				  "two C identifiers generated alike"},
    [SVD_CHECK_ACCESSOR_COLLISION] = {"accessor-collision",
				      SVD_SEVERITY_WARNING, false,
				      "an accessor name is taken; it is left "
				      "out"},
    [SVD_CHECK_COMMENT_TERMINATOR] = {"comment-terminator",
				      SVD_SEVERITY_WARNING, false,
				      "a description contains */"},
    [SVD_CHECK_ENUM_VALUE_RANGE] = {"enum-value-range", SVD_SEVERITY_WARNING,
				    false,
				    "an enumerated value does not fit its "
				    "field"},
    [SVD_CHECK_INTERRUPT_CONFLICT] = {"interrupt-conflict",
				      SVD_SEVERITY_WARNING, false,
				      "one interrupt name, two numbers; the "
				      "later is kept",
				      true},
    [SVD_CHECK_REGISTER_SIZE_BYTES] = {"register-size-bytes",
				       SVD_SEVERITY_WARNING, false,
				       "a register of <size>1</size>, read "
				       "as 8 bits"},
    [SVD_CHECK_DERIVE_EXPANDED] = {"derive-expanded", SVD_SEVERITY_WARNING,
				   false,
				   "derivedFrom names one element of a dim "
				   "list; its template is used"},
    [SVD_CHECK_RESERVED_FIELD] = {"reserved-field", SVD_SEVERITY_WARNING, false,
				  "fields named RESERVED given twice; they "
				  "are left out"},
    [SVD_CHECK_SIZE_LIMIT] = {"size-limit", SVD_SEVERITY_ERROR, true,
			      "a size or count beyond what is sensible"},
    [SVD_CHECK_IO] = {"io", SVD_SEVERITY_ERROR, true,
		      "a file could not be read or written"},
};

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

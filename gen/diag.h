/* SPDX-License-Identifier: MIT */
/*
 * Diagnostics: every message names a place in the input and one named check
 * ("file:line: error: message [check-name]", the GCC shape editors parse).
 * The table of checks lives in check.c, next to the passes; the command
 * line adjusts their severities with -W name, -W no-name and -Werror.
 */
#ifndef SVDGEN_DIAG_H
#define SVDGEN_DIAG_H

#include <stdbool.h>
#include <stdio.h>

/* A location in an input file, for diagnostics. */
struct svd_location {
	const char *file;
	unsigned long line;
};

enum svd_severity {
	SVD_SEVERITY_IGNORE = 0,
	SVD_SEVERITY_WARNING,
	SVD_SEVERITY_ERROR,
};

enum svd_check_id {
	SVD_CHECK_XML_SYNTAX,
	SVD_CHECK_XML_ENTITY,
	SVD_CHECK_WRONG_ROOT,
	SVD_CHECK_MISSING_ELEMENT,
	SVD_CHECK_INVALID_VALUE,
	SVD_CHECK_NONSTANDARD_VALUE,
	SVD_CHECK_UNKNOWN_ELEMENT,
	SVD_CHECK_DUPLICATE_ELEMENT,
	SVD_CHECK_DERIVE_DANGLING,
	SVD_CHECK_DERIVE_CYCLE,
	SVD_CHECK_DIM_INVALID,
	SVD_CHECK_REGISTER_SIZE,
	SVD_CHECK_ADDRESS_UNIT_BITS,
	SVD_CHECK_FIELD_RANGE,
	SVD_CHECK_FIELD_OVERLAP,
	SVD_CHECK_REGISTER_OVERLAP,
	SVD_CHECK_UNALIGNED_REGISTER,
	SVD_CHECK_DUPLICATE_NAME,
	SVD_CHECK_DUPLICATE_ENUM,
	SVD_CHECK_NAME_SANITIZED,
	SVD_CHECK_NAME_COLLISION,
	SVD_CHECK_ACCESSOR_COLLISION,
	SVD_CHECK_COMMENT_TERMINATOR,
	SVD_CHECK_ENUM_VALUE_RANGE,
	SVD_CHECK_INTERRUPT_CONFLICT,
	SVD_CHECK_REGISTER_SIZE_BYTES,
	SVD_CHECK_RESERVED_FIELD,
	SVD_CHECK_DERIVE_EXPANDED,
	SVD_CHECK_SIZE_LIMIT,
	SVD_CHECK_IO,
	SVD_CHECK_COUNT
};

struct svd_checker;
struct svd_struct;

/*
 * One named check, dtc-style: everything about a check is its one entry in
 * svd_checks (check.c), written with designated initializers, so adding a
 * check is an enum constant and one entry. Checks found while reading
 * (xml-syntax, derive-cycle...) have no pass: the stage that meets the
 * problem reports it under the check's name.
 */
struct svd_check_info {
	const char *name;
	enum svd_severity default_severity;
	/* An error that cannot be demoted: the model would be unusable. */
	bool fatal;
	/*
	 * An error that spoils one element only (a field, a register, a dim
	 * list, an interrupt): the stages leave it out, so --keep-going may
	 * report it as a warning and generate the rest.
	 */
	bool recoverable;
	/* One line for --list-checks. */
	const char *summary;
	/*
	 * The check as a pass over the expanded model (svd_check runs them
	 * in table order): over every struct type, then once over the
	 * device. NULL when another stage reports the check.
	 */
	void (*struct_pass)(struct svd_checker *checker,
			    struct svd_struct *type);
	void (*device_pass)(struct svd_checker *checker);
	/*
	 * Run after every other pass, and only when none found an error:
	 * the check reads offsets and sizes that the others vouch for, and
	 * a model they reject would only add noise.
	 */
	bool needs_sound_model;
};

struct svd_diagnostics {
	enum svd_severity severity[SVD_CHECK_COUNT];
	bool warnings_are_errors;
	/* --keep-going: recoverable errors leave out one element instead. */
	bool keep_going;
	/* -q: warnings are counted but not printed; errors still are. */
	bool quiet;
	unsigned errors;
	unsigned warnings;
	/* Where messages go; NULL collects nothing but the counts. */
	FILE *stream;
	/* Stop printing after this many messages (0: no limit). */
	unsigned limit;
	unsigned printed;
};

extern const struct svd_check_info svd_checks[SVD_CHECK_COUNT];

void svd_diagnostics_init(struct svd_diagnostics *diag, FILE *stream);
/* Find a check by name; returns SVD_CHECK_COUNT when unknown. */
enum svd_check_id svd_check_find(const char *name);
/* Apply one -W argument ("name", "no-name" or "error"). Returns 0 or -1. */
int svd_diagnostics_configure(struct svd_diagnostics *diag, const char *arg);
/* Report a finding of check id at location. */
void svd_report(struct svd_diagnostics *diag, enum svd_check_id id,
		const struct svd_location *location, const char *format, ...)
    __attribute__((format(printf, 4, 5)));
/* True when a finding of this check would be reported at all. */
bool svd_check_enabled(const struct svd_diagnostics *diag,
		       enum svd_check_id id);

#endif

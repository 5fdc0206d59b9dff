/* SPDX-License-Identifier: MIT */
/*
 * The naming stage, between layout and emit: every file name, include
 * guard and global identifier of the generated headers is made here, and
 * every collision between them is found and reported here. The emitters
 * print what it decided and cannot fail.
 */
#ifndef SVDGEN_NAMING_H
#define SVDGEN_NAMING_H

#include "emit.h"

struct svd_names {
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	const char *prefix; /* --prefix, or "" */
	/* prefix plus the SVD's headerDefinitionsPrefix: types, instances. */
	const char *type_prefix;
	const char *stem;  /* device file stem, lower case */
	const char *guard; /* device part of include guards, upper case */
	const char *device_file_name; /* the umbrella header */
	const char *common_file_name;
	/* SVDConv's name for the device header when ours differs, or NULL. */
	const char *forwarding_file_name;
	const char *forwarding_device; /* the device as that file spells it */
	bool strict;		       /* --strict */
	/* Global identifiers: name -> definition text. */
	struct svd_table globals;
	/* Header file names taken, lower case. */
	struct svd_table files;
};

/*
 * Name the headers of expanded: file names, include guards, C type names.
 * Returns 0, or -1 after reporting an error.
 */
int svd_name_headers(struct svd_context *context, struct svd_expanded *expanded,
		     const struct svd_emit_options *options,
		     struct svd_names *names);

/* --prefix plus the device's headerDefinitionsPrefix. */
const char *svd_type_prefix(struct svd_arena *arena, const char *prefix,
			    const struct svd_device *device);

/*
 * Claim a global identifier for a definition. Returns true when it should
 * be emitted; false when the same definition is already there. A different
 * definition under the same name is reported as a collision.
 */
bool svd_names_claim(struct svd_names *names, const char *name,
		     const char *definition,
		     const struct svd_location *location);

/* Claim a function name; a name taken is reported and refused. */
bool svd_names_claim_function(struct svd_names *names, const char *name,
			      const struct svd_location *location);

/* Claim a name quietly: false when taken, whatever by. */
bool svd_names_claim_quietly(struct svd_names *names, const char *name,
			     const char *definition);

/* The definition text claimed under name, or NULL. */
const char *svd_names_find(const struct svd_names *names, const char *name);

/* The C type a register of bits is declared with ("uint32_t"). */
const char *svd_register_c_type(uint32_t bits);

/* text in upper case, copied into arena. */
const char *svd_upper_case(struct svd_arena *arena, const char *text);

/*
 * Whether a field can have macros, accessors and a bit-field: it is named
 * and positioned inside its register.
 */
bool svd_field_is_usable(const struct svd_member *reg,
			 const struct svd_field *field);

/*
 * With --strict, a write-only register's member is a struct around the
 * value, named after the register; NULL when the member is an ordinary
 * integer.
 */
const char *svd_write_only_wrapper(struct svd_names *names,
				   const struct svd_struct *owner,
				   const struct svd_member *member);

#endif

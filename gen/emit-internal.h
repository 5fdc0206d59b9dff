/* SPDX-License-Identifier: MIT */
/* State and helpers shared by the emitters; not part of libsvdgen's API. */
#ifndef SVDGEN_EMIT_INTERNAL_H
#define SVDGEN_EMIT_INTERNAL_H

#include "emit.h"

struct emitter {
	struct svd_context *context;
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	const struct svd_emit_options *options;
	struct svd_expanded *expanded;
	const char *prefix;
	/* prefix plus the SVD's headerDefinitionsPrefix: types, instances. */
	const char *type_prefix;
	const char *stem;  /* device file stem, lower case */
	const char *guard; /* device part of include guards, upper case */
	/* Global identifiers: name -> definition text. */
	struct svd_table globals;
	/* Header file names taken, lower case. */
	struct svd_table files;
	/* Enum types of the current header, by content. */
	struct svd_table enums;
	/* Enum type names by field and direction. */
	struct svd_table field_enums;
	/* The struct being printed, for --strict wrapper names. */
	const struct svd_struct *current_type;
};

/* Claim a global identifier; false when it exists (reported if different). */
bool claim(struct emitter *emitter, const char *name, const char *definition,
	   const struct svd_location *location);
/* Text for inside a comment: one line, comment markers defused. */
void put_comment_text(struct svd_buffer *out, const char *text);
const char *register_type(uint32_t bits);
const char *type_c_name(struct emitter *emitter, const struct svd_struct *type);
const char *upper_case(struct svd_arena *arena, const char *text);
const char *lower_case(struct svd_arena *arena, const char *text);

/*
 * With --strict, a write-only register's member is a struct around the
 * value, named after the register; NULL when the member is an ordinary
 * integer.
 */
const char *write_only_wrapper(struct emitter *emitter,
			       const struct svd_struct *owner,
			       const struct svd_member *member);

/* emit-accessors.c: enums of a struct's fields, merged by content. */
void put_field_enums(struct emitter *emitter, struct svd_buffer *out,
		     struct svd_struct *type);
/* emit-share.c: same C layout, access rules and fields? */
bool svd_struct_same_shape(const struct svd_struct *a,
			   const struct svd_struct *b);
/* emit-share.c: the earlier peripheral type type can share, or NULL. */
const struct svd_struct *shared_type(struct emitter *emitter,
				     const struct svd_struct *type);
/* emit-accessors.c: give a shared type's fields their model's enums. */
void share_field_enums(struct emitter *emitter, const struct svd_struct *type,
		       const struct svd_struct *model);

/* emit-accessors.c: SVDConv and vendor spellings of the field enums. */
void put_enum_aliases(struct emitter *emitter, struct svd_buffer *out,
		      struct svd_struct *type);
/* emit-accessors.c: inline accessors for every register of a type. */
void put_accessors(struct emitter *emitter, struct svd_buffer *out,
		   struct svd_struct *type);

#endif

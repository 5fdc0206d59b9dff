/* SPDX-License-Identifier: MIT */
/* State and helpers shared by the emitters; not part of libsvdgen's API. */
#ifndef SVDGEN_EMIT_INTERNAL_H
#define SVDGEN_EMIT_INTERNAL_H

#include "naming.h"

struct emitter {
	struct svd_context *context;
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	const struct svd_emit_options *options;
	struct svd_expanded *expanded;
	/* What the naming stage decided. */
	struct svd_names *names;
	/* Enum types of the current header, by content. */
	struct svd_table enums;
	/* Enum type names by field and direction. */
	struct svd_table field_enums;
	/* The struct being printed, for --strict wrapper names. */
	const struct svd_struct *current_type;
};

/* emit-accessors.c: enums of a struct's fields, merged by content. */
void svd_emit_field_enums(struct emitter *emitter, struct svd_buffer *out,
			  struct svd_struct *type);
/* emit-share.c: same C layout, access rules and fields? */
bool svd_struct_same_shape(const struct svd_struct *a,
			   const struct svd_struct *b);
/* emit-share.c: the earlier peripheral type type can share, or NULL. */
const struct svd_struct *svd_shared_type(struct emitter *emitter,
					 const struct svd_struct *type);
/* emit-accessors.c: give a shared type's fields their model's enums. */
void svd_emit_share_field_enums(struct emitter *emitter,
				const struct svd_struct *type,
				const struct svd_struct *model);

/* emit-accessors.c: SVDConv and vendor spellings of the field enums. */
void svd_emit_enum_aliases(struct emitter *emitter, struct svd_buffer *out,
			   struct svd_struct *type);
/* emit-accessors.c: inline accessors for every register of a type. */
void svd_emit_accessors(struct emitter *emitter, struct svd_buffer *out,
			struct svd_struct *type);

#endif

/* SPDX-License-Identifier: MIT */
/* State and helpers shared by the emitters; not part of libsvdgen's API. */
#ifndef SVDGEN_EMIT_INTERNAL_H
#define SVDGEN_EMIT_INTERNAL_H

#include "naming.h"

/*
 * The emitter may run on a thread of its own beside the naming stage, so it
 * allocates nothing from the run's arena, which naming is still filling.
 */
struct emitter {
	const struct svd_options *options;
	const struct svd_expanded *expanded;
	/* What the naming stage decided. */
	const struct svd_names *names;
};

/* emit-accessors.c: the field enums naming.c defined in a header. */
void svd_emit_field_enums(struct svd_buffer *out,
			  const struct svd_enum_names *enums);
/* emit-accessors.c: inline accessors for every register of a type. */
void svd_emit_accessors(struct svd_buffer *out, const struct svd_struct *type);
/* emit-accessors.c: SVDConv and vendor spellings of the field enums. */
void svd_emit_enum_aliases(struct svd_buffer *out,
			   const struct svd_struct *type);

#endif

/* SPDX-License-Identifier: MIT */
/*
 * A small state kept for model elements by the one stage that needs it (how
 * far derive.c has got with an element, which types an emitter has
 * printed), so that no stage's bookkeeping lives in the shared model. Keys
 * are element addresses; values are small non-zero numbers, 0 meaning "no
 * mark". The arrays live in the run's arena.
 */
#ifndef SVDGEN_MARKS_H
#define SVDGEN_MARKS_H

#include <stddef.h>

#include "arena.h"

struct svd_marks {
	struct svd_arena *arena;
	const void **keys;
	unsigned char *values;
	size_t capacity; /* a power of two, or 0 */
	size_t count;
};

void svd_marks_init(struct svd_marks *marks, struct svd_arena *arena);
/* The mark of element, or 0 when it has none. */
unsigned svd_marks_get(const struct svd_marks *marks, const void *element);
/* Mark element with value (1..255). */
void svd_marks_set(struct svd_marks *marks, const void *element,
		   unsigned value);

#endif

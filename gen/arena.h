/* SPDX-License-Identifier: MIT */
/*
 * A bump allocator owned by one generator run: every model node, string and
 * emitted buffer lives here and is released at once by svd_arena_free().
 */
#ifndef SVDGEN_ARENA_H
#define SVDGEN_ARENA_H

#include <stddef.h>

struct svd_arena_chunk;

struct svd_arena {
	struct svd_arena_chunk *chunks;
	size_t used;	 /* bytes handed out in the current chunk */
	size_t capacity; /* size of the current chunk */
	size_t total;	 /* bytes held from the system now, for statistics */
};

void svd_arena_init(struct svd_arena *arena);
void svd_arena_free(struct svd_arena *arena);
/* Zeroed memory aligned for any type; aborts the process only if malloc fails. */
void *svd_arena_alloc(struct svd_arena *arena, size_t size);
/*
 * Give a large block back before the run ends (a hash table's old array
 * after it grew). Blocks that share a chunk stay: for them it does nothing.
 */
void svd_arena_release(struct svd_arena *arena, void *memory);
char *svd_arena_strdup(struct svd_arena *arena, const char *text);
char *svd_arena_strndup(struct svd_arena *arena, const char *text,
			size_t length);
/*
 * The count strings of parts end to end, copied into the arena: a name
 * made of known pieces, without parsing a format.
 */
char *svd_arena_concat(struct svd_arena *arena, const char *const parts[],
		       size_t count);
/* printf into the arena. */
char *svd_arena_printf(struct svd_arena *arena, const char *format, ...)
    __attribute__((format(printf, 2, 3)));

#endif

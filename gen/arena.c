// SPDX-License-Identifier: MIT
#include "arena.h"
#include "format.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK_SIZE (256 * 1024)
#define ARENA_ALIGN 16

struct svd_arena_chunk {
	struct svd_arena_chunk *next;
	size_t capacity;
	/* Payload follows, aligned to ARENA_ALIGN. */
};

#define CHUNK_HEADER                                                           \
	((sizeof(struct svd_arena_chunk) + ARENA_ALIGN - 1) &                  \
	 ~(size_t)(ARENA_ALIGN - 1))

void svd_arena_init(struct svd_arena *arena)
{
	memset(arena, 0, sizeof(*arena));
}

void svd_arena_free(struct svd_arena *arena)
{
	struct svd_arena_chunk *chunk = arena->chunks;

	while (chunk) {
		struct svd_arena_chunk *next = chunk->next;
		free(chunk);
		chunk = next;
	}
	svd_arena_init(arena);
}

/* Start a new chunk big enough for at least size bytes. */
static void arena_grow(struct svd_arena *arena, size_t size)
{
	size_t capacity = size > ARENA_CHUNK_SIZE ? size : ARENA_CHUNK_SIZE;
	struct svd_arena_chunk *chunk = malloc(CHUNK_HEADER + capacity);

	if (!chunk) {
		/*
		 * The library never exits on bad input; running out of memory
		 * is the one condition it cannot report and continue from.
		 */
		fputs("svdgen: out of memory\n", stderr);
		abort();
	}
	chunk->capacity = capacity;
	chunk->next = arena->chunks;
	arena->chunks = chunk;
	arena->used = 0;
	arena->capacity = capacity;
	arena->total += CHUNK_HEADER + capacity;
}

void *svd_arena_alloc(struct svd_arena *arena, size_t size)
{
	void *memory;

	size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (size == 0)
		size = ARENA_ALIGN;
	if (!arena->chunks || arena->capacity - arena->used < size)
		arena_grow(arena, size);
	memory = (char *)arena->chunks + CHUNK_HEADER + arena->used;
	arena->used += size;
	memset(memory, 0, size);
	return memory;
}

char *svd_arena_strndup(struct svd_arena *arena, const char *text,
			size_t length)
{
	char *copy = svd_arena_alloc(arena, length + 1);

	memcpy(copy, text, length);
	copy[length] = '\0';
	return copy;
}

char *svd_arena_strdup(struct svd_arena *arena, const char *text)
{
	return text ? svd_arena_strndup(arena, text, strlen(text)) : NULL;
}

char *svd_arena_printf(struct svd_arena *arena, const char *format, ...)
{
	size_t room = arena->chunks ? arena->capacity - arena->used : 0;
	char *start = arena->chunks
			  ? (char *)arena->chunks + CHUNK_HEADER + arena->used
			  : NULL;
	size_t length;
	va_list args;
	char *text;

	/* Format into the chunk's free space; claim what was used. */
	va_start(args, format);
	length = svd_vformat(start, room, format, args);
	va_end(args);
	if (length < room) {
		size_t size =
		    (length + 1 + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);

		arena->used += size <= room ? size : room;
		return start;
	}
	text = svd_arena_alloc(arena, length + 1);
	va_start(args, format);
	svd_vformat(text, length + 1, format, args);
	va_end(args);
	return text;
}

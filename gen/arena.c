// SPDX-License-Identifier: MIT
/* MAP_ANONYMOUS, which POSIX only added in 2024. */
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#include "arena.h"
#include "format.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_CHUNK_SIZE (256 * 1024)
#define ARENA_ALIGN 16

struct svd_arena_chunk {
	struct svd_arena_chunk *next;
	size_t capacity;
	bool dedicated; /* one block, which svd_arena_release may free */
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

		if (chunk->dedicated)
			munmap(chunk, CHUNK_HEADER + chunk->capacity);
		else
			free(chunk);
		chunk = next;
	}
	svd_arena_init(arena);
}

/*
 * Allocate a chunk with capacity bytes of payload, or abort. A dedicated
 * one is a mapping of its own, outside malloc, and zero: the name tables
 * give their old arrays back as they grow (2.6 MB at a time on
 * STM32H573), and glibc, given back a block that large, raises its mmap
 * threshold to it and serves later blocks up to that size from the heap,
 * where those freed leave holes that stay resident. Peak RSS on
 * STM32H573 went from 39.7 MB to 38.8 MB so.
 */
static struct svd_arena_chunk *new_chunk(struct svd_arena *arena,
					 size_t capacity, bool dedicated)
{
	struct svd_arena_chunk *chunk;

	if (dedicated) {
		chunk =
		    mmap(NULL, CHUNK_HEADER + capacity, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (chunk == MAP_FAILED)
			chunk = NULL;
	} else {
		chunk = malloc(CHUNK_HEADER + capacity);
	}
	if (!chunk) {
		/*
		 * The library never exits on bad input; running out of memory
		 * is the one condition it cannot report and continue from.
		 */
		fputs("svdgen: out of memory\n", stderr);
		abort();
	}
	chunk->capacity = capacity;
	chunk->dedicated = dedicated;
	arena->total += CHUNK_HEADER + capacity;
	return chunk;
}

/* Start a new current chunk. */
static void arena_grow(struct svd_arena *arena)
{
	struct svd_arena_chunk *chunk =
	    new_chunk(arena, ARENA_CHUNK_SIZE, false);

	chunk->next = arena->chunks;
	arena->chunks = chunk;
	arena->used = 0;
	arena->capacity = ARENA_CHUNK_SIZE;
}

/*
 * A block too big to share a chunk gets one of its own, linked behind the
 * current chunk so that chunk's free space stays in use; it can be given
 * back early with svd_arena_release.
 */
static void *alloc_dedicated(struct svd_arena *arena, size_t size)
{
	struct svd_arena_chunk *chunk = new_chunk(arena, size, true);

	if (arena->chunks) {
		chunk->next = arena->chunks->next;
		arena->chunks->next = chunk;
	} else {
		/* The only chunk, and full. */
		chunk->next = NULL;
		arena->chunks = chunk;
		arena->used = arena->capacity = size;
	}
	return (char *)chunk + CHUNK_HEADER;
}

/* size bytes at the start of a new chunk. */
__attribute__((noinline)) static char *
take_from_new_chunk(struct svd_arena *arena, size_t size)
{
	arena_grow(arena);
	arena->used = size;
	return (char *)arena->chunks + CHUNK_HEADER;
}

/*
 * size bytes at a multiple of align (a power of two) in the current chunk,
 * or at the start of a new one. Inline, the new chunk apart: every block
 * and string of every stage comes from here.
 */
static inline char *take(struct svd_arena *arena, size_t size, size_t align)
{
	size_t start = (arena->used + align - 1) & ~(align - 1);

	if (!arena->chunks || start > arena->capacity ||
	    arena->capacity - start < size)
		return take_from_new_chunk(arena, size);
	arena->used = start + size;
	return (char *)arena->chunks + CHUNK_HEADER + start;
}

void *svd_arena_alloc(struct svd_arena *arena, size_t size)
{
	void *memory;

	size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (size == 0)
		size = ARENA_ALIGN;
	/* A dedicated block is a fresh mapping: zero already. */
	if (size > ARENA_CHUNK_SIZE / 4)
		return alloc_dedicated(arena, size);
	memory = take(arena, size, ARENA_ALIGN);
	memset(memory, 0, size);
	return memory;
}

void svd_arena_release(struct svd_arena *arena, void *memory)
{
	struct svd_arena_chunk **link;

	/* Never the current chunk: small blocks may share it. */
	if (!arena->chunks || !memory)
		return;
	for (link = &arena->chunks->next; *link; link = &(*link)->next) {
		struct svd_arena_chunk *chunk = *link;

		if (chunk->dedicated &&
		    (char *)chunk + CHUNK_HEADER == (char *)memory) {
			*link = chunk->next;
			arena->total -= CHUNK_HEADER + chunk->capacity;
			munmap(chunk, CHUNK_HEADER + chunk->capacity);
			return;
		}
	}
}

char *svd_arena_strndup(struct svd_arena *arena, const char *text,
			size_t length)
{
	/* Text needs no alignment: strings are packed end to end. */
	char *copy = length + 1 > ARENA_CHUNK_SIZE / 4
			 ? svd_arena_alloc(arena, length + 1)
			 : take(arena, length + 1, 1);

	memcpy(copy, text, length);
	copy[length] = '\0';
	return copy;
}

char *svd_arena_strdup(struct svd_arena *arena, const char *text)
{
	return text ? svd_arena_strndup(arena, text, strlen(text)) : NULL;
}

char *svd_arena_concat(struct svd_arena *arena, const char *const parts[],
		       size_t count)
{
	/* The lengths of the first parts, kept: names have a few. */
	size_t lengths[8], total = 0;
	char *text, *out;

	for (size_t i = 0; i < count; i++) {
		size_t length = strlen(parts[i]);

		if (i < sizeof(lengths) / sizeof(lengths[0]))
			lengths[i] = length;
		total += length;
	}
	text = total + 1 > ARENA_CHUNK_SIZE / 4
		   ? svd_arena_alloc(arena, total + 1)
		   : take(arena, total + 1, 1);
	out = text;
	for (size_t i = 0; i < count; i++) {
		size_t length = i < sizeof(lengths) / sizeof(lengths[0])
				    ? lengths[i]
				    : strlen(parts[i]);

		memcpy(out, parts[i], length);
		out += length;
	}
	*out = '\0';
	return text;
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
		/* Text needs no alignment: the next block aligns itself. */
		arena->used += length + 1;
		return start;
	}
	text = svd_arena_alloc(arena, length + 1);
	va_start(args, format);
	svd_vformat(text, length + 1, format, args);
	va_end(args);
	return text;
}

// SPDX-License-Identifier: MIT
#include "marks.h"

#include <stdint.h>
#include <string.h>

/* Addresses are aligned: mix the high bits into the low ones. */
static size_t hash_address(const void *element)
{
	uint64_t hash = (uint64_t)(uintptr_t)element;

	hash ^= hash >> 33;
	hash *= 0xff51afd7ed558ccdULL;
	hash ^= hash >> 33;
	return (size_t)hash;
}

void svd_marks_init(struct svd_marks *marks, struct svd_arena *arena)
{
	memset(marks, 0, sizeof(*marks));
	marks->arena = arena;
}

static size_t find_slot(const void *const *keys, size_t capacity,
			const void *element)
{
	size_t mask = capacity - 1;
	size_t slot = hash_address(element) & mask;

	while (keys[slot] && keys[slot] != element)
		slot = (slot + 1) & mask;
	return slot;
}

unsigned svd_marks_get(const struct svd_marks *marks, const void *element)
{
	size_t slot;

	if (!marks->capacity)
		return 0;
	slot = find_slot(marks->keys, marks->capacity, element);
	return marks->keys[slot] ? marks->values[slot] : 0;
}

/* Double the arrays; the old ones stay in the arena until the run ends. */
static void grow(struct svd_marks *marks)
{
	size_t capacity = marks->capacity ? marks->capacity * 2 : 64;
	const void **keys =
	    svd_arena_alloc(marks->arena, capacity * sizeof(*keys));
	unsigned char *values =
	    svd_arena_alloc(marks->arena, capacity * sizeof(*values));

	for (size_t i = 0; i < marks->capacity; i++)
		if (marks->keys[i]) {
			size_t slot = find_slot(keys, capacity, marks->keys[i]);

			keys[slot] = marks->keys[i];
			values[slot] = marks->values[i];
		}
	marks->keys = keys;
	marks->values = values;
	marks->capacity = capacity;
}

void svd_marks_set(struct svd_marks *marks, const void *element, unsigned value)
{
	size_t slot;

	if ((marks->count + 1) * 4 > marks->capacity * 3)
		grow(marks);
	slot = find_slot(marks->keys, marks->capacity, element);
	if (!marks->keys[slot]) {
		marks->keys[slot] = element;
		marks->count++;
	}
	marks->values[slot] = (unsigned char)value;
}

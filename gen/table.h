/* SPDX-License-Identifier: MIT */
/*
 * A string-keyed hash table in the run's arena, for name registries: which
 * C identifiers are taken, and by what.
 */
#ifndef SVDGEN_TABLE_H
#define SVDGEN_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

struct svd_table_entry {
	const char *key;
	void *value;
	uint64_t hash; /* of key: most probes end on it, without strcmp */
};

struct svd_table {
	struct svd_arena *arena;
	struct svd_table_entry *entries;
	size_t capacity; /* a power of two */
	size_t count;
};

void svd_table_init(struct svd_table *table, struct svd_arena *arena);
/* The value stored under key, or NULL. */
void *svd_table_find(const struct svd_table *table, const char *key);
/*
 * Store value under key unless the key is taken. Returns the value already
 * there, or NULL when value was stored.
 */
void *svd_table_insert(struct svd_table *table, const char *key, void *value);

#endif

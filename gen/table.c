// SPDX-License-Identifier: MIT
#include "table.h"

#include <stdint.h>
#include <string.h>

/* FNV-1a: short keys, good enough spread, no dependencies. */
static uint64_t hash_key(const char *key)
{
	uint64_t hash = 14695981039346656037ULL;

	for (; *key; key++) {
		hash ^= (unsigned char)*key;
		hash *= 1099511628211ULL;
	}
	return hash;
}

void svd_table_init(struct svd_table *table, struct svd_arena *arena)
{
	memset(table, 0, sizeof(*table));
	table->arena = arena;
}

/*
 * The slot holding key, or the empty slot where it would go. A slot whose
 * stored hash differs cannot hold key, so strcmp runs only on a match.
 */
static struct svd_table_entry *find_slot(struct svd_table_entry *entries,
					 size_t capacity, const char *key,
					 uint64_t hash)
{
	size_t mask = capacity - 1;
	size_t slot = (size_t)hash & mask;

	while (entries[slot].key && (entries[slot].hash != hash ||
				     strcmp(entries[slot].key, key) != 0))
		slot = (slot + 1) & mask;
	return &entries[slot];
}

void *svd_table_find(const struct svd_table *table, const char *key)
{
	return svd_table_find_hashed(table, key, hash_key(key));
}

void *svd_table_find_hashed(const struct svd_table *table, const char *key,
			    uint64_t hash)
{
	if (!table->capacity)
		return NULL;
	return find_slot(table->entries, table->capacity, key, hash)->value;
}

/* Double the table; a large old array goes back at once. */
static void grow(struct svd_table *table)
{
	size_t capacity = table->capacity ? table->capacity * 2 : 64;
	struct svd_table_entry *entries = svd_arena_alloc(
	    table->arena, capacity * sizeof(struct svd_table_entry));

	for (size_t i = 0; i < table->capacity; i++)
		if (table->entries[i].key)
			*find_slot(entries, capacity, table->entries[i].key,
				   table->entries[i].hash) = table->entries[i];
	svd_arena_release(table->arena, table->entries);
	table->entries = entries;
	table->capacity = capacity;
}

void *svd_table_insert(struct svd_table *table, const char *key, void *value)
{
	return svd_table_insert_hashed(table, key, hash_key(key), value);
}

void *svd_table_insert_hashed(struct svd_table *table, const char *key,
			      uint64_t hash, void *value)
{
	struct svd_table_entry *slot;

	/*
	 * At most three quarters full: with the hashes stored, a probe past
	 * another key costs one comparison, and the name registries of a
	 * large device hold hundreds of thousands of keys.
	 */
	if ((table->count + 1) * 4 > table->capacity * 3)
		grow(table);
	slot = find_slot(table->entries, table->capacity, key, hash);
	if (slot->key)
		return slot->value;
	slot->key = key;
	slot->value = value;
	slot->hash = hash;
	table->count++;
	return NULL;
}

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
 * A key's tag: the low 32 bits of its hash, whose lowest bits are its
 * slot, never 0, which marks a free slot. A probe reads the dense tag
 * array first and the entries only on a match.
 */
static inline uint32_t tag_of(uint64_t hash)
{
	uint32_t tag = (uint32_t)hash;

	return tag ? tag : 1;
}

/*
 * The slot holding key, or the free slot where it would go. A slot whose
 * tag differs cannot hold key, so its entry is not read and strcmp runs
 * only on a match.
 */
static inline size_t find_slot(const struct svd_table_entry *entries,
			       const uint32_t *tags, size_t capacity,
			       const char *key, uint32_t tag)
{
	size_t mask = capacity - 1;
	size_t slot = tag & mask;

	while (tags[slot] &&
	       (tags[slot] != tag || strcmp(entries[slot].key, key) != 0))
		slot = (slot + 1) & mask;
	return slot;
}

void *svd_table_find(const struct svd_table *table, const char *key)
{
	return svd_table_find_hashed(table, key, hash_key(key));
}

void *svd_table_find_hashed(const struct svd_table *table, const char *key,
			    uint64_t hash)
{
	size_t slot;

	if (!table->capacity)
		return NULL;
	slot = find_slot(table->entries, table->tags, table->capacity, key,
			 tag_of(hash));
	/* A miss reads no entry. */
	return table->tags[slot] ? table->entries[slot].value : NULL;
}

/*
 * Move the table to capacity slots; a large old array goes back at once.
 * The tag holds all of the hash a slot needs, so no key is hashed again.
 */
static void resize(struct svd_table *table, size_t capacity)
{
	struct svd_table_entry *entries = svd_arena_alloc(
	    table->arena,
	    capacity * (sizeof(struct svd_table_entry) + sizeof(uint32_t)));
	uint32_t *tags = (uint32_t *)(entries + capacity);

	for (size_t i = 0; i < table->capacity; i++) {
		size_t slot = table->tags[i] & (capacity - 1);

		if (!table->tags[i])
			continue;
		/* Keys are distinct: the first free slot is the one. */
		while (tags[slot])
			slot = (slot + 1) & (capacity - 1);
		entries[slot] = table->entries[i];
		tags[slot] = table->tags[i];
	}
	svd_arena_release(table->arena, table->entries);
	table->entries = entries;
	table->tags = tags;
	table->capacity = capacity;
}

void svd_table_reserve(struct svd_table *table, size_t count)
{
	size_t capacity = table->capacity ? table->capacity : 64;

	while (count * 4 > capacity * 3)
		capacity *= 2;
	if (capacity != table->capacity)
		resize(table, capacity);
}

void *svd_table_insert(struct svd_table *table, const char *key, void *value)
{
	return svd_table_insert_hashed(table, key, hash_key(key), value);
}

/*
 * The slot of key, or the free slot it would take, with room for one key
 * more.
 */
static size_t slot_for_insert(struct svd_table *table, const char *key,
			      uint32_t tag)
{
	/*
	 * At most three quarters full: with the tags stored, a probe past
	 * another key costs one comparison, and the name registries of a
	 * large device hold hundreds of thousands of keys.
	 */
	if ((table->count + 1) * 4 > table->capacity * 3)
		resize(table, table->capacity ? table->capacity * 2 : 64);
	return find_slot(table->entries, table->tags, table->capacity, key,
			 tag);
}

struct svd_table_entry *svd_table_take_hashed(struct svd_table *table,
					      const char *key, size_t length,
					      uint64_t hash)
{
	uint32_t tag = tag_of(hash);
	size_t slot = slot_for_insert(table, key, tag);
	struct svd_table_entry *entry = &table->entries[slot];

	if (table->tags[slot])
		return NULL;
	entry->key = svd_arena_strndup(table->arena, key, length);
	entry->value = NULL;
	table->tags[slot] = tag;
	table->count++;
	return entry;
}

void *svd_table_insert_hashed(struct svd_table *table, const char *key,
			      uint64_t hash, void *value)
{
	uint32_t tag = tag_of(hash);
	size_t slot = slot_for_insert(table, key, tag);

	if (table->tags[slot])
		return table->entries[slot].value;
	table->entries[slot].key = key;
	table->entries[slot].value = value;
	table->tags[slot] = tag;
	table->count++;
	return NULL;
}

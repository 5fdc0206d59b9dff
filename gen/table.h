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
};

struct svd_table {
	struct svd_arena *arena;
	struct svd_table_entry *entries;
	/*
	 * Per slot, the low 32 bits of its key's hash, whose lowest bits are
	 * the slot, or 0 when the slot is free: most probes end on it,
	 * without strcmp, and the table grows without hashing again. Apart
	 * from the entries and read first, so that a probe of a large
	 * table mostly reads this dense array, 4 bytes a slot, and a slot
	 * takes 20 bytes rather than 24.
	 */
	uint32_t *tags;
	size_t capacity; /* a power of two */
	size_t count;
};

void svd_table_init(struct svd_table *table, struct svd_arena *arena);
/*
 * Make room for count keys at once: a table that would otherwise double
 * its way there rewrites every slot at each step.
 */
void svd_table_reserve(struct svd_table *table, size_t count);

/*
 * The hash the table keeps for a key (FNV-1a), built piece by piece: start
 * from SVD_TABLE_HASH_START and add each piece's bytes in order. A caller
 * that makes many keys with one prefix hashes the prefix once.
 */
#define SVD_TABLE_HASH_START 14695981039346656037ULL

static inline uint64_t svd_table_hash_add(uint64_t hash, const char *bytes,
					  size_t length)
{
	for (size_t i = 0; i < length; i++) {
		hash ^= (unsigned char)bytes[i];
		hash *= 1099511628211ULL;
	}
	return hash;
}

/* The value stored under key, or NULL. */
void *svd_table_find(const struct svd_table *table, const char *key);
/*
 * Store value under key unless the key is taken. Returns the value already
 * there, or NULL when value was stored.
 */
void *svd_table_insert(struct svd_table *table, const char *key, void *value);
/* The same, with key's hash already worked out by svd_table_hash_add. */
void *svd_table_find_hashed(const struct svd_table *table, const char *key,
			    uint64_t hash);
void *svd_table_insert_hashed(struct svd_table *table, const char *key,
			      uint64_t hash, void *value);
/*
 * Take key (length bytes, then a NUL) for a value yet to be made, in one
 * probe: NULL when the key is taken; else its new entry, whose key is a
 * copy in the table's arena and whose value the caller sets before the
 * table changes again. A caller whose key is in scratch space and whose
 * value costs work to build neither copies nor builds for a taken key.
 */
struct svd_table_entry *svd_table_take_hashed(struct svd_table *table,
					      const char *key, size_t length,
					      uint64_t hash);

#endif

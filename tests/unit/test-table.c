// SPDX-License-Identifier: MIT
/*
 * table.c and the arena's large blocks: every key stored stays findable
 * through the growth of the table, a taken key keeps its first value, and
 * a large block can be given back while small ones stay.
 */
#include "unit-helpers.h"

#include "arena.h"
#include "table.h"

#define KEY_COUNT 100000

static void test_insert_and_find(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	char key[32];

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	assert_null(svd_table_find(&table, "missing"));
	assert_null(svd_table_insert(&table, "A", "first"));
	/* A taken key keeps its value and says which it is. */
	assert_string_equal(svd_table_insert(&table, "A", "second"), "first");
	assert_string_equal(svd_table_find(&table, "A"), "first");
	/* A key built elsewhere with the same text is the same key. */
	snprintf(key, sizeof(key), "%c", 'A');
	assert_string_equal(svd_table_find(&table, key), "first");
	assert_null(svd_table_find(&table, "a"));
	assert_null(svd_table_find(&table, ""));
	assert_null(svd_table_insert(&table, "", "empty"));
	assert_string_equal(svd_table_find(&table, ""), "empty");
	assert_int_equal(table.count, 2);
	svd_arena_free(&arena);
}

/* Many similar keys: the table grows many times, none is lost. */
static void test_growth_keeps_every_key(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	char key[32];

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	for (long i = 0; i < KEY_COUNT; i++) {
		snprintf(key, sizeof(key), "GPIO_MODER_MODE%ld_Msk", i);
		assert_null(svd_table_insert(
		    &table, svd_arena_strdup(&arena, key), (void *)(i + 1)));
	}
	assert_int_equal(table.count, KEY_COUNT);
	/* Never more than three quarters full. */
	assert_true(table.count * 4 <= table.capacity * 3);
	for (long i = 0; i < KEY_COUNT; i++) {
		snprintf(key, sizeof(key), "GPIO_MODER_MODE%ld_Msk", i);
		assert_ptr_equal(svd_table_find(&table, key), (void *)(i + 1));
		snprintf(key, sizeof(key), "GPIO_MODER_MODE%ld_Pos", i);
		assert_null(svd_table_find(&table, key));
	}
	svd_arena_free(&arena);
}

/*
 * Room made up front: the keys go in without the table moving, and a
 * reservation smaller than the table changes nothing.
 */
static void test_reserve(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	const struct svd_table_entry *entries;
	size_t capacity;
	char key[32];

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	svd_table_insert(&table, "before", "kept");
	svd_table_reserve(&table, KEY_COUNT);
	capacity = table.capacity;
	entries = table.entries;
	assert_true(KEY_COUNT * 4 <= capacity * 3);
	/* The smallest power of two that holds them. */
	assert_true(KEY_COUNT * 4 > capacity / 2 * 3);
	assert_string_equal(svd_table_find(&table, "before"), "kept");
	for (long i = 1; i < KEY_COUNT; i++) {
		snprintf(key, sizeof(key), "RCC_AHB%ldENR", i);
		assert_null(svd_table_insert(
		    &table, svd_arena_strdup(&arena, key), (void *)i));
	}
	assert_int_equal(table.capacity, capacity);
	assert_ptr_equal(table.entries, entries);
	svd_table_reserve(&table, 10);
	assert_int_equal(table.capacity, capacity);
	for (long i = 1; i < KEY_COUNT; i++) {
		snprintf(key, sizeof(key), "RCC_AHB%ldENR", i);
		assert_ptr_equal(svd_table_find(&table, key), (void *)i);
	}
	svd_arena_free(&arena);
}

/*
 * A tag of 0 marks a free slot: a key whose hash ends in 32 zero bits is
 * still stored and found, apart from a key of another hash in the slot
 * it moves to.
 */
static void test_hash_with_zero_low_bits(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	const uint64_t zero = 0x123456700000000ULL, one = 1;

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	assert_null(svd_table_insert_hashed(&table, "zero", zero, "0"));
	assert_null(svd_table_insert_hashed(&table, "one", one, "1"));
	assert_string_equal(svd_table_find_hashed(&table, "zero", zero), "0");
	assert_string_equal(svd_table_find_hashed(&table, "one", one), "1");
	assert_string_equal(svd_table_insert_hashed(&table, "zero", zero, "x"),
			    "0");
	assert_null(svd_table_find_hashed(&table, "two", zero));
	assert_int_equal(table.count, 2);
	svd_arena_free(&arena);
}

/*
 * A key taken from scratch space is copied; a taken key is refused, its
 * value kept, and nothing is copied for it.
 */
static void test_take(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	struct svd_table_entry *entry;
	char scratch[] = "TIM1_CR1_CEN_Enable";
	size_t length = strlen(scratch), used;
	uint64_t hash =
	    svd_table_hash_add(SVD_TABLE_HASH_START, scratch, length);

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	entry = svd_table_take_hashed(&table, scratch, length, hash);
	assert_non_null(entry);
	assert_ptr_not_equal(entry->key, scratch);
	assert_string_equal(entry->key, "TIM1_CR1_CEN_Enable");
	assert_null(entry->value);
	entry->value = "1";
	/* The scratch space is reused: the stored key is not. */
	memset(scratch, 'x', length);
	assert_string_equal(svd_table_find(&table, "TIM1_CR1_CEN_Enable"), "1");
	strcpy(scratch, "TIM1_CR1_CEN_Enable");
	used = arena.used;
	assert_null(svd_table_take_hashed(&table, scratch, length, hash));
	assert_int_equal(arena.used, used);
	assert_string_equal(svd_table_find(&table, scratch), "1");
	assert_int_equal(table.count, 1);
	svd_arena_free(&arena);
}

/*
 * A hash built in pieces is the table's own: a key stored one way is
 * found the other, whatever the pieces.
 */
static void test_hash_in_pieces(void **state)
{
	struct svd_arena arena;
	struct svd_table table;
	uint64_t stem, hash;

	(void)state;
	svd_arena_init(&arena);
	svd_table_init(&table, &arena);
	assert_null(svd_table_insert(&table, "GPIOA_MODER_MODE0_Input", "a"));
	stem = svd_table_hash_add(SVD_TABLE_HASH_START, "GPIOA_MODER_", 12);
	hash = svd_table_hash_add(stem, "MODE0_Input", 11);
	assert_string_equal(
	    svd_table_find_hashed(&table, "GPIOA_MODER_MODE0_Input", hash),
	    "a");
	/* A taken key keeps its value through the hashed insert too. */
	assert_string_equal(svd_table_insert_hashed(
				&table, "GPIOA_MODER_MODE0_Input", hash, "b"),
			    "a");
	hash = svd_table_hash_add(stem, "MODE0_Output", 12);
	assert_null(
	    svd_table_find_hashed(&table, "GPIOA_MODER_MODE0_Output", hash));
	assert_null(svd_table_insert_hashed(&table, "GPIOA_MODER_MODE0_Output",
					    hash, "c"));
	assert_string_equal(svd_table_find(&table, "GPIOA_MODER_MODE0_Output"),
			    "c");
	/* No bytes: the hash of the empty key. */
	assert_null(svd_table_insert(&table, "", "empty"));
	assert_string_equal(
	    svd_table_find_hashed(&table, "", SVD_TABLE_HASH_START), "empty");
	svd_arena_free(&arena);
}

/* svd_arena_concat: the parts end to end, each byte of each part. */
static void test_arena_concat(void **state)
{
	struct svd_arena arena;
	const char *parts[12];
	char expected[64] = "";
	char *first, *second;

	(void)state;
	svd_arena_init(&arena);
	assert_string_equal(svd_arena_concat(&arena, parts, 0), "");
	parts[0] = "GPIOA";
	parts[1] = "_";
	parts[2] = "";
	parts[3] = "MODER";
	first = svd_arena_concat(&arena, parts, 4);
	assert_string_equal(first, "GPIOA_MODER");
	/* A second name does not overwrite the first. */
	second = svd_arena_concat(&arena, parts, 2);
	assert_string_equal(second, "GPIOA_");
	assert_string_equal(first, "GPIOA_MODER");
	/* More parts than it keeps lengths of, each of its own length. */
	for (size_t i = 0; i < 12; i++) {
		static const char *const words[] = {
		    "a",     "bc", "",	     "def", "ghij", "k",
		    "lmnop", "qr", "stuvwx", "",    "yz",   "0123456"};

		parts[i] = words[i];
		strcat(expected, parts[i]);
	}
	assert_string_equal(svd_arena_concat(&arena, parts, 12), expected);
	svd_arena_free(&arena);
}

static void test_arena_release(void **state)
{
	struct svd_arena arena;
	char *small, *big, *after;
	size_t held;

	(void)state;
	svd_arena_init(&arena);
	small = svd_arena_alloc(&arena, 100);
	big = svd_arena_alloc(&arena, 1 << 20);
	/* A large block does not end the chunk small blocks come from. */
	after = svd_arena_alloc(&arena, 100);
	assert_ptr_equal(after, small + 112);
	memset(big, 0x5a, 1 << 20);
	held = arena.total;
	svd_arena_release(&arena, big);
	/* The large block went back to the system, and only it. */
	assert_true(held - arena.total >= (size_t)1 << 20);
	assert_true(held - arena.total < ((size_t)1 << 20) + 256);
	/* Small blocks are never released: still usable. */
	held = arena.total;
	svd_arena_release(&arena, small);
	assert_int_equal(arena.total, held);
	memset(small, 1, 100);
	assert_int_equal(small[99], 1);
	big = svd_arena_alloc(&arena, 1 << 20);
	assert_int_equal(big[(1 << 20) - 1], 0);
	svd_arena_free(&arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_insert_and_find),
	    cmocka_unit_test(test_growth_keeps_every_key),
	    cmocka_unit_test(test_reserve),
	    cmocka_unit_test(test_hash_with_zero_low_bits),
	    cmocka_unit_test(test_take),
	    cmocka_unit_test(test_hash_in_pieces),
	    cmocka_unit_test(test_arena_concat),
	    cmocka_unit_test(test_arena_release),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

// SPDX-License-Identifier: MIT
/*
 * layout.c: members sorted by offset, gaps filled with padding in units
 * the alignment allows, overlapping registers gathered into unions, struct
 * sizes rounded to their alignment and packing where a register sits off
 * its natural alignment; all without names, which naming-layout.c gives.
 */
#include "unit-helpers.h"

#define ONE_PERIPHERAL(registers)                                              \
	SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"     \
		  "<registers>" registers "</registers></peripheral>" SVD_END

/* Run svd through layout alone, which must succeed with exactly messages. */
static void layout_ok(struct unit_run *run, const char *svd,
		      const char *messages)
{
	unit_run_init(run);
	assert_int_equal(unit_run_until(run, svd, UNIT_LAYOUT), 0);
	assert_string_equal(unit_messages(run), messages);
}

/* The struct type of the first peripheral. */
static struct svd_struct *first_type(struct unit_run *run)
{
	assert_non_null(run->expanded.types);
	return run->expanded.types;
}

/* Assert that item is the member of this SVD name at offset. */
static void assert_member_item(const struct svd_item *item, const char *name,
			       uint64_t offset)
{
	assert_non_null(item);
	assert_int_equal(item->kind, SVD_ITEM_MEMBER);
	assert_string_equal(item->member->name, name);
	assert_int_equal(item->offset, offset);
}

/* Assert that item is padding covering size bytes in units, unnamed. */
static void assert_reserved_item(const struct svd_item *item, uint64_t offset,
				 uint64_t size, unsigned unit)
{
	assert_non_null(item);
	assert_int_equal(item->kind, SVD_ITEM_RESERVED);
	assert_null(item->reserved_name);
	assert_int_equal(item->offset, offset);
	assert_int_equal(item->size, size);
	assert_int_equal(item->reserved_unit, unit);
}

static void test_reserved_padding_units(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	const struct svd_item *item;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>A</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name>"
				 "<addressOffset>0x10</addressOffset>"
				 "</register>"
				 "<register><name>C</name><size>16</size>"
				 "<addressOffset>0x1c</addressOffset>"
				 "</register>"),
		  "");
	type = first_type(&run);
	item = type->items;
	assert_member_item(item, "A", 0);
	assert_reserved_item(item = item->next, 4, 12, 4);
	assert_member_item(item = item->next, "B", 0x10);
	assert_reserved_item(item = item->next, 0x14, 8, 4);
	assert_member_item(item = item->next, "C", 0x1c);
	/* The tail pads the struct to its 4-byte alignment. */
	assert_reserved_item(item = item->next, 0x1e, 2, 2);
	assert_null(item->next);
	assert_int_equal(type->size, 0x20);
	assert_int_equal(type->alignment, 4);
	assert_false(type->packed);
	unit_run_free(&run);
}

static void test_reserved_units_follow_alignment(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	/* Only bytes: padding in bytes, even where 4 would divide. */
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>A</name><size>8</size>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name><size>8</size>"
				 "<addressOffset>8</addressOffset></register>"),
		  "");
	type = first_type(&run);
	assert_reserved_item(type->items->next, 1, 7, 1);
	assert_int_equal(type->size, 9);
	assert_int_equal(type->alignment, 1);
	unit_run_free(&run);
}

static void test_union_for_alternate_registers(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	const struct svd_item *item;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>A</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name>"
				 "<alternateRegister>A</alternateRegister>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>C</name>"
				 "<addressOffset>4</addressOffset></register>"),
		  "");
	type = first_type(&run);
	item = type->items;
	assert_int_equal(item->kind, SVD_ITEM_UNION);
	assert_int_equal(item->offset, 0);
	assert_int_equal(item->size, 4);
	/* Both start the union: each is a lane of its own, in SVD order. */
	assert_member_item(item->children, "A", 0);
	assert_member_item(item->children->next, "B", 0);
	assert_null(item->children->next->next);
	assert_member_item(item->next, "C", 4);
	assert_null(item->next->next);
	assert_int_equal(type->size, 8);
	unit_run_free(&run);
}

static void test_union_lanes(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	const struct svd_item *item, *lane;

	(void)state;
	/* A 32-bit register seen also as two 16-bit halves. */
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>W</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>L</name><size>16</size>"
				 "<alternateGroup>H</alternateGroup>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>U</name><size>16</size>"
				 "<alternateGroup>H</alternateGroup>"
				 "<addressOffset>2</addressOffset>"
				 "</register>"),
		  "");
	type = first_type(&run);
	item = type->items;
	assert_int_equal(item->kind, SVD_ITEM_UNION);
	assert_int_equal(item->size, 4);
	assert_null(item->next);
	assert_member_item(item->children, "W", 0);
	lane = item->children->next;
	assert_non_null(lane);
	assert_int_equal(lane->kind, SVD_ITEM_STRUCT);
	assert_int_equal(lane->offset, 0);
	assert_int_equal(lane->size, 4);
	assert_member_item(lane->children, "L", 0);
	assert_member_item(lane->children->next, "U", 2);
	assert_null(lane->children->next->next);
	assert_null(lane->next);
	assert_int_equal(type->size, 4);
	unit_run_free(&run);
}

static void test_union_lane_starting_later_is_padded(void **state)
{
	struct unit_run run;
	const struct svd_item *lane;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>W</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>HI</name><size>16</size>"
				 "<alternateRegister>W</alternateRegister>"
				 "<addressOffset>2</addressOffset>"
				 "</register>"),
		  "");
	lane = first_type(&run)->items->children->next;
	assert_int_equal(lane->kind, SVD_ITEM_STRUCT);
	assert_reserved_item(lane->children, 0, 2, 2);
	assert_member_item(lane->children->next, "HI", 2);
	unit_run_free(&run);
}

/*
 * A union of members aligned to 2 in a struct aligned to 4: padding in
 * its lanes must not use 4-byte units, which would make the union
 * 4-aligned and round its size from 0xa up to 0xc, moving TAIL from 0xe
 * to 0x10.
 */
static void test_union_lane_padding_keeps_union_alignment(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	const struct svd_item *item, *lane;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>CTRL</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<cluster><name>K</name>"
				 "<addressOffset>4</addressOffset>"
				 "<register><name>LO</name><size>16</size>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>HI</name><size>16</size>"
				 "<addressOffset>8</addressOffset></register>"
				 "</cluster>\n"
				 "<register><name>MID</name><size>16</size>"
				 "<addressOffset>8</addressOffset></register>"
				 "<register><name>TAIL</name><size>16</size>"
				 "<addressOffset>0xe</addressOffset>"
				 "</register>"),
		  "t.svd:2: warning: 'MID' at offset 0x8 overlaps 'K' in 'P' "
		  "and is not marked alternate [register-overlap]\n");
	type = first_type(&run);
	assert_int_equal(type->alignment, 4);
	assert_false(type->packed);
	item = type->items->next;
	assert_int_equal(item->kind, SVD_ITEM_UNION);
	assert_int_equal(item->offset, 4);
	assert_int_equal(item->size, 0xa);
	assert_member_item(item->children, "K", 4);
	lane = item->children->next;
	assert_int_equal(lane->kind, SVD_ITEM_STRUCT);
	assert_reserved_item(lane->children, 4, 4, 2);
	assert_member_item(lane->children->next, "MID", 8);
	assert_member_item(item->next, "TAIL", 0xe);
	assert_int_equal(type->size, 0x10);
	unit_run_free(&run);
}

static void test_register_overlap_warning(void **state)
{
	struct unit_run run;
	const struct svd_item *item;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>A</name>"
				 "<addressOffset>0</addressOffset></register>\n"
				 "<register><name>B</name><size>16</size>"
				 "<addressOffset>2</addressOffset></register>"),
		  "t.svd:2: warning: 'B' at offset 0x2 overlaps 'A' in 'P' "
		  "and is not marked alternate [register-overlap]\n");
	/* Laid out as a union all the same, so offsets hold. */
	item = first_type(&run)->items;
	assert_int_equal(item->kind, SVD_ITEM_UNION);
	unit_run_free(&run);
}

static void test_struct_size_rounded_to_alignment(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>A</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name><size>8</size>"
				 "<addressOffset>4</addressOffset></register>"),
		  "");
	type = first_type(&run);
	assert_int_equal(type->size, 8);
	assert_reserved_item(type->items->next->next, 5, 3, 1);
	unit_run_free(&run);

	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>D</name><size>64</size>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name><size>16</size>"
				 "<addressOffset>8</addressOffset></register>"),
		  "");
	type = first_type(&run);
	assert_int_equal(type->alignment, 8);
	assert_int_equal(type->size, 16);
	unit_run_free(&run);
}

static void test_packed_when_unaligned(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>H</name><size>16</size>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>W</name>"
				 "<addressOffset>2</addressOffset></register>"),
		  "t.svd:1: warning: 32-bit register 'W' at offset 0x2 is not "
		  "aligned; the struct is packed to keep it "
		  "[unaligned-register]\n");
	type = first_type(&run);
	assert_true(type->packed);
	assert_int_equal(type->alignment, 1);
	/* No rounding: a packed struct is exactly its members. */
	assert_int_equal(type->size, 6);
	unit_run_free(&run);
}

static void test_cluster_array_stride_forces_packing(void **state)
{
	struct unit_run run;
	struct svd_member *member;

	(void)state;
	/* Six bytes apart: a 4-aligned struct could not be 6 bytes. */
	layout_ok(&run,
		  ONE_PERIPHERAL("<cluster><name>C[%s]</name><dim>2</dim>"
				 "<dimIncrement>6</dimIncrement>"
				 "<addressOffset>0</addressOffset>"
				 "<register><name>R</name><size>16</size>"
				 "<addressOffset>0</addressOffset></register>"
				 "</cluster>"),
		  "");
	member = unit_member(first_type(&run), "C");
	assert_true(member->is_array);
	assert_int_equal(member->type->size, 6);
	assert_int_equal(member->type->alignment, 2);
	assert_false(member->type->packed);
	assert_int_equal(first_type(&run)->size, 12);
	unit_run_free(&run);

	layout_ok(&run,
		  ONE_PERIPHERAL("<cluster><name>C[%s]</name><dim>2</dim>"
				 "<dimIncrement>6</dimIncrement>"
				 "<addressOffset>0</addressOffset>"
				 "<register><name>R</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "</cluster>"),
		  "t.svd:1: warning: elements of 'C' are 0x6 bytes apart, "
		  "which leaves 4-byte registers unaligned; the struct is "
		  "packed to keep them [unaligned-register]\n");
	member = unit_member(first_type(&run), "C");
	assert_true(member->type->packed);
	assert_int_equal(member->type->size, 6);
	assert_int_equal(first_type(&run)->size, 12);
	unit_run_free(&run);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reserved_padding_units),
	    cmocka_unit_test(test_reserved_units_follow_alignment),
	    cmocka_unit_test(test_union_for_alternate_registers),
	    cmocka_unit_test(test_union_lanes),
	    cmocka_unit_test(test_union_lane_starting_later_is_padded),
	    cmocka_unit_test(test_union_lane_padding_keeps_union_alignment),
	    cmocka_unit_test(test_register_overlap_warning),
	    cmocka_unit_test(test_struct_size_rounded_to_alignment),
	    cmocka_unit_test(test_packed_when_unaligned),
	    cmocka_unit_test(test_cluster_array_stride_forces_packing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

// SPDX-License-Identifier: MIT
/*
 * layout.c: C identifiers for SVD names, members sorted by offset, gaps
 * filled with RESERVEDn arrays, overlapping registers gathered into unions,
 * struct sizes rounded to their alignment, packing where a register sits
 * off its natural alignment, and collisions between generated names.
 */
#include "unit-helpers.h"

#define ONE_PERIPHERAL(registers)                                              \
	SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"     \
		  "<registers>" registers "</registers></peripheral>" SVD_END

/* Run svd through layout, which must succeed with exactly messages. */
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

/* Assert that item is a member with this C name at offset. */
static void assert_member_item(const struct svd_item *item, const char *name,
			       uint64_t offset)
{
	assert_non_null(item);
	assert_int_equal(item->kind, SVD_ITEM_MEMBER);
	assert_string_equal(item->member->c_name, name);
	assert_int_equal(item->offset, offset);
}

/* Assert that item is padding called name covering size bytes in units. */
static void assert_reserved_item(const struct svd_item *item, const char *name,
				 uint64_t offset, uint64_t size, unsigned unit)
{
	assert_non_null(item);
	assert_int_equal(item->kind, SVD_ITEM_RESERVED);
	assert_string_equal(item->reserved_name, name);
	assert_int_equal(item->offset, offset);
	assert_int_equal(item->size, size);
	assert_int_equal(item->reserved_unit, unit);
}

/* svd_identifier(name) must give expected, changed or not. */
static void identifier(const char *name, const char *expected,
		       bool expected_changed)
{
	struct svd_arena arena;
	bool changed = !expected_changed;

	svd_arena_init(&arena);
	assert_string_equal(svd_identifier(&arena, name, &changed), expected);
	if (changed != expected_changed)
		fail_msg("'%s': changed is %d", name, changed);
	svd_arena_free(&arena);
}

static void test_identifier_unchanged(void **state)
{
	(void)state;
	identifier("CR1", "CR1", false);
	identifier("_x", "_x", false);
	identifier("GPIO_A", "GPIO_A", false);
	/* Case matters: these are not keywords. */
	identifier("INT", "INT", false);
	identifier("Class", "Class", false);
}

static void test_identifier_illegal_characters(void **state)
{
	(void)state;
	identifier("GPIO-A", "GPIO_A", true);
	identifier("a.b c", "a_b_c", true);
	identifier("CR[1]", "CR_1_", true);
	identifier("x\xc3\xa9y", "x__y", true);
}

static void test_identifier_leading_digit(void **state)
{
	(void)state;
	identifier("3V3", "_3V3", true);
	identifier("0", "_0", true);
	identifier("1-2", "_1_2", true);
}

static void test_identifier_keywords(void **state)
{
	(void)state;
	identifier("int", "int_", true);
	identifier("register", "register_", true);
	identifier("_Bool", "_Bool_", true);
	identifier("restrict", "restrict_", true);
	/* C++ keywords too: headers are compiled as C++. */
	identifier("class", "class_", true);
	identifier("delete", "delete_", true);
	identifier("private", "private_", true);
	/* A name that becomes a keyword after sanitising. */
	identifier("in-t", "in_t", true);
}

static void test_reserved_padding_names_and_units(void **state)
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
	assert_reserved_item(item = item->next, "RESERVED", 4, 12, 4);
	assert_member_item(item = item->next, "B", 0x10);
	assert_reserved_item(item = item->next, "RESERVED1", 0x14, 8, 4);
	assert_member_item(item = item->next, "C", 0x1c);
	/* The tail pads the struct to its 4-byte alignment. */
	assert_reserved_item(item = item->next, "RESERVED2", 0x1e, 2, 2);
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
	assert_reserved_item(type->items->next, "RESERVED", 1, 7, 1);
	assert_int_equal(type->size, 9);
	assert_int_equal(type->alignment, 1);
	unit_run_free(&run);
}

static void test_reserved_name_taken_by_register(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>RESERVED</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>X</name>"
				 "<addressOffset>8</addressOffset></register>"),
		  "");
	type = first_type(&run);
	assert_member_item(type->items, "RESERVED", 0);
	assert_reserved_item(type->items->next, "RESERVED1", 4, 4, 4);
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
	/* Members are named name_alternateGroup. */
	assert_member_item(lane->children, "L_H", 0);
	assert_member_item(lane->children->next, "U_H", 2);
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
	assert_reserved_item(lane->children, "RESERVED", 0, 2, 2);
	assert_member_item(lane->children->next, "HI", 2);
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
	assert_reserved_item(type->items->next->next, "RESERVED", 5, 3, 1);
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

static void test_member_names_from_svd(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>P</name><baseAddress>0</baseAddress>"
	    "<prependToName>X_</prependToName>"
	    "<appendToName>_Y</appendToName><registers>"
	    "<register><name>CR</name><alternateGroup>ALT</alternateGroup>"
	    "<addressOffset>0</addressOffset></register>"
	    "<register><name>SR</name>"
	    "<addressOffset>4</addressOffset></register>"
	    "<cluster><name>CL</name><addressOffset>8</addressOffset>"
	    "<register><name>IN</name>"
	    "<addressOffset>0</addressOffset></register></cluster>"
	    "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	layout_ok(&run, svd, "");
	type = first_type(&run);
	assert_string_equal(unit_member(type, "CR")->c_name, "X_CR_ALT_Y");
	assert_string_equal(unit_member(type, "SR")->c_name, "X_SR_Y");
	/* Clusters keep their own name. */
	assert_string_equal(unit_member(type, "CL")->c_name, "CL");
	assert_string_equal(run.expanded.instances->c_name, "P");
	unit_run_free(&run);
}

static void test_sanitized_names_reported_once(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>int</name>"
				 "<addressOffset>0</addressOffset></register>\n"
				 "<register><name>3V3-%s</name><dim>3</dim>"
				 "<dimIncrement>8</dimIncrement>"
				 "<addressOffset>4</addressOffset></register>"),
		  "t.svd:1: warning: 'int' is a C or C++ keyword; using 'int_' "
		  "[name-sanitized]\n"
		  "t.svd:2: warning: '3V3-0' is not a C identifier; using "
		  "'_3V3_0' [name-sanitized]\n");
	type = first_type(&run);
	assert_string_equal(unit_member(type, "int")->c_name, "int_");
	assert_string_equal(unit_member(type, "3V3-0")->c_name, "_3V3_0");
	assert_string_equal(unit_member(type, "3V3-2")->c_name, "_3V3_2");
	unit_run_free(&run);
}

static void test_name_collision_after_sanitising(void **state)
{
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	assert_int_equal(
	    unit_run_until(&run,
			   ONE_PERIPHERAL("<register><name>A-B</name>"
					  "<addressOffset>0</addressOffset>"
					  "</register>\n"
					  "<register><name>A_B</name>"
					  "<addressOffset>4</addressOffset>"
					  "</register>"),
			   UNIT_LAYOUT),
	    -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:1: warning: 'A-B' is not a C identifier; "
			    "using 'A_B' [name-sanitized]\n"
			    "t.svd:2: error: 'A_B' and 'A-B' (line 1) both "
			    "become 'A_B' in 'P' [name-collision]\n");
	unit_run_free(&run);

	unit_run_init(&run);
	assert_int_equal(
	    unit_run_until(&run,
			   SVD_BEGIN
			   "<peripheral><name>U.1</name>"
			   "<baseAddress>0</baseAddress></peripheral>\n"
			   "<peripheral><name>U_1</name>"
			   "<baseAddress>4</baseAddress></peripheral>" SVD_END,
			   UNIT_LAYOUT),
	    -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:1: warning: 'U.1' is not a C identifier; "
			    "using 'U_1' [name-sanitized]\n"
			    "t.svd:2: error: peripherals 'U_1' and 'U.1' both "
			    "become 'U_1' [name-collision]\n");
	unit_run_free(&run);
}

static void test_type_name_shared_only_by_same_shape(void **state)
{
	static const char same[] = SVD_BEGIN
	    "<peripheral><name>A</name><baseAddress>0</baseAddress>"
	    "<headerStructName>T</headerStructName><registers>"
	    "<register><name>R</name><addressOffset>0</addressOffset>"
	    "</register></registers></peripheral>\n"
	    "<peripheral><name>B</name><baseAddress>0x100</baseAddress>"
	    "<headerStructName>T</headerStructName><registers>"
	    "<register><name>R</name><addressOffset>0</addressOffset>"
	    "</register></registers></peripheral>" SVD_END;
	static const char different[] = SVD_BEGIN
	    "<peripheral><name>A</name><baseAddress>0</baseAddress>"
	    "<headerStructName>T</headerStructName><registers>"
	    "<register><name>R</name><addressOffset>0</addressOffset>"
	    "</register></registers></peripheral>\n"
	    "<peripheral><name>B</name><baseAddress>0x100</baseAddress>"
	    "<headerStructName>T</headerStructName><registers>"
	    "<register><name>R</name><addressOffset>4</addressOffset>"
	    "</register></registers></peripheral>" SVD_END;
	struct unit_run run;

	(void)state;
	layout_ok(&run, same, "");
	assert_int_equal(unit_count_types(&run.expanded), 1);
	assert_ptr_equal(unit_instance(&run, "A")->type,
			 unit_instance(&run, "B")->type);
	assert_string_equal(first_type(&run)->name, "T");
	unit_run_free(&run);

	unit_run_init(&run);
	assert_int_equal(unit_run_until(&run, different, UNIT_LAYOUT), -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:2: error: type 'T_Type' is defined twice "
			    "with different registers (first at line 1) "
			    "[name-collision]\n");
	unit_run_free(&run);
}

static void test_member_spelled_like_instance_macro(void **state)
{
	struct unit_run run;

	(void)state;
	layout_ok(&run,
		  SVD_BEGIN
		  "<peripheral><name>CTRL</name><baseAddress>0</baseAddress>"
		  "</peripheral>\n"
		  "<peripheral><name>P</name><baseAddress>0x100</baseAddress>"
		  "<registers><register><name>CTRL</name>"
		  "<addressOffset>0</addressOffset></register>"
		  "</registers></peripheral>" SVD_END,
		  "t.svd:2: warning: 'CTRL' in 'P' is spelled like the macro "
		  "for peripheral 'CTRL'; using 'CTRL_' (or use --prefix) "
		  "[name-sanitized]\n");
	assert_string_equal(unit_member(first_type(&run), "CTRL")->c_name,
			    "CTRL_");
	unit_run_free(&run);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_identifier_unchanged),
	    cmocka_unit_test(test_identifier_illegal_characters),
	    cmocka_unit_test(test_identifier_leading_digit),
	    cmocka_unit_test(test_identifier_keywords),
	    cmocka_unit_test(test_reserved_padding_names_and_units),
	    cmocka_unit_test(test_reserved_units_follow_alignment),
	    cmocka_unit_test(test_reserved_name_taken_by_register),
	    cmocka_unit_test(test_union_for_alternate_registers),
	    cmocka_unit_test(test_union_lanes),
	    cmocka_unit_test(test_union_lane_starting_later_is_padded),
	    cmocka_unit_test(test_register_overlap_warning),
	    cmocka_unit_test(test_struct_size_rounded_to_alignment),
	    cmocka_unit_test(test_packed_when_unaligned),
	    cmocka_unit_test(test_cluster_array_stride_forces_packing),
	    cmocka_unit_test(test_member_names_from_svd),
	    cmocka_unit_test(test_sanitized_names_reported_once),
	    cmocka_unit_test(test_name_collision_after_sanitising),
	    cmocka_unit_test(test_type_name_shared_only_by_same_shape),
	    cmocka_unit_test(test_member_spelled_like_instance_macro),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

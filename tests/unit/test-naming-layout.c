// SPDX-License-Identifier: MIT
/*
 * naming-layout.c: the C identifiers of the laid-out structs. Members
 * named from the SVD (prependToName, alternateGroup, appendToName) in SVD
 * order, RESERVEDn padding that avoids the SVD's names, type, cluster,
 * instance and interrupt names, and the collisions between them, each
 * reported once with its line.
 */
#include "unit-helpers.h"

#define ONE_PERIPHERAL(registers)                                              \
	SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"     \
		  "<registers>" registers "</registers></peripheral>" SVD_END

/* Run svd through layout and its naming, which must succeed with exactly
 * messages. */
static void layout_ok(struct unit_run *run, const char *svd,
		      const char *messages)
{
	unit_run_init(run);
	assert_int_equal(unit_run_until(run, svd, UNIT_NAME_LAYOUT), 0);
	assert_string_equal(unit_messages(run), messages);
}

/* Run svd through layout and its naming, which must fail with exactly
 * messages. */
static void layout_fails(struct unit_run *run, const char *svd,
			 const char *messages)
{
	unit_run_init(run);
	assert_int_equal(unit_run_until(run, svd, UNIT_NAME_LAYOUT), -1);
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

/* Assert that item is padding called name at offset. */
static void assert_reserved_item(const struct svd_item *item, const char *name,
				 uint64_t offset)
{
	assert_non_null(item);
	assert_int_equal(item->kind, SVD_ITEM_RESERVED);
	assert_string_equal(item->reserved_name, name);
	assert_int_equal(item->offset, offset);
}

static void test_reserved_names_count_up(void **state)
{
	struct unit_run run;
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
	item = first_type(&run)->items;
	assert_member_item(item, "A", 0);
	assert_reserved_item(item = item->next, "RESERVED", 4);
	assert_member_item(item = item->next, "B", 0x10);
	assert_reserved_item(item = item->next, "RESERVED1", 0x14);
	assert_member_item(item = item->next, "C", 0x1c);
	/* The tail padding too. */
	assert_reserved_item(item = item->next, "RESERVED2", 0x1e);
	assert_null(item->next);
	unit_run_free(&run);
}

static void test_reserved_name_taken_by_register(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	const struct svd_item *item;

	(void)state;
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>RESERVED</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>X</name>"
				 "<addressOffset>8</addressOffset></register>"
				 "<register><name>RESERVED2</name>"
				 "<addressOffset>0x10</addressOffset>"
				 "</register>"
				 "<register><name>Y</name>"
				 "<addressOffset>0x20</addressOffset>"
				 "</register>"),
		  "");
	type = first_type(&run);
	assert_member_item(type->items, "RESERVED", 0);
	assert_reserved_item(type->items->next, "RESERVED1", 4);
	/* RESERVED2 is the SVD's: the next padding skips it. */
	item = type->items->next->next->next;
	assert_reserved_item(item, "RESERVED3", 0xc);
	assert_member_item(item->next, "RESERVED2", 0x10);
	assert_reserved_item(item->next->next, "RESERVED4", 0x14);
	unit_run_free(&run);
}

/* The struct type called name. */
static struct svd_struct *type_named(struct unit_run *run, const char *name)
{
	for (struct svd_struct *type = run->expanded.types; type;
	     type = type->next)
		if (strcmp(type->name, name) == 0)
			return type;
	fail_msg("no type %s", name);
	return NULL;
}

static void test_reserved_names_skip_instance_macros(void **state)
{
	struct unit_run run;
	const struct svd_item *item;

	(void)state;
	/* The macro RESERVED1 would replace a member of that name in any
	 * struct defined after it. */
	layout_ok(&run,
		  SVD_BEGIN
		  "<peripheral><name>RESERVED1</name><baseAddress>0"
		  "</baseAddress><registers><register><name>A</name>"
		  "<addressOffset>0</addressOffset></register>"
		  "<register><name>B</name><addressOffset>8</addressOffset>"
		  "</register></registers></peripheral>\n"
		  "<peripheral><name>P</name><baseAddress>0x100</baseAddress>"
		  "<registers><register><name>A</name>"
		  "<addressOffset>0</addressOffset></register>"
		  "<register><name>B</name><addressOffset>8</addressOffset>"
		  "</register><register><name>C</name>"
		  "<addressOffset>0x10</addressOffset></register>"
		  "</registers></peripheral>" SVD_END,
		  "");
	item = type_named(&run, "P")->items;
	assert_member_item(item, "A", 0);
	assert_reserved_item(item = item->next, "RESERVED", 4);
	assert_member_item(item = item->next, "B", 8);
	assert_reserved_item(item = item->next, "RESERVED2", 0xc);
	assert_member_item(item = item->next, "C", 0x10);
	assert_null(item->next);
	/* The peripheral's own struct too, though its macro comes after. */
	item = type_named(&run, "RESERVED1")->items;
	assert_reserved_item(item->next, "RESERVED", 4);
	unit_run_free(&run);
}

static void test_reserved_names_in_union_lanes(void **state)
{
	struct unit_run run;
	const struct svd_item *item;

	(void)state;
	/*
	 * Padding is numbered in the order of the struct body: the lane's
	 * padding inside the union comes before the gap after it.
	 */
	layout_ok(&run,
		  ONE_PERIPHERAL("<register><name>W</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>HI</name><size>16</size>"
				 "<alternateRegister>W</alternateRegister>"
				 "<addressOffset>2</addressOffset>"
				 "</register>"
				 "<register><name>C</name>"
				 "<addressOffset>8</addressOffset>"
				 "</register>"),
		  "");
	item = first_type(&run)->items;
	assert_int_equal(item->kind, SVD_ITEM_UNION);
	assert_member_item(item->children, "W", 0);
	assert_reserved_item(item->children->next->children, "RESERVED", 0);
	assert_member_item(item->children->next->children->next, "HI", 2);
	assert_reserved_item(item->next, "RESERVED1", 4);
	assert_member_item(item->next->next, "C", 8);
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

	/* Registers of one alternateGroup: name_alternateGroup. */
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
	assert_string_equal(unit_member(type, "L")->c_name, "L_H");
	assert_string_equal(unit_member(type, "U")->c_name, "U_H");
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
			   UNIT_NAME_LAYOUT),
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
			   UNIT_NAME_LAYOUT),
	    -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:1: warning: 'U.1' is not a C identifier; "
			    "using 'U_1' [name-sanitized]\n"
			    "t.svd:2: error: peripherals 'U_1' and 'U.1' both "
			    "become 'U_1' [name-collision]\n");
	unit_run_free(&run);
}

static void test_collision_names_the_first_in_svd_order(void **state)
{
	struct unit_run run;

	(void)state;
	/*
	 * The member at the higher offset comes first in the SVD: it is the
	 * one already there, though layout puts it second.
	 */
	layout_fails(&run,
		     ONE_PERIPHERAL("<register><name>A_B</name>"
				    "<addressOffset>4</addressOffset>"
				    "</register>\n"
				    "<register><name>A-B</name>"
				    "<addressOffset>0</addressOffset>"
				    "</register>"),
		     "t.svd:2: warning: 'A-B' is not a C identifier; using "
		     "'A_B' [name-sanitized]\n"
		     "t.svd:2: error: 'A-B' and 'A_B' (line 1) both become "
		     "'A_B' in 'P' [name-collision]\n");
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
	assert_int_equal(unit_run_until(&run, different, UNIT_NAME_LAYOUT), -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:2: error: type 'T_Type' is defined twice "
			    "with different registers (first at line 1) "
			    "[name-collision]\n");
	unit_run_free(&run);
}

static void test_cluster_type_names(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	/* A headerStructName taken by another shape: the path name. */
	layout_ok(&run,
		  ONE_PERIPHERAL(
		      "<cluster><name>C1</name>"
		      "<headerStructName>S</headerStructName>"
		      "<addressOffset>0</addressOffset>"
		      "<register><name>R</name>"
		      "<addressOffset>0</addressOffset></register></cluster>\n"
		      "<cluster><name>C2</name>"
		      "<headerStructName>S</headerStructName>"
		      "<addressOffset>0x10</addressOffset>"
		      "<register><name>R</name>"
		      "<addressOffset>0</addressOffset></register>"
		      "<register><name>Q</name>"
		      "<addressOffset>4</addressOffset></register>"
		      "</cluster>"),
		  "t.svd:2: warning: headerStructName 'S' names another "
		  "struct (line 1); using 'P_C2' [name-sanitized]\n");
	type = first_type(&run);
	assert_string_equal(unit_member(type, "C1")->type->name, "S");
	assert_string_equal(unit_member(type, "C2")->type->name, "P_C2");
	unit_run_free(&run);

	/* The path name taken too: an error. */
	layout_fails(
	    &run,
	    ONE_PERIPHERAL("<cluster><name>C1</name>"
			   "<headerStructName>P_C2</headerStructName>"
			   "<addressOffset>0</addressOffset>"
			   "<register><name>R</name>"
			   "<addressOffset>0</addressOffset></register>"
			   "</cluster>\n"
			   "<cluster><name>C2</name>"
			   "<addressOffset>0x10</addressOffset>"
			   "<register><name>R</name>"
			   "<addressOffset>0</addressOffset></register>"
			   "<register><name>Q</name>"
			   "<addressOffset>4</addressOffset></register>"
			   "</cluster>"),
	    "t.svd:2: error: struct 'P_C2_Type' would be defined "
	    "twice, differently (first at line 1) [name-collision]\n");
	unit_run_free(&run);
}

static void test_interrupt_names(void **state)
{
	struct unit_run run;

	(void)state;
	layout_fails(&run,
		     SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>\n"
		     "<interrupt><name>I-1</name><value>3</value></interrupt>\n"
		     "<interrupt><name>I_1</name><value>4</value></interrupt>"
		     "</peripheral>" SVD_END,
		     "t.svd:2: warning: 'I-1' is not a C identifier; using "
		     "'I_1' [name-sanitized]\n"
		     "t.svd:3: error: interrupts 'I_1' and 'I-1' both become "
		     "'I_1' [name-collision]\n");
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

static void test_macro_rename_checks_every_member(void **state)
{
	struct unit_run run;

	(void)state;
	/* CR_ and CR__ are taken by P's own registers, the first of them
	 * first in P. */
	layout_ok(&run,
		  SVD_BEGIN
		  "<peripheral><name>CR</name><baseAddress>0</baseAddress>"
		  "</peripheral>\n"
		  "<peripheral><name>P</name><baseAddress>0x100</baseAddress>"
		  "<registers><register><name>CR__</name>"
		  "<addressOffset>0</addressOffset></register>"
		  "<register><name>CR_</name>"
		  "<addressOffset>4</addressOffset></register>\n"
		  "<register><name>CR</name>"
		  "<addressOffset>8</addressOffset></register>"
		  "</registers></peripheral>" SVD_END,
		  "t.svd:3: warning: 'CR' in 'P' is spelled like the macro "
		  "for peripheral 'CR'; using 'CR___' (or use --prefix) "
		  "[name-sanitized]\n");
	assert_string_equal(unit_member(type_named(&run, "P"), "CR")->c_name,
			    "CR___");
	assert_string_equal(unit_member(type_named(&run, "P"), "CR__")->c_name,
			    "CR__");
	unit_run_free(&run);
}

static void test_macro_rename_avoids_other_macros(void **state)
{
	struct unit_run run;

	(void)state;
	/* CR_ is the macro of peripheral CR_. */
	layout_ok(&run,
		  SVD_BEGIN
		  "<peripheral><name>CR</name><baseAddress>0</baseAddress>"
		  "</peripheral>\n"
		  "<peripheral><name>CR_</name><baseAddress>0x200"
		  "</baseAddress></peripheral>\n"
		  "<peripheral><name>P</name><baseAddress>0x100</baseAddress>"
		  "<registers><register><name>CR</name>"
		  "<addressOffset>0</addressOffset></register>"
		  "</registers></peripheral>" SVD_END,
		  "t.svd:3: warning: 'CR' in 'P' is spelled like the macro "
		  "for peripheral 'CR'; using 'CR__' (or use --prefix) "
		  "[name-sanitized]\n");
	assert_string_equal(unit_member(type_named(&run, "P"), "CR")->c_name,
			    "CR__");
	unit_run_free(&run);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_reserved_names_count_up),
	    cmocka_unit_test(test_reserved_name_taken_by_register),
	    cmocka_unit_test(test_reserved_names_skip_instance_macros),
	    cmocka_unit_test(test_reserved_names_in_union_lanes),
	    cmocka_unit_test(test_member_names_from_svd),
	    cmocka_unit_test(test_sanitized_names_reported_once),
	    cmocka_unit_test(test_name_collision_after_sanitising),
	    cmocka_unit_test(test_collision_names_the_first_in_svd_order),
	    cmocka_unit_test(test_type_name_shared_only_by_same_shape),
	    cmocka_unit_test(test_cluster_type_names),
	    cmocka_unit_test(test_interrupt_names),
	    cmocka_unit_test(test_member_spelled_like_instance_macro),
	    cmocka_unit_test(test_macro_rename_checks_every_member),
	    cmocka_unit_test(test_macro_rename_avoids_other_macros),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

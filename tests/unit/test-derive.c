// SPDX-License-Identifier: MIT
/*
 * derive.c: derivedFrom on peripherals, clusters, registers, fields and
 * enumeratedValues. A derived element takes from its base whatever it does
 * not give itself; a derived peripheral shares its base's C type only when
 * it adds no registers, addressBlock, size, headerStructName or
 * prependToName. Cycles and references to nothing are errors.
 */
#include "unit-helpers.h"

#include "marks.h"

/* Parse and derive svd, which must succeed without any message. */
static void derive_ok(struct unit_run *run, const char *svd)
{
	unit_run_init(run);
	assert_int_equal(unit_run_until(run, svd, UNIT_DERIVE), 0);
	assert_string_equal(unit_messages(run), "");
}

/* Parse and derive svd, which must fail in derive with exactly messages. */
static void derive_fails(const char *svd, const char *messages)
{
	struct unit_run run;

	unit_run_init(&run);
	assert_int_equal(unit_parse(&run, svd), 0);
	assert_int_equal(svd_derive(&run.context), -1);
	assert_string_equal(unit_messages(&run), messages);
	unit_run_free(&run);
}

#define UART_BASE                                                              \
	"<peripheral><name>UART0</name><baseAddress>0x40000000</baseAddress>"  \
	"<description>Serial port</description><groupName>UART</groupName>"    \
	"<size>32</size><access>read-write</access>"                           \
	"<addressBlock><offset>0</offset><size>0x100</size>"                   \
	"<usage>registers</usage></addressBlock>"                              \
	"<registers>"                                                          \
	"<register><name>DR</name><addressOffset>0</addressOffset>"            \
	"<fields><field><name>DATA</name><bitRange>[7:0]</bitRange></field>"   \
	"</fields></register>"                                                 \
	"<register><name>SR</name><addressOffset>4</addressOffset>"            \
	"<access>read-only</access></register>"                                \
	"</registers></peripheral>\n"

static void test_peripheral_inherits_registers(void **state)
{
	static const char svd[] = SVD_BEGIN UART_BASE
	    "<peripheral derivedFrom=\"UART0\"><name>UART1</name>"
	    "<baseAddress>0x40001000</baseAddress>"
	    "<interrupt><name>UART1</name><value>3</value></interrupt>"
	    "</peripheral>\n" SVD_END;
	struct unit_run run;
	struct svd_peripheral *uart0, *uart1;

	(void)state;
	derive_ok(&run, svd);
	uart0 = unit_peripheral(&run, "UART0");
	uart1 = unit_peripheral(&run, "UART1");
	assert_ptr_equal(uart1->base, uart0);
	assert_null(uart0->base);
	/* The register list is the base's, shared. */
	assert_ptr_equal(uart1->children, uart0->children);
	assert_non_null(unit_node(uart1->children, "DR"));
	assert_non_null(unit_node(uart1->children, "SR"));
	assert_string_equal(uart1->description, "Serial port");
	assert_string_equal(uart1->group_name, "UART");
	assert_ptr_equal(uart1->address_blocks, uart0->address_blocks);
	assert_true(uart1->properties.has_size);
	assert_int_equal(uart1->properties.size, 32);
	assert_int_equal(uart1->properties.access, SVD_ACCESS_READ_WRITE);
	/* Own values stay. */
	assert_int_equal(uart1->base_address, 0x40001000);
	assert_string_equal(uart1->interrupts->name, "UART1");
	/* An interrupt is not a register: the type is still shared. */
	assert_true(uart1->shares_base_type);
	assert_false(uart0->shares_base_type);
	unit_run_free(&run);
}

static void test_peripheral_forward_derivation(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral derivedFrom=\"UART0\"><name>UART1</name>"
	    "<baseAddress>0x40001000</baseAddress></peripheral>\n" UART_BASE
		SVD_END;
	struct unit_run run;
	struct svd_peripheral *uart1;

	(void)state;
	derive_ok(&run, svd);
	uart1 = unit_peripheral(&run, "UART1");
	assert_ptr_equal(uart1->base, unit_peripheral(&run, "UART0"));
	assert_ptr_equal(uart1->children,
			 unit_peripheral(&run, "UART0")->children);
	assert_true(uart1->shares_base_type);
	unit_run_free(&run);
}

/* Derive a UART1 that adds extra (one element) and tell whether it shares. */
static bool shares_with(const char *extra)
{
	static const char head[] = SVD_BEGIN UART_BASE
	    "<peripheral derivedFrom=\"UART0\"><name>UART1</name>"
	    "<baseAddress>0x40001000</baseAddress>";
	static const char tail[] = "</peripheral>" SVD_END;
	char svd[4096];
	struct unit_run run;
	bool shares;

	snprintf(svd, sizeof(svd), "%s%s%s", head, extra, tail);
	derive_ok(&run, svd);
	shares = unit_peripheral(&run, "UART1")->shares_base_type;
	unit_run_free(&run);
	return shares;
}

static void test_derived_type_shared_if_adding_nothing(void **state)
{
	(void)state;
	assert_true(shares_with(""));
	assert_true(shares_with("<description>Other</description>"));
	assert_true(shares_with("<groupName>OTHER</groupName>"));
	assert_false(shares_with("<registers><register><name>EXTRA</name>"
				 "<addressOffset>8</addressOffset>"
				 "</register></registers>"));
	assert_false(shares_with("<addressBlock><offset>0</offset>"
				 "<size>0x200</size><usage>registers</usage>"
				 "</addressBlock>"));
	assert_false(shares_with("<size>16</size>"));
	assert_false(shares_with("<headerStructName>U1</headerStructName>"));
	assert_false(shares_with("<prependToName>U1_</prependToName>"));
}

static void test_peripheral_own_registers_merged(void **state)
{
	static const char svd[] = SVD_BEGIN UART_BASE
	    "<peripheral derivedFrom=\"UART0\"><name>UART1</name>"
	    "<baseAddress>0x40001000</baseAddress><registers>"
	    "<register><name>SR</name><addressOffset>4</addressOffset>"
	    "<description>Own status</description></register>"
	    "<register><name>BRR</name><addressOffset>8</addressOffset>"
	    "</register>"
	    "</registers></peripheral>\n" SVD_END;
	struct unit_run run;
	struct svd_peripheral *uart1;
	struct svd_node *node;
	size_t count = 0;

	(void)state;
	derive_ok(&run, svd);
	uart1 = unit_peripheral(&run, "UART1");
	assert_false(uart1->shares_base_type);
	for (node = uart1->children; node; node = node->next)
		count++;
	/* DR from the base; SR replaced by its own; BRR added. */
	assert_int_equal(count, 3);
	assert_non_null(unit_node(uart1->children, "DR"));
	assert_string_equal(unit_node(uart1->children, "SR")->description,
			    "Own status");
	assert_non_null(unit_node(uart1->children, "BRR"));
	/* The base keeps its own two registers. */
	node = unit_node(unit_peripheral(&run, "UART0")->children, "SR");
	assert_null(node->description);
	assert_null(unit_node(unit_peripheral(&run, "UART0")->children, "BRR"));
	unit_run_free(&run);
}

static void test_register_derived_from_sibling(void **state)
{
	static const char svd[] =
	    SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		      "<registers>"
		      "<register><name>A</name><description>First</description>"
		      "<addressOffset>0</addressOffset><size>16</size>"
		      "<access>read-only</access><resetValue>0x12</resetValue>"
		      "<fields><field><name>F</name><bitOffset>3</bitOffset>"
		      "</field></fields></register>"
		      "<register derivedFrom=\"A\"><name>B</name>"
		      "<addressOffset>0x10</addressOffset><size>32</size>"
		      "</register>"
		      "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *a, *b;

	(void)state;
	derive_ok(&run, svd);
	a = unit_node(unit_peripheral(&run, "P")->children, "A");
	b = unit_node(unit_peripheral(&run, "P")->children, "B");
	assert_ptr_equal(b->base, a);
	assert_string_equal(b->description, "First");
	assert_ptr_equal(b->fields, a->fields);
	assert_int_equal(b->address_offset, 0x10);
	assert_int_equal(b->properties.size, 32);
	assert_int_equal(b->properties.access, SVD_ACCESS_READ_ONLY);
	assert_true(b->properties.has_reset_value);
	assert_int_equal(b->properties.reset_value, 0x12);
	/* The base is untouched. */
	assert_int_equal(a->properties.size, 16);
	unit_run_free(&run);
}

static void test_register_derived_from_other_peripheral(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>Q</name><baseAddress>0x1000</baseAddress>"
	    "<registers><register derivedFrom=\"P.CTRL\"><name>CTRL2"
	    "</name><addressOffset>8</addressOffset></register>"
	    "</registers></peripheral>"
	    "<peripheral><name>P</name><baseAddress>0</baseAddress>"
	    "<registers><register><name>CTRL</name>"
	    "<description>Control</description>"
	    "<addressOffset>0</addressOffset><access>write-only</access>"
	    "</register></registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *ctrl2;

	(void)state;
	derive_ok(&run, svd);
	ctrl2 = unit_node(unit_peripheral(&run, "Q")->children, "CTRL2");
	assert_ptr_equal(
	    ctrl2->base,
	    unit_node(unit_peripheral(&run, "P")->children, "CTRL"));
	assert_string_equal(ctrl2->description, "Control");
	assert_int_equal(ctrl2->properties.access, SVD_ACCESS_WRITE_ONLY);
	assert_int_equal(ctrl2->address_offset, 8);
	unit_run_free(&run);
}

static void test_cluster_derivation_and_paths(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>DMA</name><baseAddress>0</baseAddress>"
	    "<registers>"
	    "<cluster><name>CH0</name><description>Channel</description>"
	    "<addressOffset>0</addressOffset>"
	    "<register><name>CR</name><addressOffset>0</addressOffset>"
	    "<resetValue>0x7</resetValue></register>"
	    "<register><name>NDTR</name><addressOffset>4</addressOffset>"
	    "</register></cluster>"
	    "<cluster derivedFrom=\"CH0\"><name>CH1</name>"
	    "<addressOffset>0x10</addressOffset></cluster>"
	    "<register derivedFrom=\"CH0.CR\"><name>GCR</name>"
	    "<addressOffset>0x40</addressOffset></register>"
	    "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *list, *ch0, *ch1, *gcr;

	(void)state;
	derive_ok(&run, svd);
	list = unit_peripheral(&run, "DMA")->children;
	ch0 = unit_node(list, "CH0");
	ch1 = unit_node(list, "CH1");
	gcr = unit_node(list, "GCR");
	assert_ptr_equal(ch1->base, ch0);
	assert_ptr_equal(ch1->children, ch0->children);
	assert_string_equal(ch1->description, "Channel");
	assert_int_equal(ch1->address_offset, 0x10);
	assert_ptr_equal(gcr->base, unit_node(ch0->children, "CR"));
	assert_int_equal(gcr->properties.reset_value, 7);
	assert_int_equal(gcr->address_offset, 0x40);
	unit_run_free(&run);
}

static void test_register_in_cluster_sees_outer_scope(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>P</name><baseAddress>0</baseAddress>"
	    "<registers>"
	    "<register><name>TOP</name><addressOffset>0</addressOffset>"
	    "<size>8</size></register>"
	    "<cluster><name>CL</name><addressOffset>0x10</addressOffset>"
	    "<register derivedFrom=\"TOP\"><name>IN</name>"
	    "<addressOffset>0</addressOffset></register></cluster>"
	    "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *list, *in;

	(void)state;
	derive_ok(&run, svd);
	list = unit_peripheral(&run, "P")->children;
	in = unit_node(unit_node(list, "CL")->children, "IN");
	assert_ptr_equal(in->base, unit_node(list, "TOP"));
	assert_int_equal(in->properties.size, 8);
	unit_run_free(&run);
}

static void test_field_derivation(void **state)
{
	static const char svd[] =
	    SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		      "<registers>"
		      "<register><name>B</name><addressOffset>4</addressOffset>"
		      "<fields>"
		      "<field derivedFrom=\"A.EN\"><name>EN2</name></field>"
		      "<field derivedFrom=\"EN2\"><name>EN3</name>"
		      "<bitOffset>9</bitOffset></field>"
		      "</fields></register>"
		      "<register><name>A</name><addressOffset>0</addressOffset>"
		      "<fields><field><name>EN</name><description>Enable"
		      "</description><bitRange>[5:4]</bitRange>"
		      "<access>read-write</access>"
		      "<enumeratedValues><enumeratedValue><name>ON</name>"
		      "<value>1</value></enumeratedValue></enumeratedValues>"
		      "</field></fields></register>"
		      "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *list;
	struct svd_field *en, *en2, *en3;

	(void)state;
	derive_ok(&run, svd);
	list = unit_peripheral(&run, "P")->children;
	en = unit_field(unit_node(list, "A")->fields, "EN");
	en2 = unit_field(unit_node(list, "B")->fields, "EN2");
	en3 = unit_field(unit_node(list, "B")->fields, "EN3");
	assert_ptr_equal(en2->base, en);
	assert_true(en2->has_bits);
	assert_int_equal(en2->bit_offset, 4);
	assert_int_equal(en2->bit_width, 2);
	assert_string_equal(en2->description, "Enable");
	assert_int_equal(en2->access, SVD_ACCESS_READ_WRITE);
	assert_ptr_equal(en2->enums, en->enums);
	/* A sibling base, and its own bit position over the base's. */
	assert_ptr_equal(en3->base, en2);
	assert_int_equal(en3->bit_offset, 9);
	assert_int_equal(en3->bit_width, 1);
	assert_string_equal(en3->description, "Enable");
	unit_run_free(&run);
}

static void test_enumerated_values_derivation(void **state)
{
	static const char svd[] =
	    SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		      "<registers>"
		      "<register><name>A</name><addressOffset>0</addressOffset>"
		      "<fields>"
		      "<field><name>MODE</name><bitRange>[1:0]</bitRange>"
		      "<enumeratedValues><name>MODES</name>"
		      "<headerEnumName>ModeE</headerEnumName>"
		      "<enumeratedValue><name>IN</name><value>0</value>"
		      "</enumeratedValue><enumeratedValue><name>OUT</name>"
		      "<value>1</value></enumeratedValue>"
		      "</enumeratedValues></field>"
		      "<field><name>MODE2</name><bitRange>[3:2]</bitRange>"
		      "<enumeratedValues derivedFrom=\"MODES\"/></field>"
		      "</fields></register>"
		      "<register><name>B</name><addressOffset>4</addressOffset>"
		      "<fields><field><name>M</name><bitRange>[1:0]</bitRange>"
		      "<enumeratedValues derivedFrom=\"A.MODE.MODES\">"
		      "<name>BM</name></enumeratedValues>"
		      "</field></fields></register>"
		      "</registers></peripheral>" SVD_END;
	struct unit_run run;
	struct svd_node *list;
	struct svd_enum_set *modes, *mode2, *bm;

	(void)state;
	derive_ok(&run, svd);
	list = unit_peripheral(&run, "P")->children;
	modes = unit_field(unit_node(list, "A")->fields, "MODE")->enums;
	mode2 = unit_field(unit_node(list, "A")->fields, "MODE2")->enums;
	bm = unit_field(unit_node(list, "B")->fields, "M")->enums;
	assert_ptr_equal(mode2->base, modes);
	assert_ptr_equal(mode2->values, modes->values);
	assert_string_equal(mode2->header_enum_name, "ModeE");
	assert_ptr_equal(bm->base, modes);
	assert_ptr_equal(bm->values, modes->values);
	assert_string_equal(bm->name, "BM");
	assert_string_equal(bm->values->next->name, "OUT");
	unit_run_free(&run);
}

static void test_peripheral_cycle(void **state)
{
	(void)state;
	derive_fails(SVD_BEGIN
		     "<peripheral derivedFrom=\"B\"><name>A</name>"
		     "<baseAddress>0</baseAddress></peripheral>\n"
		     "<peripheral derivedFrom=\"A\"><name>B</name>"
		     "<baseAddress>0</baseAddress></peripheral>\n" SVD_END,
		     "t.svd:1: error: peripheral 'A' is derived from itself "
		     "through 'B' [derive-cycle]\n");
}

static void test_register_cycle(void **state)
{
	(void)state;
	derive_fails(SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		     "<registers>\n"
		     "<register derivedFrom=\"R2\"><name>R1</name>"
		     "<addressOffset>0</addressOffset></register>\n"
		     "<register derivedFrom=\"R1\"><name>R2</name>"
		     "<addressOffset>4</addressOffset></register>\n"
		     "</registers></peripheral>" SVD_END,
		     "t.svd:2: error: register 'R1' is derived from itself "
		     "through 'R2' [derive-cycle]\n");
}

static void test_field_and_enum_cycles(void **state)
{
	(void)state;
	derive_fails(SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		     "<registers><register><name>R</name>"
		     "<addressOffset>0</addressOffset><fields>\n"
		     "<field derivedFrom=\"G\"><name>F</name>"
		     "<bitOffset>0</bitOffset></field>\n"
		     "<field derivedFrom=\"F\"><name>G</name>"
		     "<bitOffset>1</bitOffset></field>\n"
		     "</fields></register></registers></peripheral>" SVD_END,
		     "t.svd:2: error: field 'F' is derived from itself "
		     "through 'G' [derive-cycle]\n");
	derive_fails(
	    SVD_BEGIN
	    "<peripheral><name>P</name><baseAddress>0</baseAddress>"
	    "<registers><register><name>R</name>"
	    "<addressOffset>0</addressOffset><fields>"
	    "<field><name>F</name><bitOffset>0</bitOffset>\n"
	    "<enumeratedValues derivedFrom=\"E2\"><name>E1</name>"
	    "</enumeratedValues>\n"
	    "<enumeratedValues derivedFrom=\"E1\"><name>E2</name>"
	    "</enumeratedValues>\n"
	    "</field></fields></register></registers></peripheral>" SVD_END,
	    "t.svd:2: error: enumeratedValues 'E1' is derived from "
	    "itself through 'E2' [derive-cycle]\n");
}

/*
 * Regression: a field derivation cycle where neither field has a bit position
 * prints "here or in '(null)'": field_resolve() clears derived_from when it
 * reports the cycle, then the outer call formats that NULL with %s
 * (undefined behaviour; glibc happens to print "(null)"). Expected: the
 * derive-cycle error, and no message naming '(null)'.
 */
static void test_field_cycle_without_bits(void **state)
{
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	assert_int_equal(unit_parse(&run, SVD_BEGIN
				    "<peripheral><name>P</name>"
				    "<baseAddress>0</baseAddress>"
				    "<registers><register><name>R</name>"
				    "<addressOffset>0</addressOffset><fields>\n"
				    "<field derivedFrom=\"G\"><name>F</name>"
				    "</field>\n"
				    "<field derivedFrom=\"F\"><name>G</name>"
				    "</field>\n"
				    "</fields></register></registers>"
				    "</peripheral>" SVD_END),
			 0);
	assert_int_equal(svd_derive(&run.context), -1);
	assert_non_null(strstr(unit_messages(&run),
			       "t.svd:2: error: field 'F' is derived from "
			       "itself through 'G' [derive-cycle]\n"));
	assert_null(strstr(unit_messages(&run), "(null)"));
	unit_run_free(&run);
}

static void test_dangling_references(void **state)
{
	(void)state;
	derive_fails(SVD_BEGIN
		     "\n"
		     "<peripheral derivedFrom=\"NOPE\"><name>A</name>"
		     "<baseAddress>0</baseAddress></peripheral>" SVD_END,
		     "t.svd:2: error: peripheral 'A' is derived from 'NOPE', "
		     "which does not exist [derive-dangling]\n");
	derive_fails(SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		     "<registers>\n"
		     "<register derivedFrom=\"Q.R\"><name>R1</name>"
		     "<addressOffset>0</addressOffset></register>\n"
		     "<cluster derivedFrom=\"MISSING\"><name>C</name>"
		     "<addressOffset>8</addressOffset></cluster>\n"
		     "</registers></peripheral>" SVD_END,
		     "t.svd:2: error: register 'R1' is derived from 'Q.R', "
		     "which does not exist [derive-dangling]\n"
		     "t.svd:3: error: cluster 'C' is derived from 'MISSING', "
		     "which does not exist [derive-dangling]\n");
	derive_fails(SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		     "<registers><register><name>R</name>"
		     "<addressOffset>0</addressOffset><fields>\n"
		     "<field derivedFrom=\"R.NONE\"><name>F</name>"
		     "<bitOffset>0</bitOffset>\n"
		     "<enumeratedValues derivedFrom=\"GONE\"/></field>\n"
		     "</fields></register></registers></peripheral>" SVD_END,
		     "t.svd:2: error: field 'F' is derived from 'R.NONE', "
		     "which does not exist [derive-dangling]\n"
		     "t.svd:3: error: enumeratedValues derived from 'GONE', "
		     "which does not exist [derive-dangling]\n");
}

static void test_register_derived_from_cluster_rejected(void **state)
{
	(void)state;
	derive_fails(SVD_BEGIN
		     "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		     "<registers>"
		     "<cluster><name>C</name><addressOffset>0</addressOffset>"
		     "<register><name>X</name><addressOffset>0</addressOffset>"
		     "</register></cluster>\n"
		     "<register derivedFrom=\"C\"><name>R</name>"
		     "<addressOffset>8</addressOffset></register>"
		     "</registers></peripheral>" SVD_END,
		     "t.svd:2: error: register 'R' is derived from 'C', which "
		     "is a cluster [derive-dangling]\n");
}

/*
 * derive.c keeps how far each element is resolved in svd_marks, keyed by
 * address: marks of many elements survive the table's growth, a mark can
 * change, and an element never marked reads 0.
 */
static void test_marks(void **state)
{
	struct svd_arena arena;
	struct svd_marks marks;
	static int elements[1000];

	(void)state;
	svd_arena_init(&arena);
	svd_marks_init(&marks, &arena);
	assert_int_equal(svd_marks_get(&marks, &elements[0]), 0);
	for (int i = 0; i < 1000; i += 2)
		svd_marks_set(&marks, &elements[i], 1 + i % 3);
	svd_marks_set(&marks, &elements[10], 200);
	for (int i = 0; i < 1000; i++)
		assert_int_equal(svd_marks_get(&marks, &elements[i]),
				 i == 10 ? 200
				 : i % 2 ? 0
					 : 1 + i % 3);
	assert_int_equal(marks.count, 500);
	svd_arena_free(&arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_peripheral_inherits_registers),
	    cmocka_unit_test(test_peripheral_forward_derivation),
	    cmocka_unit_test(test_derived_type_shared_if_adding_nothing),
	    cmocka_unit_test(test_peripheral_own_registers_merged),
	    cmocka_unit_test(test_register_derived_from_sibling),
	    cmocka_unit_test(test_register_derived_from_other_peripheral),
	    cmocka_unit_test(test_cluster_derivation_and_paths),
	    cmocka_unit_test(test_register_in_cluster_sees_outer_scope),
	    cmocka_unit_test(test_field_derivation),
	    cmocka_unit_test(test_enumerated_values_derivation),
	    cmocka_unit_test(test_peripheral_cycle),
	    cmocka_unit_test(test_register_cycle),
	    cmocka_unit_test(test_field_and_enum_cycles),
	    cmocka_unit_test(test_dangling_references),
	    cmocka_unit_test(test_register_derived_from_cluster_rejected),
	    cmocka_unit_test(test_field_cycle_without_bits),
	    cmocka_unit_test(test_marks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

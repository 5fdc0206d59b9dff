// SPDX-License-Identifier: MIT
/*
 * expand.c: dim arrays and lists, cluster types, peripheral instances,
 * inherited register properties, byte offsets from address units, and the
 * device's interrupt list.
 */
#include "unit-helpers.h"

/* Parse, derive and expand svd, which must succeed without a message. */
static void expand_ok(struct unit_run *run, const char *svd)
{
	unit_run_init(run);
	assert_int_equal(unit_run_until(run, svd, UNIT_EXPAND), 0);
	assert_string_equal(unit_messages(run), "");
}

/* The struct type of the instance called name. */
static struct svd_struct *type_of(struct unit_run *run, const char *name)
{
	struct svd_instance *instance = unit_instance(run, name);

	assert_non_null(instance);
	assert_non_null(instance->type);
	return instance->type;
}

/* Assert a member exists with this offset and element count. */
static struct svd_member *member_at(const struct svd_struct *type,
				    const char *name, uint64_t offset,
				    bool is_array, uint32_t count)
{
	struct svd_member *member = unit_member(type, name);

	if (!member)
		fail_msg("no member '%s' in '%s'", name, type->name);
	assert_int_equal(member->offset, offset);
	assert_int_equal(member->is_array, is_array);
	assert_int_equal(member->count, count);
	return member;
}

#define ONE_PERIPHERAL(registers)                                              \
	SVD_BEGIN "<peripheral><name>P</name>"                                 \
		  "<baseAddress>0x40000000</baseAddress><registers>" registers \
		  "</registers></peripheral>" SVD_END

static void test_array_when_stride_equals_size(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	struct svd_member *r;

	(void)state;
	expand_ok(&run,
		  ONE_PERIPHERAL("<register><name>R[%s]</name><dim>4</dim>"
				 "<dimIncrement>4</dimIncrement>"
				 "<addressOffset>0x10</addressOffset>"
				 "</register>"));
	type = type_of(&run, "P");
	assert_string_equal(type->name, "P");
	assert_int_equal(unit_count_members(type), 1);
	r = member_at(type, "R", 0x10, true, 4);
	assert_int_equal(r->stride, 4);
	assert_int_equal(r->size, 4);
	assert_int_equal(r->bits, 32);
	assert_int_equal(type->extent, 0x20);
	unit_run_free(&run);
}

static void test_separate_members_when_stride_differs(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	expand_ok(&run,
		  ONE_PERIPHERAL("<register><name>R[%s]</name><dim>3</dim>"
				 "<dimIncrement>8</dimIncrement>"
				 "<addressOffset>0x10</addressOffset>"
				 "</register>"));
	type = type_of(&run, "P");
	assert_int_equal(unit_count_members(type), 3);
	assert_int_equal(member_at(type, "R0", 0x10, false, 1)->dim_position,
			 0);
	assert_int_equal(member_at(type, "R1", 0x18, false, 1)->dim_position,
			 1);
	assert_int_equal(member_at(type, "R2", 0x20, false, 1)->dim_position,
			 2);
	assert_null(unit_member(type, "R"));
	assert_int_equal(type->extent, 0x24);
	unit_run_free(&run);
}

static void test_lists_use_dim_index_names(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	expand_ok(&run,
		  ONE_PERIPHERAL("<register><name>CH%s_CR</name><dim>2</dim>"
				 "<dimIncrement>4</dimIncrement>"
				 "<dimIndex>TX,RX</dimIndex>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>PIN%s</name><dim>3</dim>"
				 "<dimIncrement>4</dimIncrement>"
				 "<dimIndex>5-7</dimIndex>"
				 "<addressOffset>0x20</addressOffset>"
				 "</register>"
				 "<register><name>GP%s</name><dim>2</dim>"
				 "<dimIncrement>4</dimIncrement>"
				 "<dimIndex>A-B</dimIndex>"
				 "<addressOffset>0x40</addressOffset>"
				 "</register>"));
	type = type_of(&run, "P");
	assert_int_equal(unit_count_members(type), 7);
	member_at(type, "CHTX_CR", 0, false, 1);
	member_at(type, "CHRX_CR", 4, false, 1);
	/* Index names, not positions, go into the name. */
	member_at(type, "PIN5", 0x20, false, 1);
	member_at(type, "PIN6", 0x24, false, 1);
	member_at(type, "PIN7", 0x28, false, 1);
	member_at(type, "GPA", 0x40, false, 1);
	member_at(type, "GPB", 0x44, false, 1);
	unit_run_free(&run);
}

static void test_dim_without_marker_numbers_elements(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	expand_ok(&run, ONE_PERIPHERAL(
			    "<register><name>DATA</name><dim>2</dim>"
			    "<dimIncrement>4</dimIncrement>"
			    "<addressOffset>8</addressOffset></register>"));
	type = type_of(&run, "P");
	member_at(type, "DATA0", 8, false, 1);
	member_at(type, "DATA1", 12, false, 1);
	unit_run_free(&run);
}

static void test_marker_without_dim_rejected(void **state)
{
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	assert_int_equal(
	    unit_run_until(&run,
			   ONE_PERIPHERAL("\n<register><name>R%s</name>"
					  "<addressOffset>0</addressOffset>"
					  "</register>"),
			   UNIT_EXPAND),
	    -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:2: error: 'R%s' has %s in its name but no "
			    "dim [dim-invalid]\n");
	unit_run_free(&run);
}

static void test_nested_cluster_arrays_padded(void **state)
{
	static const char svd[] = ONE_PERIPHERAL(
	    "<cluster><name>CH[%s]</name><dim>2</dim>"
	    "<dimIncrement>0x20</dimIncrement>"
	    "<addressOffset>0x100</addressOffset>"
	    "<register><name>CR</name><addressOffset>0</addressOffset>"
	    "</register>"
	    "<register><name>NDTR</name><addressOffset>4</addressOffset>"
	    "</register>"
	    "<cluster><name>SUB[%s]</name><dim>2</dim>"
	    "<dimIncrement>8</dimIncrement>"
	    "<addressOffset>0x10</addressOffset>"
	    "<register><name>X</name><addressOffset>0</addressOffset>"
	    "<size>16</size></register>"
	    "</cluster>"
	    "</cluster>");
	struct unit_run run;
	struct svd_struct *type, *ch, *sub;
	struct svd_member *member;

	(void)state;
	expand_ok(&run, svd);
	type = type_of(&run, "P");
	member = member_at(type, "CH", 0x100, true, 2);
	assert_int_equal(member->kind, SVD_NODE_CLUSTER);
	assert_int_equal(member->stride, 0x20);
	ch = member->type;
	assert_non_null(ch);
	assert_true(ch->is_cluster);
	assert_string_equal(ch->name, "P_CH");
	assert_int_equal(ch->pad_to, 0x20);
	/* CR, NDTR, then SUB ends at 0x10 + 8 + 2. */
	assert_int_equal(ch->extent, 0x1a);
	member = member_at(ch, "SUB", 0x10, true, 2);
	assert_int_equal(member->stride, 8);
	sub = member->type;
	assert_string_equal(sub->name, "P_CH_SUB");
	assert_int_equal(sub->extent, 2);
	assert_int_equal(sub->pad_to, 8);
	assert_int_equal(unit_member(sub, "X")->bits, 16);

	/*
	 * Each element struct fills its stride exactly: the sizes and
	 * alignments are known once expanded, for the checks, and layout
	 * pads to them.
	 */
	assert_int_equal(sub->size, 8);
	assert_int_equal(sub->alignment, 2);
	assert_int_equal(ch->size, 0x20);
	assert_int_equal(ch->alignment, 4);
	assert_int_equal(type->size, 0x140);
	assert_false(type->packed);
	svd_layout(&run.context, &run.expanded);
	assert_int_equal(sub->size, 8);
	assert_int_equal(ch->size, 0x20);
	assert_int_equal(type->size, 0x140);
	unit_run_free(&run);
}

static void test_cluster_larger_than_stride_becomes_members(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	struct svd_member *big0, *big1;

	(void)state;
	expand_ok(&run,
		  ONE_PERIPHERAL("<cluster><name>BIG[%s]</name><dim>2</dim>"
				 "<dimIncrement>0x10</dimIncrement>"
				 "<addressOffset>0</addressOffset>"
				 "<register><name>A</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "<register><name>B</name>"
				 "<addressOffset>0x14</addressOffset>"
				 "</register></cluster>"));
	type = type_of(&run, "P");
	big0 = member_at(type, "BIG0", 0, false, 1);
	big1 = member_at(type, "BIG1", 0x10, false, 1);
	/* One cluster type serves both elements. */
	assert_ptr_equal(big0->type, big1->type);
	assert_int_equal(big0->type->extent, 0x18);
	assert_int_equal(big0->type->pad_to, 0);
	unit_run_free(&run);
}

/*
 * The registers of LANE fit its stride of 0x10, but PAIR (a 64-bit WORD
 * and TAG, 0xc bytes) is 0x10 in C, rounded up to its alignment, and sits
 * at 4 in a packed element: one element takes 0x14, so a C array of
 * LANE would put the second element at 0x14, not at 0x10.
 */
static void test_cluster_padded_past_stride_becomes_members(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	struct svd_member *lane0, *lane1;

	(void)state;
	unit_run_init(&run);
	assert_int_equal(
	    unit_run_until(
		&run,
		ONE_PERIPHERAL("<cluster><name>LANE[%s]</name>\n<dim>2</dim>"
			       "<dimIncrement>0x10</dimIncrement>"
			       "<addressOffset>0</addressOffset>"
			       "<register><name>CTRL</name>"
			       "<addressOffset>0</addressOffset></register>"
			       "<cluster><name>PAIR</name>"
			       "<addressOffset>4</addressOffset>"
			       "<register><name>WORD</name>"
			       "<addressOffset>0</addressOffset>"
			       "<size>64</size></register>"
			       "<register><name>TAG</name>"
			       "<addressOffset>8</addressOffset></register>"
			       "</cluster></cluster>"),
		UNIT_EXPAND),
	    0);
	assert_string_equal(unit_messages(&run),
			    "t.svd:2: warning: elements of 'LANE[%s]' are "
			    "0x10 bytes apart but take 0x14 in C, where the "
			    "clusters inside are padded to their alignment; "
			    "writing them as separate members "
			    "[unaligned-register]\n");
	type = type_of(&run, "P");
	lane0 = member_at(type, "LANE0", 0, false, 1);
	lane1 = member_at(type, "LANE1", 0x10, false, 1);
	assert_ptr_equal(lane0->type, lane1->type);
	assert_int_equal(lane0->type->extent, 0x10);
	assert_int_equal(lane0->type->pad_to, 0);
	assert_true(lane0->type->packed);
	assert_int_equal(lane0->type->size, 0x14);
	assert_int_equal(unit_member(lane0->type, "PAIR")->type->size, 0x10);
	unit_run_free(&run);
}

static void test_cluster_list_shares_type(void **state)
{
	struct unit_run run;
	struct svd_struct *type;
	struct svd_member *a, *b;

	(void)state;
	expand_ok(&run,
		  ONE_PERIPHERAL("<cluster><name>PORT%s</name><dim>2</dim>"
				 "<dimIncrement>0x10</dimIncrement>"
				 "<dimIndex>A,B</dimIndex>"
				 "<addressOffset>0x20</addressOffset>"
				 "<register><name>IN</name>"
				 "<addressOffset>4</addressOffset></register>"
				 "</cluster>"));
	type = type_of(&run, "P");
	a = member_at(type, "PORTA", 0x20, false, 1);
	b = member_at(type, "PORTB", 0x30, false, 1);
	assert_ptr_equal(a->type, b->type);
	assert_string_equal(a->type->name, "P_PORT");
	assert_int_equal(a->type->extent, 8);
	assert_int_equal(a->dim_position, 0);
	assert_int_equal(b->dim_position, 1);
	unit_run_free(&run);
}

static void test_properties_inherited_down_the_tree(void **state)
{
	static const char svd[] =
	    "<device><name>DEV</name>"
	    "<size>16</size><access>read-only</access>"
	    "<resetValue>0x5</resetValue><resetMask>0xFF</resetMask>"
	    "<peripherals>"
	    "<peripheral><name>P</name><baseAddress>0</baseAddress>"
	    "<size>32</size>"
	    "<registers>"
	    "<register><name>TOP</name><addressOffset>0</addressOffset>"
	    "</register>"
	    "<register><name>OWN</name><addressOffset>4</addressOffset>"
	    "<size>8</size><access>read-write</access>"
	    "<resetValue>0x80</resetValue><resetMask>0x0F</resetMask>"
	    "</register>"
	    "<cluster><name>CL</name><addressOffset>0x10</addressOffset>"
	    "<access>write-only</access><resetValue>0x9</resetValue>"
	    "<register><name>IN</name><addressOffset>0</addressOffset>"
	    "</register></cluster>"
	    "</registers></peripheral>"
	    "<peripheral><name>Q</name><baseAddress>0x1000</baseAddress>"
	    "<registers><register><name>R</name>"
	    "<addressOffset>0</addressOffset></register></registers>"
	    "</peripheral>" SVD_END;
	struct unit_run run;
	struct svd_member *member;

	(void)state;
	expand_ok(&run, svd);
	/* Size from the peripheral, the rest from the device. */
	member = unit_member(type_of(&run, "P"), "TOP");
	assert_int_equal(member->bits, 32);
	assert_int_equal(member->size, 4);
	assert_int_equal(member->access, SVD_ACCESS_READ_ONLY);
	assert_int_equal(member->reset_value, 5);
	assert_int_equal(member->reset_mask, 0xff);
	member = unit_member(type_of(&run, "P"), "OWN");
	assert_int_equal(member->bits, 8);
	assert_int_equal(member->access, SVD_ACCESS_READ_WRITE);
	assert_int_equal(member->reset_value, 0x80);
	assert_int_equal(member->reset_mask, 0x0f);
	/* Access and reset from the cluster, size from the peripheral. */
	member = unit_member(type_of(&run, "P"), "CL");
	member = unit_member(member->type, "IN");
	assert_int_equal(member->bits, 32);
	assert_int_equal(member->access, SVD_ACCESS_WRITE_ONLY);
	assert_int_equal(member->reset_value, 9);
	assert_int_equal(member->reset_mask, 0xff);
	/* Everything from the device. */
	member = unit_member(type_of(&run, "Q"), "R");
	assert_int_equal(member->bits, 16);
	assert_int_equal(member->access, SVD_ACCESS_READ_ONLY);
	assert_int_equal(member->reset_value, 5);
	unit_run_free(&run);
}

static void test_defaults_without_properties(void **state)
{
	struct unit_run run;
	struct svd_member *member;

	(void)state;
	expand_ok(&run, ONE_PERIPHERAL(
			    "<register><name>R</name>"
			    "<addressOffset>0</addressOffset></register>"
			    "<register><name>W</name><size>64</size>"
			    "<addressOffset>8</addressOffset></register>"));
	member = unit_member(type_of(&run, "P"), "R");
	assert_int_equal(member->bits, 32);
	assert_int_equal(member->access, SVD_ACCESS_READ_WRITE);
	assert_int_equal(member->reset_value, 0);
	assert_int_equal(member->reset_mask, 0xffffffff);
	member = unit_member(type_of(&run, "P"), "W");
	assert_int_equal(member->bits, 64);
	assert_int_equal(member->size, 8);
	assert_true(member->reset_mask == UINT64_MAX);
	unit_run_free(&run);
}

static void test_register_size_must_be_accessible(void **state)
{
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	assert_int_equal(
	    unit_run_until(&run,
			   ONE_PERIPHERAL("\n<register><name>ODD</name>"
					  "<size>24</size>"
					  "<addressOffset>0"
					  "</addressOffset></register>"),
			   UNIT_EXPAND),
	    -1);
	assert_string_equal(unit_messages(&run),
			    "t.svd:2: error: register 'ODD' is 24 bits wide; "
			    "only 8, 16, 32 and 64 can be accessed "
			    "[register-size]\n");
	unit_run_free(&run);
}

/* A device with addressUnitBits bits and the given registers. */
static void expand_with_unit_bits(struct unit_run *run, unsigned bits,
				  const char *registers)
{
	char svd[2048];

	snprintf(svd, sizeof(svd),
		 "<device><name>DEV</name>"
		 "<addressUnitBits>%u</addressUnitBits><peripherals>"
		 "<peripheral><name>P</name><baseAddress>0x1000</baseAddress>"
		 "<registers>%s</registers></peripheral>" SVD_END,
		 bits, registers);
	unit_run_init(run);
	/* Scaling is what is tested here, not the warning about it. */
	svd_diagnostics_configure(&run->context.diag, "no-address-unit-bits");
	assert_int_equal(unit_run_until(run, svd, UNIT_EXPAND), 0);
	assert_string_equal(unit_messages(run), "");
}

static void test_address_unit_bits_16_scales_offsets(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	expand_with_unit_bits(&run, 16,
			      "<register><name>A</name><size>16</size>"
			      "<addressOffset>2</addressOffset></register>"
			      "<register><name>B[%s]</name><size>16</size>"
			      "<dim>4</dim><dimIncrement>1</dimIncrement>"
			      "<addressOffset>0x10</addressOffset></register>"
			      "<register><name>L%s</name><size>16</size>"
			      "<dim>2</dim><dimIncrement>4</dimIncrement>"
			      "<addressOffset>0x20</addressOffset>"
			      "</register>");
	type = type_of(&run, "P");
	member_at(type, "A", 4, false, 1);
	/* One 16-bit unit between elements is their own size: an array. */
	assert_int_equal(member_at(type, "B", 0x20, true, 4)->stride, 2);
	member_at(type, "L0", 0x40, false, 1);
	member_at(type, "L1", 0x48, false, 1);
	unit_run_free(&run);
}

static void test_address_unit_bits_32_scales_offsets(void **state)
{
	struct unit_run run;
	struct svd_struct *type;

	(void)state;
	expand_with_unit_bits(&run, 32,
			      "<register><name>A</name>"
			      "<addressOffset>1</addressOffset></register>"
			      "<register><name>B[%s]</name>"
			      "<dim>2</dim><dimIncrement>1</dimIncrement>"
			      "<addressOffset>2</addressOffset></register>"
			      "<cluster><name>C</name>"
			      "<addressOffset>4</addressOffset>"
			      "<register><name>IN</name>"
			      "<addressOffset>1</addressOffset></register>"
			      "</cluster>");
	type = type_of(&run, "P");
	member_at(type, "A", 4, false, 1);
	assert_int_equal(member_at(type, "B", 8, true, 2)->stride, 4);
	member_at(unit_member(type, "C")->type, "IN", 4, false, 1);
	member_at(type, "C", 0x10, false, 1);
	unit_run_free(&run);
}

/* Parse a register with this dim; return the messages' first line. */
static void dim_rejected(const char *dim, const char *message)
{
	char svd[1024];
	struct unit_run run;

	snprintf(svd, sizeof(svd),
		 ONE_PERIPHERAL("\n<register><name>R%%s</name>"
				"<dim>%s</dim><dimIncrement>4</dimIncrement>"
				"<addressOffset>0</addressOffset>"
				"</register>"),
		 dim);
	unit_run_init(&run);
	assert_int_equal(unit_run_until(&run, svd, UNIT_EXPAND), -1);
	assert_string_equal(unit_messages(&run), message);
	unit_run_free(&run);
}

static void test_dim_out_of_range_rejected(void **state)
{
	struct unit_run run;

	(void)state;
	dim_rejected("0", "t.svd:2: error: dim 0 is outside 1..65536 "
			  "[dim-invalid]\n");
	dim_rejected("65537", "t.svd:2: error: dim 65537 is outside "
			      "1..65536 [dim-invalid]\n");
	/* The limit itself is allowed. */
	expand_ok(&run, ONE_PERIPHERAL(
			    "<register><name>R[%s]</name>"
			    "<dim>65536</dim><dimIncrement>4</dimIncrement>"
			    "<addressOffset>0</addressOffset>"
			    "</register>"));
	assert_int_equal(
	    member_at(type_of(&run, "P"), "R", 0, true, 65536)->count, 65536);
	unit_run_free(&run);
}

static void test_peripheral_dim_makes_instances(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>UART%s</name><dim>3</dim>"
	    "<dimIncrement>0x1000</dimIncrement>"
	    "<baseAddress>0x40000000</baseAddress>"
	    "<registers><register><name>DR</name>"
	    "<addressOffset>0</addressOffset></register></registers>"
	    "</peripheral>"
	    "<peripheral><name>GPIO%s</name><dim>2</dim>"
	    "<dimIncrement>0x400</dimIncrement><dimIndex>A,B</dimIndex>"
	    "<baseAddress>0x50000000</baseAddress>"
	    "<registers><register><name>IDR</name>"
	    "<addressOffset>0</addressOffset></register></registers>"
	    "</peripheral>" SVD_END;
	struct unit_run run;
	struct svd_struct *uart;
	struct svd_instance *instance;

	(void)state;
	expand_ok(&run, svd);
	assert_int_equal(unit_count_types(&run.expanded), 2);
	uart = type_of(&run, "UART0");
	assert_string_equal(uart->name, "UART");
	assert_int_equal(unit_instance(&run, "UART0")->base_address,
			 0x40000000);
	assert_int_equal(unit_instance(&run, "UART1")->base_address,
			 0x40001000);
	assert_int_equal(unit_instance(&run, "UART2")->base_address,
			 0x40002000);
	assert_ptr_equal(type_of(&run, "UART1"), uart);
	assert_ptr_equal(type_of(&run, "UART2"), uart);
	/* The type lists its instances in device order. */
	instance = uart->instances;
	assert_string_equal(instance->name, "UART0");
	assert_string_equal(instance->next_of_type->name, "UART1");
	assert_string_equal(instance->next_of_type->next_of_type->name,
			    "UART2");
	assert_null(instance->next_of_type->next_of_type->next_of_type);
	assert_int_equal(unit_instance(&run, "GPIOA")->base_address,
			 0x50000000);
	assert_int_equal(unit_instance(&run, "GPIOB")->base_address,
			 0x50000400);
	assert_string_equal(type_of(&run, "GPIOB")->name, "GPIO");
	unit_run_free(&run);
}

static void test_derived_peripheral_shares_type(void **state)
{
	static const char svd[] =
	    SVD_BEGIN "<peripheral><name>TIM1</name><baseAddress>0x1000"
		      "</baseAddress><registers><register><name>CNT</name>"
		      "<addressOffset>0</addressOffset></register></registers>"
		      "</peripheral>"
		      "<peripheral derivedFrom=\"TIM1\"><name>TIM2</name>"
		      "<baseAddress>0x2000</baseAddress></peripheral>"
		      "<peripheral derivedFrom=\"TIM1\"><name>TIM3</name>"
		      "<baseAddress>0x3000</baseAddress>"
		      "<registers><register><name>EXTRA</name>"
		      "<addressOffset>4</addressOffset></register></registers>"
		      "</peripheral>"
		      "<peripheral><name>RNG</name><baseAddress>0x4000"
		      "</baseAddress></peripheral>" SVD_END;
	struct unit_run run;

	(void)state;
	expand_ok(&run, svd);
	assert_int_equal(unit_count_types(&run.expanded), 2);
	assert_ptr_equal(type_of(&run, "TIM2"), type_of(&run, "TIM1"));
	assert_string_equal(type_of(&run, "TIM1")->name, "TIM1");
	assert_string_equal(type_of(&run, "TIM3")->name, "TIM3");
	assert_int_equal(unit_count_members(type_of(&run, "TIM3")), 2);
	assert_int_equal(unit_instance(&run, "TIM2")->base_address, 0x2000);
	/* No registers: an instance without a type. */
	assert_null(unit_instance(&run, "RNG")->type);
	assert_int_equal(unit_instance(&run, "RNG")->base_address, 0x4000);
	unit_run_free(&run);
}

/*
 * Regression: a derived peripheral that adds nothing shares its base's type only
 * when the base comes first in the file. svd_expand() looks the base's type
 * up among the instances made so far (find_type), so with the base listed
 * after, the derived peripheral gets a struct of its own named after itself
 * ("TIM2_Type") and the base another ("TIM1_Type"). doc/generated-names.md
 * and derive.c's shares_base_type say the type is the base's whatever the
 * order. Expected: one type, TIM1, used by both; actual: two types.
 */
static void test_forward_derived_peripheral_shares_type(void **state)
{
	static const char svd[] =
	    SVD_BEGIN "<peripheral derivedFrom=\"TIM1\"><name>TIM2</name>"
		      "<baseAddress>0x2000</baseAddress></peripheral>"
		      "<peripheral><name>TIM1</name><baseAddress>0x1000"
		      "</baseAddress><registers><register><name>CNT</name>"
		      "<addressOffset>0</addressOffset></register></registers>"
		      "</peripheral>" SVD_END;
	struct unit_run run;

	(void)state;
	expand_ok(&run, svd);
	assert_int_equal(unit_count_types(&run.expanded), 1);
	assert_ptr_equal(type_of(&run, "TIM2"), type_of(&run, "TIM1"));
	assert_string_equal(type_of(&run, "TIM2")->name, "TIM1");
	unit_run_free(&run);
}

static void test_field_dim_lists_expanded(void **state)
{
	struct unit_run run;
	struct svd_field *field;

	(void)state;
	expand_ok(&run, ONE_PERIPHERAL(
			    "<register><name>R</name>"
			    "<addressOffset>0</addressOffset><fields>"
			    "<field><name>PIN%s</name><dim>4</dim>"
			    "<dimIncrement>2</dimIncrement>"
			    "<bitOffset>8</bitOffset><bitWidth>2</bitWidth>"
			    "</field></fields></register>"));
	field = unit_member(type_of(&run, "P"), "R")->fields;
	for (uint32_t i = 0; i < 4; i++) {
		char name[8];

		snprintf(name, sizeof(name), "PIN%u", i);
		assert_non_null(field);
		assert_string_equal(field->name, name);
		assert_int_equal(field->bit_offset, 8 + 2 * i);
		assert_int_equal(field->bit_width, 2);
		assert_int_equal(svd_field_dim(field)->dim_position, i);
		assert_non_null(svd_field_dim(field)->dim_template);
		assert_string_equal(svd_field_dim(field)->dim_template,
				    "PIN%s");
		field = field->next;
	}
	assert_null(field);
	unit_run_free(&run);
}

/* The interrupts of the expanded model as "NAME=N " text. */
static void irq_text(struct unit_run *run, char *text, size_t size)
{
	size_t used = 0;

	text[0] = '\0';
	for (struct svd_irq *irq = run->expanded.irqs; irq; irq = irq->next)
		used += (size_t)snprintf(text + used, size - used, "%s=%lld ",
					 irq->name, (long long)irq->value);
}

static void test_interrupts_sorted_and_deduplicated(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>P1</name><baseAddress>0</baseAddress>"
	    "<interrupt><name>B</name><value>5</value></interrupt>"
	    "<interrupt><name>A</name><value>2</value></interrupt>"
	    "</peripheral>"
	    "<peripheral><name>P2</name><baseAddress>0x100</baseAddress>"
	    "<interrupt><name>A</name><value>2</value></interrupt>"
	    "<interrupt><name>C</name><value>0</value></interrupt>"
	    "<interrupt><name>D</name><value>5</value></interrupt>"
	    "</peripheral>" SVD_END;
	struct unit_run run;
	char text[256];

	(void)state;
	expand_ok(&run, svd);
	irq_text(&run, text, sizeof(text));
	/* By number; two names sharing a number are both kept, by name. */
	assert_string_equal(text, "C=0 A=2 B=5 D=5 ");
	unit_run_free(&run);
}

/*
 * One name, two numbers: the first in the file is kept, with a warning, as
 * SVDConv keeps it (STM32F765's LCD_TFT is 88, the LTDC interrupt, then 89,
 * its error interrupt). The first is the larger number here, so sorting
 * by number cannot pass for it.
 */
static void test_interrupt_conflict_keeps_first(void **state)
{
	static const char svd[] = SVD_BEGIN
	    "<peripheral><name>P1</name><baseAddress>0</baseAddress>\n"
	    "<interrupt><name>TIMER</name><value>9</value></interrupt>\n"
	    "</peripheral>\n"
	    "<peripheral><name>P2</name><baseAddress>0x100</baseAddress>\n"
	    "<interrupt><name>TIMER</name><value>7</value></interrupt>\n"
	    "</peripheral>" SVD_END;
	struct unit_run run;
	char text[256];

	(void)state;
	unit_run_init(&run);
	assert_int_equal(unit_run_until(&run, svd, UNIT_EXPAND), 0);
	assert_string_equal(unit_messages(&run),
			    "t.svd:5: warning: interrupt 'TIMER' is 7 here but "
			    "9 at line 2; keeping 9, the first "
			    "[interrupt-conflict]\n");
	irq_text(&run, text, sizeof(text));
	assert_string_equal(text, "TIMER=9 ");
	unit_run_free(&run);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_array_when_stride_equals_size),
	    cmocka_unit_test(test_separate_members_when_stride_differs),
	    cmocka_unit_test(test_lists_use_dim_index_names),
	    cmocka_unit_test(test_dim_without_marker_numbers_elements),
	    cmocka_unit_test(test_marker_without_dim_rejected),
	    cmocka_unit_test(test_nested_cluster_arrays_padded),
	    cmocka_unit_test(test_cluster_larger_than_stride_becomes_members),
	    cmocka_unit_test(test_cluster_padded_past_stride_becomes_members),
	    cmocka_unit_test(test_cluster_list_shares_type),
	    cmocka_unit_test(test_properties_inherited_down_the_tree),
	    cmocka_unit_test(test_defaults_without_properties),
	    cmocka_unit_test(test_register_size_must_be_accessible),
	    cmocka_unit_test(test_address_unit_bits_16_scales_offsets),
	    cmocka_unit_test(test_address_unit_bits_32_scales_offsets),
	    cmocka_unit_test(test_dim_out_of_range_rejected),
	    cmocka_unit_test(test_peripheral_dim_makes_instances),
	    cmocka_unit_test(test_derived_peripheral_shares_type),
	    cmocka_unit_test(test_field_dim_lists_expanded),
	    cmocka_unit_test(test_interrupts_sorted_and_deduplicated),
	    cmocka_unit_test(test_interrupt_conflict_keeps_first),
	    cmocka_unit_test(test_forward_derived_peripheral_shares_type),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

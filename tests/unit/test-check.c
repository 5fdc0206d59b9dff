// SPDX-License-Identifier: MIT
/*
 * check.c and the diagnostics table: each finding is reported under its
 * check's name at the line of the element at fault; -W no-NAME silences a
 * non-fatal check, -Werror promotes warnings, and fatal checks cannot be
 * turned off.
 */
#include "unit-helpers.h"

#define ONE_REGISTER(fields)                                                   \
	SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"     \
		  "<registers><register><name>R</name>"                        \
		  "<addressOffset>0</addressOffset><fields>" fields            \
		  "</fields></register></registers></peripheral>" SVD_END

#define ONE_PERIPHERAL(registers)                                              \
	SVD_BEGIN "<peripheral><name>P</name><baseAddress>0</baseAddress>"     \
		  "<registers>" registers "</registers></peripheral>" SVD_END

/*
 * Run svd through the checks after applying the -W arguments in options
 * (NULL-terminated); assert the result and the exact messages.
 */
static void check_svd(const char *svd, const char *const *options, int result,
		      const char *messages)
{
	struct unit_run run;

	unit_run_init(&run);
	for (; options && *options; options++)
		assert_int_equal(
		    svd_diagnostics_configure(&run.context.diag, *options), 0);
	assert_int_equal(unit_run_until(&run, svd, UNIT_EXPAND), 0);
	assert_int_equal(svd_check(&run.context, &run.expanded), result);
	assert_string_equal(unit_messages(&run), messages);
	unit_run_free(&run);
}

static const char field_overlap_svd[] =
    ONE_REGISTER("<field><name>A</name><bitRange>[7:0]</bitRange></field>\n"
		 "<field><name>B</name><bitOffset>4</bitOffset></field>\n"
		 "<field><name>C</name><bitRange>[15:8]</bitRange></field>\n");

static void test_field_range(void **state)
{
	(void)state;
	check_svd(
	    ONE_REGISTER("<field><name>OK</name><bitRange>[29:0]</bitRange>"
			 "</field>\n"
			 "<field><name>F</name><bitOffset>30</bitOffset>"
			 "<bitWidth>4</bitWidth></field>\n"),
	    NULL, -1,
	    "t.svd:2: error: field 'F' (bits 30..33) does not fit the "
	    "32-bit register 'R' [field-range]\n");
	check_svd(ONE_PERIPHERAL("<register><name>B</name><size>8</size>"
				 "<addressOffset>0</addressOffset><fields>\n"
				 "<field><name>HI</name>"
				 "<bitOffset>8</bitOffset>"
				 "</field></fields></register>"),
		  NULL, -1,
		  "t.svd:2: error: field 'HI' (bits 8..8) does not fit the "
		  "8-bit register 'B' [field-range]\n");
}

static void test_field_overlap(void **state)
{
	(void)state;
	check_svd(field_overlap_svd, NULL, 0,
		  "t.svd:2: warning: field 'B' shares bits with 'A' in "
		  "register 'R' [field-overlap]\n");
}

static void test_duplicate_names(void **state)
{
	(void)state;
	check_svd(
	    ONE_PERIPHERAL("\n<register><name>R</name>"
			   "<addressOffset>0</addressOffset></register>\n"
			   "<register><name>R</name>"
			   "<addressOffset>4</addressOffset></register>\n"),
	    NULL, -1,
	    "t.svd:3: error: 'R' is defined twice in 'P' (first at "
	    "line 2) [duplicate-name]\n");
	check_svd(ONE_REGISTER("<field><name>F</name><bitOffset>0</bitOffset>"
			       "</field>\n"
			       "<field><name>F</name><bitOffset>1</bitOffset>"
			       "</field>\n"),
		  NULL, -1,
		  "t.svd:2: error: field 'F' is defined twice in register "
		  "'R' [duplicate-name]\n");
	check_svd(SVD_BEGIN
		  "<peripheral><name>P</name><baseAddress>0</baseAddress>"
		  "</peripheral>\n"
		  "<peripheral><name>Q</name><baseAddress>8</baseAddress>"
		  "</peripheral>\n"
		  "<peripheral><name>P</name><baseAddress>4</baseAddress>"
		  "</peripheral>\n" SVD_END,
		  NULL, -1,
		  "t.svd:3: error: peripheral 'P' is defined twice (first at "
		  "line 1) [duplicate-name]\n");
}

static void test_duplicate_name_inside_cluster(void **state)
{
	(void)state;
	check_svd(ONE_PERIPHERAL("<cluster><name>CL</name>"
				 "<addressOffset>0</addressOffset>\n"
				 "<register><name>X</name>"
				 "<addressOffset>0</addressOffset></register>\n"
				 "<register><name>X</name>"
				 "<addressOffset>4</addressOffset></register>\n"
				 "</cluster>"),
		  NULL, -1,
		  "t.svd:3: error: 'X' is defined twice in 'P_CL' (first at "
		  "line 2) [duplicate-name]\n");
}

static void test_enum_value_range(void **state)
{
	(void)state;
	check_svd(
	    ONE_REGISTER("<field><name>F</name><bitRange>[1:0]</bitRange>"
			 "<enumeratedValues>\n"
			 "<enumeratedValue><name>MAX</name><value>3</value>"
			 "</enumeratedValue>\n"
			 "<enumeratedValue><name>BIG</name><value>4</value>"
			 "</enumeratedValue>\n"
			 "<enumeratedValue><name>FREE</name><value>#x1</value>"
			 "</enumeratedValue>\n"
			 "<enumeratedValue><name>WIDE</name>"
			 "<value>#1x0</value></enumeratedValue>\n"
			 "<enumeratedValue><name>REST</name>"
			 "<isDefault>true</isDefault></enumeratedValue>\n"
			 "</enumeratedValues></field>"),
	    NULL, 0,
	    "t.svd:3: warning: value 4 of 'BIG' does not fit the 2-bit "
	    "field 'F' [enum-value-range]\n"
	    "t.svd:5: warning: value 4 of 'WIDE' does not fit the 2-bit "
	    "field 'F' [enum-value-range]\n");
}

static void test_comment_terminator(void **state)
{
	(void)state;
	check_svd(SVD_BEGIN
		  "<peripheral><name>P</name><baseAddress>0</baseAddress>\n"
		  "<description>Peripheral */ text</description><registers>\n"
		  "<register><name>R</name><description>Ends */ here"
		  "</description><addressOffset>0</addressOffset><fields>\n"
		  "<field><name>F</name><description>a*/b</description>"
		  "<bitOffset>0</bitOffset></field>\n"
		  "<field><name>G</name><description>a* /b</description>"
		  "<bitOffset>1</bitOffset></field>\n"
		  "</fields></register></registers></peripheral>" SVD_END,
		  NULL, 0,
		  "t.svd:3: warning: description contains '*/'; it is "
		  "emitted as '* /' [comment-terminator]\n"
		  "t.svd:4: warning: description contains '*/'; it is "
		  "emitted as '* /' [comment-terminator]\n"
		  "t.svd:1: warning: description contains '*/'; it is "
		  "emitted as '* /' [comment-terminator]\n");
}

static void test_unaligned_register(void **state)
{
	(void)state;
	check_svd(
	    ONE_PERIPHERAL("<register><name>A</name><size>16</size>"
			   "<addressOffset>0</addressOffset></register>\n"
			   "<register><name>R</name>"
			   "<addressOffset>2</addressOffset></register>\n"
			   "<register><name>H</name><size>16</size>"
			   "<addressOffset>6</addressOffset></register>\n"
			   "<register><name>B</name><size>8</size>"
			   "<addressOffset>9</addressOffset></register>\n"),
	    NULL, 0,
	    "t.svd:2: warning: 32-bit register 'R' at offset 0x2 is not "
	    "aligned; the struct is packed to keep it "
	    "[unaligned-register]\n");
}

/*
 * Regression: field-range is reported once per element of a register list, at the
 * same line, while every other field check reports a field of a dim list
 * once (they skip dim_position > 0; check_field_range does not). Input: a
 * register R%s with dim 3 and a field at bits 31..32. Expected: one error;
 * actual: three, for 'R0', 'R1' and 'R2'.
 */
static void test_field_range_reported_once_per_list(void **state)
{
	(void)state;
	check_svd(ONE_PERIPHERAL("<register><name>R%s</name><dim>3</dim>"
				 "<dimIncrement>4</dimIncrement>"
				 "<addressOffset>0</addressOffset><fields>\n"
				 "<field><name>F</name>"
				 "<bitOffset>31</bitOffset>"
				 "<bitWidth>2</bitWidth></field>"
				 "</fields></register>"),
		  NULL, -1,
		  "t.svd:2: error: field 'F' (bits 31..32) does not fit the "
		  "32-bit register 'R0' [field-range]\n");
}

/*
 * Regression: a cluster array whose stride is not a multiple of a register's size
 * puts that register off its alignment in every element after the first
 * (here C[1].R at 0x6, a 32-bit register). layout.c packs the cluster
 * struct for it, but unaligned-register says nothing, although layout.c
 * counts on that check to report every packing. Expected: one
 * unaligned-register warning; actual: no message.
 */
static void test_unaligned_register_in_cluster_array(void **state)
{
	(void)state;
	check_svd(ONE_PERIPHERAL("\n<cluster><name>C[%s]</name><dim>2</dim>"
				 "<dimIncrement>6</dimIncrement>"
				 "<addressOffset>0</addressOffset>"
				 "<register><name>R</name>"
				 "<addressOffset>0</addressOffset></register>"
				 "</cluster>"),
		  NULL, 0,
		  "t.svd:2: warning: elements of 'C' are 0x6 bytes apart, "
		  "which leaves 4-byte registers unaligned; the struct is "
		  "packed to keep them [unaligned-register]\n");
}

static void test_disable_silences_warning(void **state)
{
	(void)state;
	check_svd(field_overlap_svd,
		  (const char *const[]){"no-field-overlap", NULL}, 0, "");
	/* Disabled stays disabled under -Werror. */
	check_svd(field_overlap_svd,
		  (const char *const[]){"no-field-overlap", "error", NULL}, 0,
		  "");
}

static void test_werror_promotes(void **state)
{
	struct unit_run run;

	(void)state;
	check_svd(field_overlap_svd, (const char *const[]){"error", NULL}, -1,
		  "t.svd:2: error: field 'B' shares bits with 'A' in "
		  "register 'R' [field-overlap]\n");

	unit_run_init(&run);
	assert_int_equal(svd_diagnostics_configure(&run.context.diag, "error"),
			 0);
	assert_true(run.context.diag.warnings_are_errors);
	assert_int_equal(unit_run_until(&run, field_overlap_svd, UNIT_EXPAND),
			 0);
	assert_int_equal(svd_check(&run.context, &run.expanded), -1);
	assert_int_equal(run.context.diag.errors, 1);
	assert_int_equal(run.context.diag.warnings, 0);
	unit_run_free(&run);
}

static void test_fatal_checks_cannot_be_disabled(void **state)
{
	static const char *const fatal[] = {
	    "field-range", "duplicate-name", "derive-cycle",
	    "xml-syntax",  "name-collision", "register-size",
	};
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++) {
		char arg[64];
		enum svd_check_id id = svd_check_find(fatal[i]);

		assert_true(id < SVD_CHECK_COUNT);
		assert_true(svd_checks[id].fatal);
		snprintf(arg, sizeof(arg), "no-%s", fatal[i]);
		assert_int_equal(svd_diagnostics_configure(&diag, arg), -1);
		assert_int_equal(diag.severity[id], SVD_SEVERITY_ERROR);
	}
	/* And the finding is still reported as an error. */
	check_svd(ONE_REGISTER("<field><name>F</name><bitOffset>32</bitOffset>"
			       "</field>"),
		  NULL, -1,
		  "t.svd:1: error: field 'F' (bits 32..32) does not fit the "
		  "32-bit register 'R' [field-range]\n");
}

static void test_configure_arguments(void **state)
{
	struct svd_diagnostics diag;

	(void)state;
	svd_diagnostics_init(&diag, NULL);
	assert_int_equal(svd_diagnostics_configure(&diag, "no-such-check"), -1);
	assert_int_equal(svd_diagnostics_configure(&diag, "bogus"), -1);
	assert_int_equal(svd_diagnostics_configure(&diag, "no-"), -1);
	/* unknown-element warns by default; -W no-... and -W ... toggle it. */
	assert_int_equal(diag.severity[SVD_CHECK_UNKNOWN_ELEMENT],
			 SVD_SEVERITY_WARNING);
	assert_true(svd_check_enabled(&diag, SVD_CHECK_UNKNOWN_ELEMENT));
	assert_int_equal(svd_diagnostics_configure(&diag, "no-unknown-element"),
			 0);
	assert_false(svd_check_enabled(&diag, SVD_CHECK_UNKNOWN_ELEMENT));
	assert_int_equal(svd_diagnostics_configure(&diag, "unknown-element"),
			 0);
	assert_true(svd_check_enabled(&diag, SVD_CHECK_UNKNOWN_ELEMENT));
	assert_int_equal(diag.severity[SVD_CHECK_UNKNOWN_ELEMENT],
			 SVD_SEVERITY_WARNING);
	assert_int_equal(
	    svd_diagnostics_configure(&diag, "no-comment-terminator"), 0);
	assert_false(svd_check_enabled(&diag, SVD_CHECK_COMMENT_TERMINATOR));
	/* Naming an error check keeps it an error. */
	assert_int_equal(svd_diagnostics_configure(&diag, "field-range"), 0);
	assert_int_equal(diag.severity[SVD_CHECK_FIELD_RANGE],
			 SVD_SEVERITY_ERROR);

	svd_diagnostics_init(&diag, NULL);
	assert_int_equal(svd_diagnostics_configure(&diag, "all"), 0);
	for (int i = 0; i < SVD_CHECK_COUNT; i++)
		assert_true(svd_check_enabled(&diag, (enum svd_check_id)i));
}

static void test_check_table(void **state)
{
	(void)state;
	for (int i = 0; i < SVD_CHECK_COUNT; i++) {
		assert_non_null(svd_checks[i].name);
		assert_non_null(svd_checks[i].summary);
		assert_int_equal(svd_check_find(svd_checks[i].name), i);
		/* A fatal check is an error by default. */
		if (svd_checks[i].fatal)
			assert_int_equal(svd_checks[i].default_severity,
					 SVD_SEVERITY_ERROR);
	}
	assert_int_equal(svd_check_find("nonsense"), SVD_CHECK_COUNT);
	assert_int_equal(svd_checks[SVD_CHECK_FIELD_OVERLAP].default_severity,
			 SVD_SEVERITY_WARNING);
	assert_false(svd_checks[SVD_CHECK_FIELD_OVERLAP].fatal);
	/* Checks over the model run as passes from their table entry. */
	assert_non_null(svd_checks[SVD_CHECK_FIELD_OVERLAP].struct_pass);
	assert_non_null(svd_checks[SVD_CHECK_DUPLICATE_NAME].device_pass);
	assert_null(svd_checks[SVD_CHECK_XML_SYNTAX].struct_pass);
}

static void test_report_shape_and_limit(void **state)
{
	struct svd_location location = {"x.svd", 12};
	struct unit_run run;

	(void)state;
	unit_run_init(&run);
	svd_report(&run.context.diag, SVD_CHECK_FIELD_OVERLAP, &location,
		   "first %d", 1);
	svd_report(&run.context.diag, SVD_CHECK_IO, NULL, "second");
	run.context.diag.limit = 2;
	svd_report(&run.context.diag, SVD_CHECK_FIELD_OVERLAP, &location,
		   "third");
	svd_report(&run.context.diag, SVD_CHECK_FIELD_OVERLAP, &location,
		   "fourth");
	/* Ignored checks are neither printed nor counted. */
	assert_int_equal(
	    svd_diagnostics_configure(&run.context.diag, "no-unknown-element"),
	    0);
	svd_report(&run.context.diag, SVD_CHECK_UNKNOWN_ELEMENT, &location,
		   "ignored");
	assert_string_equal(unit_messages(&run),
			    "x.svd:12: warning: first 1 [field-overlap]\n"
			    "svdgen: error: second [io]\n"
			    "svdgen: further messages suppressed\n");
	assert_int_equal(run.context.diag.warnings, 3);
	assert_int_equal(run.context.diag.errors, 1);
	unit_run_free(&run);
}

/*
 * register-overlap is a check pass: the overlaps in a cluster's struct come
 * before those of the struct holding it, each in offset order; and it is
 * left out when another check found an error, since it trusts the offsets
 * and sizes those checks vouch for.
 */
static void test_register_overlap_pass(void **state)
{
	(void)state;
	check_svd(
	    ONE_PERIPHERAL(
		"<register><name>A</name><addressOffset>0</addressOffset>"
		"</register>\n"
		"<register><name>B</name><size>16</size>"
		"<addressOffset>2</addressOffset></register>\n"
		"<cluster><name>C</name><addressOffset>0x10</addressOffset>\n"
		"<register><name>X</name><addressOffset>0</addressOffset>"
		"</register>\n"
		"<register><name>Y</name><size>8</size>"
		"<addressOffset>1</addressOffset></register>"
		"</cluster>"),
	    NULL, 0,
	    "t.svd:5: warning: 'Y' at offset 0x1 overlaps 'X' in 'P_C' and is "
	    "not marked alternate [register-overlap]\n"
	    "t.svd:2: warning: 'B' at offset 0x2 overlaps 'A' in 'P' and is "
	    "not marked alternate [register-overlap]\n");
	check_svd(
	    ONE_PERIPHERAL(
		"<register><name>A</name><addressOffset>0</addressOffset>"
		"<fields><field><name>F</name><bitOffset>32</bitOffset>"
		"</field></fields></register>\n"
		"<register><name>B</name><size>16</size>"
		"<addressOffset>2</addressOffset></register>"),
	    NULL, -1,
	    "t.svd:1: error: field 'F' (bits 32..32) does not fit the 32-bit "
	    "register 'A' [field-range]\n");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_register_overlap_pass),
	    cmocka_unit_test(test_field_range),
	    cmocka_unit_test(test_field_overlap),
	    cmocka_unit_test(test_duplicate_names),
	    cmocka_unit_test(test_duplicate_name_inside_cluster),
	    cmocka_unit_test(test_enum_value_range),
	    cmocka_unit_test(test_comment_terminator),
	    cmocka_unit_test(test_unaligned_register),
	    cmocka_unit_test(test_disable_silences_warning),
	    cmocka_unit_test(test_werror_promotes),
	    cmocka_unit_test(test_fatal_checks_cannot_be_disabled),
	    cmocka_unit_test(test_configure_arguments),
	    cmocka_unit_test(test_check_table),
	    cmocka_unit_test(test_report_shape_and_limit),
	    cmocka_unit_test(test_field_range_reported_once_per_list),
	    cmocka_unit_test(test_unaligned_register_in_cluster_array),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

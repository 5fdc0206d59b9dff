// SPDX-License-Identifier: MIT
/*
 * Unit tests of svdreg's model side (gen/register-path.c): path lookup
 * with cluster and array indices, "did you mean", enum matching, and the
 * write plans the access rules give. The SVD is written to a temporary
 * file and read by svd_registers_load(), as svdreg reads it.
 */
#define _GNU_SOURCE /* mkstemps */

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <setjmp.h>
#include <cmocka.h>

#include "register-path.h"

/*
 * PER at 0x1000: CTRL (MODE 1:0 with enums, one of them with an x bit;
 * EV 4 write-1-to-clear; WO 5 write-only), SET (write-only, write 1 to
 * set), ZC (write 0 to clear), FIFO (readAction), R[%s] (array of 3 at
 * 0x20), CL[%s] (cluster array of 2 at 0x40, stride 0x10, dimIndex X,Y)
 * holding A and a nested cluster IN with B, and L%s (a list, P and Q).
 */
static const char svd_text[] =
    "<device><name>DEV</name><addressUnitBits>8</addressUnitBits>"
    "<width>32</width><size>32</size><peripherals>"
    "<peripheral><name>PER</name><baseAddress>0x1000</baseAddress>"
    "<registers>"
    "<register><name>CTRL</name><addressOffset>0</addressOffset><fields>"
    "<field><name>MODE</name><bitOffset>0</bitOffset><bitWidth>2</bitWidth>"
    "<enumeratedValues>"
    "<enumeratedValue><name>OFF</name><value>0</value></enumeratedValue>"
    "<enumeratedValue><name>ON</name><value>1</value></enumeratedValue>"
    "<enumeratedValue><name>ANYHIGH</name><value>#1x</value>"
    "</enumeratedValue>"
    "</enumeratedValues></field>"
    "<field><name>EV</name><bitOffset>4</bitOffset><bitWidth>1</bitWidth>"
    "<modifiedWriteValues>oneToClear</modifiedWriteValues></field>"
    "<field><name>WO</name><bitOffset>5</bitOffset><bitWidth>1</bitWidth>"
    "<access>write-only</access></field>"
    "<field><name>DIV</name><bitOffset>8</bitOffset><bitWidth>8</bitWidth>"
    "<enumeratedValues><usage>read</usage>"
    "<enumeratedValue><name>SLOW</name><value>3</value></enumeratedValue>"
    "<enumeratedValue><name>OTHER</name><isDefault>true</isDefault>"
    "</enumeratedValue></enumeratedValues></field>"
    "</fields></register>"
    "<register><name>SET</name><addressOffset>4</addressOffset>"
    "<access>write-only</access>"
    "<modifiedWriteValues>oneToSet</modifiedWriteValues><fields>"
    "<field><name>S%s</name><dim>4</dim><dimIncrement>1</dimIncrement>"
    "<bitOffset>0</bitOffset><bitWidth>1</bitWidth></field>"
    "</fields></register>"
    "<register><name>ZC</name><addressOffset>8</addressOffset>"
    "<modifiedWriteValues>zeroToClear</modifiedWriteValues><fields>"
    "<field><name>F0</name><bitOffset>0</bitOffset><bitWidth>1</bitWidth>"
    "</field><field><name>F1</name><bitOffset>1</bitOffset>"
    "<bitWidth>1</bitWidth></field></fields></register>"
    "<register><name>FIFO</name><addressOffset>0xC</addressOffset>"
    "<readAction>modify</readAction><fields>"
    "<field><name>DATA</name><bitOffset>0</bitOffset><bitWidth>8</bitWidth>"
    "</field><field><name>LEVEL</name><bitOffset>8</bitOffset>"
    "<bitWidth>4</bitWidth></field></fields></register>"
    "<register><name>R[%s]</name><dim>3</dim><dimIncrement>4</dimIncrement>"
    "<addressOffset>0x20</addressOffset></register>"
    "<cluster><name>CL[%s]</name><dim>2</dim><dimIncrement>0x10</dimIncrement>"
    "<dimIndex>X,Y</dimIndex><addressOffset>0x40</addressOffset>"
    "<register><name>A</name><addressOffset>4</addressOffset></register>"
    "<cluster><name>IN</name><addressOffset>8</addressOffset>"
    "<register><name>B</name><addressOffset>4</addressOffset>"
    "<size>16</size></register></cluster>"
    "</cluster>"
    "<register><name>L%s</name><dim>2</dim><dimIncrement>4</dimIncrement>"
    "<dimIndex>P,Q</dimIndex><addressOffset>0x60</addressOffset>"
    "</register>"
    "</registers></peripheral></peripherals></device>\n";

struct model {
	struct svd_context context;
	struct svd_expanded expanded;
	char message[SVD_MESSAGE_SIZE];
};

static int setup(void **state)
{
	struct model *model = calloc(1, sizeof(*model));
	char path[] = "/tmp/test-register-pathXXXXXX.svd";
	int fd = mkstemps(path, 4);
	int result;

	assert_non_null(model);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, svd_text, sizeof(svd_text) - 1),
			 (ssize_t)(sizeof(svd_text) - 1));
	close(fd);
	svd_context_init(&model->context);
	result = svd_registers_load(&model->context, path, &model->expanded);
	unlink(path);
	assert_int_equal(result, 0);
	*state = model;
	return 0;
}

static int teardown(void **state)
{
	struct model *model = *state;

	svd_context_free(&model->context);
	free(model);
	return 0;
}

/* Look path up; returns the status, ref filled. */
static enum svd_lookup_status find(struct model *model, const char *path,
				   struct svd_register_ref *ref)
{
	model->message[0] = '\0';
	return svd_register_lookup(&model->context.arena, &model->expanded,
				   path, ref, model->message,
				   sizeof(model->message));
}

static void test_lookup_addresses(void **state)
{
	struct model *model = *state;
	struct svd_register_ref ref;
	static const struct {
		const char *path;
		const char *canonical;
		uint64_t address;
	} cases[] = {
	    {"PER.CTRL", "PER.CTRL", 0x1000},
	    {"per.ctrl", "PER.CTRL", 0x1000},
	    {"PER.R[0]", "PER.R[0]", 0x1020},
	    {"PER.R[2]", "PER.R[2]", 0x1028},
	    /* Cluster array indexed by its dimIndex names or positions. */
	    {"PER.CL[X].A", "PER.CL[X].A", 0x1044},
	    {"PER.CL[y].A", "PER.CL[Y].A", 0x1054},
	    {"PER.CL[1].A", "PER.CL[Y].A", 0x1054},
	    {"PER.CL[Y].IN.B", "PER.CL[Y].IN.B", 0x105C},
	    /* A %s list: its members, also written NAME[INDEX]. */
	    {"PER.LQ", "PER.LQ", 0x1064},
	    {"PER.L[P]", "PER.LP", 0x1060},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(find(model, cases[i].path, &ref),
				 SVD_LOOKUP_OK);
		assert_string_equal(ref.path, cases[i].canonical);
		assert_int_equal(ref.address, cases[i].address);
		assert_null(ref.field);
	}
	assert_int_equal(find(model, "PER.CL[X].IN.B", &ref), SVD_LOOKUP_OK);
	assert_int_equal(ref.reg->bits, 16);
	assert_int_equal(find(model, "PER.SET.s3", &ref), SVD_LOOKUP_OK);
	assert_string_equal(ref.field->name, "S3");
	assert_int_equal(ref.field->bit_offset, 3);
	assert_int_equal(find(model, "PER.SET.S[2]", &ref), SVD_LOOKUP_OK);
	assert_string_equal(ref.field->name, "S2");
}

static void test_lookup_errors(void **state)
{
	struct model *model = *state;
	struct svd_register_ref ref;
	static const struct {
		const char *path;
		enum svd_lookup_status status;
		const char *message;
	} cases[] = {
	    {"PER", SVD_LOOKUP_SYNTAX, "'PER' is not a register path"},
	    {"PER..CTRL", SVD_LOOKUP_SYNTAX, "is not a register path"},
	    {"PER.R[", SVD_LOOKUP_SYNTAX, "is not a register path"},
	    {"PER.R[]", SVD_LOOKUP_SYNTAX, "is not a register path"},
	    {"PER.R[1]x", SVD_LOOKUP_SYNTAX, "is not a register path"},
	    {"PRE.CTRL", SVD_LOOKUP_NOT_FOUND,
	     "no peripheral 'PRE' in DEV; did you mean PER?"},
	    {"PER.CTLR", SVD_LOOKUP_NOT_FOUND,
	     "no register or cluster 'CTLR' in PER; did you mean PER.CTRL?"},
	    {"PER.CTRL.MDOE", SVD_LOOKUP_NOT_FOUND,
	     "no field 'MDOE' in register PER.CTRL; did you mean "
	     "PER.CTRL.MODE?"},
	    {"PER.CTRL.MODE.X", SVD_LOOKUP_SYNTAX,
	     "PER.CTRL is a register: after it comes at most a field name"},
	    {"PER.R", SVD_LOOKUP_BAD_INDEX,
	     "PER.R is an array of 3: give an index, PER.R[0] to PER.R[2]"},
	    {"PER.R[3]", SVD_LOOKUP_BAD_INDEX,
	     "PER.R has no element [3]: 3 elements, [0] to [2]"},
	    {"PER.CL[Z].A", SVD_LOOKUP_BAD_INDEX,
	     "PER.CL has no element [Z]: 2 elements, [X] to [Y]"},
	    {"PER.CL[X]", SVD_LOOKUP_NOT_FOUND,
	     "PER.CL[X] is a cluster, not a register"},
	    {"PER.CL[X].IN", SVD_LOOKUP_NOT_FOUND,
	     "PER.CL[X].IN is a cluster, not a register"},
	    {"PER.CL[X].C", SVD_LOOKUP_NOT_FOUND,
	     "no register or cluster 'C' in PER.CL[X]"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(find(model, cases[i].path, &ref),
				 cases[i].status);
		if (!strstr(model->message, cases[i].message))
			fail_msg("%s: message '%s' lacks '%s'", cases[i].path,
				 model->message, cases[i].message);
	}
}

static void test_name_distance(void **state)
{
	(void)state;
	assert_int_equal(svd_name_distance("GPFSEL1", "gpfsel1"), 0);
	assert_int_equal(svd_name_distance("FSLE17", "FSEL17"), 1);
	assert_int_equal(svd_name_distance("kitten", "sitting"), 3);
	assert_int_equal(svd_name_distance("", "abc"), 3);
	assert_int_equal(svd_name_distance("abc", ""), 3);
	assert_int_equal(svd_name_distance("ca", "abc"), 3);
}

static void test_enums(void **state)
{
	struct model *model = *state;
	struct svd_register_ref ref;
	const struct svd_enum_value *value;

	assert_int_equal(find(model, "PER.CTRL.MODE", &ref), SVD_LOOKUP_OK);
	assert_string_equal(svd_field_match_enum(ref.field, 1, false)->name,
			    "ON");
	/* #1x: bit 1 set, bit 0 either. */
	assert_string_equal(svd_field_match_enum(ref.field, 2, false)->name,
			    "ANYHIGH");
	assert_string_equal(svd_field_match_enum(ref.field, 3, true)->name,
			    "ANYHIGH");
	assert_int_equal(svd_field_extract(ref.field, 0xFFFFFFF1), 1);

	/* DIV: a read-only set with a default for all other values. */
	assert_int_equal(find(model, "PER.CTRL.DIV", &ref), SVD_LOOKUP_OK);
	assert_string_equal(svd_field_match_enum(ref.field, 3, false)->name,
			    "SLOW");
	value = svd_field_match_enum(ref.field, 7, false);
	assert_non_null(value);
	assert_string_equal(value->name, "OTHER");
	assert_null(svd_field_match_enum(ref.field, 3, true));
	assert_int_equal(svd_field_extract(ref.field, 0x0000AB00), 0xAB);
}

/* Plan a write of text to path; returns svd_plan_write's result. */
static int plan(struct model *model, const char *path, const char *text,
		bool force, struct svd_write_plan *result)
{
	struct svd_register_ref ref;

	assert_int_equal(find(model, path, &ref), SVD_LOOKUP_OK);
	model->message[0] = '\0';
	return svd_plan_write(&ref, text, force, result, model->message,
			      sizeof(model->message));
}

static void test_write_plans(void **state)
{
	struct model *model = *state;
	struct svd_write_plan p;

	/* Read-modify-write, EV (write 1 to clear) and WO not kept. */
	assert_int_equal(plan(model, "PER.CTRL.MODE", "ON", false, &p), 0);
	assert_true(p.read_first);
	assert_int_equal(p.keep_mask, 0xFFFFFFFFu & ~0x3u & ~0x10u & ~0x20u);
	assert_int_equal(p.value, 1);
	/* The write-1-to-clear field alone: no read, only its bit. */
	assert_int_equal(plan(model, "PER.CTRL.EV", "1", false, &p), 0);
	assert_false(p.read_first);
	assert_int_equal(p.value, 0x10);
	/* Write-only register with write 1 to set: no read. */
	assert_int_equal(plan(model, "PER.SET.S2", "1", false, &p), 0);
	assert_false(p.read_first);
	assert_int_equal(p.value, 0x4);
	/* Write 0 to clear: the other bits get 1s. */
	assert_int_equal(plan(model, "PER.ZC.F1", "0", false, &p), 0);
	assert_false(p.read_first);
	assert_int_equal(p.value, 0xFFFFFFFDu);
	/* A whole register: as given, no read. */
	assert_int_equal(plan(model, "PER.CTRL", "0xFFFFFFFF", false, &p), 0);
	assert_false(p.read_first);
	assert_int_equal(p.value, 0xFFFFFFFFu);
	assert_int_equal(plan(model, "PER.R[1]", "0b101", false, &p), 0);
	assert_int_equal(p.value, 5);
	assert_int_equal(plan(model, "PER.R[1]", "1_000", false, &p), 0);
	assert_int_equal(p.value, 1000);
	/* readAction: a field write needs --force, a whole one does not. */
	assert_int_equal(plan(model, "PER.FIFO.LEVEL", "2", false, &p), -1);
	assert_non_null(strstr(model->message, "add --force"));
	assert_int_equal(plan(model, "PER.FIFO.LEVEL", "2", true, &p), 0);
	assert_true(p.read_first);
	assert_int_equal(p.value, 0x200);
	assert_int_equal(plan(model, "PER.FIFO", "7", false, &p), 0);
}

static void test_write_refusals(void **state)
{
	struct model *model = *state;
	struct svd_write_plan p;
	static const struct {
		const char *path;
		const char *text;
		const char *message;
	} cases[] = {
	    {"PER.CTRL.MODE", "4", "PER.CTRL.MODE: 4 does not fit in 2 bits"},
	    {"PER.CTRL.MODE", "ANYHIGH",
	     "enum ANYHIGH stands for several values"},
	    {"PER.CTRL.MODE", "of",
	     "'of' is neither a number nor one of its "
	     "values (OFF, ON, ANYHIGH)"},
	    {"PER.CTRL.EV", "x1", "'x1' is not a number"},
	    {"PER.CTRL", "0x1FFFFFFFF", "does not fit in the 32-bit register"},
	    {"PER.CTRL", "99999999999999999999999", "is not a number"},
	    {"PER.CTRL", "-1", "is not a number"},
	    {"PER.CTRL", "0x", "is not a number"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(
		    plan(model, cases[i].path, cases[i].text, true, &p), -1);
		if (!strstr(model->message, cases[i].message))
			fail_msg("%s=%s: message '%s' lacks '%s'",
				 cases[i].path, cases[i].text, model->message,
				 cases[i].message);
	}
	/* Enum names are case-insensitive; a number must be an enum. */
	assert_int_equal(plan(model, "PER.CTRL.MODE", "on", false, &p), 0);
	assert_int_equal(p.value, 1);
	assert_int_equal(plan(model, "PER.CTRL.MODE", "3", false, &p), 0);
	assert_int_equal(p.value, 3);
}

static void test_read_refusals(void **state)
{
	struct model *model = *state;
	struct svd_register_ref ref;
	struct svd_arena *arena = &model->context.arena;

	assert_int_equal(find(model, "PER.SET", &ref), SVD_LOOKUP_OK);
	assert_non_null(strstr(svd_read_refusal(arena, &ref, true),
			       "PER.SET is write-only"));
	assert_int_equal(find(model, "PER.CTRL.WO", &ref), SVD_LOOKUP_OK);
	assert_non_null(strstr(svd_read_refusal(arena, &ref, true),
			       "PER.CTRL.WO is write-only"));
	assert_int_equal(find(model, "PER.CTRL", &ref), SVD_LOOKUP_OK);
	assert_null(svd_read_refusal(arena, &ref, false));
	assert_int_equal(find(model, "PER.FIFO", &ref), SVD_LOOKUP_OK);
	assert_non_null(
	    strstr(svd_read_refusal(arena, &ref, false), "has a side effect"));
	assert_null(svd_read_refusal(arena, &ref, true));
}

/* Every register of PER, in order, with its address. */
static void collect(const struct svd_register_ref *ref, void *data)
{
	char *list = data;
	char line[64];

	snprintf(line, sizeof(line), "%s@%llx ", ref->path,
		 (unsigned long long)ref->address);
	strcat(list, line);
}

static void test_visit(void **state)
{
	struct model *model = *state;
	char list[1024] = "";

	svd_registers_visit(&model->context.arena,
			    svd_instance_find(&model->expanded, "per"), collect,
			    list);
	assert_string_equal(
	    list, "PER.CTRL@1000 PER.SET@1004 PER.ZC@1008 PER.FIFO@100c "
		  "PER.R[0]@1020 PER.R[1]@1024 PER.R[2]@1028 "
		  "PER.CL[X].A@1044 PER.CL[X].IN.B@104c "
		  "PER.CL[Y].A@1054 PER.CL[Y].IN.B@105c "
		  "PER.LP@1060 PER.LQ@1064 ");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_lookup_addresses),
	    cmocka_unit_test(test_lookup_errors),
	    cmocka_unit_test(test_name_distance),
	    cmocka_unit_test(test_enums),
	    cmocka_unit_test(test_write_plans),
	    cmocka_unit_test(test_write_refusals),
	    cmocka_unit_test(test_read_refusals),
	    cmocka_unit_test(test_visit),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

// SPDX-License-Identifier: MIT
/*
 * naming.c's access rules as a table: a register's access,
 * modifiedWriteValues, readAction and write-enable mask (and a field's own
 * access and modifiedWriteValues) in, the set of accessors it gets out.
 * The expected sets follow the rules of the header contract: nothing reads
 * a write-only register, nothing reads, modifies and writes back a
 * register whose writes set, clear or toggle bits or whose reads have side
 * effects, a write-1-to-clear field gets _clear instead of _set, and a
 * write-enable-mask register's setter is one write that never reads.
 */
#include "unit-helpers.h"

#include "naming.h"

struct rules_case {
	const char *what;
	enum svd_access access;
	enum svd_modified_write modified_write;
	enum svd_read_action read_action;
	bool write_enable_mask;
	uint32_t bits;
	/* The field's own properties; UNSET inherits the register's. */
	enum svd_access field_access;
	enum svd_modified_write field_modified_write;
	/*
	 * read, write: the register's; get, val, clear: the field's; set
	 * is a read-modify-write setter, set-enable one masked write.
	 */
	const char *expected;
};

#define RW SVD_ACCESS_READ_WRITE
#define RO SVD_ACCESS_READ_ONLY
#define WO SVD_ACCESS_WRITE_ONLY
#define W1 SVD_ACCESS_WRITE_ONCE
#define RW1 SVD_ACCESS_READ_WRITE_ONCE
#define INHERIT SVD_ACCESS_UNSET
#define PLAIN SVD_MODIFIED_WRITE_UNSET
#define NO_EFFECT SVD_READ_ACTION_UNSET

static const struct rules_case cases[] = {
    {"read-write", RW, PLAIN, NO_EFFECT, false, 32, INHERIT, PLAIN,
     "read write get val set"},
    {"read-only", RO, PLAIN, NO_EFFECT, false, 32, INHERIT, PLAIN, "read get"},
    {"write-only", WO, PLAIN, NO_EFFECT, false, 32, INHERIT, PLAIN,
     "write val"},
    {"writeOnce", W1, PLAIN, NO_EFFECT, false, 32, INHERIT, PLAIN, "write val"},
    {"read-writeOnce", RW1, PLAIN, NO_EFFECT, false, 32, INHERIT, PLAIN,
     "read write get val set"},
    {"modify is a plain write", RW, SVD_MODIFIED_WRITE_MODIFY, NO_EFFECT, false,
     32, INHERIT, PLAIN, "read write get val set"},
    {"oneToClear", RW, SVD_MODIFIED_WRITE_ONE_TO_CLEAR, NO_EFFECT, false, 32,
     INHERIT, PLAIN, "read write get val clear"},
    {"oneToSet", RW, SVD_MODIFIED_WRITE_ONE_TO_SET, NO_EFFECT, false, 32,
     INHERIT, PLAIN, "read write get val"},
    {"oneToToggle", RW, SVD_MODIFIED_WRITE_ONE_TO_TOGGLE, NO_EFFECT, false, 32,
     INHERIT, PLAIN, "read write get val"},
    {"zeroToClear", RW, SVD_MODIFIED_WRITE_ZERO_TO_CLEAR, NO_EFFECT, false, 32,
     INHERIT, PLAIN, "read write get val"},
    {"clear", RW, SVD_MODIFIED_WRITE_CLEAR, NO_EFFECT, false, 32, INHERIT,
     PLAIN, "read write get val"},
    {"write-only oneToClear", WO, SVD_MODIFIED_WRITE_ONE_TO_CLEAR, NO_EFFECT,
     false, 32, INHERIT, PLAIN, "write val clear"},
    {"write-only oneToSet (GPSET)", WO, SVD_MODIFIED_WRITE_ONE_TO_SET,
     NO_EFFECT, false, 32, INHERIT, PLAIN, "write val"},
    {"read-only oneToClear writes nothing", RO, SVD_MODIFIED_WRITE_ONE_TO_CLEAR,
     NO_EFFECT, false, 32, INHERIT, PLAIN, "read get"},
    {"readAction clear", RW, PLAIN, SVD_READ_ACTION_CLEAR, false, 32, INHERIT,
     PLAIN, "read write get val"},
    {"readAction modifyExternal", RW, PLAIN, SVD_READ_ACTION_MODIFY_EXTERNAL,
     false, 32, INHERIT, PLAIN, "read write get val"},
    {"read-only readAction", RO, PLAIN, SVD_READ_ACTION_CLEAR, false, 32,
     INHERIT, PLAIN, "read get"},
    {"write-enable mask", RW, PLAIN, NO_EFFECT, true, 32, INHERIT, PLAIN,
     "read write get val set-enable"},
    {"write-enable mask, write-only", WO, PLAIN, NO_EFFECT, true, 32, INHERIT,
     PLAIN, "write val set-enable"},
    {"write-enable mask, read-only", RO, PLAIN, NO_EFFECT, true, 32, INHERIT,
     PLAIN, "read get"},
    {"write-enable mask needs 32 bits", RW, PLAIN, NO_EFFECT, true, 16, INHERIT,
     PLAIN, "read write get val set"},
    {"write-enable mask and oneToClear", RW, SVD_MODIFIED_WRITE_ONE_TO_CLEAR,
     NO_EFFECT, true, 32, INHERIT, PLAIN,
     "read write get val set-enable clear"},
    {"64-bit read-write", RW, PLAIN, NO_EFFECT, false, 64, INHERIT, PLAIN,
     "read write get val set"},
    {"read-only field", RW, PLAIN, NO_EFFECT, false, 32, RO, PLAIN,
     "read write get"},
    {"write-only field", RW, PLAIN, NO_EFFECT, false, 32, WO, PLAIN,
     "read write val set"},
    {"oneToClear field, the only one", RW, PLAIN, NO_EFFECT, false, 32, INHERIT,
     SVD_MODIFIED_WRITE_ONE_TO_CLEAR, "read write get val clear"},
    {"oneToSet field, the only one", RW, PLAIN, NO_EFFECT, false, 32, INHERIT,
     SVD_MODIFIED_WRITE_ONE_TO_SET, "read write get val"},
    {"field modify in a oneToClear register", RW,
     SVD_MODIFIED_WRITE_ONE_TO_CLEAR, NO_EFFECT, false, 32, INHERIT,
     SVD_MODIFIED_WRITE_MODIFY, "read write get val"},
    {"read-only field in a write-only register", WO, PLAIN, NO_EFFECT, false,
     32, RO, PLAIN, "write"},
};

/* The accessor set of a register with one field, bits 7:0. */
static const char *accessor_set(const struct rules_case *c, char *text,
				size_t size)
{
	struct svd_node node = {0};
	/* As expand.c makes them: see struct svd_expanded_field. */
	struct svd_expanded_field element = {0};
	struct svd_field *field = &element.field;
	struct svd_member reg = {0};
	struct svd_register_rules rules;
	struct svd_field_rules can;

	node.write_enable_mask = c->write_enable_mask;
	field->name = "F";
	field->has_bits = true;
	field->bit_width = 8;
	field->access = c->field_access;
	field->modified_write = c->field_modified_write;
	reg.node = &node;
	reg.name = "R";
	reg.bits = c->bits;
	reg.access = c->access;
	reg.modified_write = c->modified_write;
	reg.read_action = c->read_action;
	reg.fields = field;
	rules = svd_register_rules(&reg);
	can = svd_field_rules(&reg, &rules, field);
	assert_false(can.set_enable && can.set_modify);
	snprintf(text, size, "%s%s%s%s%s%s%s", rules.readable ? " read" : "",
		 rules.writable ? " write" : "", can.get ? " get" : "",
		 can.value ? " val" : "", can.set_modify ? " set" : "",
		 can.set_enable ? " set-enable" : "",
		 can.clear ? " clear" : "");
	return *text ? text + 1 : text;
}

static void test_rules_table(void **state)
{
	unsigned failures = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[128];
		const char *got = accessor_set(&cases[i], text, sizeof(text));

		if (strcmp(got, cases[i].expected) == 0)
			continue;
		print_error("%s: expected \"%s\", got \"%s\"\n", cases[i].what,
			    cases[i].expected, got);
		failures++;
	}
	assert_int_equal(failures, 0);
}

/*
 * A register with an ordinary field and a write-1-to-clear one (STATUS
 * with an enable and an event flag): the ordinary field keeps its
 * read-modify-write setter, which writes 0 to the event bit; the event's
 * _clear keeps the ordinary field by reading it first.
 */
static void test_mixed_clear_register(void **state)
{
	struct svd_node node = {0};
	struct svd_expanded_field elements[2];
	struct svd_field *enable = &elements[0].field,
			 *event = &elements[1].field;
	struct svd_member reg = {0};
	struct svd_register_rules rules;
	struct svd_field_rules can;

	(void)state;
	memset(elements, 0, sizeof(elements));
	enable->name = "EN";
	enable->has_bits = true;
	enable->bit_width = 4;
	enable->next = event;
	event->name = "EVENT";
	event->has_bits = true;
	event->bit_offset = 4;
	event->bit_width = 1;
	event->modified_write = SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
	reg.node = &node;
	reg.bits = 32;
	reg.access = SVD_ACCESS_READ_WRITE;
	reg.fields = enable;
	rules = svd_register_rules(&reg);
	assert_false(rules.actions);
	assert_true(rules.modify);
	assert_int_equal(rules.clear_mask, 0x10);
	assert_true(rules.clear_keeps_others);
	can = svd_field_rules(&reg, &rules, enable);
	assert_true(can.set_modify && !can.clear);
	can = svd_field_rules(&reg, &rules, event);
	assert_true(can.clear && !can.set_modify && !can.set_enable);

	/* Every writable bit W1C: writes are actions, _clear only writes. */
	enable->modified_write = SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
	rules = svd_register_rules(&reg);
	assert_true(rules.actions);
	assert_false(rules.modify);
	assert_int_equal(rules.clear_mask, 0x1f);
	assert_false(rules.clear_keeps_others);

	/* A register-wide oneToClear covers every bit. */
	enable->modified_write = SVD_MODIFIED_WRITE_UNSET;
	event->modified_write = SVD_MODIFIED_WRITE_UNSET;
	reg.modified_write = SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
	rules = svd_register_rules(&reg);
	assert_int_equal(rules.clear_mask, 0xffffffffu);
	assert_false(rules.clear_keeps_others);
}

/* A field outside its register counts for nothing, not even a W1C bit. */
static void test_unusable_field_is_ignored(void **state)
{
	struct svd_node node = {0};
	struct svd_expanded_field element = {0};
	struct svd_field *outside = &element.field;
	struct svd_member reg = {0};
	struct svd_register_rules rules;

	(void)state;
	outside->name = "HIGH";
	outside->has_bits = true;
	outside->bit_offset = 14;
	outside->bit_width = 4;
	outside->modified_write = SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
	reg.node = &node;
	reg.bits = 16;
	reg.access = SVD_ACCESS_READ_WRITE;
	reg.fields = outside;
	assert_false(svd_field_is_usable(&reg, outside));
	rules = svd_register_rules(&reg);
	assert_int_equal(rules.clear_mask, 0);
	assert_false(rules.actions);
	assert_true(rules.modify);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_rules_table),
	    cmocka_unit_test(test_mixed_clear_register),
	    cmocka_unit_test(test_unusable_field_is_ignored),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

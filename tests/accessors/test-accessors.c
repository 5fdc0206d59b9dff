// SPDX-License-Identifier: MIT
/*
 * The generated accessors run against an ordinary struct in memory. The
 * access macros are replaced by a trace, so each test asserts both the
 * exact register values and the exact sequence of reads and writes: a
 * write-only or write-1-to-set/clear register must never be read.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

/* Range checks become cmocka assertions that a test can expect. */
#define SVDGEN_ASSERT(condition)                                               \
	mock_assert((int)(condition), #condition, __FILE__, __LINE__)

struct access {
	char kind; /* 'r' or 'w' */
	size_t offset;
	uint64_t value;
};

static struct access trace[64];
static size_t trace_length;
static const volatile void *trace_base;

/* Record one access at its offset from the peripheral, then do it. */
static void record(char kind, const volatile void *address, uint64_t value)
{
	if (trace_length < sizeof(trace) / sizeof(trace[0])) {
		trace[trace_length].kind = kind;
		trace[trace_length].offset =
		    (size_t)((const volatile char *)address -
			     (const volatile char *)trace_base);
		trace[trace_length].value = value;
	}
	trace_length++;
}

static uint32_t trace_read32(const volatile uint32_t *address)
{
	record('r', address, *address);
	return *address;
}

static void trace_write32(volatile uint32_t *address, uint32_t value)
{
	record('w', address, value);
	*address = value;
}

static uint16_t trace_read16(const volatile uint16_t *address)
{
	record('r', address, *address);
	return *address;
}

static void trace_write16(volatile uint16_t *address, uint16_t value)
{
	record('w', address, value);
	*address = value;
}

#define SVDGEN_READ32(address) trace_read32(address)
#define SVDGEN_WRITE32(address, value) trace_write32(address, value)
#define SVDGEN_READ16(address) trace_read16(address)
#define SVDGEN_WRITE16(address, value) trace_write16(address, value)

#include "rules_dev.h"

/* The peripheral: plain memory, registers seeded through raw words. */
static union {
	DEV_Type registers;
	uint32_t words[sizeof(DEV_Type) / 4];
} memory;

static DEV_Type *const dev = &memory.registers;

static int reset(void **state)
{
	(void)state;
	memset(&memory, 0, sizeof(memory));
	trace_length = 0;
	trace_base = &memory;
	return 0;
}

static uint32_t word_at(size_t offset)
{
	return memory.words[offset / 4];
}

static void seed(size_t offset, uint32_t value)
{
	memory.words[offset / 4] = value;
}

static void assert_access(size_t index, char kind, size_t offset,
			  uint64_t value)
{
	assert_true(index < trace_length);
	assert_int_equal(trace[index].kind, kind);
	assert_int_equal(trace[index].offset, offset);
	assert_int_equal(trace[index].value, value);
}

static void test_register_write(void **state)
{
	(void)state;
	DEV_CTRL_write(dev, 0x12345678u);
	assert_int_equal(word_at(0x00), 0x12345678u);
	assert_int_equal(trace_length, 1);
	assert_access(0, 'w', 0x00, 0x12345678u);
}

/* One full-width read, one full-width write, other bits kept. */
static void test_field_set_read_modify_write(void **state)
{
	(void)state;
	seed(0x00, 0xffffffffu);
	DEV_CTRL_MODE_set(dev, DEV_CTRL_MODE_FAST);
	/* MODE is bits 6:4; FAST is 5 = 0b101. */
	assert_int_equal(word_at(0x00), 0xffffffdfu);
	assert_int_equal(trace_length, 2);
	assert_access(0, 'r', 0x00, 0xffffffffu);
	assert_access(1, 'w', 0x00, 0xffffffdfu);
	assert_int_equal(DEV_CTRL_MODE_get(dev), DEV_CTRL_MODE_FAST);
}

/* A write-only register is composed from field values, never read. */
static void test_write_only_compose(void **state)
{
	(void)state;
	seed(0x18, 0xdeadbeefu);
	DEV_CMD_write(dev, DEV_CMD_OP_val(0xa) | DEV_CMD_ARG_val(0x5c));
	/* OP is bits 3:0, ARG bits 15:8. */
	assert_int_equal(word_at(0x18), 0x5c0au);
	assert_int_equal(trace_length, 1);
	assert_access(0, 'w', 0x18, 0x5c0au);
}

/* GPSET/GPCLR style: the mask is written, the register never read. */
static void test_one_to_set_and_clear_mask_writes(void **state)
{
	(void)state;
	DEV_SET_write(dev, 1u << 7);
	DEV_CLR_write(dev, (1u << 3) | (1u << 9));
	assert_int_equal(word_at(0x04), 0x80u);
	assert_int_equal(word_at(0x08), 0x208u);
	assert_int_equal(trace_length, 2);
	assert_access(0, 'w', 0x04, 0x80u);
	assert_access(1, 'w', 0x08, 0x208u);
}

/* A register whose every bit is write-1-to-clear: write only the one. */
static void test_w1c_clear_in_event_register(void **state)
{
	(void)state;
	seed(0x14, 0xffffffffu);
	DEV_EVENTS_EDS_clear(dev, 5);
	assert_int_equal(trace_length, 1);
	assert_access(0, 'w', 0x14, 1u << 5);
}

/*
 * A register mixing W1C flags (DONE bit 0, ERR bit 1) with an ordinary
 * bit (IE, bit 8): clearing DONE keeps IE and must not clear ERR.
 */
static void test_w1c_clear_in_mixed_register(void **state)
{
	(void)state;
	seed(0x10, 0x103u);
	DEV_STATUS_DONE_clear(dev);
	assert_int_equal(trace_length, 2);
	assert_access(0, 'r', 0x10, 0x103u);
	assert_access(1, 'w', 0x10, 0x101u);
}

/* Setting an ordinary bit writes 0 to the W1C flags: no event is lost. */
static void test_set_beside_w1c_writes_zero_to_flags(void **state)
{
	(void)state;
	seed(0x10, 0x003u);
	DEV_STATUS_IE_set(dev, 1);
	assert_int_equal(trace_length, 2);
	assert_access(1, 'w', 0x10, 0x100u);
}

static void test_dim_indexed_register(void **state)
{
	(void)state;
	DEV_CC_write(dev, 2, 0xabcdu);
	/* CC[%s] starts at 0x30, 4 bytes apart. */
	assert_int_equal(word_at(0x38), 0xabcdu);
	assert_access(0, 'w', 0x38, 0xabcdu);
	assert_int_equal(DEV_CC_read(dev, 2), 0xabcdu);
}

static void test_cluster_array_register(void **state)
{
	(void)state;
	seed(0x110, 0xffffff0fu);
	DEV_CH_CFG_PRIO_set(dev, 1, 2);
	/* CH[%s] at 0x100, 0x10 apart; PRIO is bits 5:4 of CFG. */
	assert_int_equal(word_at(0x110), 0xffffff2fu);
	assert_access(0, 'r', 0x110, 0xffffff0fu);
	assert_access(1, 'w', 0x110, 0xffffff2fu);
	DEV_CH_CNT_write(dev, 2, 0x1234);
	assert_access(2, 'w', 0x124, 0x1234);
	assert_int_equal(DEV_CH_CFG_PRIO_get(dev, 1), 2);
}

/* A dim list of fields: FSEL%s, 3 bits each, with an enum. */
static void test_enum_field_with_index(void **state)
{
	(void)state;
	seed(0x20, 0x3fffffffu);
	DEV_FSEL_FSEL_set(dev, 3, DEV_FSEL_FSEL_OUTPUT);
	/* FSEL3 is bits 11:9: 0b111 becomes 0b001. */
	assert_int_equal(word_at(0x20), 0x3ffff3ffu);
	assert_int_equal(DEV_FSEL_FSEL_get(dev, 3), DEV_FSEL_FSEL_OUTPUT);
	assert_int_equal(DEV_FSEL_FSEL_get(dev, 4), DEV_FSEL_FSEL_ALT0 | 3);
	assert_int_equal(DEV_FSEL_FSEL_val(2, DEV_FSEL_FSEL_ALT5), 2u << 6);
}

/* Reading a clear-on-read FIFO is one read and nothing else. */
static void test_read_with_side_effect(void **state)
{
	(void)state;
	seed(0x1c, 0x55u);
	assert_int_equal(DEV_DATA_read(dev), 0x55u);
	assert_int_equal(trace_length, 1);
	assert_access(0, 'r', 0x1c, 0x55u);
}

/*
 * A value the compiler cannot see: constants out of range do not compile
 * (compile-fail.sh), so the run-time checks are reached with these.
 */
static volatile uint32_t opaque;

static uint32_t runtime(uint32_t value)
{
	opaque = value;
	return opaque;
}

/* Debug builds refuse values that do not fit or break writeConstraint. */
static void test_range_checks(void **state)
{
	(void)state;
	expect_assert_failure(DEV_CTRL_EN_set(dev, runtime(2)));
	/* minimum 1, maximum 200 */
	expect_assert_failure(DEV_CTRL_DIV_set(dev, runtime(0)));
	expect_assert_failure(DEV_CTRL_DIV_set(dev, runtime(201)));
	expect_assert_failure(DEV_CC_write(dev, runtime(4), 0)); /* dim 4 */
	expect_assert_failure(DEV_EVENTS_EDS_clear(dev, runtime(32)));
	expect_assert_failure(
	    DEV_FSEL_FSEL_set(dev, runtime(10), DEV_FSEL_FSEL_OUTPUT));
	DEV_CTRL_DIV_set(dev, 200);
	assert_int_equal(word_at(0x00), 200u << 16);
}

/*
 * Every write accessor of the write-only and write-1-to-set/clear
 * registers, in a row: the trace shows no read of them at all.
 */
static void test_no_read_of_write_action_registers(void **state)
{
	(void)state;
	DEV_SET_write(dev, 0xffffffffu);
	DEV_CLR_write(dev, 0xffffffffu);
	DEV_CMD_write(dev, DEV_CMD_OP_val(1));
	DEV_OUTSET_write(dev, 1u);
	for (uint32_t n = 0; n < 32; n++)
		DEV_EVENTS_EDS_clear(dev, n);
	assert_int_equal(trace_length, 36);
	for (size_t i = 0; i < trace_length; i++)
		assert_int_equal(trace[i].kind, 'w');
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup(test_register_write, reset),
	    cmocka_unit_test_setup(test_field_set_read_modify_write, reset),
	    cmocka_unit_test_setup(test_write_only_compose, reset),
	    cmocka_unit_test_setup(test_one_to_set_and_clear_mask_writes,
				   reset),
	    cmocka_unit_test_setup(test_w1c_clear_in_event_register, reset),
	    cmocka_unit_test_setup(test_w1c_clear_in_mixed_register, reset),
	    cmocka_unit_test_setup(test_set_beside_w1c_writes_zero_to_flags,
				   reset),
	    cmocka_unit_test_setup(test_dim_indexed_register, reset),
	    cmocka_unit_test_setup(test_cluster_array_register, reset),
	    cmocka_unit_test_setup(test_enum_field_with_index, reset),
	    cmocka_unit_test_setup(test_read_with_side_effect, reset),
	    cmocka_unit_test_setup(test_range_checks, reset),
	    cmocka_unit_test_setup(test_no_read_of_write_action_registers,
				   reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

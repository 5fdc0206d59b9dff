// SPDX-License-Identifier: MIT
/*
 * The hal, built with traced access macros (tests/hal/trace.h), drives
 * register blocks in ordinary memory through the one GPIO handle. The
 * trace proves that pin set/clear is one write of a mask where the SoC has
 * set/clear registers, that the write-only or write-1-to-act registers
 * (GPSETn, GPCLRn, GPEDSn; SETDATAOUT, CLEARDATAOUT; PORTA_EOI) are never
 * read, that an RK3288 pin change is exactly one read-modify-write of
 * SWPORTA_DR, and that every RK3288 GRF and CRU write carries its
 * write-enable mask and is never preceded by a read.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <string.h>

#include "svd-hal.h"
#include "trace.h"

struct access {
	char kind; /* 'r' or 'w' */
	const volatile void *address;
	uint32_t value;
};

static struct access trace[256];
static size_t trace_length;

uint32_t trace_read32(const volatile uint32_t *address)
{
	if (trace_length < sizeof(trace) / sizeof(trace[0]))
		trace[trace_length++] = (struct access){'r', address, *address};
	return *address;
}

void trace_write32(volatile uint32_t *address, uint32_t value)
{
	if (trace_length < sizeof(trace) / sizeof(trace[0]))
		trace[trace_length++] = (struct access){'w', address, value};
	*address = value;
}

/* Assert that no traced read touched [start, start + length). */
static void assert_never_read(const void *start, size_t length)
{
	const char *low = start;
	size_t i;

	for (i = 0; i < trace_length; i++) {
		const char *at = (const char *)trace[i].address;

		if (trace[i].kind == 'r' && at >= low && at < low + length)
			fail_msg("read at offset 0x%zx", (size_t)(at - low));
	}
}

/* Assert that access i is a write of value at address. */
static void assert_write(size_t i, const void *address, uint32_t value)
{
	assert_true(i < trace_length);
	assert_int_equal(trace[i].kind, 'w');
	assert_ptr_equal(trace[i].address, address);
	assert_int_equal(trace[i].value, value);
}

/* Blocks in memory, by physical address, for svd_hal_gpio_open_memory. */
struct region {
	uint64_t address;
	void *memory;
	size_t length;
};

static void *locate(void *context, uint64_t address, size_t length)
{
	const struct region *region;

	for (region = context; region->memory; region++)
		if (region->address == address && length <= region->length)
			return region->memory;
	return NULL;
}

static uint32_t bcm_block[64]; /* 0x100 bytes: a whole GPIO block */

/* Register n (byte offset) of the BCM block. */
static uint32_t *bcm_register(size_t offset)
{
	return &bcm_block[offset / 4];
}

/* Copy the writes recorded since mark into out; returns how many. */
static size_t writes_since(size_t mark, struct access *out, size_t capacity)
{
	size_t count = 0;

	for (size_t i = mark; i < trace_length; i++) {
		if (trace[i].kind != 'w')
			continue;
		if (count < capacity)
			out[count] = trace[i];
		count++;
	}
	return count;
}

static void run_bcm(const char *soc, uint64_t base)
{
	struct region regions[] = {{base, bcm_block, sizeof(bcm_block)},
				   {0, NULL, 0}};
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;
	struct access pull_writes[8];
	size_t mark, writes;

	memset(bcm_block, 0xFF, sizeof(bcm_block));
	assert_int_equal(
	    svd_hal_gpio_open_memory(soc, locate, regions, &gpio, &err), 0);
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 5), 0);
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 40), 0);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, 5), 0);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, 40), 0);
	assert_int_equal(svd_hal_gpio_set_mask(gpio, 0, 0x0F80u), 0);
	assert_int_equal(svd_hal_gpio_clear_mask(gpio, 1, 0x3u), 0);
	assert_int_equal(svd_hal_gpio_clear_event(gpio, 17), 0);
	assert_int_equal(svd_hal_gpio_clear_event(gpio, 50), 0);

	/* Exactly one write each, and nothing else. */
	assert_int_equal(trace_length, 8);
	assert_write(0, bcm_register(0x1c), 1u << 5);
	assert_write(1, bcm_register(0x20), 1u << 8);
	assert_write(2, bcm_register(0x28), 1u << 5);
	assert_write(3, bcm_register(0x2c), 1u << 8);
	assert_write(4, bcm_register(0x1c), 0x0F80u);
	assert_write(5, bcm_register(0x2c), 0x3u);
	assert_write(6, bcm_register(0x40), 1u << 17);
	assert_write(7, bcm_register(0x44), 1u << 18);

	/* Pin-level work that does read: still never GPSET/GPCLR/GPEDS. */
	assert_int_equal(svd_hal_gpio_set_direction(gpio, 7, SVD_HAL_OUTPUT),
			 0);
	assert_int_equal(svd_hal_gpio_bcm_get_function(gpio, 7),
			 SVD_HAL_BCM_OUTPUT);
	assert_true(svd_hal_gpio_read_pin(gpio, 7) >= 0);
	mark = trace_length;
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 7, SVD_HAL_PULL_UP), 0);
	writes = writes_since(mark, pull_writes, 8);
	if (strcmp(soc, "bcm2711") == 0) {
		/*
		 * BCM2711 ARM Peripherals 5.2: GPIO_PUP_PDN_CNTRL_REG0 (0xE4)
		 * holds 2 bits per pin, 01 = pull-up; pin 7 is bits 15:14 and
		 * the other pins keep the block's 0xFF fill.
		 */
		assert_int_equal(writes, 1);
		assert_ptr_equal(pull_writes[0].address, bcm_register(0xe4));
		assert_int_equal(pull_writes[0].value, 0xFFFF7FFFu);
	} else {
		/*
		 * BCM2835 ARM Peripherals 6.1, GPPUD: write the control (10 =
		 * pull-up) to GPPUD, clock it into the pin with GPPUDCLK0,
		 * then remove both, in that order.
		 */
		assert_int_equal(writes, 4);
		assert_ptr_equal(pull_writes[0].address, bcm_register(0x94));
		assert_int_equal(pull_writes[0].value, 2u);
		assert_ptr_equal(pull_writes[1].address, bcm_register(0x98));
		assert_int_equal(pull_writes[1].value, 1u << 7);
		assert_ptr_equal(pull_writes[2].address, bcm_register(0x94));
		assert_int_equal(pull_writes[2].value, 0u);
		assert_ptr_equal(pull_writes[3].address, bcm_register(0x98));
		assert_int_equal(pull_writes[3].value, 0u);
	}
	assert_never_read(bcm_register(0x1c), 8);
	assert_never_read(bcm_register(0x28), 8);
	assert_never_read(bcm_register(0x40), 8);
	svd_hal_gpio_close(gpio);
}

static void test_bcm2835(void **state)
{
	(void)state;
	run_bcm("bcm2835", 0x20200000u);
}

static void test_bcm2837(void **state)
{
	(void)state;
	run_bcm("bcm2837", 0x3F200000u);
}

static void test_bcm2711(void **state)
{
	(void)state;
	run_bcm("bcm2711", 0xFE200000u);
}

static uint32_t am_gpio[4][0x198 / 4];
static uint32_t am_cm_per[0x154 / 4];
static uint32_t am_cm_wkup[0xdc / 4];
static uint32_t am_control[0xa38 / 4];

static void test_am335x(void **state)
{
	struct region regions[] = {
	    {0x44E07000u, am_gpio[0], sizeof(am_gpio[0])},
	    {0x4804C000u, am_gpio[1], sizeof(am_gpio[1])},
	    {0x481AC000u, am_gpio[2], sizeof(am_gpio[2])},
	    {0x481AE000u, am_gpio[3], sizeof(am_gpio[3])},
	    {0x44E00000u, am_cm_per, sizeof(am_cm_per)},
	    {0x44E00400u, am_cm_wkup, sizeof(am_cm_wkup)},
	    {0x44E10000u, am_control, sizeof(am_control)},
	    {0, NULL, 0}};
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;
	size_t bank;

	(void)state;
	memset(am_gpio, 0xFF, sizeof(am_gpio));
	assert_int_equal(
	    svd_hal_gpio_open_memory("am335x", locate, regions, &gpio, &err),
	    0);
	assert_int_equal(svd_hal_gpio_enable_bank(gpio, 2), 0);
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 2 * 32 + 7), 0);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, 2 * 32 + 7), 0);
	/* Bank 2's clock is known on: two writes, no read at all. */
	assert_int_equal(trace_length, 2);
	assert_write(0, &am_gpio[2][0x194 / 4], 1u << 7);
	assert_write(1, &am_gpio[2][0x190 / 4], 1u << 7);

	/* Bank 1: its clock is checked once, in CM_PER, then writes only. */
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 1 * 32 + 21), 0);
	assert_int_equal(svd_hal_gpio_set_mask(gpio, 1, 0x01E00000u), 0);
	assert_int_equal(svd_hal_gpio_clear_mask(gpio, 1, 0x01E00000u), 0);
	assert_int_equal(svd_hal_gpio_set_direction(gpio, 3, SVD_HAL_OUTPUT),
			 0);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, 3 * 32 + 31), 0);
	for (bank = 0; bank < 4; bank++) {
		assert_never_read(&am_gpio[bank][0x190 / 4], 8);
	}
	svd_hal_gpio_close(gpio);
}

static uint32_t rk_gpio[9][0x100 / 4];
static uint32_t rk_pmu[0x100 / 4];
static uint32_t rk_cru[0x1000 / 4];
static uint32_t rk_grf[0x1000 / 4];

/*
 * Every write into the GRF or CRU enables exactly the bits it changes:
 * its low half has no bit whose enable bit (n + 16) is clear. And nothing
 * in either block is ever read.
 */
static void assert_masked_writes(void)
{
	size_t i;

	for (i = 0; i < trace_length; i++) {
		const char *at = (const char *)trace[i].address;
		bool in_grf = at >= (const char *)rk_grf &&
			      at < (const char *)rk_grf + sizeof(rk_grf);
		bool in_cru = at >= (const char *)rk_cru &&
			      at < (const char *)rk_cru + sizeof(rk_cru);

		if (!in_grf && !in_cru)
			continue;
		assert_int_equal(trace[i].kind, 'w');
		assert_true(trace[i].value >> 16 != 0);
		assert_int_equal(
		    trace[i].value & 0xFFFFu & ~(trace[i].value >> 16), 0);
	}
}

static void test_rk3288(void **state)
{
	struct region regions[] = {
	    {0xFF750000u, rk_gpio[0], sizeof(rk_gpio[0])},
	    {0xFF780000u, rk_gpio[1], sizeof(rk_gpio[1])},
	    {0xFF790000u, rk_gpio[2], sizeof(rk_gpio[2])},
	    {0xFF7A0000u, rk_gpio[3], sizeof(rk_gpio[3])},
	    {0xFF7B0000u, rk_gpio[4], sizeof(rk_gpio[4])},
	    {0xFF7C0000u, rk_gpio[5], sizeof(rk_gpio[5])},
	    {0xFF7D0000u, rk_gpio[6], sizeof(rk_gpio[6])},
	    {0xFF7E0000u, rk_gpio[7], sizeof(rk_gpio[7])},
	    {0xFF7F0000u, rk_gpio[8], sizeof(rk_gpio[8])},
	    {0xFF730000u, rk_pmu, sizeof(rk_pmu)},
	    {0xFF760000u, rk_cru, sizeof(rk_cru)},
	    {0xFF770000u, rk_grf, sizeof(rk_grf)},
	    {0, NULL, 0}};
	const unsigned int b4 = 5 * 32 + 12; /* GPIO5_B4 */
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;
	unsigned int pin;

	(void)state;
	memset(rk_grf, 0xFF, sizeof(rk_grf));
	memset(rk_cru, 0xFF, sizeof(rk_cru));
	rk_gpio[5][0] = 0x5u; /* SWPORTA_DR: pins A0 and A2 high */
	assert_int_equal(
	    svd_hal_gpio_open_memory("rk3288", locate, regions, &gpio, &err),
	    0);
	assert_int_equal(svd_hal_gpio_parse_pin(gpio, "GPIO5_B4", &pin), 0);
	assert_int_equal(pin, b4);
	trace_length = 0;

	/* Clock, pin mux, pull: one masked write each, nothing read. */
	assert_int_equal(svd_hal_gpio_enable_bank(gpio, 5), 0);
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, b4, 0), 0);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, b4, SVD_HAL_PULL_DOWN), 0);
	assert_int_equal(trace_length, 3);
	assert_write(0, &rk_cru[0x198 / 4], 0x00200000u);
	assert_write(1, &rk_grf[0x50 / 4], 0x03000000u);
	assert_write(2, &rk_grf[0x184 / 4], 0x03000200u);
	/* GPIO7_C5 is on a 4-bit port: its high register, bits 7:4. */
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, 7 * 32 + 21, 3),
			 0);
	assert_write(3, &rk_grf[0x78 / 4], 0x00F00030u);
	assert_masked_writes();

	/* No set/clear registers: one read-modify-write of SWPORTA_DR. */
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_set_pin(gpio, b4), 0);
	assert_int_equal(trace_length, 2);
	assert_int_equal(trace[0].kind, 'r');
	assert_ptr_equal(trace[0].address, &rk_gpio[5][0]);
	assert_write(1, &rk_gpio[5][0], 0x1005u);
	assert_int_equal(svd_hal_gpio_clear_mask(gpio, 5, 0x1001u), 0);
	assert_write(3, &rk_gpio[5][0], 0x4u);

	/* PORTA_EOI is write-1-to-clear: one write of the pin's bit. */
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_clear_event(gpio, b4), 0);
	assert_int_equal(trace_length, 1);
	assert_write(0, &rk_gpio[5][0x4c / 4], 1u << 12);

	/* GPIO0 is muxed in the PMU, which has no mask: read-modify-write. */
	rk_pmu[0x88 / 4] = 0xFFu;
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, 10, 0), 0);
	assert_int_equal(trace_length, 2);
	assert_int_equal(trace[0].kind, 'r');
	assert_write(1, &rk_pmu[0x88 / 4], 0xCFu);

	/* Pins and ports that do not exist: refused, nothing touched. */
	trace_length = 0;
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 25), -1); /* GPIO0_D1 */
	assert_int_equal(errno, EINVAL);
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, 5 * 32 + 1, 0),
			 -1); /* GPIO5_A1: not routed */
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, b4, 4), -1);
	assert_int_equal(trace_length, 0);
	svd_hal_gpio_close(gpio);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_bcm2835), cmocka_unit_test(test_bcm2837),
	    cmocka_unit_test(test_bcm2711), cmocka_unit_test(test_am335x),
	    cmocka_unit_test(test_rk3288),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

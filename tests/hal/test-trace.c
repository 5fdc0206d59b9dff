// SPDX-License-Identifier: MIT
/*
 * The hal, built with traced access macros (tests/hal/trace.h), drives
 * GPIO blocks in ordinary memory. The trace proves that pin set/clear is
 * one write of a mask and that the write-only or write-1-to-act registers
 * (GPSETn, GPCLRn, GPEDSn; SETDATAOUT, CLEARDATAOUT) are never read.
 */
#include <setjmp.h>
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

static void run_bcm(enum svd_hal_soc soc)
{
	struct svd_hal_bcm_gpio *gpio;
	struct svd_hal_error err;
	struct access pull_writes[8];
	size_t mark, writes;

	memset(bcm_block, 0xFF, sizeof(bcm_block));
	assert_int_equal(
	    svd_hal_bcm_gpio_open_memory(soc, bcm_block, &gpio, &err), 0);
	trace_length = 0;
	assert_int_equal(svd_hal_bcm_gpio_set_pin(gpio, 5), 0);
	assert_int_equal(svd_hal_bcm_gpio_set_pin(gpio, 40), 0);
	assert_int_equal(svd_hal_bcm_gpio_clear_pin(gpio, 5), 0);
	assert_int_equal(svd_hal_bcm_gpio_clear_pin(gpio, 40), 0);
	assert_int_equal(svd_hal_bcm_gpio_set_mask(gpio, 0, 0x0F80u), 0);
	assert_int_equal(svd_hal_bcm_gpio_clear_mask(gpio, 1, 0x3u), 0);
	assert_int_equal(svd_hal_bcm_gpio_clear_event(gpio, 17), 0);
	assert_int_equal(svd_hal_bcm_gpio_clear_event(gpio, 50), 0);

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
	assert_int_equal(
	    svd_hal_bcm_gpio_set_function(gpio, 7, SVD_HAL_BCM_OUTPUT), 0);
	assert_true(svd_hal_bcm_gpio_read_pin(gpio, 7) >= 0);
	mark = trace_length;
	assert_int_equal(svd_hal_bcm_gpio_set_pull(gpio, 7, SVD_HAL_PULL_UP),
			 0);
	writes = writes_since(mark, pull_writes, 8);
	if (soc == SVD_HAL_SOC_BCM2711) {
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
	svd_hal_bcm_gpio_close(gpio);
}

static void test_bcm2835(void **state)
{
	(void)state;
	run_bcm(SVD_HAL_SOC_BCM2835);
}

static void test_bcm2711(void **state)
{
	(void)state;
	run_bcm(SVD_HAL_SOC_BCM2711);
}

static uint32_t am_gpio[4][0x198 / 4];
static uint32_t am_cm_per[0x154 / 4];
static uint32_t am_cm_wkup[0xdc / 4];
static uint32_t am_control[0xa38 / 4];

static void test_am335x(void **state)
{
	struct svd_hal_am335x_blocks blocks = {
	    {am_gpio[0], am_gpio[1], am_gpio[2], am_gpio[3]},
	    am_cm_per,
	    am_cm_wkup,
	    am_control};
	struct svd_hal_am335x_gpio *gpio;
	struct svd_hal_error err;
	size_t bank;

	(void)state;
	memset(am_gpio, 0xFF, sizeof(am_gpio));
	assert_int_equal(svd_hal_am335x_gpio_open_memory(&blocks, &gpio, &err),
			 0);
	assert_int_equal(svd_hal_am335x_gpio_enable_bank(gpio, 2), 0);
	trace_length = 0;
	assert_int_equal(
	    svd_hal_am335x_gpio_set_pin(gpio, SVD_HAL_AM335X_PIN(2, 7)), 0);
	assert_int_equal(
	    svd_hal_am335x_gpio_clear_pin(gpio, SVD_HAL_AM335X_PIN(2, 7)), 0);
	/* Bank 2's clock is known on: two writes, no read at all. */
	assert_int_equal(trace_length, 2);
	assert_write(0, &am_gpio[2][0x194 / 4], 1u << 7);
	assert_write(1, &am_gpio[2][0x190 / 4], 1u << 7);

	/* Bank 1: its clock is checked once, in CM_PER, then writes only. */
	assert_int_equal(
	    svd_hal_am335x_gpio_set_pin(gpio, SVD_HAL_BBB_USR_LED(0)), 0);
	assert_int_equal(svd_hal_am335x_gpio_set_mask(gpio, 1, 0x01E00000u), 0);
	assert_int_equal(svd_hal_am335x_gpio_clear_mask(gpio, 1, 0x01E00000u),
			 0);
	assert_int_equal(svd_hal_am335x_gpio_set_direction(
			     gpio, SVD_HAL_AM335X_PIN(0, 3), true),
			 0);
	assert_int_equal(
	    svd_hal_am335x_gpio_clear_pin(gpio, SVD_HAL_AM335X_PIN(3, 31)), 0);
	for (bank = 0; bank < 4; bank++) {
		assert_never_read(&am_gpio[bank][0x190 / 4], 8);
	}
	svd_hal_am335x_gpio_close(gpio);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_bcm2835),
	    cmocka_unit_test(test_bcm2711),
	    cmocka_unit_test(test_am335x),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

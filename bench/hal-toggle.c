// SPDX-License-Identifier: MIT
/*
 * Toggle one GPIO N times, through the hal or through hand-written
 * volatile pointer code, on a GPIO block in ordinary memory, so that
 * callgrind can count the instructions of each (bench/hal-callgrind.sh).
 * Usage: hal-toggle hal|raw N
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "svd-hal.h"

static uint32_t block[64];

/* Through the hal: set then clear, two calls per period. */
__attribute__((noinline)) static void toggle_hal(struct svd_hal_gpio *gpio,
						 unsigned long n)
{
	while (n--) {
		svd_hal_gpio_set_pin(gpio, 17);
		svd_hal_gpio_clear_pin(gpio, 17);
	}
}

/* The handle asks for the GPIO block: it is the one in memory. */
static void *locate_block(void *context, uint64_t address, size_t length)
{
	(void)address;
	return length <= sizeof(block) ? context : NULL;
}

/* By hand: GPSET0 at 0x1c, GPCLR0 at 0x28. */
__attribute__((noinline)) static void toggle_raw(volatile uint32_t *gpio,
						 unsigned long n)
{
	while (n--) {
		gpio[0x1c / 4] = 1u << 17;
		gpio[0x28 / 4] = 1u << 17;
	}
}

int main(int argc, char **argv)
{
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;
	unsigned long n;

	if (argc != 3) {
		fprintf(stderr, "usage: hal-toggle hal|raw N\n");
		return 2;
	}
	n = strtoul(argv[2], NULL, 10);
	if (strcmp(argv[1], "raw") == 0) {
		toggle_raw(block, n);
		return 0;
	}
	if (svd_hal_gpio_open_memory("bcm2837", locate_block, block, &gpio,
				     &err) < 0) {
		fprintf(stderr, "hal-toggle: %s\n", err.message);
		return 1;
	}
	toggle_hal(gpio, n);
	svd_hal_gpio_close(gpio);
	return 0;
}

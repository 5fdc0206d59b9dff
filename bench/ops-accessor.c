// SPDX-License-Identifier: MIT
/*
 * The accessor side of bench/ops: each loop body is one generated
 * accessor call (and the hal loop, two hal calls). Built -O2 -DNDEBUG
 * against generated/rules/ and the hal's own generated/hal-bcm2835/.
 */
#include "ops.h"

#include "bcm2835_gpio.h"
#include "rk3288_gpio.h"
#include "rules_dev.h"
#include "svd-hal.h"

/* Register write: the whole CTRL register. */
void ops_reg_write_accessor(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		DEV_CTRL_write(p, (uint32_t)i);
}

/* Field read-modify-write: CTRL.DIV, bits [23:16]. */
void ops_field_rmw_accessor(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		DEV_CTRL_DIV_set(p, (uint32_t)i);
}

/* Write-only mask write: SET is write-1-to-set, nothing is read. */
void ops_mask_write_accessor(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		DEV_SET_write(p, 1u << (i & 31u));
}

/* GPIO toggle through the hal's pin calls. */
void ops_gpio_toggle_hal(struct svd_hal_gpio *gpio, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		svd_hal_gpio_set_pin(gpio, 17);
		svd_hal_gpio_clear_pin(gpio, 17);
	}
}

/* RK3288 GPIO5_B4 toggle through the handle: two read-modify-writes. */
void ops_rk_toggle_hal(struct svd_hal_gpio *gpio, unsigned long n)
{
	unsigned long i;

	for (i = 0; i < n; i++) {
		svd_hal_gpio_set_pin(gpio, 5 * 32 + 12);
		svd_hal_gpio_clear_pin(gpio, 5 * 32 + 12);
	}
}

/* The same with the generated field setter on SWPORTA_DR. */
void ops_rk_toggle_accessor(void *gpio, unsigned long n)
{
	RK3288_GPIO_Type *p = gpio;
	unsigned long i;

	for (i = 0; i < n; i++) {
		RK3288_GPIO_SWPORTA_DR_PIN_set(p, 12, 1);
		RK3288_GPIO_SWPORTA_DR_PIN_set(p, 12, 0);
	}
}

/* GPIO toggle with the raw accessors on the pointer the hal mapped. */
void ops_gpio_toggle_accessor(void *gpio, unsigned long n)
{
	BCM2835_GPIO_Type *p = gpio;
	unsigned long i;

	for (i = 0; i < n; i++) {
		BCM2835_GPIO_GPSET0_write(p, 1u << 17);
		BCM2835_GPIO_GPCLR0_write(p, 1u << 17);
	}
}

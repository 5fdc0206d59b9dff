// SPDX-License-Identifier: MIT
/*
 * The hand-written side of bench/ops: the same volatile accesses as
 * ops-accessor.c, written as a CMSIS user would (struct members for
 * rules.svd's DEV, bare offsets for the GPIO block).
 */
#include "ops.h"

#include "rules.h"

void ops_reg_write_hand(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		p->CTRL = (uint32_t)i;
}

/* CTRL.DIV is bits [23:16]. */
void ops_field_rmw_hand(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		p->CTRL =
		    (p->CTRL & ~(0xffu << 16)) | (((uint32_t)i & 0xffu) << 16);
}

void ops_mask_write_hand(void *dev, unsigned long n)
{
	DEV_Type *p = dev;
	unsigned long i;

	for (i = 0; i < n; i++)
		p->SET = 1u << (i & 31u);
}

/* GPSET0 is at 0x1c, GPCLR0 at 0x28. */
void ops_gpio_toggle_hand(void *gpio, unsigned long n)
{
	volatile uint32_t *p = gpio;
	unsigned long i;

	for (i = 0; i < n; i++) {
		p[0x1c / 4] = 1u << 17;
		p[0x28 / 4] = 1u << 17;
	}
}

/* RK3288 SWPORTA_DR (offset 0): no set/clear registers, read-modify-write. */
void ops_rk_toggle_hand(void *gpio, unsigned long n)
{
	volatile uint32_t *p = gpio;
	unsigned long i;

	for (i = 0; i < n; i++) {
		p[0] = p[0] | 1u << 12;
		p[0] = p[0] & ~(1u << 12);
	}
}

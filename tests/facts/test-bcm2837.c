/* SPDX-License-Identifier: MIT */
/*
 * Register facts of svd/bcm2837.svd, checked against the generated
 * headers: BCM2837 (Raspberry Pi 3, Zero 2), the BCM2835 peripheral
 * blocks at ARM physical 0x3F000000 (bcm2837.dtsi soc ranges
 * <0x7e000000 0x3f000000 0x1000000>; Circle ARM_IO_BASE 0x3F000000 for
 * RASPPI 2/3).
 */
#include <bcm2837.h>

#define PB 0x3F000000ULL
#define FACTS_SVD FACTS_SRCDIR "/svd/bcm2837.svd"

#include "facts.h"
#include "bcm2835-2837-facts.h"

int main(void)
{
	check_common();
	check_bcm2835_family();
	CHECK(GPIO_BASE, 0x3F200000u, "BCM2837 GPIO absolute address");
	CHECK(ADDR(SYSTIMER, SYSTIMER_Type, CLO), 0x3F003004u,
	      "BCM2837 system timer CLO absolute address");
	CHECK(ADDR(AUX, AUX_Type, AUX_MU_IO_REG), 0x3F215040u,
	      "BCM2837 AUX_MU_IO absolute address");
	return facts_finish("bcm2837");
}

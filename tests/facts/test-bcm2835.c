/* SPDX-License-Identifier: MIT */
/*
 * Register facts of svd/bcm2835.svd, checked against the generated
 * headers: BCM2835 (Raspberry Pi 1, Zero), peripherals at ARM physical
 * 0x20000000 ([P] 1.2.3: bus 0x7E000000 is seen by the ARM at
 * 0x20000000; bcm2835.dtsi soc ranges <0x7e000000 0x20000000 ...>).
 */
#include <bcm2835.h>

#define PB 0x20000000ULL
#define FACTS_SVD FACTS_SRCDIR "/svd/bcm2835.svd"

#include "facts.h"
#include "bcm2835-2837-facts.h"

int main(void)
{
	check_common();
	check_bcm2835_family();
	/* [P] 1.2.3: GPIO at 0x20200000 on the ARM side. */
	CHECK(GPIO_BASE, 0x20200000u, "BCM2835 GPIO absolute address");
	CHECK(ADDR(UART0, UART0_Type, DR), 0x20201000u,
	      "BCM2835 UART0 DR absolute address");
	return facts_finish("bcm2835");
}

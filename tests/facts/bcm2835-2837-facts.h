/* SPDX-License-Identifier: MIT */
/*
 * Facts shared by BCM2835 and BCM2837 (same peripheral blocks, [P]
 * applies to both) but not BCM2711: GPPUD pulls, the ARMC interrupt
 * controller, the old RNG, and the ARM-side interrupt numbering
 * (GPU IRQ n = n, basic IRQ n = 64 + n; Circle bcm2835int.h ARM_FIQ_*,
 * which is also the FIQ source numbering of [P] 7.5).
 */
#ifndef BCM2835_2837_FACTS_H
#define BCM2835_2837_FACTS_H

#define PWM_INSTANCE_BASE PWM_BASE
#define PWM_TYPE PWM_Type
#define PWM_PFX(x) PWM_##x
#define PWM_SVD_NAME "PWM"

#include "bcm283x-facts.h"

static void check_bcm2835_family(void)
{
	/* [P] 6.1 p.101; pinctrl-bcm2835.c GPPUD 0x94, GPPUDCLK0 0x98. */
	CHECK(ADDR(GPIO, GPIO_Type, GPPUD), PB + 0x200094u, "GPPUD address");
	CHECK(ADDR(GPIO, GPIO_Type, GPPUDCLK0), PB + 0x200098u,
	      "GPPUDCLK0 address");
	CHECK(offsetof(GPIO_Type, GPPUDCLK1), 0x9C, "GPPUDCLK1 offset");
	/*
	 * [P] 6.1 GPPUD: 00 off, 01 pull down, 10 pull up; dt-bindings
	 * BCM2835_PUD_DOWN 1, UP 2.
	 */
	CHECK(GPIO_GPPUD_PUD_Msk, 0x3, "GPPUD.PUD mask");
	CHECK(GPIO_PUD_OFF, 0, "GPPUD off encoding");
	CHECK(GPIO_PUD_PULL_DOWN, 1, "GPPUD pull-down encoding");
	CHECK(GPIO_PUD_PULL_UP, 2, "GPPUD pull-up encoding");
	/*
	 * 54 GPIOs: FSEL53 is the last field in GPFSEL5 (pinctrl
	 * BCM2835_NUM_GPIOS 54).
	 */
	CHECK(GPIO_GPFSEL5_FSEL53_Pos, 9, "FSEL53 position");
	CHECK(sizeof(GPIO_Type), 0xA0, "GPIO block ends after GPPUDCLK1");

	/*
	 * [P] 7.5 (p.112): interrupt registers at 0x7E00B200: basic
	 * pending 0x00, pending 1/2 0x04/0x08, FIQ 0x0C, enable 1/2 0x10/
	 * 0x14, enable basic 0x18, disable 1/2 0x1C/0x20, disable basic
	 * 0x24; irq-bcm2835.c uses the same layout (REG_FIQ_CONTROL 0x0c).
	 */
	CHECK(IRQ_BASE, PB + 0xB200u, "IRQ base");
	CHECK(offsetof(IRQ_Type, IRQ_PENDING2), 0x08, "IRQ pending 2 offset");
	CHECK(offsetof(IRQ_Type, FIQ_CONTROL), 0x0C, "FIQ control offset");
	CHECK(offsetof(IRQ_Type, ENABLE_IRQS1), 0x10, "enable IRQs 1 offset");
	CHECK(offsetof(IRQ_Type, ENABLE_BASIC_IRQS), 0x18,
	      "enable basic IRQs offset");
	CHECK(offsetof(IRQ_Type, DISABLE_BASIC_IRQS), 0x24,
	      "disable basic IRQs offset");
	/* [P] 7.5: FIQ source 6:0, FIQ enable bit 7. */
	CHECK(IRQ_FIQ_CONTROL_FIQ_SOURCE_Msk, 0x7F, "FIQ source mask");
	CHECK(IRQ_FIQ_CONTROL_FIQ_ENABLE_Msk, 0x80, "FIQ enable mask");
	/*
	 * [P] 7.5 basic pending: bit 8 = pending 1, bit 9 = pending 2, bit 0
	 * ARM timer.
	 */
	CHECK(IRQ_IRQ_BASIC_PENDING_PENDING1_Msk, 0x100, "basic PENDING1 bit");
	CHECK(IRQ_IRQ_BASIC_PENDING_PENDING2_Msk, 0x200, "basic PENDING2 bit");
	CHECK(IRQ_IRQ_BASIC_PENDING_ARM_TIMER_Msk, 0x1, "basic ARM timer bit");
	CHECK(ACCESS_READ_ONLY(IRQ_Type, IRQ_BASIC_PENDING), 1,
	      "IRQ basic pending is read-only");

	/*
	 * Interrupt numbers: [P] 7.5 ARM peripherals interrupts table,
	 * bcm283x.dtsi (<bank n>: bank 1 = GPU 0-31, bank 2 = GPU 32-63,
	 * bank 0 = basic), Circle bcm2835int.h ARM_FIQ_*.
	 */
	CHECK(SYSTIMER1_IRQn, 1, "system timer 1 IRQ"); /* <1 1> */
	CHECK(SYSTIMER3_IRQn, 3, "system timer 3 IRQ"); /* <1 3> */
	/* bcm2835-common.dtsi <1 16> */
	CHECK(DMA0_IRQn, 16, "DMA0 IRQ");
	CHECK(DMA10_IRQn, 26, "DMA10 IRQ");
	CHECK(AUX_IRQn, 29, "AUX IRQ");		    /* <1 29> */
	CHECK(GPIO0_IRQn, 49, "GPIO bank 0 IRQ");   /* <2 17> */
	CHECK(GPIO3_IRQn, 52, "GPIO any-bank IRQ"); /* <2 20> */
	CHECK(I2C_IRQn, 53, "I2C IRQ");		    /* <2 21> */
	CHECK(SPI_IRQn, 54, "SPI IRQ");		    /* <2 22> */
	CHECK(UART_IRQn, 57, "UART IRQ");	    /* <2 25> */
	/* Circle ARM_FIQ_RNG 61 */
	CHECK(RNG_IRQn, 61, "RNG IRQ");
	/* basic 0, ARM_FIQ_ARM_TIMER */
	CHECK(ARM_TIMER_IRQn, 64, "ARM timer IRQ");
	/* <0 1>, ARM_FIQ_ARM_MAILBOX */
	CHECK(ARM_MAILBOX_IRQn, 65, "ARM mailbox IRQ");

	/*
	 * RNG: not in [P].  bcm2835-rng.c: RNG_CTRL 0x0, RNG_STATUS 0x4,
	 * RNG_DATA 0x8, RNG_INT_MASK 0x10, RNG_RBGEN 0x1, RNG_INT_OFF 0x1,
	 * available words = STATUS >> 24; bcm283x.dtsi rng@7e104000.
	 */
	CHECK(RNG_BASE, PB + 0x104000u, "RNG base");
	CHECK(offsetof(RNG_Type, STATUS), 0x04, "RNG STATUS offset");
	CHECK(offsetof(RNG_Type, DATA), 0x08, "RNG DATA offset");
	CHECK(offsetof(RNG_Type, INT_MASK), 0x10, "RNG INT_MASK offset");
	CHECK(RNG_CTRL_RBGEN_Msk, 0x1, "RNG CTRL.RBGEN mask");
	CHECK(RNG_STATUS_VAL_Pos, 24, "RNG STATUS.VAL position");
	CHECK(RNG_INT_MASK_INT_OFF_Msk, 0x1, "RNG INT_OFF mask");

	/*
	 * DMA: 15 legacy channels on BCM2835/7 ([P] 4.2.1), 11-14 share IRQ
	 * 27.
	 */
	CHECK(sizeof(((DMA_Type *)0)->CH) / sizeof(DMA_CH_Type), 15,
	      "DMA channels 0-14");
	CHECK(DMA11_14_IRQn, 27, "DMA 11-14 shared IRQ");
}

#endif /* BCM2835_2837_FACTS_H */

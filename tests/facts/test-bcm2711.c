/* SPDX-License-Identifier: MIT */
/*
 * Register facts of svd/bcm2711.svd, checked against the generated
 * headers: BCM2711 (Raspberry Pi 4, 400, CM4) in low peripheral mode,
 * bus 0x7E000000 at ARM physical 0xFE000000 ([P11] 1.2.4; bcm2711.dtsi
 * soc ranges <0x7e000000 0x0 0xfe000000 0x01800000>).  Interrupt numbers
 * are GIC-400 IDs: bcm2711.dtsi GIC_SPI n is ID 32 + n.
 */
#include <bcm2711.h>

#define PB 0xFE000000ULL
#define FACTS_SVD FACTS_SRCDIR "/svd/bcm2711.svd"
#define PWM_INSTANCE_BASE PWM0_BASE
#define PWM_TYPE PWM0_Type
#define PWM_PFX(x) PWM0_##x
#define PWM_SVD_NAME "PWM0"

#include "facts.h"
#include "bcm283x-facts.h"

static void check_gpio_2711(void)
{
	/*
	 * [P11] 5.2 register view: GPIO_PUP_PDN_CNTRL_REG0-3 at 0xE4-0xF0,
	 * 2 bits per pin, 00 none, 01 up, 10 down; pinctrl-bcm2835.c
	 * BCM2711_PULL_NONE 0 / UP 1 / DOWN 2, PUD_2711_REG_SHIFT(p) =
	 * (p % 16) * 2; McCauley bcm2835.h BCM2835_GPPUPPDN0 0x00E4.
	 */
	CHECK(ADDR(GPIO, GPIO_Type, GPIO_PUP_PDN_CNTRL_REG0), PB + 0x2000E4u,
	      "GPIO_PUP_PDN_CNTRL_REG0 address");
	CHECK(offsetof(GPIO_Type, GPIO_PUP_PDN_CNTRL_REG1), 0xE8,
	      "GPIO_PUP_PDN_CNTRL_REG1 offset");
	CHECK(offsetof(GPIO_Type, GPIO_PUP_PDN_CNTRL_REG3), 0xF0,
	      "GPIO_PUP_PDN_CNTRL_REG3 offset");
	CHECK(GPIO_GPIO_PUP_PDN_CNTRL_REG0_GPIO_PUP_PDN_CNTRL15_Pos, 30,
	      "PUP_PDN GPIO15 position");
	CHECK(GPIO_GPIO_PUP_PDN_CNTRL_REG1_GPIO_PUP_PDN_CNTRL17_Msk, 0x3u << 2,
	      "PUP_PDN GPIO17 mask");
	CHECK(GPIO_RESISTOR_NONE, 0, "PUP_PDN none encoding");
	CHECK(GPIO_RESISTOR_PULL_UP, 1, "PUP_PDN pull-up encoding");
	CHECK(GPIO_RESISTOR_PULL_DOWN, 2, "PUP_PDN pull-down encoding");
	/*
	 * [P11] 5.2 register tables: reset values; QEMU
	 * hw/gpio/bcm2838_gpio.c RESET_VAL_CNTRL_REG0-3 gives the same four
	 * words, and they match the BCM2835 default pulls ([P] 6.2 table:
	 * GPIO0-8 high, 9-27 low, 28-29 none, ...).
	 */
	CHECK_RESET("GPIO", "GPIO_PUP_PDN_CNTRL_REG0", 0xAAA95555u,
		    "PUP_PDN_CNTRL_REG0 reset");
	CHECK_RESET("GPIO", "GPIO_PUP_PDN_CNTRL_REG1", 0xA0AAAAAAu,
		    "PUP_PDN_CNTRL_REG1 reset");
	CHECK_RESET("GPIO", "GPIO_PUP_PDN_CNTRL_REG2", 0x50AAA95Au,
		    "PUP_PDN_CNTRL_REG2 reset");
	CHECK_RESET("GPIO", "GPIO_PUP_PDN_CNTRL_REG3", 0x00055555u,
		    "PUP_PDN_CNTRL_REG3 reset");
	/* 58 GPIOs (pinctrl BCM2711_NUM_GPIOS 58, gpio-ranges 0 0 58). */
	CHECK(GPIO_GPFSEL5_FSEL57_Pos, 21, "FSEL57 position");
	CHECK(sizeof(GPIO_Type), 0xF4, "GPIO block ends after REG3");
}

static void check_instances_2711(void)
{
	/* [P11] ch. 11/9/3/8 base tables; bcm2711.dtsi node addresses. */
	/* serial@7e201400 */
	CHECK(UART2_BASE, PB + 0x201400u, "UART2 base");
	CHECK(UART3_BASE, PB + 0x201600u, "UART3 base");
	/* serial@7e201a00 */
	CHECK(UART5_BASE, PB + 0x201A00u, "UART5 base");
	/* spi@7e204600 */
	CHECK(SPI3_BASE, PB + 0x204600u, "SPI3 base");
	/* spi@7e204c00 */
	CHECK(SPI6_BASE, PB + 0x204C00u, "SPI6 base");
	/* i2c@7e205600 */
	CHECK(BSC3_BASE, PB + 0x205600u, "BSC3 base");
	/* i2c@7e205a00 */
	CHECK(BSC5_BASE, PB + 0x205A00u, "BSC5 base");
	/* i2c@7e205c00 */
	CHECK(BSC6_BASE, PB + 0x205C00u, "BSC6 base");
	/* pwm@7e20c800 */
	CHECK(PWM1_BASE, PB + 0x20C800u, "PWM1 base");
	/* Derived instances share the base's type: same layout. */
	CHECK(ADDR(UART4, UART0_Type, FR), PB + 0x201818u, "UART4 FR address");
}

static void check_dma4(void)
{
	/*
	 * [P11] 4.5 DMA4 register map; raspberrypi/linux bcm2835-dma.c
	 * BCM2838_DMA40_CHAN(n) = (n + 11) << 8, CS 0x00, CB 0x04,
	 * DEBUG 0x0c, TI 0x10, SRC 0x14, SRCI 0x18, DEST 0x1c, DESTI 0x20,
	 * LEN 0x24, NEXT_CB 0x28, DEBUG2 0x2c; NuttX bcm2711_dma.h agrees.
	 */
	CHECK(offsetof(DMA_Type, CH11), 0xB00, "DMA4 channel 11 offset");
	CHECK(offsetof(DMA_Type, CH14), 0xE00, "DMA4 channel 14 offset");
	CHECK(offsetof(DMA_Type, CH11.CB), 0xB04, "DMA4 CH11 CB offset");
	CHECK(offsetof(DMA4_CH_Type, DEBUG), 0x0C, "DMA4 DEBUG offset");
	CHECK(offsetof(DMA4_CH_Type, TI), 0x10, "DMA4 TI offset");
	CHECK(offsetof(DMA4_CH_Type, SRCI), 0x18, "DMA4 SRCI offset");
	CHECK(offsetof(DMA4_CH_Type, DESTI), 0x20, "DMA4 DESTI offset");
	CHECK(ADDR(DMA, DMA_Type, CH12.NEXT_CB), PB + 0x7C28u,
	      "DMA4 CH12 NEXT_CB address");
	CHECK(offsetof(DMA4_CH_Type, DEBUG2), 0x2C, "DMA4 DEBUG2 offset");
	/*
	 * BCM2838_DMA40_HALT BIT(31), ABORT BIT(30), ERR BIT(10), QOS(x) <<
	 * 16.
	 */
	CHECK(DMA4_CH_CS_HALT_Msk, 0x80000000u, "DMA4 CS.HALT mask");
	CHECK(DMA4_CH_CS_ABORT_Msk, 0x40000000u, "DMA4 CS.ABORT mask");
	CHECK(DMA4_CH_CS_ERROR_Msk, 0x400, "DMA4 CS.ERROR mask");
	CHECK(DMA4_CH_CS_QOS_Pos, 16, "DMA4 CS.QOS position");
	/* BCM2838_DMA40_PER_MAP(x) << 9, S_DREQ BIT(14), D_DREQ BIT(15). */
	CHECK(DMA4_CH_TI_PERMAP_Msk, 0x1F << 9, "DMA4 TI.PERMAP mask");
	CHECK(DMA4_CH_TI_S_DREQ_Msk, 0x4000, "DMA4 TI.S_DREQ mask");
	CHECK(DMA4_CH_TI_D_DREQ_Msk, 0x8000, "DMA4 TI.D_DREQ mask");
	/* BCM2838_DMA40_INC BIT(12), SIZE_128 (2 << 13), BURST_LEN << 8. */
	CHECK(DMA4_CH_SRCI_INC_Msk, 0x1000, "DMA4 SRCI.INC mask");
	CHECK(DMA4_CH_SRCI_SIZE_Msk, 0x6000, "DMA4 SRCI.SIZE mask");
	CHECK(DMA4_CH_DESTI_BURST_LENGTH_Pos, 8, "DMA4 DESTI burst position");
	/*
	 * DMA4 DEBUG error-handling bits: [P11] 4.5 and NuttX
	 * bcm2711_dma.h give INT_ON_ERROR 8, HALT_ON_ERROR 9,
	 * ABORT_ON_ERROR 10; Linux's BCM2838_DMA40_DEBUG_* defines have 9
	 * and 10 the other way round (unused by the driver).  Pinned to
	 * the document.
	 */
	CHECK(DMA4_CH_DEBUG_INT_ON_ERROR_Msk, 0x100, "DMA4 DEBUG.INT_ON_ERROR");
	CHECK(DMA4_CH_DEBUG_HALT_ON_ERROR_Msk, 0x200,
	      "DMA4 DEBUG.HALT_ON_ERROR");
	CHECK(DMA4_CH_DEBUG_ABORT_ON_ERROR_Msk, 0x400,
	      "DMA4 DEBUG.ABORT_ON_ERROR");
	CHECK(DMA4_CH_DEBUG_RESET_Msk, 0x800000, "DMA4 DEBUG.RESET mask");
	/*
	 * NuttX BCM_DMA_ENABLE_PAGE 0xf << 24, PAGELITE 0xf << 28 ([P11]
	 * 4.2.1.2).
	 */
	CHECK(DMA_ENABLE_PAGE_Msk, 0x0F000000u, "DMA ENABLE.PAGE mask");
	CHECK(DMA_ENABLE_PAGELITE_Msk, 0xF0000000u, "DMA ENABLE.PAGELITE mask");
	CHECK(sizeof(((DMA_Type *)0)->CH) / sizeof(DMA_CH_Type), 11,
	      "legacy DMA channels 0-10");
}

static void check_irq_2711(void)
{
	/* [P11] 6.2.4 Table 102 VC IRQ n = GIC 96 + n; bcm2711.dtsi. */
	CHECK(SYSTIMER1_IRQn, 97, "system timer 1 IRQ"); /* GIC_SPI 65 */
	CHECK(SYSTIMER3_IRQn, 99, "system timer 3 IRQ"); /* GIC_SPI 67 */
	CHECK(DMA0_IRQn, 112, "DMA0 IRQ");		 /* GIC_SPI 80 */
	CHECK(DMA6_IRQn, 118, "DMA6 IRQ");		 /* GIC_SPI 86 */
	/* GIC_SPI 87 twice */
	CHECK(DMA7_8_IRQn, 119, "DMA7/8 IRQ");
	/* GIC_SPI 88 twice */
	CHECK(DMA9_10_IRQn, 120, "DMA9/10 IRQ");
	CHECK(DMA11_IRQn, 121, "DMA11 IRQ"); /* VC IRQ 25 */
	CHECK(AUX_IRQn, 125, "AUX IRQ");     /* GIC_SPI 93 */
	/* GIC_SPI 113 */
	CHECK(GPIO0_IRQn, 145, "GPIO bank 0 IRQ");
	/* GIC_SPI 116 */
	CHECK(GPIO3_IRQn, 148, "GPIO any-bank IRQ");
	/* GIC_SPI 117 */
	CHECK(I2C_IRQn, 149, "I2C IRQ");
	/* GIC_SPI 118 */
	CHECK(SPI_IRQn, 150, "SPI IRQ");
	/* GIC_SPI 121 */
	CHECK(UART_IRQn, 153, "UART IRQ");
	CHECK(ARM_MAILBOX_IRQn, 65, "ARM mailbox IRQ"); /* GIC_SPI 33 */
	/* [P11] 6.2.4 ARMC 0 */
	CHECK(ARM_TIMER_IRQn, 64, "ARM timer IRQ");
}

static void check_rng200(void)
{
	/*
	 * RNG200: not in [P11].  iproc-rng200.c: RNG_CTRL 0x00,
	 * RNG_SOFT_RESET 0x04, RBG_SOFT_RESET 0x08, RNG_INT_STATUS 0x18,
	 * RNG_FIFO_DATA 0x20, RNG_FIFO_COUNT 0x24 (count mask 0xFF);
	 * bcm2711.dtsi rng@7e104000 "brcm,bcm2711-rng200".
	 */
	CHECK(RNG_BASE, PB + 0x104000u, "RNG200 base");
	CHECK(offsetof(RNG_Type, RNG_INT_STATUS), 0x18,
	      "RNG_INT_STATUS offset");
	CHECK(offsetof(RNG_Type, RNG_FIFO_DATA), 0x20, "RNG_FIFO_DATA offset");
	CHECK(offsetof(RNG_Type, RNG_FIFO_COUNT), 0x24,
	      "RNG_FIFO_COUNT offset");
	CHECK(RNG_RNG_FIFO_COUNT_COUNT_Msk, 0xFF, "RNG FIFO count mask");
	/*
	 * RNG_CTRL_RNG_RBGEN_MASK 0x1FFF; INT_STATUS NIST_FAIL 0x20,
	 * MASTER_FAIL_LOCKUP 0x80000000.
	 */
	CHECK(RNG_RNG_CTRL_RBGEN_Msk, 0x1FFF, "RNG200 CTRL.RBGEN mask");
	CHECK(RNG_RNG_INT_STATUS_NIST_FAIL_Msk, 0x20, "RNG200 NIST_FAIL mask");
	CHECK(RNG_RNG_INT_STATUS_MASTER_FAIL_LOCKUP_Msk, 0x80000000u,
	      "RNG200 MASTER_FAIL_LOCKUP mask");
	CHECK(ACCESS_READ_ONLY(RNG_Type, RNG_FIFO_DATA), 1,
	      "RNG_FIFO_DATA is read-only");
}

int main(void)
{
	check_common();
	check_gpio_2711();
	check_instances_2711();
	check_dma4();
	check_irq_2711();
	check_rng200();
	/* [P11] 5.2: GPIO at 0x7E200000 (release 2 corrected the base). */
	CHECK(GPIO_BASE, 0xFE200000u, "BCM2711 GPIO absolute address");
	return facts_finish("bcm2711");
}

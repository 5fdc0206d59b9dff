/* SPDX-License-Identifier: MIT */
/*
 * Register facts shared by BCM2835, BCM2837 and BCM2711, checked against
 * the generated headers.  The including file defines PB (the ARM physical
 * peripheral base: 0x20000000, 0x3F000000, 0xFE000000), FACTS_SVD, and
 * FACTS_BCM2711 where the BCM2711 differs, then includes <soc>.h.
 *
 * Sources, cited per fact:
 *   [P]   BCM2835 ARM Peripherals (Broadcom 2012-02-06), section numbers.
 *   [P11] BCM2711 ARM Peripherals (Raspberry Pi Ltd 2020-10-16).
 *   [E]   elinux.org BCM2835 datasheet errata.
 *   Linux files are cited by name (torvalds/linux unless noted).
 * Bus addresses in the documents are 0x7Ennnnnn; [P] 1.2.3: the ARM sees
 * them at PB + nnnnnn.
 */
#ifndef BCM283X_FACTS_H
#define BCM283X_FACTS_H

#define ADDR(periph, type, member)                                             \
	((unsigned long long)periph##_BASE + offsetof(type, member))

static void check_gpio(void)
{
	GPIO_Type gpio;

	/* [P] 6.1 table: GPIO at 0x7E200000; pinctrl-bcm2835.c offsets. */
	CHECK(GPIO_BASE, PB + 0x200000u, "GPIO base");
	CHECK(ADDR(GPIO, GPIO_Type, GPFSEL0), PB + 0x200000u,
	      "GPFSEL0 address");
	CHECK(offsetof(GPIO_Type, GPFSEL5), 0x14, "GPFSEL5 offset");
	CHECK(ADDR(GPIO, GPIO_Type, GPSET0), PB + 0x20001Cu,
	      "GPSET0 address"); /* pinctrl-bcm2835.c GPSET0 0x1c */
	CHECK(offsetof(GPIO_Type, GPSET1), 0x20, "GPSET1 offset");
	CHECK(ADDR(GPIO, GPIO_Type, GPCLR0), PB + 0x200028u,
	      "GPCLR0 address"); /* GPCLR0 0x28 */
	CHECK(ADDR(GPIO, GPIO_Type, GPLEV0), PB + 0x200034u,
	      "GPLEV0 address"); /* GPLEV0 0x34 */
	CHECK(offsetof(GPIO_Type, GPEDS0), 0x40, "GPEDS0 offset");
	CHECK(offsetof(GPIO_Type, GPREN0), 0x4C, "GPREN0 offset");
	CHECK(offsetof(GPIO_Type, GPFEN0), 0x58, "GPFEN0 offset");
	CHECK(offsetof(GPIO_Type, GPHEN0), 0x64, "GPHEN0 offset");
	CHECK(offsetof(GPIO_Type, GPLEN0), 0x70, "GPLEN0 offset");
	CHECK(offsetof(GPIO_Type, GPAREN0), 0x7C, "GPAREN0 offset");
	CHECK(offsetof(GPIO_Type, GPAFEN0), 0x88, "GPAFEN0 offset");

	/*
	 * [P] 6.1 Table 6-2..6-7: 3 bits per pin, FSELn at 3*(n%10);
	 * pinctrl-bcm2835.c FSEL_SHIFT(p) = ((p) % 10) * 3, mask 0x7.
	 */
	CHECK(GPIO_GPFSEL0_FSEL0_Pos, 0, "FSEL0 position");
	CHECK(GPIO_GPFSEL1_FSEL14_Pos, 12, "FSEL14 position");
	CHECK(GPIO_GPFSEL1_FSEL18_Msk, 0x7u << 24, "FSEL18 mask");
	CHECK(GPIO_GPFSEL4_FSEL47_Pos, 21, "FSEL47 position");
	CHECK(GPIO_GPFSEL0_FSEL9_Msk, 0x38000000u, "FSEL9 mask");
	/* [P] 6.1 p.92; pinctrl-bcm2835.c enum bcm2835_fsel. */
	CHECK(GPIO_FUNCTION_INPUT, 0, "FSEL INPUT encoding");
	CHECK(GPIO_FUNCTION_OUTPUT, 1, "FSEL OUTPUT encoding");
	CHECK(GPIO_FUNCTION_ALT0, 4, "FSEL ALT0 encoding");
	CHECK(GPIO_FUNCTION_ALT1, 5, "FSEL ALT1 encoding");
	CHECK(GPIO_FUNCTION_ALT2, 6, "FSEL ALT2 encoding");
	CHECK(GPIO_FUNCTION_ALT3, 7, "FSEL ALT3 encoding");
	CHECK(GPIO_FUNCTION_ALT4, 3, "FSEL ALT4 encoding");
	CHECK(GPIO_FUNCTION_ALT5, 2, "FSEL ALT5 encoding");
	/* [P] 6.1: GPSETn / GPLEVn one bit per pin (GPIO_REG_SHIFT). */
	CHECK(GPIO_GPSET0_SET17_Msk, 1u << 17, "GPSET0 SET17 mask");
	CHECK(GPIO_GPSET1_SET32_Pos, 0, "GPSET1 SET32 position");
	CHECK(GPIO_GPCLR0_CLR31_Msk, 1u << 31, "GPCLR0 CLR31 mask");
	CHECK(GPIO_GPLEV0_LEV4_Pos, 4, "GPLEV0 LEV4 position");

	/*
	 * Access ([P] 6.1 register table, type column): GPSET/GPCLR are W,
	 * GPLEV is R, GPFSEL R/W.  pinctrl-bcm2835.c: "note NOT a
	 * read/modify/write cycle" for GPSET/GPCLR.
	 */
	CHECK(ACCESS_READ_ONLY(GPIO_Type, GPLEV0), 1, "GPLEV0 is read-only");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, GPLEV1), 1, "GPLEV1 is read-only");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, GPSET0), 0, "GPSET0 is writable");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, GPCLR1), 0, "GPCLR1 is writable");
	CHECK(ACCESS_READ_ONLY(GPIO_Type, GPFSEL2), 0, "GPFSEL2 is writable");
	/* Write-only members must accept a store through the pointer. */
	memset(&gpio, 0, sizeof(gpio));
	gpio.GPSET0 = GPIO_GPSET0_SET17_Msk;
	gpio.GPCLR0 = GPIO_GPCLR0_CLR17_Msk;
	CHECK(gpio.GPSET0 | gpio.GPCLR0, 1u << 17,
	      "GPSET0/GPCLR0 accept stores");
	/* [P] 6.1 Table 6-1: GPFSEL reset 0. */
	CHECK_RESET("GPIO", "GPFSEL0", 0, "GPFSEL0 reset");
}

static void check_systimer(void)
{
	/* [P] 12.1: System Timer at 0x7E003000; bcm2835_timer.c. */
	CHECK(SYSTIMER_BASE, PB + 0x3000u, "SYSTIMER base");
	CHECK(ADDR(SYSTIMER, SYSTIMER_Type, CLO), PB + 0x3004u,
	      "SYSTIMER CLO address"); /* REG_COUNTER_LO 0x04 */
	CHECK(offsetof(SYSTIMER_Type, CHI), 0x08, "SYSTIMER CHI offset");
	CHECK(offsetof(SYSTIMER_Type, C1), 0x10, "SYSTIMER C1 offset");
	CHECK(offsetof(SYSTIMER_Type, C3), 0x18,
	      "SYSTIMER C3 offset"); /* REG_COMPARE(n) 0x0c + n*4 */
	CHECK(SYSTIMER_CS_M3_Msk, 1u << 3, "SYSTIMER CS.M3 mask");
	/* [P] 12.1: CLO and CHI are read-only ("RO" in the table). */
	CHECK(ACCESS_READ_ONLY(SYSTIMER_Type, CLO), 1, "CLO is read-only");
	CHECK(ACCESS_READ_ONLY(SYSTIMER_Type, C1), 0, "C1 is writable");
}

static void check_uart0(void)
{
	/*
	 * [P] 13.4 (p.177): PL011 UART at 0x7E201000; offsets as in
	 * include/linux/amba/serial.h (UART01x_DR 0x00, UART01x_FR 0x18,
	 * UART011_IBRD 0x24, FBRD 0x28, LCRH 0x2c, CR 0x30, IMSC 0x38,
	 * MIS 0x40, ICR 0x44).
	 */
	CHECK(UART0_BASE, PB + 0x201000u, "UART0 base");
	CHECK(ADDR(UART0, UART0_Type, DR), PB + 0x201000u, "UART0 DR address");
	CHECK(ADDR(UART0, UART0_Type, FR), PB + 0x201018u, "UART0 FR address");
	CHECK(offsetof(UART0_Type, IBRD), 0x24, "UART0 IBRD offset");
	CHECK(offsetof(UART0_Type, FBRD), 0x28, "UART0 FBRD offset");
	CHECK(offsetof(UART0_Type, LCRH), 0x2C, "UART0 LCRH offset");
	CHECK(offsetof(UART0_Type, CR), 0x30, "UART0 CR offset");
	CHECK(offsetof(UART0_Type, IMSC), 0x38, "UART0 IMSC offset");
	CHECK(offsetof(UART0_Type, MIS), 0x40, "UART0 MIS offset");
	CHECK(ADDR(UART0, UART0_Type, ICR), PB + 0x201044u,
	      "UART0 ICR address");
	/*
	 * amba/serial.h: UART01x_FR_TXFE 0x080, RXFE 0x010, TXFF 0x020, BUSY
	 * 0x008.
	 */
	CHECK(UART0_FR_TXFE_Msk, 0x80, "UART0 FR.TXFE mask");
	CHECK(UART0_FR_RXFE_Msk, 0x10, "UART0 FR.RXFE mask");
	CHECK(UART0_FR_TXFF_Msk, 0x20, "UART0 FR.TXFF mask");
	CHECK(UART0_FR_BUSY_Msk, 0x08, "UART0 FR.BUSY mask");
	/*
	 * UART011_CR_UARTEN 0x1, TXE 0x100, RXE 0x200, RTSEN 0x4000, CTSEN
	 * 0x8000.
	 */
	CHECK(UART0_CR_UARTEN_Msk, 0x1, "UART0 CR.UARTEN mask");
	CHECK(UART0_CR_TXE_Msk, 0x100, "UART0 CR.TXE mask");
	CHECK(UART0_CR_RXE_Msk, 0x200, "UART0 CR.RXE mask");
	CHECK(UART0_CR_CTSEN_Msk, 0x8000, "UART0 CR.CTSEN mask");
	/* UART01x_LCRH_WLEN_8 0x60, FEN 0x10: WLEN bits 6:5, 8 bits = 3. */
	CHECK(UART0_LCRH_WLEN_Msk, 0x60, "UART0 LCRH.WLEN mask");
	CHECK(UART0_LCRH_WLEN_BITS8 << UART0_LCRH_WLEN_Pos, 0x60,
	      "UART0 LCRH.WLEN 8-bit encoding");
	CHECK(UART0_LCRH_FEN_Msk, 0x10, "UART0 LCRH.FEN mask");
	/* [P] 13.4: IBRD 16 bits, FBRD 6 bits. */
	CHECK(UART0_IBRD_IBRD_Msk, 0xFFFF, "UART0 IBRD width");
	CHECK(UART0_FBRD_FBRD_Msk, 0x3F, "UART0 FBRD width");
	/* UART011_RXIM 0x10, TXIM 0x20, RTIM 0x40 (IMSC/ICR bits). */
	CHECK(UART0_IMSC_RXIM_Msk, 0x10, "UART0 IMSC.RXIM mask");
	CHECK(UART0_ICR_RTIC_Msk, 0x40, "UART0 ICR.RTIC mask");
	/* [P] 13.4 FR/RIS/MIS read-only, ICR write-only. */
	CHECK(ACCESS_READ_ONLY(UART0_Type, FR), 1, "UART0 FR is read-only");
	CHECK(ACCESS_READ_ONLY(UART0_Type, MIS), 1, "UART0 MIS is read-only");
	CHECK(ACCESS_READ_ONLY(UART0_Type, ICR), 0, "UART0 ICR is writable");
	/* ARM PL011 TRM 3.3: CR reset 0x0300, FR 0b-10010---, IFLS 0x12. */
	CHECK_RESET("UART0", "CR", 0x300, "UART0 CR reset");
	CHECK_RESET("UART0", "FR", 0x90, "UART0 FR reset");
	CHECK_RESET("UART0", "IFLS", 0x12, "UART0 IFLS reset");
}

static void check_aux(void)
{
	/*
	 * [P] 2.1 (p.8): AUX at 0x7E215000; mini UART registers from 0x40
	 * (bcm283x.dtsi uart1@7e215040, 8250_bcm2835aux.c as 16550 with
	 * regshift 2), SPI1 at 0x80, SPI2 at 0xC0 (spi1@7e215080,
	 * spi2@7e2150c0).
	 */
	CHECK(AUX_BASE, PB + 0x215000u, "AUX base");
	CHECK(offsetof(AUX_Type, AUX_ENABLES), 0x04, "AUX_ENABLES offset");
	CHECK(ADDR(AUX, AUX_Type, AUX_MU_IO_REG), PB + 0x215040u,
	      "AUX_MU_IO address");
	CHECK(offsetof(AUX_Type, AUX_MU_IER_REG), 0x44, "AUX_MU_IER offset");
	CHECK(offsetof(AUX_Type, AUX_MU_LCR_REG), 0x4C, "AUX_MU_LCR offset");
	CHECK(offsetof(AUX_Type, AUX_MU_LSR_REG), 0x54, "AUX_MU_LSR offset");
	CHECK(offsetof(AUX_Type, AUX_MU_CNTL_REG), 0x60, "AUX_MU_CNTL offset");
	CHECK(offsetof(AUX_Type, AUX_MU_BAUD_REG), 0x68, "AUX_MU_BAUD offset");
	CHECK(offsetof(AUX_Type, SPI1), 0x80, "AUX SPI1 offset");
	CHECK(offsetof(AUX_Type, SPI2), 0xC0, "AUX SPI2 offset");
	/*
	 * spi-bcm2835aux.c: CNTL0 0x00, STAT 0x08, PEEK 0x0C, IO 0x20, TXHOLD
	 * 0x30.
	 */
	CHECK(offsetof(AUX_Type, SPI1.STAT), 0x88, "AUX SPI1 STAT offset");
	CHECK(offsetof(AUX_Type, SPI1.IO), 0xA0, "AUX SPI1 IO offset");
	CHECK(offsetof(AUX_Type, SPI2.TXHOLD), 0xF0, "AUX SPI2 TXHOLD offset");
	/* [P] 2.1.1 AUXENB: mini UART bit 0, SPI1 bit 1, SPI2 bit 2. */
	CHECK(AUX_AUX_ENABLES_MINI_UART_Msk, 0x1, "AUXENB mini UART bit");
	CHECK(AUX_AUX_ENABLES_SPI2_Msk, 0x4, "AUXENB SPI2 bit");
	/* [P] 2.2.2 LSR: data ready bit 0, TX empty bit 5, TX idle bit 6. */
	CHECK(AUX_AUX_MU_LSR_REG_DATA_READY_Msk, 0x01, "MU LSR data ready");
	CHECK(AUX_AUX_MU_LSR_REG_TX_EMPTY_Msk, 0x20, "MU LSR TX empty");
	CHECK(AUX_AUX_MU_LSR_REG_TX_IDLE_Msk, 0x40, "MU LSR TX idle");
	/* [E] + Linux (UART_LCR_WLEN8 = 3): DATA_SIZE bits 1:0, 8-bit = 3. */
	CHECK(AUX_AUX_MU_LCR_REG_DATA_SIZE_Msk, 0x3, "MU LCR data size mask");
	CHECK(AUX_AUX_MU_LCR_REG_DATA_SIZE_BITS8, 3, "MU LCR 8-bit encoding");
	CHECK(AUX_AUX_MU_LCR_REG_DLAB_Msk, 0x80, "MU LCR DLAB mask");
	/* [P] 2.2.2 CNTL: RX enable bit 0, TX enable bit 1. */
	CHECK(AUX_AUX_MU_CNTL_REG_RX_EN_Msk, 0x1, "MU CNTL RX enable");
	CHECK(AUX_AUX_MU_CNTL_REG_TX_EN_Msk, 0x2, "MU CNTL TX enable");
	/* [P] 2.2.2 BAUD: 16-bit baudrate. */
	CHECK(AUX_AUX_MU_BAUD_REG_BAUDRATE_Msk, 0xFFFF, "MU BAUD width");
	/*
	 * spi-bcm2835aux.c: CNTL0 SPEED 0xFFF00000, ENABLE 0x800, SHIFTLEN
	 * 0x3F.
	 */
	CHECK(AUX_SPI_CNTL0_SPEED_Msk, 0xFFF00000u, "AUX SPI CNTL0 SPEED");
	CHECK(AUX_SPI_CNTL0_ENABLE_Msk, 0x800, "AUX SPI CNTL0 ENABLE");
	CHECK(AUX_SPI_CNTL0_SHIFT_LENGTH_Msk, 0x3F, "AUX SPI CNTL0 SHIFTLEN");
	CHECK(AUX_SPI_CNTL1_CS_HIGH_TIME_Msk, 0x700, "AUX SPI CNTL1 CSHIGH");
	/*
	 * spi-bcm2835aux.c STAT: BUSY 0x40, RX_EMPTY 0x80, TX_FULL 0x400,
	 * TX_LVL 0xFF000000 ([E]).
	 */
	CHECK(AUX_SPI_STAT_BUSY_Msk, 0x40, "AUX SPI STAT BUSY");
	CHECK(AUX_SPI_STAT_RX_EMPTY_Msk, 0x80, "AUX SPI STAT RX_EMPTY");
	CHECK(AUX_SPI_STAT_TX_FULL_Msk, 0x400, "AUX SPI STAT TX_FULL");
	CHECK(AUX_SPI_STAT_TX_LEVEL_Msk, 0xFF000000u, "AUX SPI STAT TX_LVL");
	/* [P] 2.2.2: LSR and STAT read-only. */
	CHECK(ACCESS_READ_ONLY(AUX_Type, AUX_MU_LSR_REG), 1,
	      "AUX_MU_LSR is read-only");
	CHECK(ACCESS_READ_ONLY(AUX_Type, AUX_MU_STAT_REG), 1,
	      "AUX_MU_STAT is read-only");
	CHECK(ACCESS_READ_ONLY(AUX_Type, AUX_MU_BAUD_REG), 0,
	      "AUX_MU_BAUD is writable");
	/*
	 * [P] 2.2.2: IIR reset 0xC1 (FIFO enables read 1, no IRQ pending);
	 * CNTL reset 3.
	 */
	CHECK_RESET("AUX", "AUX_MU_IIR_REG", 0xC1, "AUX_MU_IIR reset");
	CHECK_RESET("AUX", "AUX_MU_CNTL_REG", 0x3, "AUX_MU_CNTL reset");
}

static void check_spi0(void)
{
	/* [P] 10.5 (p.152): SPI0 at 0x7E204000; spi-bcm2835.c offsets. */
	CHECK(SPI0_BASE, PB + 0x204000u, "SPI0 base");
	CHECK(offsetof(SPI0_Type, FIFO), 0x04, "SPI0 FIFO offset");
	CHECK(offsetof(SPI0_Type, CLK), 0x08, "SPI0 CLK offset");
	CHECK(offsetof(SPI0_Type, DLEN), 0x0C, "SPI0 DLEN offset");
	CHECK(offsetof(SPI0_Type, DC), 0x14, "SPI0 DC offset");
	/*
	 * spi-bcm2835.c BCM2835_SPI_CS_*: TA 0x80, DONE 0x10000, RXD 0x20000,
	 * TXD 0x40000, CLEAR 0x30, LEN_LONG 0x2000000.
	 */
	CHECK(SPI0_CS_TA_Msk, 0x80, "SPI0 CS.TA mask");
	CHECK(SPI0_CS_DONE_Msk, 0x10000, "SPI0 CS.DONE mask");
	CHECK(SPI0_CS_RXD_Msk, 0x20000, "SPI0 CS.RXD mask");
	CHECK(SPI0_CS_TXD_Msk, 0x40000, "SPI0 CS.TXD mask");
	CHECK(SPI0_CS_CLEAR_Msk, 0x30, "SPI0 CS.CLEAR mask");
	CHECK(SPI0_CS_CSPOL0_Msk, 0x200000, "SPI0 CS.CSPOL0 mask");
	CHECK(SPI0_CS_LEN_LONG_Msk, 0x2000000, "SPI0 CS.LEN_LONG mask");
	CHECK(SPI0_CS_CS_Msk, 0x3, "SPI0 CS.CS mask");
	CHECK(SPI0_CLK_CDIV_Msk, 0xFFFF, "SPI0 CLK.CDIV mask");
	/* [P] 10.5: CS reset 0x00041000 (TXD, REN); DC reset 0x30201020. */
	CHECK_RESET("SPI0", "CS", 0x00041000, "SPI0 CS reset");
	CHECK_RESET("SPI0", "DC", 0x30201020, "SPI0 DC reset");
}

static void check_bsc(void)
{
	/* [P] 3.2 (p.28): BSC0 0x7E205000, BSC1 0x7E804000; bcm283x.dtsi. */
	CHECK(BSC0_BASE, PB + 0x205000u, "BSC0 base");
	CHECK(BSC1_BASE, PB + 0x804000u, "BSC1 base");
	/*
	 * i2c-bcm2835.c: C 0x0, S 0x4, DLEN 0x8, A 0xc, FIFO 0x10, DIV 0x14,
	 * DEL 0x18, CLKT 0x1c.
	 */
	CHECK(offsetof(BSC0_Type, S), 0x04, "BSC S offset");
	CHECK(offsetof(BSC0_Type, A), 0x0C, "BSC A offset");
	CHECK(offsetof(BSC0_Type, FIFO), 0x10, "BSC FIFO offset");
	CHECK(offsetof(BSC0_Type, DIV), 0x14, "BSC DIV offset");
	CHECK(offsetof(BSC0_Type, CLKT), 0x1C, "BSC CLKT offset");
	/*
	 * i2c-bcm2835.c: C_READ BIT(0), C_CLEAR BIT(4) (bits 4 and 5), C_ST
	 * BIT(7), C_I2CEN BIT(15).
	 */
	CHECK(BSC0_C_READ_Msk, 0x1, "BSC C.READ mask");
	CHECK(BSC0_C_CLEAR_Msk, 0x30, "BSC C.CLEAR mask");
	CHECK(BSC0_C_ST_Msk, 0x80, "BSC C.ST mask");
	CHECK(BSC0_C_I2CEN_Msk, 0x8000, "BSC C.I2CEN mask");
	/*
	 * S_DONE BIT(1), S_TXD BIT(4), S_RXD BIT(5), S_ERR BIT(8), S_CLKT
	 * BIT(9).
	 */
	CHECK(BSC0_S_DONE_Msk, 0x2, "BSC S.DONE mask");
	CHECK(BSC0_S_TXD_Msk, 0x10, "BSC S.TXD mask");
	CHECK(BSC0_S_ERR_Msk, 0x100, "BSC S.ERR mask");
	CHECK(BSC0_S_CLKT_Msk, 0x200, "BSC S.CLKT mask");
	/* FEDL_SHIFT 16, REDL_SHIFT 0. */
	CHECK(BSC0_DEL_FEDL_Pos, 16, "BSC DEL.FEDL position");
	CHECK(BSC0_A_ADDR_Msk, 0x7F, "BSC A.ADDR mask");
	/* [P] 3.2: DIV reset 0x5DC, DEL 0x00300030, CLKT 0x40, S 0x50. */
	CHECK_RESET("BSC0", "DIV", 0x5DC, "BSC DIV reset");
	CHECK_RESET("BSC0", "DEL", 0x00300030, "BSC DEL reset");
	CHECK_RESET("BSC0", "CLKT", 0x40, "BSC CLKT reset");
	CHECK_RESET("BSC0", "S", 0x50, "BSC S reset");
}

static void check_cm_pm(void)
{
	/*
	 * [P] 6.3 (p.105): CM at 0x7E101000, CM_GP0CTL 0x70, GP0DIV 0x74,
	 * GP2CTL 0x80; clk-bcm2835.c CM_GP0CTL 0x070, CM_PCMCTL 0x098,
	 * CM_PWMCTL 0x0a0, CM_PWMDIV 0x0a4 (PWM/PCM clocks are not in [P]).
	 */
	CHECK(CM_BASE, PB + 0x101000u, "CM base");
	CHECK(ADDR(CM, CM_Type, CM_GP0CTL), PB + 0x101070u,
	      "CM_GP0CTL address");
	CHECK(offsetof(CM_Type, CM_GP0DIV), 0x74, "CM_GP0DIV offset");
	CHECK(offsetof(CM_Type, CM_GP2CTL), 0x80, "CM_GP2CTL offset");
	CHECK(offsetof(CM_Type, CM_PCMCTL), 0x98, "CM_PCMCTL offset");
	CHECK(ADDR(CM, CM_Type, CM_PWMCTL), PB + 0x1010A0u,
	      "CM_PWMCTL address");
	CHECK(offsetof(CM_Type, CM_PWMDIV), 0xA4, "CM_PWMDIV offset");
	/* [P] 6.3 Table 6-34; clk-bcm2835.c CM_PASSWORD 0x5a000000. */
	CHECK(CM_CM_GP0CTL_PASSWD_Msk, 0xFF000000u, "CM PASSWD mask");
	CHECK((unsigned long)CM_CM_GP0CTL_PASSWD_PASSWD
		  << CM_CM_PWMCTL_PASSWD_Pos,
	      0x5A000000u, "CM password value");
	/*
	 * clk-bcm2835.c: CM_ENABLE BIT(4), CM_KILL BIT(5), CM_BUSY BIT(7),
	 * CM_MASH_SHIFT 9, CM_SRC_MASK 0xf.
	 */
	CHECK(CM_CM_PWMCTL_ENAB_Msk, 0x10, "CM ENAB mask");
	CHECK(CM_CM_PWMCTL_KILL_Msk, 0x20, "CM KILL mask");
	CHECK(CM_CM_PWMCTL_BUSY_Msk, 0x80, "CM BUSY mask");
	CHECK(CM_CM_PWMCTL_MASH_Pos, 9, "CM MASH position");
	CHECK(CM_CM_PWMCTL_SRC_Msk, 0xF, "CM SRC mask");
	/*
	 * [P] 6.3 Table 6-34 SRC: 1 = oscillator, 6 = PLLD per (the
	 * enumeration is emitted once, under the first register using it).
	 */
	CHECK(CM_CM_GP0CTL_SRC_OSCILLATOR, 1, "CM SRC oscillator");
	CHECK(CM_CM_GP0CTL_SRC_PLLD, 6, "CM SRC PLLD");
	/* [P] 6.3 Table 6-35; CM_DIV_INT_BITS 12, CM_DIV_FRAC_BITS 12. */
	CHECK(CM_CM_PWMDIV_DIVI_Msk, 0x00FFF000u, "CM DIVI mask");
	CHECK(CM_CM_PWMDIV_DIVF_Msk, 0x00000FFFu, "CM DIVF mask");

	/*
	 * Not in [P]/[P11].  bcm2835_wdt.c: PM at 0x7e100000 (bcm2711.dtsi
	 * watchdog@7e100000), PM_RSTC 0x1c, PM_RSTS 0x20, PM_WDOG 0x24,
	 * PM_PASSWORD 0x5a000000, PM_WDOG_TIME_SET 0x000fffff,
	 * PM_RSTC_WRCFG_FULL_RESET 0x20 (field mask 0x30).  Circle
	 * bcm2835.h ARM_PM_RSTC/WDOG agree.
	 */
	CHECK(PM_BASE, PB + 0x100000u, "PM base");
	CHECK(ADDR(PM, PM_Type, RSTC), PB + 0x10001Cu, "PM_RSTC address");
	CHECK(offsetof(PM_Type, RSTS), 0x20, "PM_RSTS offset");
	CHECK(ADDR(PM, PM_Type, WDOG), PB + 0x100024u, "PM_WDOG address");
	CHECK((unsigned long)PM_RSTC_PASSWD_PASSWD << PM_WDOG_PASSWD_Pos,
	      0x5A000000u, "PM password value");
	CHECK(PM_WDOG_TIME_Msk, 0x000FFFFFu, "PM_WDOG time mask");
	CHECK(PM_RSTC_WRCFG_Msk, 0x30, "PM_RSTC WRCFG mask");
	CHECK((unsigned long)PM_RSTC_WRCFG_FULL_RESET << PM_RSTC_WRCFG_Pos,
	      0x20, "PM_RSTC full reset value");
}

static void check_pwm(void)
{
	/*
	 * [P] 9.6 (p.141): PWM at 0x7E20C000 (bcm283x.dtsi pwm@7e20c000);
	 * pwm-bcm2835.c PERIOD(x) = x*0x10 + 0x10, DUTY(x) = x*0x10 + 0x14.
	 */
	CHECK(PWM_INSTANCE_BASE, PB + 0x20C000u, "PWM0 base");
	CHECK(offsetof(PWM_TYPE, STA), 0x04, "PWM STA offset");
	CHECK(offsetof(PWM_TYPE, DMAC), 0x08, "PWM DMAC offset");
	CHECK(offsetof(PWM_TYPE, RNG1), 0x10, "PWM RNG1 offset");
	CHECK(offsetof(PWM_TYPE, DAT1), 0x14, "PWM DAT1 offset");
	CHECK(offsetof(PWM_TYPE, FIF1), 0x18, "PWM FIF1 offset");
	CHECK(offsetof(PWM_TYPE, RNG2), 0x20, "PWM RNG2 offset");
	CHECK(offsetof(PWM_TYPE, DAT2), 0x24, "PWM DAT2 offset");
	/*
	 * pwm-bcm2835.c: PWM_ENABLE BIT(0), PWM_MODE 0x80 = MSEN, PWM_POLARITY
	 * BIT(4), channel shift 8.
	 */
	CHECK(PWM_PFX(CTL_PWEN1_Msk), 0x1, "PWM CTL.PWEN1 mask");
	CHECK(PWM_PFX(CTL_POLA1_Msk), 0x10, "PWM CTL.POLA1 mask");
	CHECK(PWM_PFX(CTL_MSEN1_Msk), 0x80, "PWM CTL.MSEN1 mask");
	CHECK(PWM_PFX(CTL_PWEN2_Msk), 0x100, "PWM CTL.PWEN2 mask");
	CHECK(PWM_PFX(CTL_MSEN2_Msk), 0x8000, "PWM CTL.MSEN2 mask");
	/* [P] 9.6 STA: FULL1 bit 0, BERR bit 8, STA1 bit 9. */
	CHECK(PWM_PFX(STA_BERR_Msk), 0x100, "PWM STA.BERR mask");
	CHECK(PWM_PFX(STA_STA1_Msk), 0x200, "PWM STA.STA1 mask");
	/* [P] 9.6 DMAC: ENAB bit 31, reset 0x0707; RNGn reset 0x20. */
	CHECK(PWM_PFX(DMAC_ENAB_Msk), 0x80000000u, "PWM DMAC.ENAB mask");
	CHECK_RESET(PWM_SVD_NAME, "DMAC", 0x0707, "PWM DMAC reset");
	CHECK_RESET(PWM_SVD_NAME, "RNG1", 0x20, "PWM RNG1 reset");
	CHECK(ACCESS_READ_ONLY(PWM_TYPE, FIF1), 0, "PWM FIF1 is writable");
}

static void check_dma(void)
{
	/*
	 * [P] 4.2 (p.39-40): DMA at 0x7E007000, channel n at n*0x100,
	 * INT_STATUS 0xFE0, ENABLE 0xFF0; bcm2835-dma.c
	 * BCM2835_DMA_CHAN_SIZE 0x100, INT_STATUS 0xfe0, ENABLE 0xff0,
	 * CS 0x00, ADDR 0x04, TI 0x08, SOURCE_AD 0x0c, NEXTCB 0x1c,
	 * DEBUG 0x20.
	 */
	CHECK(DMA_BASE, PB + 0x7000u, "DMA base");
	CHECK(sizeof(DMA_CH_Type), 0x100, "DMA channel stride");
	CHECK(offsetof(DMA_Type, CH[1].CS), 0x100, "DMA1 CS offset");
	CHECK(ADDR(DMA, DMA_Type, CH[5].CONBLK_AD), PB + 0x7504u,
	      "DMA5 CONBLK_AD address");
	CHECK(offsetof(DMA_Type, CH[10].TI), 0xA08, "DMA10 TI offset");
	CHECK(offsetof(DMA_CH_Type, SOURCE_AD), 0x0C, "DMA SOURCE_AD offset");
	CHECK(offsetof(DMA_CH_Type, NEXTCONBK), 0x1C, "DMA NEXTCONBK offset");
	CHECK(offsetof(DMA_CH_Type, DEBUG), 0x20, "DMA DEBUG offset");
	CHECK(offsetof(DMA_Type, INT_STATUS), 0xFE0, "DMA INT_STATUS offset");
	CHECK(ADDR(DMA, DMA_Type, ENABLE), PB + 0x7FF0u, "DMA ENABLE address");
	/*
	 * bcm2835-dma.c: ACTIVE BIT(0), END BIT(1), INT BIT(2), ERR BIT(8),
	 * ABORT BIT(30), RESET BIT(31).
	 */
	CHECK(DMA_CH_CS_ACTIVE_Msk, 0x1, "DMA CS.ACTIVE mask");
	CHECK(DMA_CH_CS_END_Msk, 0x2, "DMA CS.END mask");
	CHECK(DMA_CH_CS_INT_Msk, 0x4, "DMA CS.INT mask");
	CHECK(DMA_CH_CS_ERROR_Msk, 0x100, "DMA CS.ERROR mask");
	CHECK(DMA_CH_CS_ABORT_Msk, 0x40000000u, "DMA CS.ABORT mask");
	CHECK(DMA_CH_CS_RESET_Msk, 0x80000000u, "DMA CS.RESET mask");
	/*
	 * BCM2835_DMA_PER_MAP(x) ((x & 31) << 16), S_INC BIT(8), D_INC BIT(4).
	 */
	CHECK(DMA_CH_TI_PERMAP_Msk, 0x1F0000u, "DMA TI.PERMAP mask");
	CHECK(DMA_CH_TI_SRC_INC_Msk, 0x100, "DMA TI.SRC_INC mask");
	CHECK(DMA_CH_TI_DEST_INC_Msk, 0x10, "DMA TI.DEST_INC mask");
	/* BCM2835_DMA_DEBUG_LITE BIT(28). */
	CHECK(DMA_CH_DEBUG_LITE_Msk, 0x10000000u, "DMA DEBUG.LITE mask");
	/*
	 * [P] 4.2.1: TI/SOURCE_AD/... are RO in the channel (loaded from the
	 * CB).
	 */
	CHECK(ACCESS_READ_ONLY(DMA_CH_Type, TI), 1, "DMA TI is read-only");
	CHECK(ACCESS_READ_ONLY(DMA_CH_Type, CONBLK_AD), 0,
	      "DMA CONBLK_AD is writable");
	/* [P] 4.2.1 ENABLE: EN0-14 reset 1. */
	CHECK_RESET("DMA", "ENABLE", 0x7FFF, "DMA ENABLE reset");
}

static void check_irq_mbox_timer(void)
{
	/*
	 * Mailbox: not in [P].  bcm283x.dtsi mailbox@7e00b880;
	 * bcm2835-mailbox.c MAIL0_RD 0x00, MAIL0_STA 0x18, MAIL0_CNF 0x1C,
	 * MAIL1_WRT 0x20, ARM_MS_FULL BIT(31), ARM_MS_EMPTY BIT(30).
	 */
	CHECK(MBOX_BASE, PB + 0xB880u, "MBOX base");
	CHECK(offsetof(MBOX_Type, MAIL0_STATUS), 0x18, "MAIL0_STATUS offset");
	CHECK(offsetof(MBOX_Type, MAIL0_CONFIG), 0x1C, "MAIL0_CONFIG offset");
	CHECK(offsetof(MBOX_Type, MAIL1_WRITE), 0x20, "MAIL1_WRITE offset");
	CHECK(offsetof(MBOX_Type, MAIL1_STATUS), 0x38, "MAIL1_STATUS offset");
	CHECK(MBOX_MAIL0_STATUS_FULL_Msk, 0x80000000u, "MBOX FULL mask");
	CHECK(MBOX_MAIL0_STATUS_EMPTY_Msk, 0x40000000u, "MBOX EMPTY mask");
	CHECK(ACCESS_READ_ONLY(MBOX_Type, MAIL0_READ), 1,
	      "MAIL0_READ is read-only");
	CHECK(ACCESS_READ_ONLY(MBOX_Type, MAIL1_WRITE), 0,
	      "MAIL1_WRITE is writable");

	/*
	 * [P] 14.2 (p.196): ARM timer at 0x7E00B400 (Circle ARM_TIMER_BASE
	 * ARM_IO_BASE + 0xB400): LOAD 0x00, CONTROL 0x08, IRQ_CLEAR 0x0C,
	 * RELOAD 0x18, PREDIV 0x1C, FREE 0x20.
	 */
	CHECK(ARMTIMER_BASE, PB + 0xB400u, "ARM timer base");
	CHECK(offsetof(ARMTIMER_Type, CONTROL), 0x08, "ARM timer CONTROL");
	CHECK(offsetof(ARMTIMER_Type, IRQ_CLEAR_ACK), 0x0C,
	      "ARM timer IRQ clear");
	CHECK(offsetof(ARMTIMER_Type, FREE_COUNTER), 0x20,
	      "ARM timer free counter");
	/*
	 * [P] 14.2 control: 32-bit bit 1, prescale 3:2, int enable bit 5,
	 * enable bit 7.
	 */
	CHECK(ARMTIMER_CONTROL_COUNTER_32BIT_Msk, 0x2, "ARM timer 32-bit");
	CHECK(ARMTIMER_CONTROL_PRESCALE_Msk, 0xC, "ARM timer prescale");
	CHECK(ARMTIMER_CONTROL_INT_EN_Msk, 0x20, "ARM timer int enable");
	CHECK(ARMTIMER_CONTROL_TIMER_EN_Msk, 0x80, "ARM timer enable");
	/* [P] 14.2: control reset 0x3E0020, pre-divider reset 0x7D. */
	CHECK_RESET("ARMTIMER", "CONTROL", 0x3E0020, "ARM timer CONTROL reset");
	CHECK_RESET("ARMTIMER", "PREDIV", 0x7D, "ARM timer PREDIV reset");

	/*
	 * PADS: not in [P].  McCauley bcm2835.h BCM2835_GPIO_PADS 0x100000,
	 * BCM2835_PADS_GPIO_0_27 0x002c, _28_45 0x0030, _46_53 0x0034,
	 * BCM2835_PAD_PASSWRD (0x5A << 24), drive 2:0, hysteresis bit 3,
	 * slew bit 4.
	 */
	CHECK(PADS_BASE, PB + 0x10002Cu, "PADS GPIO0-27 address");
	CHECK(offsetof(PADS_Type, GPIO46_53), 0x08, "PADS GPIO46-53 offset");
	CHECK(PADS_GPIO0_27_DRIVE_Msk, 0x7, "PADS drive mask");
	CHECK(PADS_GPIO0_27_HYST_Msk, 0x8, "PADS hysteresis mask");
	CHECK(PADS_GPIO0_27_SLEW_Msk, 0x10, "PADS slew mask");
	CHECK(PADS_GPIO0_27_DRIVE_MA8, 3, "PADS 8 mA encoding");
}

static void check_common(void)
{
	check_gpio();
	check_systimer();
	check_uart0();
	check_aux();
	check_spi0();
	check_bsc();
	check_cm_pm();
	check_pwm();
	check_dma();
	check_irq_mbox_timer();
}

#endif /* BCM283X_FACTS_H */

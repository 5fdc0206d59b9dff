// SPDX-License-Identifier: MIT
/*
 * The AM335x (BeagleBone Black) behind the GPIO handle, written only on
 * the accessors svdgen generates (prefix AM335X_). Four banks of 32 pins;
 * a bank answers only while its clock is on (CM_WKUP for GPIO0, CM_PER for
 * GPIO1-3), and touching a bank whose clock is off is a bus fault, so each
 * bank's clock is checked once (check_bank) before its first use.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <time.h>

#include "am335x.h"
/* The accessors of the peripherals used. */
#include "am335x_cm_per.h"
#include "am335x_cm_wkup.h"
#include "am335x_control_module.h"
#include "am335x_gpio0.h"

#include "internal.h"
#include "mmio.h"

/* Polls of IDLEST, 10 us apart, before enable_bank gives up: 10 ms. */
#define IDLEST_POLLS 1000

enum block {
	BLOCK_GPIO0,
	BLOCK_GPIO1,
	BLOCK_GPIO2,
	BLOCK_GPIO3,
	BLOCK_CM_PER,
	BLOCK_CM_WKUP,
	BLOCK_CONTROL_MODULE,
	BLOCK_COUNT
};

/* Physical address and size of each block, from the generated header. */
static const struct svd_hal_block blocks[BLOCK_COUNT] = {
    [BLOCK_GPIO0] = {AM335X_GPIO0_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO1] = {AM335X_GPIO1_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO2] = {AM335X_GPIO2_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO3] = {AM335X_GPIO3_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_CM_PER] = {AM335X_CM_PER_BASE, sizeof(AM335X_CM_PER_Type)},
    [BLOCK_CM_WKUP] = {AM335X_CM_WKUP_BASE, sizeof(AM335X_CM_WKUP_Type)},
    [BLOCK_CONTROL_MODULE] = {AM335X_CONTROL_MODULE_BASE,
			      sizeof(AM335X_CONTROL_MODULE_Type)},
};

/* The blocks of a handle, by name. */
static AM335X_GPIO0_Type *bank(struct svd_hal_gpio *gpio, unsigned int n)
{
	return gpio->block[BLOCK_GPIO0 + n];
}

static AM335X_CM_PER_Type *cm_per(struct svd_hal_gpio *gpio)
{
	return gpio->block[BLOCK_CM_PER];
}

static AM335X_CM_WKUP_Type *cm_wkup(struct svd_hal_gpio *gpio)
{
	return gpio->block[BLOCK_CM_WKUP];
}

typedef AM335X_CONTROL_MODULE_CONF_GPMC_AD0_MMODE_Enum (*mode_reader)(
    const AM335X_CONTROL_MODULE_Type *);

#define PAD(bank, bit, pad)                                                    \
	{                                                                      \
		(unsigned int)(bank)*32u + (unsigned int)(bit),                \
		    AM335X_CONTROL_MODULE_CONF_##pad##_MMODE_get               \
	}

/*
 * The pad each GPIO leaves the chip on, for the pads of the BeagleBone
 * Black's P8/P9 headers and USR LEDs (AM335x datasheet SPRS717, pin
 * attributes, mode 7). Other GPIOs are not listed.
 */
static const struct {
	unsigned int pin;
	mode_reader read_mode;
} pads[] = {
    PAD(0, 2, SPI0_SCLK),	PAD(0, 3, SPI0_D0),
    PAD(0, 4, SPI0_D1),		PAD(0, 5, SPI0_CS0),
    PAD(0, 6, SPI0_CS1),	PAD(0, 8, LCD_DATA12),
    PAD(0, 9, LCD_DATA13),	PAD(0, 10, LCD_DATA14),
    PAD(0, 11, LCD_DATA15),	PAD(0, 22, GPMC_AD8),
    PAD(0, 23, GPMC_AD9),	PAD(0, 26, GPMC_AD10),
    PAD(0, 27, GPMC_AD11),	PAD(0, 30, GPMC_WAIT0),
    PAD(0, 31, GPMC_WPN),	PAD(1, 0, GPMC_AD0),
    PAD(1, 1, GPMC_AD1),	PAD(1, 2, GPMC_AD2),
    PAD(1, 3, GPMC_AD3),	PAD(1, 4, GPMC_AD4),
    PAD(1, 5, GPMC_AD5),	PAD(1, 6, GPMC_AD6),
    PAD(1, 7, GPMC_AD7),	PAD(1, 12, GPMC_AD12),
    PAD(1, 13, GPMC_AD13),	PAD(1, 14, GPMC_AD14),
    PAD(1, 15, GPMC_AD15),	PAD(1, 16, GPMC_A0),
    PAD(1, 17, GPMC_A1),	PAD(1, 18, GPMC_A2),
    PAD(1, 19, GPMC_A3),	PAD(1, 20, GPMC_A4),
    PAD(1, 21, GPMC_A5),	PAD(1, 22, GPMC_A6),
    PAD(1, 23, GPMC_A7),	PAD(1, 24, GPMC_A8),
    PAD(1, 25, GPMC_A9),	PAD(1, 26, GPMC_A10),
    PAD(1, 27, GPMC_A11),	PAD(1, 28, GPMC_BEN1),
    PAD(1, 29, GPMC_CSN0),	PAD(1, 30, GPMC_CSN1),
    PAD(1, 31, GPMC_CSN2),	PAD(2, 0, GPMC_CSN3),
    PAD(2, 1, GPMC_CLK),	PAD(2, 2, GPMC_ADVN_ALE),
    PAD(2, 3, GPMC_OEN_REN),	PAD(2, 4, GPMC_WEN),
    PAD(2, 5, GPMC_BEN0_CLE),	PAD(2, 6, LCD_DATA0),
    PAD(2, 7, LCD_DATA1),	PAD(2, 8, LCD_DATA2),
    PAD(2, 9, LCD_DATA3),	PAD(2, 10, LCD_DATA4),
    PAD(2, 11, LCD_DATA5),	PAD(2, 12, LCD_DATA6),
    PAD(2, 13, LCD_DATA7),	PAD(2, 14, LCD_DATA8),
    PAD(2, 15, LCD_DATA9),	PAD(2, 16, LCD_DATA10),
    PAD(2, 17, LCD_DATA11),	PAD(2, 22, LCD_VSYNC),
    PAD(2, 23, LCD_HSYNC),	PAD(2, 24, LCD_PCLK),
    PAD(2, 25, LCD_AC_BIAS_EN),
};

/* A bank's clock state from its CLKCTRL register. */
static AM335X_CM_PER_IDLEST_Enum read_idlest(struct svd_hal_gpio *gpio,
					     unsigned int n)
{
	switch (n) {
	case 0:
		return (AM335X_CM_PER_IDLEST_Enum)
		    AM335X_CM_WKUP_GPIO0_CLKCTRL_IDLEST_get(cm_wkup(gpio));
	case 1:
		return AM335X_CM_PER_GPIO1_CLKCTRL_IDLEST_get(cm_per(gpio));
	case 2:
		return AM335X_CM_PER_GPIO2_CLKCTRL_IDLEST_get(cm_per(gpio));
	default:
		return AM335X_CM_PER_GPIO3_CLKCTRL_IDLEST_get(cm_per(gpio));
	}
}

/*
 * Check that a bank's clock is on, so no access faults (gpio.c asks once
 * per bank). The clock manager is another peripheral: barriers on both
 * sides of its read.
 */
static int check_bank(struct svd_hal_gpio *gpio, unsigned int n)
{
	AM335X_CM_PER_IDLEST_Enum idlest;

	svd_hal_mmio_barrier();
	idlest = read_idlest(gpio, n);
	svd_hal_mmio_barrier();
	if (idlest != AM335X_CM_PER_IDLEST_FUNC)
		return svd_hal_gpio_fail(
		    gpio, EIO,
		    "the clock of GPIO%u is off (IDLEST=%d): call "
		    "svd_hal_gpio_enable_bank() first, or let the kernel's "
		    "gpio-omap driver own the bank",
		    n, (int)idlest);
	return 0;
}

/* Set MODULEMODE = ENABLE in the bank's CLKCTRL. */
static void request_clock(struct svd_hal_gpio *gpio, unsigned int n)
{
	switch (n) {
	case 0:
		AM335X_CM_WKUP_GPIO0_CLKCTRL_MODULEMODE_set(
		    cm_wkup(gpio), AM335X_CM_WKUP_MODULEMODE_ENABLE);
		break;
	case 1:
		AM335X_CM_PER_GPIO1_CLKCTRL_MODULEMODE_set(
		    cm_per(gpio), AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	case 2:
		AM335X_CM_PER_GPIO2_CLKCTRL_MODULEMODE_set(
		    cm_per(gpio), AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	default:
		AM335X_CM_PER_GPIO3_CLKCTRL_MODULEMODE_set(
		    cm_per(gpio), AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	}
}

/* Turn a bank's clock on and wait, bounded, until the bank is usable. */
static int enable_bank(struct svd_hal_gpio *gpio, unsigned int n)
{
	const struct timespec pause = {0, 10000};
	AM335X_CM_PER_IDLEST_Enum idlest;
	int polls;

	svd_hal_mmio_barrier();
	request_clock(gpio, n);
	for (polls = 0;; polls++) {
		idlest = read_idlest(gpio, n);
		if (idlest == AM335X_CM_PER_IDLEST_FUNC)
			break;
		if (polls == IDLEST_POLLS) {
			svd_hal_mmio_barrier();
			return svd_hal_gpio_fail(
			    gpio, ETIMEDOUT,
			    "GPIO%u did not become functional within 10 ms "
			    "of MODULEMODE=ENABLE (IDLEST=%d)",
			    n, (int)idlest);
		}
		nanosleep(&pause, NULL);
	}
	svd_hal_mmio_barrier();
	return 0;
}

/* OE is plain read-write: 0 drives the pin, 1 makes it an input. */
static int set_direction(struct svd_hal_gpio *gpio, unsigned int pin,
			 enum svd_hal_direction direction)
{
	AM335X_GPIO0_Type *p = bank(gpio, pin / 32u);
	uint32_t bit = 1u << (pin % 32u);
	uint32_t oe = AM335X_GPIO0_OE_read(p);

	AM335X_GPIO0_OE_write(p, direction == SVD_HAL_OUTPUT ? oe & ~bit
							     : oe | bit);
	return 0;
}

/* SETDATAOUT and CLEARDATAOUT take a mask; they are never read. */
static int write_mask(struct svd_hal_gpio *gpio, unsigned int n, uint32_t mask,
		      bool high)
{
	if (high)
		AM335X_GPIO0_SETDATAOUT_write(
		    bank(gpio, n), AM335X_GPIO0_SETDATAOUT_INTLINE_val(mask));
	else
		AM335X_GPIO0_CLEARDATAOUT_write(
		    bank(gpio, n), AM335X_GPIO0_CLEARDATAOUT_INTLINE_val(mask));
	return 0;
}

static uint32_t read_mask(struct svd_hal_gpio *gpio, unsigned int n)
{
	return AM335X_GPIO0_DATAIN_DATAIN_get(bank(gpio, n));
}

/* The conf_* MMODE of a GPIO's pad; the control module is read only. */
static int read_pad_mode(struct svd_hal_gpio *gpio, unsigned int pin)
{
	size_t i;
	int mode;

	for (i = 0; i < sizeof(pads) / sizeof(pads[0]); i++) {
		if (pads[i].pin != pin)
			continue;
		svd_hal_mmio_barrier();
		mode =
		    (int)pads[i].read_mode(gpio->block[BLOCK_CONTROL_MODULE]);
		svd_hal_mmio_barrier();
		return mode;
	}
	return svd_hal_gpio_fail(
	    gpio, ENOENT,
	    "the pad of GPIO%u_%u is not in the library's table (it lists "
	    "the BeagleBone Black's header and LED pads)",
	    pin / 32u, pin % 32u);
}

static const uint32_t all_pins[4] = {0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu,
				     0xFFFFFFFFu};

const struct svd_hal_gpio_ops svd_hal_am335x_ops = {
    .soc = SVD_HAL_SOC_AM335X,
    .bank_count = 4,
    .bank_pins = all_pins,
    .block_count = BLOCK_COUNT,
    .blocks = blocks,
    .enable_bank = enable_bank,
    .check_bank = check_bank,
    .set_direction = set_direction,
    .write_mask = write_mask,
    .read_mask = read_mask,
    .am335x_read_pad_mode = read_pad_mode,
};

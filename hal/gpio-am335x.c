// SPDX-License-Identifier: MIT
/*
 * Pin-level GPIO of the AM335x (BeagleBone Black), written only on the
 * accessors svdgen generates (prefix AM335X_). Four banks of 32 pins; a
 * bank answers only while its clock is on (CM_WKUP for GPIO0, CM_PER for
 * GPIO1-3), and touching a bank whose clock is off is a bus fault, so each
 * bank's clock is checked once before its first use.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "am335x.h"

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
static const struct {
	uint64_t address;
	size_t size;
} blocks[BLOCK_COUNT] = {
    [BLOCK_GPIO0] = {AM335X_GPIO0_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO1] = {AM335X_GPIO1_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO2] = {AM335X_GPIO2_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_GPIO3] = {AM335X_GPIO3_BASE, sizeof(AM335X_GPIO0_Type)},
    [BLOCK_CM_PER] = {AM335X_CM_PER_BASE, sizeof(AM335X_CM_PER_Type)},
    [BLOCK_CM_WKUP] = {AM335X_CM_WKUP_BASE, sizeof(AM335X_CM_WKUP_Type)},
    [BLOCK_CONTROL_MODULE] = {AM335X_CONTROL_MODULE_BASE,
			      sizeof(AM335X_CONTROL_MODULE_Type)},
};

struct svd_hal_am335x_gpio {
	struct svd_hal_map *maps[BLOCK_COUNT]; /* NULLs for given memory */
	AM335X_GPIO0_Type *bank[4];
	AM335X_CM_PER_Type *cm_per;
	AM335X_CM_WKUP_Type *cm_wkup;
	AM335X_CONTROL_MODULE_Type *control_module;
	bool clock_on[4]; /* seen IDLEST = FUNC */
	char device[256]; /* the file mapped, or "memory" */
	char error[SVD_HAL_ERROR_SIZE];
};

typedef AM335X_CONTROL_MODULE_CONF_GPMC_AD0_MMODE_Enum (*mode_reader)(
    const AM335X_CONTROL_MODULE_Type *);

#define PAD(bank, bit, pad)                                                    \
	{                                                                      \
		SVD_HAL_AM335X_PIN(bank, bit),                                 \
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

/* Keep a message in the handle, set errno; always returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int
fail(struct svd_hal_am335x_gpio *gpio, int code, const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	vsnprintf(gpio->error, sizeof(gpio->error), format, arguments);
	va_end(arguments);
	errno = code;
	return -1;
}

/* A bank's clock state from its CLKCTRL register. */
static AM335X_CM_PER_IDLEST_Enum read_idlest(struct svd_hal_am335x_gpio *gpio,
					     unsigned int bank)
{
	switch (bank) {
	case 0:
		return (AM335X_CM_PER_IDLEST_Enum)
		    AM335X_CM_WKUP_GPIO0_CLKCTRL_IDLEST_get(gpio->cm_wkup);
	case 1:
		return AM335X_CM_PER_GPIO1_CLKCTRL_IDLEST_get(gpio->cm_per);
	case 2:
		return AM335X_CM_PER_GPIO2_CLKCTRL_IDLEST_get(gpio->cm_per);
	default:
		return AM335X_CM_PER_GPIO3_CLKCTRL_IDLEST_get(gpio->cm_per);
	}
}

/*
 * Check once that a bank's clock is on, so no access faults. The clock
 * manager is another peripheral: barriers on both sides of its read.
 */
static int check_bank(struct svd_hal_am335x_gpio *gpio, unsigned int bank)
{
	AM335X_CM_PER_IDLEST_Enum idlest;

	if (bank > 3)
		return fail(gpio, EINVAL,
			    "GPIO bank %u does not exist: banks are 0-3", bank);
	if (gpio->clock_on[bank])
		return 0;
	svd_hal_mmio_barrier();
	idlest = read_idlest(gpio, bank);
	svd_hal_mmio_barrier();
	if (idlest != AM335X_CM_PER_IDLEST_FUNC)
		return fail(gpio, EIO,
			    "the clock of GPIO%u is off (IDLEST=%d): call "
			    "svd_hal_am335x_gpio_enable_bank() first, or let "
			    "the kernel's gpio-omap driver own the bank",
			    bank, (int)idlest);
	gpio->clock_on[bank] = true;
	return 0;
}

/* Reject a pin past GPIO3_31, or on a bank whose clock is off. */
static int check_pin(struct svd_hal_am335x_gpio *gpio, unsigned int pin)
{
	if (pin >= SVD_HAL_AM335X_PIN_COUNT)
		return fail(gpio, EINVAL,
			    "GPIO %u does not exist: the AM335x has GPIO 0-%u "
			    "(GPIO0_0 to GPIO3_31)",
			    pin, SVD_HAL_AM335X_PIN_COUNT - 1);
	return check_bank(gpio, pin / 32u);
}

/* Make a handle around mapped or given blocks. */
static int create_handle(void *const pointers[BLOCK_COUNT],
			 struct svd_hal_map *maps[BLOCK_COUNT],
			 struct svd_hal_am335x_gpio **gpio,
			 struct svd_hal_error *err)
{
	struct svd_hal_am335x_gpio *handle;
	unsigned int i;

	handle = calloc(1, sizeof(*handle));
	if (!handle)
		return svd_hal_set_error(err, ENOMEM, "out of memory");
	for (i = 0; i < 4; i++)
		handle->bank[i] = pointers[BLOCK_GPIO0 + i];
	handle->cm_per = pointers[BLOCK_CM_PER];
	handle->cm_wkup = pointers[BLOCK_CM_WKUP];
	handle->control_module = pointers[BLOCK_CONTROL_MODULE];
	if (maps)
		memcpy(handle->maps, maps, sizeof(handle->maps));
	*gpio = handle;
	return 0;
}

int svd_hal_am335x_gpio_open_memory(const struct svd_hal_am335x_blocks *given,
				    struct svd_hal_am335x_gpio **gpio,
				    struct svd_hal_error *err)
{
	void *pointers[BLOCK_COUNT];
	unsigned int i;

	if (!given || !gpio)
		return svd_hal_set_error(err, EINVAL, "no blocks given");
	for (i = 0; i < 4; i++)
		pointers[BLOCK_GPIO0 + i] = given->gpio[i];
	pointers[BLOCK_CM_PER] = given->cm_per;
	pointers[BLOCK_CM_WKUP] = given->cm_wkup;
	pointers[BLOCK_CONTROL_MODULE] = given->control_module;
	for (i = 0; i < BLOCK_COUNT; i++)
		if (!pointers[i])
			return svd_hal_set_error(
			    err, EINVAL, "register block %u missing", i);
	return create_handle(pointers, NULL, gpio, err);
}

/* Map the seven blocks through /dev/mem, after checking the board. */
int svd_hal_am335x_gpio_open(const struct svd_hal_config *config,
			     struct svd_hal_am335x_gpio **gpio,
			     struct svd_hal_error *err)
{
	const struct svd_hal_paths *paths = config ? &config->paths : NULL;
	struct svd_hal_map *maps[BLOCK_COUNT] = {NULL};
	void *pointers[BLOCK_COUNT];
	struct svd_hal_board board;
	enum svd_hal_soc soc;
	unsigned int i;
	int code;

	if (!gpio)
		return svd_hal_set_error(err, EINVAL, "no handle to fill");
	soc = config ? config->soc : SVD_HAL_SOC_UNKNOWN;
	if (soc == SVD_HAL_SOC_UNKNOWN) {
		if (svd_hal_detect_board(paths, &board, err) < 0)
			return -1;
		soc = board.soc;
	}
	if (soc != SVD_HAL_SOC_AM335X)
		return svd_hal_set_error(
		    err, ENODEV,
		    "this is a %s, not an AM335x (BeagleBone): use "
		    "svd_hal_bcm_gpio_open() on a Raspberry Pi",
		    svd_hal_soc_name(soc));

	for (i = 0; i < BLOCK_COUNT; i++) {
		if (svd_hal_map_open(paths, SVD_HAL_DEVICE_DEVMEM,
				     blocks[i].address, blocks[i].size,
				     &maps[i], err) < 0)
			goto err_map;
		pointers[i] = svd_hal_map_pointer(maps[i]);
	}
	if (create_handle(pointers, maps, gpio, err) < 0)
		goto err_map;
	snprintf((*gpio)->device, sizeof((*gpio)->device), "%s",
		 svd_hal_devmem_path(paths));
	return 0;

err_map:
	code = errno;
	for (i = 0; i < BLOCK_COUNT; i++)
		svd_hal_map_close(maps[i]);
	errno = code;
	return -1;
}

void svd_hal_am335x_gpio_close(struct svd_hal_am335x_gpio *gpio)
{
	unsigned int i;

	if (!gpio)
		return;
	for (i = 0; i < BLOCK_COUNT; i++)
		svd_hal_map_close(gpio->maps[i]);
	free(gpio);
}

const char *
svd_hal_am335x_gpio_get_error(const struct svd_hal_am335x_gpio *gpio)
{
	return gpio->error;
}

/* Set MODULEMODE = ENABLE in the bank's CLKCTRL. */
static void request_clock(struct svd_hal_am335x_gpio *gpio, unsigned int bank)
{
	switch (bank) {
	case 0:
		AM335X_CM_WKUP_GPIO0_CLKCTRL_MODULEMODE_set(
		    gpio->cm_wkup, AM335X_CM_WKUP_MODULEMODE_ENABLE);
		break;
	case 1:
		AM335X_CM_PER_GPIO1_CLKCTRL_MODULEMODE_set(
		    gpio->cm_per, AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	case 2:
		AM335X_CM_PER_GPIO2_CLKCTRL_MODULEMODE_set(
		    gpio->cm_per, AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	default:
		AM335X_CM_PER_GPIO3_CLKCTRL_MODULEMODE_set(
		    gpio->cm_per, AM335X_CM_PER_MODULEMODE_ENABLE);
		break;
	}
}

/* Turn a bank's clock on and wait, bounded, until the bank is usable. */
int svd_hal_am335x_gpio_enable_bank(struct svd_hal_am335x_gpio *gpio,
				    unsigned int bank)
{
	const struct timespec pause = {0, 10000};
	AM335X_CM_PER_IDLEST_Enum idlest;
	int polls;

	if (bank > 3)
		return fail(gpio, EINVAL,
			    "GPIO bank %u does not exist: banks are 0-3", bank);
	svd_hal_mmio_barrier();
	request_clock(gpio, bank);
	for (polls = 0;; polls++) {
		idlest = read_idlest(gpio, bank);
		if (idlest == AM335X_CM_PER_IDLEST_FUNC)
			break;
		if (polls == IDLEST_POLLS) {
			svd_hal_mmio_barrier();
			return fail(gpio, ETIMEDOUT,
				    "GPIO%u did not become functional within "
				    "10 ms of MODULEMODE=ENABLE (IDLEST=%d)",
				    bank, (int)idlest);
		}
		nanosleep(&pause, NULL);
	}
	svd_hal_mmio_barrier();
	gpio->clock_on[bank] = true;
	return 0;
}

/* OE is plain read-write: 0 drives the pin, 1 makes it an input. */
int svd_hal_am335x_gpio_set_direction(struct svd_hal_am335x_gpio *gpio,
				      unsigned int pin, bool output)
{
	AM335X_GPIO0_Type *bank;
	uint32_t bit, oe;

	if (check_pin(gpio, pin) < 0)
		return -1;
	bank = gpio->bank[pin / 32u];
	bit = 1u << (pin % 32u);
	oe = AM335X_GPIO0_OE_read(bank);
	AM335X_GPIO0_OE_write(bank, output ? oe & ~bit : oe | bit);
	return 0;
}

/* SETDATAOUT and CLEARDATAOUT take a mask; they are never read. */
int svd_hal_am335x_gpio_set_pin(struct svd_hal_am335x_gpio *gpio,
				unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	AM335X_GPIO0_SETDATAOUT_write(
	    gpio->bank[pin / 32u],
	    AM335X_GPIO0_SETDATAOUT_INTLINE_val(1u << (pin % 32u)));
	return 0;
}

int svd_hal_am335x_gpio_clear_pin(struct svd_hal_am335x_gpio *gpio,
				  unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	AM335X_GPIO0_CLEARDATAOUT_write(
	    gpio->bank[pin / 32u],
	    AM335X_GPIO0_CLEARDATAOUT_INTLINE_val(1u << (pin % 32u)));
	return 0;
}

int svd_hal_am335x_gpio_read_pin(struct svd_hal_am335x_gpio *gpio,
				 unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	return (int)((AM335X_GPIO0_DATAIN_DATAIN_get(gpio->bank[pin / 32u]) >>
		      (pin % 32u)) &
		     1u);
}

int svd_hal_am335x_gpio_set_mask(struct svd_hal_am335x_gpio *gpio,
				 unsigned int bank, uint32_t mask)
{
	if (check_bank(gpio, bank) < 0)
		return -1;
	AM335X_GPIO0_SETDATAOUT_write(gpio->bank[bank], mask);
	return 0;
}

int svd_hal_am335x_gpio_clear_mask(struct svd_hal_am335x_gpio *gpio,
				   unsigned int bank, uint32_t mask)
{
	if (check_bank(gpio, bank) < 0)
		return -1;
	AM335X_GPIO0_CLEARDATAOUT_write(gpio->bank[bank], mask);
	return 0;
}

/* The conf_* MMODE of a GPIO's pad; the control module is read only. */
int svd_hal_am335x_gpio_read_pad_mode(struct svd_hal_am335x_gpio *gpio,
				      unsigned int pin)
{
	size_t i;
	int mode;

	if (pin >= SVD_HAL_AM335X_PIN_COUNT)
		return fail(gpio, EINVAL, "GPIO %u does not exist", pin);
	for (i = 0; i < sizeof(pads) / sizeof(pads[0]); i++) {
		if (pads[i].pin != pin)
			continue;
		svd_hal_mmio_barrier();
		mode = (int)pads[i].read_mode(gpio->control_module);
		svd_hal_mmio_barrier();
		return mode;
	}
	return fail(gpio, ENOENT,
		    "the pad of GPIO%u_%u is not in the library's table "
		    "(it lists the BeagleBone Black's header and LED pads)",
		    pin / 32u, pin % 32u);
}

const char *
svd_hal_am335x_gpio_get_device(const struct svd_hal_am335x_gpio *gpio)
{
	return gpio->device[0] ? gpio->device : "memory";
}

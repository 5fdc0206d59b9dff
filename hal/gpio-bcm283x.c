// SPDX-License-Identifier: MIT
/*
 * Pin-level GPIO of the BCM2835, BCM2836/2837 and BCM2711, written only on
 * the accessors svdgen generates. The headers are generated with a prefix
 * per SoC (BCM2835_, BCM2837_, BCM2711_) so that all of them fit in this
 * one file: the BCM2711 has 58 pins and other pull registers, so it needs
 * its own accessors, while the BCM2836/2837 GPIO block is the BCM2835's,
 * which the assertions below prove, so one code path serves both.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bcm2835.h"
#include "bcm2837.h"
#include "bcm2711.h"

#include "internal.h"

/* The BCM2837 GPIO block is register for register the BCM2835's. */
#define SAME_AS_BCM2835(member)                                                \
	typedef char                                                           \
	    same_offset_##member[offsetof(BCM2835_GPIO_Type, member) ==        \
					 offsetof(BCM2837_GPIO_Type, member)   \
				     ? 1                                       \
				     : -1]
SAME_AS_BCM2835(GPFSEL0);
SAME_AS_BCM2835(GPFSEL5);
SAME_AS_BCM2835(GPSET0);
SAME_AS_BCM2835(GPCLR0);
SAME_AS_BCM2835(GPLEV0);
SAME_AS_BCM2835(GPEDS0);
SAME_AS_BCM2835(GPREN0);
SAME_AS_BCM2835(GPFEN0);
SAME_AS_BCM2835(GPHEN0);
SAME_AS_BCM2835(GPLEN0);
SAME_AS_BCM2835(GPAREN0);
SAME_AS_BCM2835(GPAFEN0);
SAME_AS_BCM2835(GPPUD);
SAME_AS_BCM2835(GPPUDCLK1);
typedef char
    same_size[sizeof(BCM2835_GPIO_Type) == sizeof(BCM2837_GPIO_Type) ? 1 : -1];

struct svd_hal_bcm_gpio {
	enum svd_hal_soc soc;
	unsigned int pin_count;
	struct svd_hal_map *map;    /* NULL when the caller gave the block */
	BCM2835_GPIO_Type *bcm2835; /* BCM2835 and BCM2837, else NULL */
	BCM2711_GPIO_Type *bcm2711; /* BCM2711, else NULL */
	char device[256];	    /* the file mapped, or "memory" */
	char error[SVD_HAL_ERROR_SIZE];
};

/* Keep a message in the handle, set errno; always returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static int
fail(struct svd_hal_bcm_gpio *gpio, int code, const char *format, ...)
{
	va_list arguments;

	va_start(arguments, format);
	vsnprintf(gpio->error, sizeof(gpio->error), format, arguments);
	va_end(arguments);
	errno = code;
	return -1;
}

/* Reject a pin the SoC does not have, before anything is written. */
static int check_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin)
{
	if (pin < gpio->pin_count)
		return 0;
	return fail(gpio, EINVAL,
		    "GPIO %u does not exist: the %s has GPIO 0-%u", pin,
		    svd_hal_soc_name(gpio->soc), gpio->pin_count - 1);
}

/* Reject a bank, or mask bits for pins past the last, before any write. */
static int check_mask(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
		      uint32_t mask)
{
	uint32_t valid;

	if (bank > 1)
		return fail(gpio, EINVAL,
			    "GPIO bank %u does not exist: banks are 0 and 1",
			    bank);
	valid = bank == 0 ? 0xFFFFFFFFu : (1u << (gpio->pin_count - 32)) - 1;
	if (mask & ~valid)
		return fail(gpio, EINVAL,
			    "mask 0x%08x for bank %u names GPIOs the %s does "
			    "not have (valid bits 0x%08x)",
			    mask, bank, svd_hal_soc_name(gpio->soc), valid);
	return 0;
}

/* Make a handle around a mapped or given block. */
static int create_handle(enum svd_hal_soc soc, void *block,
			 struct svd_hal_map *map,
			 struct svd_hal_bcm_gpio **gpio,
			 struct svd_hal_error *err)
{
	struct svd_hal_bcm_gpio *handle;

	handle = calloc(1, sizeof(*handle));
	if (!handle)
		return svd_hal_set_error(err, ENOMEM, "out of memory");
	handle->soc = soc;
	handle->map = map;
	if (soc == SVD_HAL_SOC_BCM2711) {
		handle->bcm2711 = block;
		handle->pin_count = 58;
	} else {
		handle->bcm2835 = block;
		handle->pin_count = 54;
	}
	*gpio = handle;
	return 0;
}

/* Refuse SoCs whose GPIO this file does not drive, with the reason. */
static int check_soc(enum svd_hal_soc soc, struct svd_hal_error *err)
{
	switch (soc) {
	case SVD_HAL_SOC_BCM2835:
	case SVD_HAL_SOC_BCM2837:
	case SVD_HAL_SOC_BCM2711:
		return 0;
	case SVD_HAL_SOC_BCM2712:
		return svd_hal_set_error(
		    err, ENODEV,
		    "a Raspberry Pi 5 (BCM2712) has its GPIO on the RP1 chip "
		    "behind PCIe, which this library does not drive; nothing "
		    "was mapped or written (use libgpiod)");
	case SVD_HAL_SOC_AM335X:
		return svd_hal_set_error(
		    err, ENODEV,
		    "this is an AM335x (BeagleBone), not a Raspberry Pi: use "
		    "svd_hal_am335x_gpio_open()");
	default:
		return svd_hal_set_error(err, EINVAL,
					 "unknown SoC %d for the BCM283x GPIO",
					 (int)soc);
	}
}

int svd_hal_bcm_gpio_open_memory(enum svd_hal_soc soc, void *block,
				 struct svd_hal_bcm_gpio **gpio,
				 struct svd_hal_error *err)
{
	if (!block || !gpio)
		return svd_hal_set_error(err, EINVAL, "no GPIO block given");
	if (check_soc(soc, err) < 0)
		return -1;
	return create_handle(soc, block, NULL, gpio, err);
}

/* The physical address of the GPIO block, for /dev/mem. */
static uint64_t gpio_physical_address(enum svd_hal_soc soc)
{
	switch (soc) {
	case SVD_HAL_SOC_BCM2711:
		return BCM2711_GPIO_BASE;
	case SVD_HAL_SOC_BCM2837:
		return BCM2837_GPIO_BASE;
	default:
		return BCM2835_GPIO_BASE;
	}
}

/*
 * Map the block: /dev/gpiomem (offset 0) unless /dev/mem is asked for;
 * /dev/mem (physical address) when asked, or when gpiomem fails, in which
 * case both reasons are reported if /dev/mem fails too.
 */
static int map_gpio_block(const struct svd_hal_config *config,
			  enum svd_hal_soc soc, uint64_t address,
			  struct svd_hal_map **map, const char **device,
			  struct svd_hal_error *err)
{
	const struct svd_hal_paths *paths = config ? &config->paths : NULL;
	size_t size = soc == SVD_HAL_SOC_BCM2711 ? sizeof(BCM2711_GPIO_Type)
						 : sizeof(BCM2835_GPIO_Type);
	struct svd_hal_error gpiomem_err, devmem_err;

	if (!config || !config->use_devmem) {
		*device = svd_hal_gpiomem_path(paths);
		if (svd_hal_map_open(paths, SVD_HAL_DEVICE_GPIOMEM, 0, size,
				     map, &gpiomem_err) == 0)
			return 0;
	}
	*device = svd_hal_devmem_path(paths);
	if (svd_hal_map_open(paths, SVD_HAL_DEVICE_DEVMEM, address, size, map,
			     &devmem_err) == 0)
		return 0;
	if (config && config->use_devmem)
		return svd_hal_set_error(err, devmem_err.code, "%s",
					 devmem_err.message);
	return svd_hal_set_error(
	    err, gpiomem_err.code, "%s. Then %s, tried instead, failed too: %s",
	    gpiomem_err.message, svd_hal_devmem_path(paths),
	    devmem_err.message);
}

/* Map the GPIO block of a Raspberry Pi, gpiomem first. */
int svd_hal_bcm_gpio_open(const struct svd_hal_config *config,
			  struct svd_hal_bcm_gpio **gpio,
			  struct svd_hal_error *err)
{
	struct svd_hal_board board;
	enum svd_hal_soc soc;
	struct svd_hal_map *map;
	const char *device = NULL;

	if (!gpio)
		return svd_hal_set_error(err, EINVAL, "no handle to fill");
	soc = config ? config->soc : SVD_HAL_SOC_UNKNOWN;
	if (soc == SVD_HAL_SOC_UNKNOWN) {
		if (svd_hal_detect_board(config ? &config->paths : NULL, &board,
					 err) < 0)
			return -1;
		soc = board.soc;
	}
	if (check_soc(soc, err) < 0)
		return -1;
	if (map_gpio_block(config, soc, gpio_physical_address(soc), &map,
			   &device, err) < 0)
		goto err_map;
	if (create_handle(soc, svd_hal_map_pointer(map), map, gpio, err) < 0)
		goto err_handle;
	snprintf((*gpio)->device, sizeof((*gpio)->device), "%s", device);
	return 0;

err_handle:
	svd_hal_map_close(map);
	errno = ENOMEM;
err_map:
	return -1;
}

void svd_hal_bcm_gpio_close(struct svd_hal_bcm_gpio *gpio)
{
	if (!gpio)
		return;
	svd_hal_map_close(gpio->map);
	free(gpio);
}

enum svd_hal_soc svd_hal_bcm_gpio_get_soc(const struct svd_hal_bcm_gpio *gpio)
{
	return gpio->soc;
}

unsigned int svd_hal_bcm_gpio_get_pin_count(const struct svd_hal_bcm_gpio *gpio)
{
	return gpio->pin_count;
}

const char *svd_hal_bcm_gpio_get_error(const struct svd_hal_bcm_gpio *gpio)
{
	return gpio->error;
}

/* Function select on a BCM2835/2837: GPFSELn holds ten pins. */
static void set_function_bcm2835(BCM2835_GPIO_Type *p, unsigned int pin,
				 BCM2835_GPIO_FUNCTION_Enum function)
{
	uint32_t n = pin % 10u;

	switch (pin / 10u) {
	case 0:
		BCM2835_GPIO_GPFSEL0_FSEL_set(p, n, function);
		break;
	case 1:
		BCM2835_GPIO_GPFSEL1_FSEL_set(p, n, function);
		break;
	case 2:
		BCM2835_GPIO_GPFSEL2_FSEL_set(p, n, function);
		break;
	case 3:
		BCM2835_GPIO_GPFSEL3_FSEL_set(p, n, function);
		break;
	case 4:
		BCM2835_GPIO_GPFSEL4_FSEL_set(p, n, function);
		break;
	default:
		BCM2835_GPIO_GPFSEL5_FSEL_set(p, n, function);
		break;
	}
}

/* Function select on a BCM2711: GPFSELn holds ten pins. */
static void set_function_bcm2711(BCM2711_GPIO_Type *p, unsigned int pin,
				 BCM2711_GPIO_FUNCTION_Enum function)
{
	uint32_t n = pin % 10u;

	switch (pin / 10u) {
	case 0:
		BCM2711_GPIO_GPFSEL0_FSEL_set(p, n, function);
		break;
	case 1:
		BCM2711_GPIO_GPFSEL1_FSEL_set(p, n, function);
		break;
	case 2:
		BCM2711_GPIO_GPFSEL2_FSEL_set(p, n, function);
		break;
	case 3:
		BCM2711_GPIO_GPFSEL3_FSEL_set(p, n, function);
		break;
	case 4:
		BCM2711_GPIO_GPFSEL4_FSEL_set(p, n, function);
		break;
	default:
		BCM2711_GPIO_GPFSEL5_FSEL_set(p, n, function);
		break;
	}
}

int svd_hal_bcm_gpio_set_function(struct svd_hal_bcm_gpio *gpio,
				  unsigned int pin,
				  enum svd_hal_bcm_function function)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)function > 7u)
		return fail(gpio, EINVAL, "function %d is not 0-7",
			    (int)function);
	if (gpio->bcm2711)
		set_function_bcm2711(gpio->bcm2711, pin,
				     (BCM2711_GPIO_FUNCTION_Enum)function);
	else
		set_function_bcm2835(gpio->bcm2835, pin,
				     (BCM2835_GPIO_FUNCTION_Enum)function);
	return 0;
}

/* Read a pin's function select on a BCM2835/2837. */
static int get_function_bcm2835(const BCM2835_GPIO_Type *p, unsigned int pin)
{
	uint32_t n = pin % 10u;

	switch (pin / 10u) {
	case 0:
		return (int)BCM2835_GPIO_GPFSEL0_FSEL_get(p, n);
	case 1:
		return (int)BCM2835_GPIO_GPFSEL1_FSEL_get(p, n);
	case 2:
		return (int)BCM2835_GPIO_GPFSEL2_FSEL_get(p, n);
	case 3:
		return (int)BCM2835_GPIO_GPFSEL3_FSEL_get(p, n);
	case 4:
		return (int)BCM2835_GPIO_GPFSEL4_FSEL_get(p, n);
	default:
		return (int)BCM2835_GPIO_GPFSEL5_FSEL_get(p, n);
	}
}

/* Read a pin's function select on a BCM2711. */
static int get_function_bcm2711(const BCM2711_GPIO_Type *p, unsigned int pin)
{
	uint32_t n = pin % 10u;

	switch (pin / 10u) {
	case 0:
		return (int)BCM2711_GPIO_GPFSEL0_FSEL_get(p, n);
	case 1:
		return (int)BCM2711_GPIO_GPFSEL1_FSEL_get(p, n);
	case 2:
		return (int)BCM2711_GPIO_GPFSEL2_FSEL_get(p, n);
	case 3:
		return (int)BCM2711_GPIO_GPFSEL3_FSEL_get(p, n);
	case 4:
		return (int)BCM2711_GPIO_GPFSEL4_FSEL_get(p, n);
	default:
		return (int)BCM2711_GPIO_GPFSEL5_FSEL_get(p, n);
	}
}

int svd_hal_bcm_gpio_get_function(struct svd_hal_bcm_gpio *gpio,
				  unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if (gpio->bcm2711)
		return get_function_bcm2711(gpio->bcm2711, pin);
	return get_function_bcm2835(gpio->bcm2835, pin);
}

/*
 * GPSETn and GPCLRn are write-only: one write of a mask, never a read.
 * These hold the only SoC and bank choice for them and for GPLEVn.
 */
static void write_gpset(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			uint32_t mask)
{
	if (gpio->bcm2711) {
		if (bank == 0)
			BCM2711_GPIO_GPSET0_write(gpio->bcm2711, mask);
		else
			BCM2711_GPIO_GPSET1_write(gpio->bcm2711, mask);
	} else {
		if (bank == 0)
			BCM2835_GPIO_GPSET0_write(gpio->bcm2835, mask);
		else
			BCM2835_GPIO_GPSET1_write(gpio->bcm2835, mask);
	}
}

static void write_gpclr(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			uint32_t mask)
{
	if (gpio->bcm2711) {
		if (bank == 0)
			BCM2711_GPIO_GPCLR0_write(gpio->bcm2711, mask);
		else
			BCM2711_GPIO_GPCLR1_write(gpio->bcm2711, mask);
	} else {
		if (bank == 0)
			BCM2835_GPIO_GPCLR0_write(gpio->bcm2835, mask);
		else
			BCM2835_GPIO_GPCLR1_write(gpio->bcm2835, mask);
	}
}

static uint32_t read_gplev(struct svd_hal_bcm_gpio *gpio, unsigned int bank)
{
	if (gpio->bcm2711)
		return bank == 0 ? BCM2711_GPIO_GPLEV0_read(gpio->bcm2711)
				 : BCM2711_GPIO_GPLEV1_read(gpio->bcm2711);
	return bank == 0 ? BCM2835_GPIO_GPLEV0_read(gpio->bcm2835)
			 : BCM2835_GPIO_GPLEV1_read(gpio->bcm2835);
}

int svd_hal_bcm_gpio_set_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	write_gpset(gpio, pin / 32u, 1u << (pin % 32u));
	return 0;
}

int svd_hal_bcm_gpio_clear_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	write_gpclr(gpio, pin / 32u, 1u << (pin % 32u));
	return 0;
}

int svd_hal_bcm_gpio_read_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	return (int)((read_gplev(gpio, pin / 32u) >> (pin % 32u)) & 1u);
}

int svd_hal_bcm_gpio_set_mask(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			      uint32_t mask)
{
	if (check_mask(gpio, bank, mask) < 0)
		return -1;
	write_gpset(gpio, bank, mask);
	return 0;
}

int svd_hal_bcm_gpio_clear_mask(struct svd_hal_bcm_gpio *gpio,
				unsigned int bank, uint32_t mask)
{
	if (check_mask(gpio, bank, mask) < 0)
		return -1;
	write_gpclr(gpio, bank, mask);
	return 0;
}

int svd_hal_bcm_gpio_read_mask(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			       uint32_t *levels)
{
	if (check_mask(gpio, bank, 0) < 0)
		return -1;
	*levels = read_gplev(gpio, bank);
	return 0;
}

/*
 * The datasheet's "wait 150 cycles" of the 250 MHz core clock, 0.6 us:
 * spin for a microsecond of wall time, whatever the ARM's clock.
 */
static void wait_150_core_cycles(void)
{
	struct timespec start, now;
	long elapsed;

	clock_gettime(CLOCK_MONOTONIC, &start);
	do {
		clock_gettime(CLOCK_MONOTONIC, &now);
		elapsed = (now.tv_sec - start.tv_sec) * 1000000000L +
			  (now.tv_nsec - start.tv_nsec);
	} while (elapsed < 1000);
}

/*
 * BCM2835 ARM Peripherals p. 101: write GPPUD, wait, clock the control
 * into the pin through GPPUDCLKn, wait, then remove both.
 */
static void set_pull_bcm2835(BCM2835_GPIO_Type *p, unsigned int pin,
			     BCM2835_GPIO_PUD_Enum pud)
{
	BCM2835_GPIO_GPPUD_write(p, BCM2835_GPIO_GPPUD_PUD_val(pud));
	wait_150_core_cycles();
	if (pin < 32u)
		BCM2835_GPIO_GPPUDCLK0_write(
		    p, BCM2835_GPIO_GPPUDCLK0_PUDCLK_val(pin, 1));
	else
		BCM2835_GPIO_GPPUDCLK1_write(
		    p, BCM2835_GPIO_GPPUDCLK1_PUDCLK_val(pin - 32u, 1));
	wait_150_core_cycles();
	BCM2835_GPIO_GPPUD_write(
	    p, BCM2835_GPIO_GPPUD_PUD_val(BCM2835_GPIO_PUD_OFF));
	if (pin < 32u)
		BCM2835_GPIO_GPPUDCLK0_write(p, 0);
	else
		BCM2835_GPIO_GPPUDCLK1_write(p, 0);
}

/* BCM2711: two bits per pin in GPIO_PUP_PDN_CNTRL_REGn, 1 = up, 2 = down. */
static void set_pull_bcm2711(BCM2711_GPIO_Type *p, unsigned int pin,
			     BCM2711_GPIO_RESISTOR_Enum resistor)
{
	uint32_t n = pin % 16u;

	switch (pin / 16u) {
	case 0:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG0_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor);
		break;
	case 1:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG1_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor);
		break;
	case 2:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG2_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor);
		break;
	default:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG3_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor);
		break;
	}
}

int svd_hal_bcm_gpio_set_pull(struct svd_hal_bcm_gpio *gpio, unsigned int pin,
			      enum svd_hal_pull pull)
{
	static const BCM2835_GPIO_PUD_Enum pud[] = {
	    [SVD_HAL_PULL_NONE] = BCM2835_GPIO_PUD_OFF,
	    [SVD_HAL_PULL_UP] = BCM2835_GPIO_PUD_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = BCM2835_GPIO_PUD_PULL_DOWN,
	};
	static const BCM2711_GPIO_RESISTOR_Enum resistor[] = {
	    [SVD_HAL_PULL_NONE] = BCM2711_GPIO_RESISTOR_NONE,
	    [SVD_HAL_PULL_UP] = BCM2711_GPIO_RESISTOR_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = BCM2711_GPIO_RESISTOR_PULL_DOWN,
	};

	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)pull > SVD_HAL_PULL_DOWN)
		return fail(gpio, EINVAL, "pull %d is not none, up or down",
			    (int)pull);
	if (gpio->bcm2711)
		set_pull_bcm2711(gpio->bcm2711, pin, resistor[pull]);
	else
		set_pull_bcm2835(gpio->bcm2835, pin, pud[pull]);
	return 0;
}

/* One detector enable bit on a BCM2835/2837. */
static void set_event_bcm2835(BCM2835_GPIO_Type *p, unsigned int pin,
			      enum svd_hal_bcm_event event, uint32_t on)
{
	uint32_t n = pin % 32u;
	int high_bank = pin >= 32u;

	switch (event) {
	case SVD_HAL_BCM_EVENT_RISING:
		if (high_bank)
			BCM2835_GPIO_GPREN1_REN_set(p, n, on);
		else
			BCM2835_GPIO_GPREN0_REN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_FALLING:
		if (high_bank)
			BCM2835_GPIO_GPFEN1_FEN_set(p, n, on);
		else
			BCM2835_GPIO_GPFEN0_FEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_HIGH:
		if (high_bank)
			BCM2835_GPIO_GPHEN1_HEN_set(p, n, on);
		else
			BCM2835_GPIO_GPHEN0_HEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_LOW:
		if (high_bank)
			BCM2835_GPIO_GPLEN1_LEN_set(p, n, on);
		else
			BCM2835_GPIO_GPLEN0_LEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_ASYNC_RISING:
		if (high_bank)
			BCM2835_GPIO_GPAREN1_AREN_set(p, n, on);
		else
			BCM2835_GPIO_GPAREN0_AREN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_ASYNC_FALLING:
		if (high_bank)
			BCM2835_GPIO_GPAFEN1_AFEN_set(p, n, on);
		else
			BCM2835_GPIO_GPAFEN0_AFEN_set(p, n, on);
		break;
	}
}

/* One detector enable bit on a BCM2711. */
static void set_event_bcm2711(BCM2711_GPIO_Type *p, unsigned int pin,
			      enum svd_hal_bcm_event event, uint32_t on)
{
	uint32_t n = pin % 32u;
	int high_bank = pin >= 32u;

	switch (event) {
	case SVD_HAL_BCM_EVENT_RISING:
		if (high_bank)
			BCM2711_GPIO_GPREN1_REN_set(p, n, on);
		else
			BCM2711_GPIO_GPREN0_REN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_FALLING:
		if (high_bank)
			BCM2711_GPIO_GPFEN1_FEN_set(p, n, on);
		else
			BCM2711_GPIO_GPFEN0_FEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_HIGH:
		if (high_bank)
			BCM2711_GPIO_GPHEN1_HEN_set(p, n, on);
		else
			BCM2711_GPIO_GPHEN0_HEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_LOW:
		if (high_bank)
			BCM2711_GPIO_GPLEN1_LEN_set(p, n, on);
		else
			BCM2711_GPIO_GPLEN0_LEN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_ASYNC_RISING:
		if (high_bank)
			BCM2711_GPIO_GPAREN1_AREN_set(p, n, on);
		else
			BCM2711_GPIO_GPAREN0_AREN_set(p, n, on);
		break;
	case SVD_HAL_BCM_EVENT_ASYNC_FALLING:
		if (high_bank)
			BCM2711_GPIO_GPAFEN1_AFEN_set(p, n, on);
		else
			BCM2711_GPIO_GPAFEN0_AFEN_set(p, n, on);
		break;
	}
}

int svd_hal_bcm_gpio_set_event(struct svd_hal_bcm_gpio *gpio, unsigned int pin,
			       enum svd_hal_bcm_event event, bool enable)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)event > SVD_HAL_BCM_EVENT_ASYNC_FALLING)
		return fail(gpio, EINVAL, "event detector %d does not exist",
			    (int)event);
	if (gpio->bcm2711)
		set_event_bcm2711(gpio->bcm2711, pin, event, enable ? 1u : 0u);
	else
		set_event_bcm2835(gpio->bcm2835, pin, event, enable ? 1u : 0u);
	return 0;
}

int svd_hal_bcm_gpio_read_event(struct svd_hal_bcm_gpio *gpio, unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if (gpio->bcm2711)
		return (int)(pin < 32u ? BCM2711_GPIO_GPEDS0_EDS_get(
					     gpio->bcm2711, pin)
				       : BCM2711_GPIO_GPEDS1_EDS_get(
					     gpio->bcm2711, pin - 32u));
	return (int)(pin < 32u ? BCM2835_GPIO_GPEDS0_EDS_get(gpio->bcm2835, pin)
			       : BCM2835_GPIO_GPEDS1_EDS_get(gpio->bcm2835,
							     pin - 32u));
}

/* GPEDSn is write-1-to-clear: write the one bit, never read-modify-write. */
int svd_hal_bcm_gpio_clear_event(struct svd_hal_bcm_gpio *gpio,
				 unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if (gpio->bcm2711) {
		if (pin < 32u)
			BCM2711_GPIO_GPEDS0_EDS_clear(gpio->bcm2711, pin);
		else
			BCM2711_GPIO_GPEDS1_EDS_clear(gpio->bcm2711, pin - 32u);
	} else {
		if (pin < 32u)
			BCM2835_GPIO_GPEDS0_EDS_clear(gpio->bcm2835, pin);
		else
			BCM2835_GPIO_GPEDS1_EDS_clear(gpio->bcm2835, pin - 32u);
	}
	return 0;
}

const char *svd_hal_bcm_gpio_get_device(const struct svd_hal_bcm_gpio *gpio)
{
	return gpio->device[0] ? gpio->device : "memory";
}

// SPDX-License-Identifier: MIT
/*
 * The one GPIO handle: open (detect or name the SoC, map its blocks), pin
 * names, and the checks every operation makes before it reaches the SoC's
 * table of operations (gpio-bcm283x.c, gpio-am335x.c, gpio-rk3288.c).
 */
#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Keep a message in the handle, set errno; always returns -1. */
int svd_hal_gpio_fail(struct svd_hal_gpio *gpio, int code, const char *format,
		      ...)
{
	va_list arguments;

	va_start(arguments, format);
	vsnprintf(gpio->error, sizeof(gpio->error), format, arguments);
	va_end(arguments);
	errno = code;
	return -1;
}

/* The table of a SoC, or NULL with the reason in err. */
static const struct svd_hal_gpio_ops *find_ops(enum svd_hal_soc soc,
					       struct svd_hal_error *err)
{
	switch (soc) {
	case SVD_HAL_SOC_BCM2835:
		return &svd_hal_bcm2835_ops;
	case SVD_HAL_SOC_BCM2837:
		return &svd_hal_bcm2837_ops;
	case SVD_HAL_SOC_BCM2711:
		return &svd_hal_bcm2711_ops;
	case SVD_HAL_SOC_AM335X:
		return &svd_hal_am335x_ops;
	case SVD_HAL_SOC_RK3288:
		return &svd_hal_rk3288_ops;
	case SVD_HAL_SOC_BCM2712:
		svd_hal_set_error(
		    err, ENODEV,
		    "a Raspberry Pi 5 (BCM2712) has its GPIO on the RP1 chip "
		    "behind PCIe, which this library does not drive; nothing "
		    "was mapped or written (use libgpiod)");
		return NULL;
	default:
		svd_hal_set_error(err, EINVAL, "unknown SoC");
		return NULL;
	}
}

/* The SoC's table from a name, or NULL with the reason in err. */
static const struct svd_hal_gpio_ops *ops_by_name(const char *name,
						  struct svd_hal_error *err)
{
	enum svd_hal_soc soc = svd_hal_soc_from_name(name);

	if (soc == SVD_HAL_SOC_UNKNOWN) {
		svd_hal_set_error(err, EINVAL,
				  "unknown SoC '%s': the library drives "
				  "bcm2835, bcm2837, bcm2711, am335x and "
				  "rk3288; for another, map its registers "
				  "with svd_hal_map_open() and use the "
				  "generated accessors (doc/porting.md)",
				  name ? name : "");
		return NULL;
	}
	return find_ops(soc, err);
}

static struct svd_hal_gpio *new_handle(const struct svd_hal_gpio_ops *ops,
				       struct svd_hal_error *err)
{
	struct svd_hal_gpio *gpio = calloc(1, sizeof(*gpio));
	unsigned int bank;

	if (!gpio) {
		svd_hal_set_error(err, ENOMEM, "out of memory");
		return NULL;
	}
	gpio->ops = ops;
	for (bank = 0; bank < ops->bank_count && !ops->check_bank; bank++)
		gpio->usable[bank] = ops->bank_pins[bank];
	return gpio;
}

int svd_hal_gpio_open_memory(const char *soc, svd_hal_locate_fn *locate,
			     void *context, struct svd_hal_gpio **gpio,
			     struct svd_hal_error *err)
{
	const struct svd_hal_gpio_ops *ops;
	struct svd_hal_gpio *handle;
	unsigned int i;

	if (!locate || !gpio)
		return svd_hal_set_error(err, EINVAL, "nothing to open");
	ops = ops_by_name(soc, err);
	if (!ops)
		return -1;
	handle = new_handle(ops, err);
	if (!handle)
		return -1;
	for (i = 0; i < ops->block_count; i++) {
		handle->block[i] = locate(context, ops->blocks[i].address,
					  ops->blocks[i].length);
		if (!handle->block[i]) {
			free(handle);
			return svd_hal_set_error(
			    err, EINVAL,
			    "no memory given for the block at 0x%llx",
			    (unsigned long long)ops->blocks[i].address);
		}
	}
	*gpio = handle;
	return 0;
}

/* Map every block of the SoC; block 0 of a Pi through gpiomem or devmem. */
static int map_blocks(struct svd_hal_gpio *gpio,
		      const struct svd_hal_gpio_config *config,
		      struct svd_hal_error *err)
{
	const struct svd_hal_paths *paths = config ? &config->paths : NULL;
	const struct svd_hal_gpio_ops *ops = gpio->ops;
	struct svd_hal_error fallback;
	const char *device = svd_hal_devmem_path(paths);
	bool gpiomem_named = paths && paths->gpiomem;
	bool devmem_named = paths && paths->devmem;
	unsigned int i = 0;

	/* Paths in the config take precedence over the environment. */
	if (!gpiomem_named && !devmem_named) {
		gpiomem_named = svd_hal_gpiomem_named(paths);
		devmem_named = svd_hal_devmem_named(paths);
	}
	/*
	 * Only a Raspberry Pi has /dev/gpiomem. A stand-in named for it alone
	 * on another SoC is refused: mapping the real /dev/mem instead would
	 * replace the file the user named.
	 */
	if (!ops->gpiomem && gpiomem_named && !devmem_named)
		return svd_hal_set_error(
		    err, EINVAL,
		    "%s has no /dev/gpiomem, so the gpiomem path named (%s) "
		    "cannot stand in for it; name the /dev/mem stand-in "
		    "instead "
		    "(--mem FILE, SVD_HAL_DEVMEM)",
		    svd_hal_soc_name(ops->soc), svd_hal_gpiomem_path(paths));
	if (ops->gpiomem) {
		if (svd_hal_map_gpio_block(paths, config && config->use_devmem,
					   gpiomem_named, devmem_named,
					   ops->blocks[0].address,
					   ops->blocks[0].length, &gpio->map[0],
					   &device, &fallback, err) < 0)
			return -1;
		snprintf(gpio->error, sizeof(gpio->error), "%s",
			 fallback.message);
		i = 1;
	}
	for (; i < ops->block_count; i++)
		if (svd_hal_map_open(
			paths, SVD_HAL_DEVICE_DEVMEM, ops->blocks[i].address,
			ops->blocks[i].length, &gpio->map[i], err) < 0)
			return -1;
	for (i = 0; i < ops->block_count; i++)
		gpio->block[i] = svd_hal_map_pointer(gpio->map[i]);
	snprintf(gpio->device, sizeof(gpio->device), "%s", device);
	return 0;
}

int svd_hal_gpio_open(const struct svd_hal_gpio_config *config,
		      struct svd_hal_gpio **gpio, struct svd_hal_error *err)
{
	const struct svd_hal_gpio_ops *ops;
	struct svd_hal_board board;
	struct svd_hal_gpio *handle;
	int code;

	if (!gpio)
		return svd_hal_set_error(err, EINVAL, "no handle to fill");
	if (config && config->soc) {
		ops = ops_by_name(config->soc, err);
	} else {
		if (svd_hal_detect_board(config ? &config->paths : NULL, &board,
					 err) < 0)
			return -1;
		ops = find_ops(board.soc, err);
	}
	if (!ops)
		return -1;
	handle = new_handle(ops, err);
	if (!handle)
		return -1;
	if (map_blocks(handle, config, err) < 0) {
		code = errno;
		svd_hal_gpio_close(handle);
		errno = code;
		return -1;
	}
	*gpio = handle;
	return 0;
}

void svd_hal_gpio_close(struct svd_hal_gpio *gpio)
{
	unsigned int i;

	if (!gpio)
		return;
	for (i = 0; i < SVD_HAL_MAX_BLOCKS; i++)
		svd_hal_map_close(gpio->map[i]);
	free(gpio);
}

const char *svd_hal_gpio_get_soc(const struct svd_hal_gpio *gpio)
{
	return svd_hal_soc_name(gpio->ops->soc);
}

const char *svd_hal_gpio_get_device(const struct svd_hal_gpio *gpio)
{
	return gpio->device[0] ? gpio->device : "memory";
}

const char *svd_hal_gpio_get_error(const struct svd_hal_gpio *gpio)
{
	return gpio->error;
}

unsigned int svd_hal_gpio_get_bank_count(const struct svd_hal_gpio *gpio)
{
	return gpio->ops->bank_count;
}

unsigned int svd_hal_gpio_get_pin_count(const struct svd_hal_gpio *gpio)
{
	unsigned int last = gpio->ops->bank_count - 1;
	uint32_t pins = gpio->ops->bank_pins[last];
	unsigned int count = 0;

	while (count < 32 && (pins >> count))
		count++;
	return last * 32u + count;
}

/* Reject a bank the SoC does not have, or one not usable yet. */
static int check_bank(struct svd_hal_gpio *gpio, unsigned int bank)
{
	if (bank >= gpio->ops->bank_count)
		return svd_hal_gpio_fail(
		    gpio, EINVAL,
		    "GPIO bank %u does not exist: the %s has "
		    "banks 0-%u",
		    bank, svd_hal_gpio_get_soc(gpio),
		    gpio->ops->bank_count - 1);
	if (gpio->usable[bank])
		return 0;
	if (gpio->ops->check_bank(gpio, bank) < 0)
		return -1;
	gpio->usable[bank] = gpio->ops->bank_pins[bank];
	return 0;
}

/* Reject a pin the SoC does not have, before anything is written. */
static int check_pin_slowly(struct svd_hal_gpio *gpio, unsigned int pin)
{
	unsigned int bank = pin / 32u;

	if (bank >= gpio->ops->bank_count ||
	    !(gpio->ops->bank_pins[bank] >> (pin % 32u) & 1u))
		return svd_hal_gpio_fail(
		    gpio, EINVAL,
		    "GPIO %u (GPIO%u_%u) does not exist on the %s", pin, bank,
		    pin % 32u, svd_hal_gpio_get_soc(gpio));
	return check_bank(gpio, bank);
}

/* The fast path: one test of a mask for a pin seen usable before. */
static inline bool pin_usable(const struct svd_hal_gpio *gpio, unsigned int pin)
{
	return pin < 16u * 32u && gpio->usable[pin / 32u] >> (pin % 32u) & 1u;
}

static inline int check_pin(struct svd_hal_gpio *gpio, unsigned int pin)
{
	return pin_usable(gpio, pin) ? 0 : check_pin_slowly(gpio, pin);
}

/*
 * Drive one pin, the first time for its bank or for a bad pin: kept out
 * of line so that set_pin and clear_pin are a test and a jump.
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static int
write_pin_slowly(struct svd_hal_gpio *gpio, unsigned int pin, bool high)
{
	if (check_pin_slowly(gpio, pin) < 0)
		return -1;
	return gpio->ops->write_mask(gpio, pin / 32u, 1u << (pin % 32u), high);
}

/* Reject mask bits for pins past a bank's last, before any write. */
static int check_mask(struct svd_hal_gpio *gpio, unsigned int bank,
		      uint32_t mask)
{
	uint32_t valid;

	if (check_bank(gpio, bank) < 0)
		return -1;
	valid = gpio->ops->bank_pins[bank];
	if (mask & ~valid)
		return svd_hal_gpio_fail(
		    gpio, EINVAL,
		    "mask 0x%08x for bank %u names GPIOs the %s does not "
		    "have (valid bits 0x%08x)",
		    mask, bank, svd_hal_gpio_get_soc(gpio), valid);
	return 0;
}

static int not_supported(struct svd_hal_gpio *gpio, const char *what)
{
	return svd_hal_gpio_fail(gpio, ENOTSUP, "the %s has no %s",
				 svd_hal_gpio_get_soc(gpio), what);
}

/* Read "GPIO<bank>_<bit>" or "GPIO<bank>_<port letter><index>". */
static int parse_bank_name(const char *name, unsigned int *pin)
{
	unsigned long bank, bit;
	char *end;

	if (strncmp(name, "GPIO", 4) != 0 && strncmp(name, "gpio", 4) != 0)
		return -1;
	if (!isdigit((unsigned char)name[4]))
		return -1;
	bank = strtoul(name + 4, &end, 10);
	if (*end != '_' || bank > 64)
		return -1;
	end++;
	if (isalpha((unsigned char)end[0])) {
		int port = toupper((unsigned char)end[0]) - 'A';

		if (port < 0 || port > 3 || end[1] < '0' || end[1] > '7' ||
		    end[2] != '\0')
			return -1;
		bit = (unsigned long)port * 8u + (unsigned long)(end[1] - '0');
	} else {
		if (!isdigit((unsigned char)end[0]))
			return -1;
		bit = strtoul(end, &end, 10);
		if (*end != '\0' || bit > 31)
			return -1;
	}
	*pin = (unsigned int)(bank * 32u + bit);
	return 0;
}

int svd_hal_gpio_parse_pin(struct svd_hal_gpio *gpio, const char *name,
			   unsigned int *pin)
{
	unsigned long number;
	char *end;
	int ok;

	if (!name || !pin) {
		errno = EINVAL;
		return -1;
	}
	if (isdigit((unsigned char)name[0])) {
		errno = 0;
		number = strtoul(name, &end, 10);
		ok = errno == 0 && *end == '\0' && number < 65536;
		if (ok)
			*pin = (unsigned int)number;
	} else {
		ok = parse_bank_name(name, pin) == 0;
	}
	if (!ok) {
		if (gpio)
			return svd_hal_gpio_fail(
			    gpio, EINVAL,
			    "'%s' is not a pin name: write a number (17), "
			    "GPIO<bank>_<bit> (GPIO1_21) or "
			    "GPIO<bank>_<port><pin> (GPIO5_B4)",
			    name);
		errno = EINVAL;
		return -1;
	}
	if (!gpio)
		return 0;
	if (*pin / 32u >= gpio->ops->bank_count ||
	    !(gpio->ops->bank_pins[*pin / 32u] >> (*pin % 32u) & 1u))
		return svd_hal_gpio_fail(
		    gpio, EINVAL, "%s (GPIO %u) does not exist on the %s", name,
		    *pin, svd_hal_gpio_get_soc(gpio));
	return 0;
}

int svd_hal_gpio_enable_bank(struct svd_hal_gpio *gpio, unsigned int bank)
{
	if (bank >= gpio->ops->bank_count)
		return check_bank(gpio, bank);
	if (!gpio->ops->enable_bank)
		return 0; /* clocked all the time */
	if (gpio->ops->enable_bank(gpio, bank) < 0)
		return -1;
	gpio->usable[bank] = gpio->ops->bank_pins[bank];
	return 0;
}

int svd_hal_gpio_set_direction(struct svd_hal_gpio *gpio, unsigned int pin,
			       enum svd_hal_direction direction)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)direction > SVD_HAL_OUTPUT)
		return svd_hal_gpio_fail(gpio, EINVAL,
					 "direction %d is not input or output",
					 (int)direction);
	return gpio->ops->set_direction(gpio, pin, direction);
}

int svd_hal_gpio_set_pin(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (!pin_usable(gpio, pin))
		return write_pin_slowly(gpio, pin, true);
	return gpio->ops->write_mask(gpio, pin / 32u, 1u << (pin % 32u), true);
}

int svd_hal_gpio_clear_pin(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (!pin_usable(gpio, pin))
		return write_pin_slowly(gpio, pin, false);
	return gpio->ops->write_mask(gpio, pin / 32u, 1u << (pin % 32u), false);
}

int svd_hal_gpio_read_pin(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (check_pin(gpio, pin) < 0)
		return -1;
	return (int)(gpio->ops->read_mask(gpio, pin / 32u) >> (pin % 32u) & 1u);
}

int svd_hal_gpio_set_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			  uint32_t mask)
{
	if (check_mask(gpio, bank, mask) < 0)
		return -1;
	return gpio->ops->write_mask(gpio, bank, mask, true);
}

int svd_hal_gpio_clear_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			    uint32_t mask)
{
	if (check_mask(gpio, bank, mask) < 0)
		return -1;
	return gpio->ops->write_mask(gpio, bank, mask, false);
}

int svd_hal_gpio_read_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			   uint32_t *levels)
{
	if (check_mask(gpio, bank, 0) < 0)
		return -1;
	*levels = gpio->ops->read_mask(gpio, bank) & gpio->ops->bank_pins[bank];
	return 0;
}

int svd_hal_gpio_set_bias(struct svd_hal_gpio *gpio, unsigned int pin,
			  enum svd_hal_pull pull)
{
	if (!gpio->ops->set_bias)
		return not_supported(
		    gpio, "user-space pull control (pads are set by the "
			  "kernel's pinctrl: a device-tree overlay or "
			  "config-pin)");
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)pull > SVD_HAL_PULL_DOWN)
		return svd_hal_gpio_fail(
		    gpio, EINVAL, "pull %d is not none, up or down", (int)pull);
	return gpio->ops->set_bias(gpio, pin, pull);
}

int svd_hal_gpio_set_event(struct svd_hal_gpio *gpio, unsigned int pin,
			   enum svd_hal_event event, bool enable)
{
	if (!gpio->ops->set_event)
		return not_supported(gpio, "event detectors in this library");
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)event > SVD_HAL_EVENT_ASYNC_FALLING)
		return svd_hal_gpio_fail(gpio, EINVAL,
					 "event detector %d does not exist",
					 (int)event);
	return gpio->ops->set_event(gpio, pin, event, enable);
}

int svd_hal_gpio_read_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (!gpio->ops->read_event)
		return not_supported(gpio, "event detectors in this library");
	if (check_pin(gpio, pin) < 0)
		return -1;
	return gpio->ops->read_event(gpio, pin);
}

int svd_hal_gpio_clear_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (!gpio->ops->clear_event)
		return not_supported(gpio, "event detectors in this library");
	if (check_pin(gpio, pin) < 0)
		return -1;
	gpio->ops->clear_event(gpio, pin);
	return 0;
}

int svd_hal_gpio_bcm_set_function(struct svd_hal_gpio *gpio, unsigned int pin,
				  enum svd_hal_bcm_function function)
{
	if (!gpio->ops->bcm_set_function)
		return not_supported(gpio, "BCM283x function select");
	if (check_pin(gpio, pin) < 0)
		return -1;
	if ((unsigned int)function > 7u)
		return svd_hal_gpio_fail(gpio, EINVAL, "function %d is not 0-7",
					 (int)function);
	return gpio->ops->bcm_set_function(gpio, pin, function);
}

int svd_hal_gpio_bcm_get_function(struct svd_hal_gpio *gpio, unsigned int pin)
{
	if (!gpio->ops->bcm_get_function)
		return not_supported(gpio, "BCM283x function select");
	if (check_pin(gpio, pin) < 0)
		return -1;
	return gpio->ops->bcm_get_function(gpio, pin);
}

int svd_hal_gpio_am335x_read_pad_mode(struct svd_hal_gpio *gpio,
				      unsigned int pin)
{
	if (!gpio->ops->am335x_read_pad_mode)
		return not_supported(gpio, "AM335x pad control");
	if (pin / 32u >= gpio->ops->bank_count)
		return check_pin(gpio, pin);
	return gpio->ops->am335x_read_pad_mode(gpio, pin);
}

int svd_hal_gpio_rk3288_set_iomux(struct svd_hal_gpio *gpio, unsigned int pin,
				  unsigned int function)
{
	if (!gpio->ops->rk3288_set_iomux)
		return not_supported(gpio, "RK3288 pin mux");
	if (check_pin(gpio, pin) < 0)
		return -1;
	return gpio->ops->rk3288_set_iomux(gpio, pin, function);
}

/* SPDX-License-Identifier: MIT */
/* Command-line handling shared by the examples. */
#ifndef EXAMPLES_COMMON_H
#define EXAMPLES_COMMON_H

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svd-hal.h"

#define MAX_PINS 16

/* The options every example takes, for its --help. */
#define COMMON_OPTIONS_HELP                                                    \
	"  --mem FILE      map FILE instead of /dev/mem: an ordinary file\n"   \
	"                  standing in for physical memory (registers at "     \
	"their\n"                                                              \
	"                  physical addresses; make it sparse)\n"              \
	"  --soc NAME      bcm2835, bcm2837, bcm2711, am335x or rk3288,\n"     \
	"                  instead of reading the device tree\n"               \
	"  --help          show this help\n"

struct example_options {
	unsigned long iterations;
	unsigned long delay_ms;
	const char *mem;
	const char *soc;
	const char *pins[MAX_PINS]; /* --pin, in order */
	unsigned int pin_count;
};

/* Parse a non-negative decimal number; false if it is not one. */
static int parse_number(const char *text, unsigned long *value)
{
	char *end;

	if (!text || *text < '0' || *text > '9')
		return 0;
	errno = 0;
	*value = strtoul(text, &end, 10);
	return errno == 0 && *end == '\0';
}

/* The SoC names the library knows. */
static int known_soc(const char *text)
{
	static const char *const socs[] = {"bcm2835", "bcm2837", "bcm2711",
					   "am335x", "rk3288"};
	size_t i;

	for (i = 0; text && i < sizeof(socs) / sizeof(socs[0]); i++)
		if (strcmp(text, socs[i]) == 0)
			return 1;
	return 0;
}

/*
 * Parse --iterations N, --delay MS, --mem FILE, --soc NAME, --pin NAME
 * (repeatable) and --help. Returns 0 to go on, 1 when help was printed,
 * 2 on a usage error.
 */
static int parse_options(int argc, char **argv, const char *usage,
			 struct example_options *options)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *value = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			fputs(usage, stdout);
			return 1;
		} else if (strcmp(argv[i], "--iterations") == 0) {
			if (!parse_number(value, &options->iterations))
				goto err_value;
			i++;
		} else if (strcmp(argv[i], "--delay") == 0) {
			if (!parse_number(value, &options->delay_ms))
				goto err_value;
			i++;
		} else if (strcmp(argv[i], "--mem") == 0) {
			if (!value || !*value)
				goto err_value;
			options->mem = value;
			i++;
		} else if (strcmp(argv[i], "--soc") == 0) {
			if (!known_soc(value))
				goto err_value;
			options->soc = value;
			i++;
		} else if (strcmp(argv[i], "--pin") == 0) {
			if (!value || svd_hal_gpio_parse_pin(
					  NULL, value, &(unsigned int){0}) < 0)
				goto err_value;
			if (options->pin_count == MAX_PINS) {
				fprintf(stderr, "%s: at most %d --pin\n",
					argv[0], MAX_PINS);
				return 2;
			}
			options->pins[options->pin_count++] = value;
			i++;
		} else {
			fprintf(stderr, "%s: unknown option '%s'\n%s", argv[0],
				argv[i], usage);
			return 2;
		}
	}
	return 0;

err_value:
	fprintf(stderr, "%s: %s needs a valid value\n%s", argv[0], argv[i],
		usage);
	return 2;
}

/*
 * Open the board's GPIO: --mem FILE stands in for /dev/mem (registers at
 * their physical addresses) and is used or refused, never replaced.
 */
static struct svd_hal_gpio *open_gpio(const char *program,
				      const struct example_options *options)
{
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;

	memset(&config, 0, sizeof(config));
	config.paths.devmem = options->mem;
	config.soc = options->soc;
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0) {
		fprintf(stderr, "%s: %s\n", program, err.message);
		return NULL;
	}
	printf("%s: GPIO of a %s mapped from %s\n", program,
	       svd_hal_gpio_get_soc(gpio), svd_hal_gpio_get_device(gpio));
	if (*svd_hal_gpio_get_error(gpio))
		printf("%s: %s\n", program, svd_hal_gpio_get_error(gpio));
	return gpio;
}

/* A pin as the board's documentation names it. */
static const char *pin_name(struct svd_hal_gpio *gpio, unsigned int pin,
			    char *buffer, size_t size)
{
	const char *soc = svd_hal_gpio_get_soc(gpio);

	if (strcmp(soc, "rk3288") == 0)
		snprintf(buffer, size, "GPIO%u_%c%u", pin / 32u,
			 'A' + pin % 32u / 8u, pin % 8u);
	else if (strcmp(soc, "am335x") == 0)
		snprintf(buffer, size, "GPIO%u_%u", pin / 32u, pin % 32u);
	else
		snprintf(buffer, size, "GPIO %u", pin);
	return buffer;
}

/*
 * Make a pin usable as a GPIO: its bank's clock on, and on an RK3288 its
 * pin mux set to GPIO; report the AM335x pad mode, which user space can
 * only read. Extras a SoC lacks fail with ENOTSUP and are skipped.
 */
static int claim_pin(const char *program, struct svd_hal_gpio *gpio,
		     unsigned int pin)
{
	char name[32];
	int mode;

	pin_name(gpio, pin, name, sizeof(name));
	if (svd_hal_gpio_enable_bank(gpio, pin / 32u) < 0)
		return -1;
	if (svd_hal_gpio_rk3288_set_iomux(gpio, pin,
					  SVD_HAL_RK3288_IOMUX_GPIO) == 0)
		printf("%s: pin mux set to GPIO\n", name);
	else if (errno != ENOTSUP)
		return -1;
	mode = svd_hal_gpio_am335x_read_pad_mode(gpio, pin);
	if (mode >= 0)
		printf("%s: pad mode %d%s\n", name, mode,
		       mode == 7 ? " (GPIO)"
				 : "; mode 7 (GPIO) needs a kernel driver "
				   "(config-pin or a device-tree overlay)");
	else if (errno != ENOTSUP)
		printf("%s: %s\n", name, svd_hal_gpio_get_error(gpio));
	(void)program;
	return 0;
}

/* Sleep between steps so that a blink can be seen. */
static void sleep_ms(unsigned long milliseconds)
{
	struct timespec pause;

	pause.tv_sec = (time_t)(milliseconds / 1000);
	pause.tv_nsec = (long)(milliseconds % 1000) * 1000000L;
	while (nanosleep(&pause, &pause) < 0 && errno == EINTR)
		;
}

#endif /* EXAMPLES_COMMON_H */

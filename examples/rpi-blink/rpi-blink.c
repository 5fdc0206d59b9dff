// SPDX-License-Identifier: MIT
/*
 * Make GPIO 7 to 11 of a Raspberry Pi outputs and flash them in turn,
 * through /dev/gpiomem (no root needed).
 */
#include "../common.h"

static const char usage[] =
    "Usage: rpi-blink [OPTION]...\n"
    "Make GPIO 7-11 outputs and flash them in turn.\n"
    "\n"
    "  --iterations N  flash the row N times (default 3)\n"
    "  --delay MS      milliseconds each GPIO stays on (default 200)\n"
    "  --mem FILE      map FILE instead of /dev/gpiomem: an ordinary file\n"
    "                  standing in for the GPIO block, at offset 0\n"
    "  --soc NAME      bcm2835, bcm2837 or bcm2711, instead of reading\n"
    "                  the device tree\n"
    "  --help          show this help\n";

#define FIRST_PIN 7u
#define LAST_PIN 11u

/* Make the pins outputs, driven low. */
static int set_up_pins(struct svd_hal_bcm_gpio *gpio)
{
	unsigned int pin;

	for (pin = FIRST_PIN; pin <= LAST_PIN; pin++) {
		if (svd_hal_bcm_gpio_set_function(gpio, pin,
						  SVD_HAL_BCM_OUTPUT) < 0 ||
		    svd_hal_bcm_gpio_clear_pin(gpio, pin) < 0)
			return -1;
		printf("GPIO %u: output, low\n", pin);
	}
	return 0;
}

/* Flash each pin in turn, iterations times. */
static int flash_pins(struct svd_hal_bcm_gpio *gpio,
		      const struct example_options *options)
{
	unsigned long round;
	unsigned int pin;

	for (round = 0; round < options->iterations; round++) {
		for (pin = FIRST_PIN; pin <= LAST_PIN; pin++) {
			if (svd_hal_bcm_gpio_set_pin(gpio, pin) < 0)
				return -1;
			printf("round %lu: GPIO %u on\n", round + 1, pin);
			fflush(stdout);
			sleep_ms(options->delay_ms);
			if (svd_hal_bcm_gpio_clear_pin(gpio, pin) < 0)
				return -1;
			printf("round %lu: GPIO %u off\n", round + 1, pin);
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct example_options options = {3, 200, NULL, SVD_HAL_SOC_UNKNOWN};
	struct svd_hal_config config = {
	    {NULL, NULL, NULL, NULL}, SVD_HAL_SOC_UNKNOWN, false};
	struct svd_hal_bcm_gpio *gpio;
	struct svd_hal_error err;
	int status;

	status = parse_options(argc, argv, usage, &options);
	if (status)
		return status == 1 ? 0 : 2;
	config.paths.gpiomem = options.mem;
	config.soc = options.soc;
	if (svd_hal_bcm_gpio_open(&config, &gpio, &err) < 0) {
		fprintf(stderr, "rpi-blink: %s\n", err.message);
		return 1;
	}
	printf("rpi-blink: GPIO block of a %s mapped from %s\n",
	       svd_hal_soc_name(svd_hal_bcm_gpio_get_soc(gpio)),
	       svd_hal_bcm_gpio_get_device(gpio));
	if (set_up_pins(gpio) < 0 || flash_pins(gpio, &options) < 0) {
		fprintf(stderr, "rpi-blink: %s\n",
			svd_hal_bcm_gpio_get_error(gpio));
		svd_hal_bcm_gpio_close(gpio);
		return 1;
	}
	svd_hal_bcm_gpio_close(gpio);
	printf("rpi-blink: done\n");
	return 0;
}

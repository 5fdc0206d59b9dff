// SPDX-License-Identifier: MIT
/*
 * Mirror the level of GPIO 3 (a button to ground; the pin has a pull-up)
 * onto GPIO 4 (an LED), through /dev/gpiomem (no root needed).
 */
#include "../common.h"

static const char usage[] =
    "Usage: rpi-button-led [OPTION]...\n"
    "Copy the level of input GPIO 3 to output GPIO 4, N times.\n"
    "\n"
    "  --iterations N  samples to take (default 100)\n"
    "  --delay MS      milliseconds between samples (default 50)\n"
    "  --mem FILE      map FILE instead of /dev/gpiomem: an ordinary file\n"
    "                  standing in for the GPIO block, at offset 0\n"
    "  --soc NAME      bcm2835, bcm2837 or bcm2711, instead of reading\n"
    "                  the device tree\n"
    "  --help          show this help\n";

#define BUTTON_PIN 3u
#define LED_PIN 4u

/* GPIO 3 an input with its pull-up, GPIO 4 an output. */
static int set_up_pins(struct svd_hal_bcm_gpio *gpio)
{
	if (svd_hal_bcm_gpio_set_function(gpio, BUTTON_PIN, SVD_HAL_BCM_INPUT) <
		0 ||
	    svd_hal_bcm_gpio_set_pull(gpio, BUTTON_PIN, SVD_HAL_PULL_UP) < 0)
		return -1;
	printf("GPIO %u: input, pull-up\n", BUTTON_PIN);
	if (svd_hal_bcm_gpio_set_function(gpio, LED_PIN, SVD_HAL_BCM_OUTPUT) <
	    0)
		return -1;
	printf("GPIO %u: output\n", LED_PIN);
	return 0;
}

/* Sample the button and drive the LED to match, iterations times. */
static int mirror_button(struct svd_hal_bcm_gpio *gpio,
			 const struct example_options *options)
{
	unsigned long sample;
	int level;

	for (sample = 0; sample < options->iterations; sample++) {
		level = svd_hal_bcm_gpio_read_pin(gpio, BUTTON_PIN);
		if (level < 0)
			return -1;
		if ((level ? svd_hal_bcm_gpio_set_pin(gpio, LED_PIN)
			   : svd_hal_bcm_gpio_clear_pin(gpio, LED_PIN)) < 0)
			return -1;
		printf("sample %lu: GPIO %u = %d, GPIO %u %s\n", sample + 1,
		       BUTTON_PIN, level, LED_PIN, level ? "on" : "off");
		fflush(stdout);
		sleep_ms(options->delay_ms);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct example_options options = {100, 50, NULL, SVD_HAL_SOC_UNKNOWN};
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
		fprintf(stderr, "rpi-button-led: %s\n", err.message);
		return 1;
	}
	printf("rpi-button-led: GPIO block of a %s mapped from %s\n",
	       svd_hal_soc_name(svd_hal_bcm_gpio_get_soc(gpio)),
	       svd_hal_bcm_gpio_get_device(gpio));
	if (set_up_pins(gpio) < 0 || mirror_button(gpio, &options) < 0) {
		fprintf(stderr, "rpi-button-led: %s\n",
			svd_hal_bcm_gpio_get_error(gpio));
		svd_hal_bcm_gpio_close(gpio);
		return 1;
	}
	svd_hal_bcm_gpio_close(gpio);
	printf("rpi-button-led: done\n");
	return 0;
}

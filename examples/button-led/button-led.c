// SPDX-License-Identifier: MIT
/*
 * Mirror the level of an input (a button to ground, with the pin's
 * pull-up where the SoC lets user space set it) onto an output (an LED),
 * on any board the library drives. Without --pin: input GPIO 3, output
 * GPIO 4 on a Raspberry Pi.
 */
#include "../common.h"

static const char usage[] =
    "Usage: button-led [OPTION]...\n"
    "Copy the level of an input pin to an output pin, N times.\n"
    "\n"
    "  --pin NAME      twice: the input, then the output, as the board\n"
    "                  names them (17, GPIO1_21, GPIO5_B4); default on a\n"
    "                  Pi: --pin 3 --pin 4\n"
    "  --iterations N  samples to take (default 100)\n"
    "  --delay MS      milliseconds between samples (default "
    "50)\n" COMMON_OPTIONS_HELP;

/* The input with its pull-up (where there is one), the output. */
static int set_up_pins(struct svd_hal_gpio *gpio, unsigned int button,
		       unsigned int led)
{
	char name[32];

	pin_name(gpio, button, name, sizeof(name));
	if (claim_pin("button-led", gpio, button) < 0 ||
	    svd_hal_gpio_set_direction(gpio, button, SVD_HAL_INPUT) < 0)
		return -1;
	if (svd_hal_gpio_set_bias(gpio, button, SVD_HAL_PULL_UP) == 0)
		printf("%s: input, pull-up\n", name);
	else if (errno == ENOTSUP)
		printf("%s: input (%s)\n", name, svd_hal_gpio_get_error(gpio));
	else
		return -1;
	if (claim_pin("button-led", gpio, led) < 0 ||
	    svd_hal_gpio_set_direction(gpio, led, SVD_HAL_OUTPUT) < 0)
		return -1;
	printf("%s: output\n", pin_name(gpio, led, name, sizeof(name)));
	return 0;
}

/* Sample the button and drive the LED to match, iterations times. */
static int mirror_button(struct svd_hal_gpio *gpio, unsigned int button,
			 unsigned int led,
			 const struct example_options *options)
{
	char button_name[32], led_name[32];
	unsigned long sample;
	int level;

	pin_name(gpio, button, button_name, sizeof(button_name));
	pin_name(gpio, led, led_name, sizeof(led_name));
	for (sample = 0; sample < options->iterations; sample++) {
		level = svd_hal_gpio_read_pin(gpio, button);
		if (level < 0)
			return -1;
		if ((level ? svd_hal_gpio_set_pin(gpio, led)
			   : svd_hal_gpio_clear_pin(gpio, led)) < 0)
			return -1;
		printf("sample %lu: %s = %d, %s %s\n", sample + 1, button_name,
		       level, led_name, level ? "on" : "off");
		fflush(stdout);
		sleep_ms(options->delay_ms);
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct example_options options = {100, 50, NULL, NULL, {NULL}, 0};
	struct svd_hal_gpio *gpio;
	unsigned int button = 3, led = 4;
	int status;

	status = parse_options(argc, argv, usage, &options);
	if (status)
		return status == 1 ? 0 : 2;
	if (options.pin_count != 0 && options.pin_count != 2) {
		fprintf(stderr, "button-led: give --pin twice (input, output) "
				"or not at all\n");
		return 2;
	}
	gpio = open_gpio("button-led", &options);
	if (!gpio)
		return 1;
	if (options.pin_count == 0 &&
	    strncmp(svd_hal_gpio_get_soc(gpio), "bcm", 3) != 0) {
		fprintf(stderr,
			"button-led: on a %s, name the input and the "
			"output: --pin IN --pin OUT\n",
			svd_hal_gpio_get_soc(gpio));
		svd_hal_gpio_close(gpio);
		return 2;
	}
	if ((options.pin_count == 2 &&
	     (svd_hal_gpio_parse_pin(gpio, options.pins[0], &button) < 0 ||
	      svd_hal_gpio_parse_pin(gpio, options.pins[1], &led) < 0)) ||
	    set_up_pins(gpio, button, led) < 0 ||
	    mirror_button(gpio, button, led, &options) < 0) {
		fprintf(stderr, "button-led: %s\n",
			svd_hal_gpio_get_error(gpio));
		svd_hal_gpio_close(gpio);
		return 1;
	}
	svd_hal_gpio_close(gpio);
	printf("button-led: done\n");
	return 0;
}

// SPDX-License-Identifier: MIT
/*
 * Blink pins on any board the library drives, through the one GPIO
 * handle. Without --pin: GPIO 7 to 11 in turn on a Raspberry Pi, GPIO2_7
 * (P8_46) and the four USR LEDs (GPIO1_21 to GPIO1_24) on a BeagleBone
 * Black, GPIO5_B4 on a Tinker Board.
 */
#include "../common.h"

static const char usage[] =
    "Usage: blink [OPTION]...\n"
    "Make pins outputs and flash them in turn.\n"
    "\n"
    "  --pin NAME      a pin to flash, as the board names it: 17,\n"
    "                  GPIO1_21, GPIO5_B4 (repeatable; default: GPIO 7-11\n"
    "                  on a Pi, GPIO2_7 and GPIO1_21-24 on a BeagleBone,\n"
    "                  GPIO5_B4 on a Tinker Board)\n"
    "  --iterations N  flash the row N times (default 3)\n"
    "  --delay MS      milliseconds each pin stays on (default "
    "200)\n" COMMON_OPTIONS_HELP;

/* The pins a board's original example flashed. */
static unsigned int default_pins(struct svd_hal_gpio *gpio, unsigned int *pins)
{
	const char *soc = svd_hal_gpio_get_soc(gpio);
	unsigned int count = 0, pin;

	if (strcmp(soc, "am335x") == 0) {
		pins[count++] = 2 * 32 + 7;
		for (pin = 21; pin <= 24; pin++)
			pins[count++] = 1 * 32 + pin;
	} else if (strcmp(soc, "rk3288") == 0) {
		pins[count++] = 5 * 32 + 12; /* GPIO5_B4 */
	} else {
		for (pin = 7; pin <= 11; pin++)
			pins[count++] = pin;
	}
	return count;
}

/* Make the pins outputs, driven low. */
static int set_up_pins(struct svd_hal_gpio *gpio, const unsigned int *pins,
		       unsigned int count)
{
	char name[32];
	unsigned int i;

	for (i = 0; i < count; i++) {
		if (claim_pin("blink", gpio, pins[i]) < 0 ||
		    svd_hal_gpio_set_direction(gpio, pins[i], SVD_HAL_OUTPUT) <
			0 ||
		    svd_hal_gpio_clear_pin(gpio, pins[i]) < 0)
			return -1;
		printf("%s: output, low\n",
		       pin_name(gpio, pins[i], name, sizeof(name)));
	}
	return 0;
}

/* Flash each pin in turn, iterations times. */
static int flash_pins(struct svd_hal_gpio *gpio, const unsigned int *pins,
		      unsigned int count, const struct example_options *options)
{
	unsigned long round;
	char name[32];
	unsigned int i;

	for (round = 0; round < options->iterations; round++) {
		for (i = 0; i < count; i++) {
			pin_name(gpio, pins[i], name, sizeof(name));
			if (svd_hal_gpio_set_pin(gpio, pins[i]) < 0)
				return -1;
			printf("round %lu: %s on\n", round + 1, name);
			fflush(stdout);
			sleep_ms(options->delay_ms);
			if (svd_hal_gpio_clear_pin(gpio, pins[i]) < 0)
				return -1;
			printf("round %lu: %s off\n", round + 1, name);
		}
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct example_options options = {3, 200, NULL, NULL, {NULL}, 0};
	unsigned int pins[MAX_PINS], count, i;
	struct svd_hal_gpio *gpio;
	int status;

	status = parse_options(argc, argv, usage, &options);
	if (status)
		return status == 1 ? 0 : 2;
	gpio = open_gpio("blink", &options);
	if (!gpio)
		return 1;
	count = options.pin_count;
	for (i = 0; i < count; i++)
		if (svd_hal_gpio_parse_pin(gpio, options.pins[i], &pins[i]) < 0)
			goto err;
	if (count == 0)
		count = default_pins(gpio, pins);
	if (set_up_pins(gpio, pins, count) < 0 ||
	    flash_pins(gpio, pins, count, &options) < 0)
		goto err;
	svd_hal_gpio_close(gpio);
	printf("blink: done\n");
	return 0;

err:
	fprintf(stderr, "blink: %s\n", svd_hal_gpio_get_error(gpio));
	svd_hal_gpio_close(gpio);
	return 1;
}

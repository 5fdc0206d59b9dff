// SPDX-License-Identifier: MIT
/*
 * On a BeagleBone Black: turn on the clock of GPIO bank 2, make GPIO2_7
 * (P8_46) an output and blink it, then blink the four USR LEDs (GPIO1_21
 * to GPIO1_24). Needs /dev/mem, so root.
 */
#include "../common.h"

static const char usage[] =
    "Usage: bbb-blink [OPTION]...\n"
    "Enable GPIO bank 2, blink GPIO2_7 (P8_46), then the USR LEDs.\n"
    "\n"
    "  --iterations N  blinks of each (default 3)\n"
    "  --delay MS      milliseconds on and off (default 200)\n"
    "  --mem FILE      map FILE instead of /dev/mem: an ordinary file\n"
    "                  standing in for physical memory (registers at\n"
    "                  their physical addresses; make it sparse)\n"
    "  --soc NAME      am335x, instead of reading the device tree\n"
    "  --help          show this help\n";

#define BLINK_PIN SVD_HAL_AM335X_PIN(2, 7)

/* Blink one pin iterations times. */
static int blink(struct svd_hal_am335x_gpio *gpio, unsigned int pin,
		 const char *name, const struct example_options *options)
{
	unsigned long round;

	for (round = 0; round < options->iterations; round++) {
		if (svd_hal_am335x_gpio_set_pin(gpio, pin) < 0)
			return -1;
		printf("round %lu: %s on\n", round + 1, name);
		fflush(stdout);
		sleep_ms(options->delay_ms);
		if (svd_hal_am335x_gpio_clear_pin(gpio, pin) < 0)
			return -1;
		printf("round %lu: %s off\n", round + 1, name);
		sleep_ms(options->delay_ms);
	}
	return 0;
}

/* Report how the pad of GPIO2_7 is muxed; user space cannot change it. */
static void report_pad(struct svd_hal_am335x_gpio *gpio)
{
	int mode = svd_hal_am335x_gpio_read_pad_mode(gpio, BLINK_PIN);

	if (mode < 0) {
		printf("pad of GPIO2_7: %s\n",
		       svd_hal_am335x_gpio_get_error(gpio));
		return;
	}
	printf("pad of GPIO2_7 (conf_lcd_data1): mode %d%s\n", mode,
	       mode == 7 ? " (GPIO)"
			 : "; mode 7 (GPIO) needs a kernel driver: "
			   "config-pin P8_46 gpio, or a device-tree overlay");
}

/* GPIO2_7: clock on, output, blink. */
static int blink_gpio2_7(struct svd_hal_am335x_gpio *gpio,
			 const struct example_options *options)
{
	if (svd_hal_am335x_gpio_enable_bank(gpio, 2) < 0)
		return -1;
	printf("GPIO2: clock enabled\n");
	report_pad(gpio);
	if (svd_hal_am335x_gpio_set_direction(gpio, BLINK_PIN, true) < 0)
		return -1;
	printf("GPIO2_7: output\n");
	return blink(gpio, BLINK_PIN, "GPIO2_7", options);
}

/* USR0-USR3: clock of bank 1 on, outputs, blink each in turn. */
static int blink_user_leds(struct svd_hal_am335x_gpio *gpio,
			   const struct example_options *options)
{
	char name[32];
	unsigned int led;

	if (svd_hal_am335x_gpio_enable_bank(gpio, 1) < 0)
		return -1;
	printf("GPIO1: clock enabled\n");
	for (led = 0; led < 4; led++) {
		if (svd_hal_am335x_gpio_set_direction(
			gpio, SVD_HAL_BBB_USR_LED(led), true) < 0)
			return -1;
		printf("USR%u (GPIO1_%u): output\n", led, 21 + led);
	}
	for (led = 0; led < 4; led++) {
		snprintf(name, sizeof(name), "USR%u", led);
		if (blink(gpio, SVD_HAL_BBB_USR_LED(led), name, options) < 0)
			return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct example_options options = {3, 200, NULL, SVD_HAL_SOC_UNKNOWN};
	struct svd_hal_config config = {
	    {NULL, NULL, NULL, NULL}, SVD_HAL_SOC_UNKNOWN, false};
	struct svd_hal_am335x_gpio *gpio;
	struct svd_hal_error err;
	int status;

	status = parse_options(argc, argv, usage, &options);
	if (status)
		return status == 1 ? 0 : 2;
	config.paths.devmem = options.mem;
	config.soc = options.soc;
	if (svd_hal_am335x_gpio_open(&config, &gpio, &err) < 0) {
		fprintf(stderr, "bbb-blink: %s\n", err.message);
		return 1;
	}
	printf("bbb-blink: AM335x GPIO, CM_PER, CM_WKUP and control module "
	       "mapped from %s\n",
	       svd_hal_am335x_gpio_get_device(gpio));
	if (blink_gpio2_7(gpio, &options) < 0 ||
	    blink_user_leds(gpio, &options) < 0) {
		fprintf(stderr, "bbb-blink: %s\n",
			svd_hal_am335x_gpio_get_error(gpio));
		svd_hal_am335x_gpio_close(gpio);
		return 1;
	}
	svd_hal_am335x_gpio_close(gpio);
	printf("bbb-blink: done\n");
	return 0;
}

// SPDX-License-Identifier: MIT
/*
 * Run one loop of bench/ops.h N times, for callgrind to count
 * (--toggle-collect=ops_CASE). rules.svd's DEV block lives in ordinary
 * memory; the GPIO block is a page of FILE mapped by the hal exactly as
 * it maps /dev/gpiomem (svd_hal_map_open), and the hal, the accessors
 * and the hand-written code all write through that mapping.
 * Usage: ops CASE N FILE
 */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ops.h"
#include "svd-hal.h"

static uint32_t dev_block[64];

static const struct {
	const char *name;
	void (*run)(void *block, unsigned long n);
	int gpio; /* 0: DEV block, 1: mapped GPIO pointer */
} cases[] = {
    {"reg_write_accessor", ops_reg_write_accessor, 0},
    {"reg_write_hand", ops_reg_write_hand, 0},
    {"field_rmw_accessor", ops_field_rmw_accessor, 0},
    {"field_rmw_hand", ops_field_rmw_hand, 0},
    {"mask_write_accessor", ops_mask_write_accessor, 0},
    {"mask_write_hand", ops_mask_write_hand, 0},
    {"gpio_toggle_accessor", ops_gpio_toggle_accessor, 1},
    {"gpio_toggle_hand", ops_gpio_toggle_hand, 1},
    {"rk_toggle_accessor", ops_rk_toggle_accessor, 1},
    {"rk_toggle_hand", ops_rk_toggle_hand, 1},
};

/* Every block the handle asks for is the one mapped page. */
static void *locate_page(void *page, uint64_t address, size_t length)
{
	(void)address;
	return length <= 4096 ? page : NULL;
}

int main(int argc, char **argv)
{
	struct svd_hal_paths paths = {0};
	struct svd_hal_gpio *gpio;
	int rk;
	struct svd_hal_error err;
	struct svd_hal_map *map;
	unsigned long n;
	size_t i;
	int fd;

	if (argc != 4) {
		fprintf(stderr, "usage: ops CASE N FILE\n");
		return 2;
	}
	n = strtoul(argv[2], NULL, 10);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (strcmp(argv[1], cases[i].name) == 0 && !cases[i].gpio) {
			cases[i].run(dev_block, n);
			return 0;
		}
	/* A page of an ordinary file stands in for /dev/gpiomem. */
	fd = open(argv[3], O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || ftruncate(fd, 4096) < 0) {
		perror(argv[3]);
		return 1;
	}
	close(fd);
	paths.gpiomem = argv[3];
	if (svd_hal_map_open(&paths, SVD_HAL_DEVICE_GPIOMEM, 0, 0xb4, &map,
			     &err) < 0) {
		fprintf(stderr, "ops: %s\n", err.message);
		return 1;
	}
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		if (strcmp(argv[1], cases[i].name) == 0) {
			cases[i].run(svd_hal_map_pointer(map), n);
			svd_hal_map_close(map);
			return 0;
		}
	rk = strcmp(argv[1], "rk_toggle_hal") == 0;
	if (!rk && strcmp(argv[1], "gpio_toggle_hal") != 0) {
		fprintf(stderr, "ops: no case %s\n", argv[1]);
		return 2;
	}
	if (svd_hal_gpio_open_memory(rk ? "rk3288" : "bcm2835", locate_page,
				     svd_hal_map_pointer(map), &gpio,
				     &err) < 0) {
		fprintf(stderr, "ops: %s\n", err.message);
		return 1;
	}
	if (rk)
		ops_rk_toggle_hal(gpio, n);
	else
		ops_gpio_toggle_hal(gpio, n);
	svd_hal_gpio_close(gpio);
	svd_hal_map_close(map);
	return 0;
}

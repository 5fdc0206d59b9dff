// SPDX-License-Identifier: MIT
/*
 * libsvdhal against ordinary files: mapping (offsets past 2 GiB, blocks
 * off a page boundary), board detection from fake device trees, the error
 * messages and their remedies, named paths that are used or refused but
 * never replaced, pin names, and pin-level GPIO through the one handle,
 * including pins out of range, which must leave the file's bytes as they
 * were, and extras that fail with ENOTSUP on the other SoCs.
 */
/*
 * A 64-bit off_t: config.h sets _FILE_OFFSET_BITS where off_t would be
 * 32 bits (AC_SYS_LARGEFILE); test scripts that cross-compile this file
 * without configure pass -D_FILE_OFFSET_BITS=64 themselves.
 */
#ifdef HAVE_CONFIG_H
#include "config.h"
#endif
#define _POSIX_C_SOURCE 200809L

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "svd-hal.h"

/* AM335x GPIO number of bank b, bit n (GPIOb_n), as Linux counts. */
#define AM335X_PIN(b, n) ((unsigned int)(b)*32u + (unsigned int)(n))

static char scratch[256]; /* a temporary directory per test run */

/* A path under the scratch directory. */
static const char *scratch_path(const char *name)
{
	static char paths[8][512];
	static unsigned int next;
	char *path = paths[next++ % 8];

	snprintf(path, sizeof(paths[0]), "%s/%s", scratch, name);
	return path;
}

/* Create a file of size bytes (sparse), each byte fill where written. */
static void make_file(const char *path, uint64_t size, int fill,
		      size_t fill_length)
{
	char buffer[4096];
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);

	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)size), 0);
	memset(buffer, fill, sizeof(buffer));
	while (fill_length) {
		size_t chunk =
		    fill_length < sizeof(buffer) ? fill_length : sizeof(buffer);
		assert_int_equal(write(fd, buffer, chunk), (ssize_t)chunk);
		fill_length -= chunk;
	}
	close(fd);
}

static void write_at(const char *path, uint64_t offset, const void *data,
		     size_t length)
{
	int fd = open(path, O_RDWR);

	assert_true(fd >= 0);
	assert_int_equal(pwrite(fd, data, length, (off_t)offset),
			 (ssize_t)length);
	close(fd);
}

static void read_at(const char *path, uint64_t offset, void *data,
		    size_t length)
{
	int fd = open(path, O_RDONLY);

	assert_true(fd >= 0);
	assert_int_equal(pread(fd, data, length, (off_t)offset),
			 (ssize_t)length);
	close(fd);
}

static uint32_t word_at(const char *path, uint64_t offset)
{
	uint32_t word;

	read_at(path, offset, &word, sizeof(word));
	return word;
}

/* A mapping at 0xFE200000 (the Pi 4's GPIO) of a 5 GiB sparse file. */
static void test_map_above_2gib(void **state)
{
	const char *file = scratch_path("high.bin");
	struct svd_hal_paths paths = {file, NULL, NULL, NULL};
	const uint64_t offsets[] = {0xFE200000u, 0xFE200034u, 0x140000010ull};
	struct svd_hal_error err;
	struct svd_hal_map *map;
	uint32_t marker;
	size_t i;

	(void)state;
	make_file(file, 0x150000000ull, 0, 0);
	for (i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++) {
		marker = 0xC0DE0000u + (uint32_t)i;
		write_at(file, offsets[i], &marker, sizeof(marker));
		assert_int_equal(svd_hal_map_open(&paths, SVD_HAL_DEVICE_DEVMEM,
						  offsets[i], 4, &map, &err),
				 0);
		assert_int_equal(*(volatile uint32_t *)svd_hal_map_pointer(map),
				 marker);
		*(volatile uint32_t *)svd_hal_map_pointer(map) = ~marker;
		svd_hal_map_close(map);
		assert_int_equal(word_at(file, offsets[i]), ~marker);
	}
}

/* Blocks that start inside a page, and one that straddles two pages. */
static void test_map_unaligned(void **state)
{
	const char *file = scratch_path("unaligned.bin");
	struct svd_hal_paths paths = {file, NULL, NULL, NULL};
	const uint64_t offsets[] = {0x44E00400u, 0x44E10FFCu, 0x123u};
	struct svd_hal_error err;
	struct svd_hal_map *map;
	uint32_t marker[2] = {0x11223344u, 0x55667788u};
	uint32_t got[2];
	size_t i;

	(void)state;
	make_file(file, 0x44E20000u, 0, 0);
	for (i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++) {
		write_at(file, offsets[i], marker, sizeof(marker));
		assert_int_equal(svd_hal_map_open(&paths, SVD_HAL_DEVICE_DEVMEM,
						  offsets[i], sizeof(marker),
						  &map, &err),
				 0);
		memcpy(got, svd_hal_map_pointer(map), sizeof(got));
		assert_memory_equal(got, marker, sizeof(marker));
		svd_hal_map_close(map);
	}
}

/* A file too short for the block is refused before any SIGBUS. */
static void test_map_short_file(void **state)
{
	const char *file = scratch_path("short.bin");
	struct svd_hal_paths paths = {NULL, file, NULL, NULL};
	struct svd_hal_error err;
	struct svd_hal_map *map;

	(void)state;
	make_file(file, 16, 0, 0);
	assert_int_equal(svd_hal_map_open(&paths, SVD_HAL_DEVICE_GPIOMEM, 0,
					  0xa0, &map, &err),
			 -1);
	assert_int_equal(err.code, ENXIO);
	assert_non_null(strstr(err.message, "truncate -s 160"));
}

/* Environment variables stand in for paths the caller leaves NULL. */
static void test_map_environment(void **state)
{
	const char *file = scratch_path("env.bin");
	struct svd_hal_error err;
	struct svd_hal_map *map;
	uint32_t marker = 0xFEEDF00Du;

	(void)state;
	make_file(file, 8192, 0, 0);
	write_at(file, 0x1000, &marker, sizeof(marker));
	setenv("SVD_HAL_GPIOMEM", file, 1);
	assert_int_equal(svd_hal_map_open(NULL, SVD_HAL_DEVICE_GPIOMEM, 0x1000,
					  4, &map, &err),
			 0);
	unsetenv("SVD_HAL_GPIOMEM");
	assert_int_equal(*(uint32_t *)svd_hal_map_pointer(map), marker);
	svd_hal_map_close(map);
}

/*
 * A gpiomem stand-in named alone on a SoC that has no /dev/gpiomem is
 * refused before anything is mapped, never replaced by the real /dev/mem.
 */
static void test_gpiomem_named_without_gpiomem(void **state)
{
	const char *file = scratch_path("gpiomem-only.bin");
	const char *socs[] = {"am335x", "rk3288"};
	struct svd_hal_gpio_config config = {
	    {NULL, NULL, NULL, NULL}, NULL, false};
	struct svd_hal_gpio *gpio = NULL;
	struct svd_hal_error err;

	(void)state;
	make_file(file, 8192, 0, 0);
	config.paths.gpiomem = file;
	for (size_t i = 0; i < sizeof(socs) / sizeof(socs[0]); i++) {
		config.soc = socs[i];
		assert_int_equal(svd_hal_gpio_open(&config, &gpio, &err), -1);
		assert_null(gpio);
		assert_int_equal(err.code, EINVAL);
		assert_non_null(strstr(err.message, "has no /dev/gpiomem"));
		assert_non_null(strstr(err.message, file));
	}
}

/* A device path that cannot be opened explains itself. */
static void test_errors_from_files(void **state)
{
	const char *locked = scratch_path("locked.bin");
	struct svd_hal_paths paths = {scratch, scratch, NULL, NULL};
	struct svd_hal_error err;
	struct svd_hal_map *map;

	(void)state;
	/* A directory: refused as such, also for root. */
	assert_int_equal(
	    svd_hal_map_open(&paths, SVD_HAL_DEVICE_GPIOMEM, 0, 4, &map, &err),
	    -1);
	assert_int_equal(err.code, EISDIR);
	assert_non_null(strstr(err.message, "is a directory"));

	/* A named file that is missing: just that, no talk of kernels. */
	paths.gpiomem = scratch_path("no-such-gpiomem");
	assert_int_equal(
	    svd_hal_map_open(&paths, SVD_HAL_DEVICE_GPIOMEM, 0, 4, &map, &err),
	    -1);
	assert_int_equal(err.code, ENOENT);
	assert_non_null(strstr(err.message, "no-such-gpiomem does not exist "
					    "(it was named in place of "
					    "/dev/gpiomem"));
	paths.devmem = scratch_path("no-such-mem");
	assert_int_equal(
	    svd_hal_map_open(&paths, SVD_HAL_DEVICE_DEVMEM, 0, 4, &map, &err),
	    -1);
	assert_null(strstr(err.message, "CONFIG_DEVMEM"));
	assert_non_null(strstr(err.message, "no-such-mem does not exist"));
	/* The system's /dev/gpiomem missing: not a Pi kernel. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_GPIOMEM, "/dev/gpiomem",
			       0, false, ENOENT, &err);
	assert_non_null(strstr(err.message, "not a Raspberry Pi kernel"));
	/* A file named in place of a device: its own permissions. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "sim.bin", 0,
			       false, EACCES, &err);
	assert_non_null(strstr(err.message, "permission denied opening "
					    "sim.bin (it was named in place "
					    "of /dev/mem; nothing else was "
					    "opened)"));
	assert_null(strstr(err.message, "root"));
	assert_non_null(strstr(err.message, "/dev/mem"));
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem", 0,
			       false, ENOENT, &err);
	assert_non_null(strstr(err.message, "without CONFIG_DEVMEM"));

	/* Mode 000: only enforced when not root. */
	make_file(locked, 4096, 0, 0);
	assert_int_equal(chmod(locked, 0), 0);
	if (geteuid() == 0) {
		print_message("running as root: mode 000 is not enforced; "
			      "EACCES is checked through an injected errno\n");
		return;
	}
	paths.gpiomem = locked;
	assert_int_equal(
	    svd_hal_map_open(&paths, SVD_HAL_DEVICE_GPIOMEM, 0, 4, &map, &err),
	    -1);
	assert_int_equal(err.code, EACCES);
	assert_non_null(strstr(err.message, "named in place of /dev/gpiomem"));
	paths.devmem = locked;
	assert_int_equal(
	    svd_hal_map_open(&paths, SVD_HAL_DEVICE_DEVMEM, 0, 4, &map, &err),
	    -1);
	assert_int_equal(err.code, EACCES);
	assert_non_null(strstr(err.message, "named in place of /dev/mem"));
}

/* Every errno the library explains, injected, with its remedy. */
static void test_errors_injected(void **state)
{
	const char *lockdown = scratch_path("lockdown");
	struct svd_hal_paths paths = {NULL, NULL, NULL, lockdown};
	struct svd_hal_error err;

	(void)state;
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_GPIOMEM, "/dev/gpiomem",
			       0, false, EACCES, &err);
	assert_int_equal(err.code, EACCES);
	assert_non_null(strstr(err.message, "add the user to group gpio"));
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_GPIOMEM, "/dev/gpiomem",
			       0, false, EPERM, &err);
	assert_non_null(strstr(err.message, "group gpio"));
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_GPIOMEM, "/dev/gpiomem",
			       0, false, ENOENT, &err);
	assert_non_null(strstr(err.message, "not a Raspberry Pi kernel"));
	/* A file named in place of a device: its own permissions. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "sim.bin", 0,
			       false, EACCES, &err);
	assert_non_null(strstr(err.message, "permission denied opening "
					    "sim.bin (it was named in place "
					    "of /dev/mem; nothing else was "
					    "opened)"));
	assert_null(strstr(err.message, "root"));

	/* No lockdown file: EPERM on /dev/mem means privileges. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem", 0,
			       false, EPERM, &err);
	assert_non_null(strstr(err.message, "run as root"));
	assert_non_null(strstr(err.message, "CAP_SYS_RAWIO"));
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem", 0,
			       false, EACCES, &err);
	assert_non_null(strstr(err.message, "CAP_SYS_RAWIO"));

	/* Lockdown off, then on. */
	make_file(lockdown, 0, 0, 0);
	write_at(lockdown, 0, "[none] integrity confidentiality\n", 33);
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem", 0,
			       false, EPERM, &err);
	assert_non_null(strstr(err.message, "run as root"));
	make_file(lockdown, 0, 0, 0);
	write_at(lockdown, 0, "none [integrity] confidentiality\n", 33);
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem", 0,
			       false, EPERM, &err);
	assert_int_equal(err.code, EPERM);
	assert_non_null(
	    strstr(err.message, "locked down (lockdown=integrity)"));
	assert_non_null(strstr(err.message, "lockdown=none"));
	assert_non_null(strstr(err.message, "secure boot"));
	unlink(lockdown);

	/* CONFIG_IO_STRICT_DEVMEM refuses the mmap. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem",
			       0xFE200000u, true, EPERM, &err);
	assert_non_null(strstr(err.message, "iomem=relaxed"));
	assert_non_null(strstr(err.message, "0xfe200000"));
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_DEVMEM, "/dev/mem",
			       0x3F200000u, true, EINVAL, &err);
	assert_non_null(strstr(err.message, "iomem=relaxed"));

	/* /dev/gpiomem maps the GPIO block only. */
	svd_hal_describe_error(&paths, SVD_HAL_DEVICE_GPIOMEM, "/dev/gpiomem",
			       0x1000, true, EINVAL, &err);
	assert_non_null(strstr(err.message, "only the GPIO block"));
}

/* One fake device tree: files written by the test, no opaque binaries. */
struct fake_board {
	const char *name;
	const char *model;
	const char *compatible; /* NUL-separated, as in the device tree */
	size_t compatible_length;
	const unsigned char *ranges;
	size_t ranges_length;
};

static const unsigned char ranges_pi1[] = {0x7e, 0x00, 0x00, 0x00, 0x20, 0x00,
					   0x00, 0x00, 0x01, 0x00, 0x00, 0x00};
static const unsigned char ranges_pi2[] = {
    0x7e, 0x00, 0x00, 0x00, 0x3f, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00,
    0x40, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00};
/* Pi 4: one child cell, two parent cells (high word 0), one size cell. */
static const unsigned char ranges_pi4[] = {
    0x7e, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xfe, 0x00, 0x00,
    0x00, 0x01, 0x80, 0x00, 0x00, 0x7c, 0x00, 0x00, 0x00, 0x00, 0x00,
    0x00, 0x00, 0xfc, 0x00, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00};
static const unsigned char ranges_pi5[] = {0x7c, 0x00, 0x00, 0x00, 0x00, 0x00,
					   0x00, 0x10, 0x00, 0x00, 0x00, 0x00,
					   0x04, 0x00, 0x00, 0x00};
static const unsigned char ranges_garbage[] = {0xde, 0xad, 0xbe, 0xef, 0x01};
static const unsigned char ranges_odd_base[] = {
    0x7e, 0x00, 0x00, 0x00, 0x12, 0x34, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00};

#define TEXT(s) s, sizeof(s) - 1
#define BYTES(b) b, sizeof(b)

static const struct fake_board boards[] = {
    {"pi1", "Raspberry Pi Model B Rev 2",
     TEXT("raspberrypi,model-b\0brcm,bcm2835\0"), BYTES(ranges_pi1)},
    {"pi2", "Raspberry Pi 2 Model B Rev 1.1",
     TEXT("raspberrypi,2-model-b\0brcm,bcm2836\0"), BYTES(ranges_pi2)},
    {"pi3", "Raspberry Pi 3 Model B Rev 1.2",
     TEXT("raspberrypi,3-model-b\0brcm,bcm2837\0"), BYTES(ranges_pi2)},
    {"pi4", "Raspberry Pi 4 Model B Rev 1.4",
     TEXT("raspberrypi,4-model-b\0brcm,bcm2711\0"), BYTES(ranges_pi4)},
    {"pi5", "Raspberry Pi 5 Model B Rev 1.0",
     TEXT("raspberrypi,5-model-b\0brcm,bcm2712\0"), BYTES(ranges_pi5)},
    {"am335x", "TI AM335x BeagleBone Black",
     TEXT("ti,am335x-bone-black\0ti,am335x-bone\0ti,am33xx\0"), NULL, 0},
    {"tinker", "Rockchip RK3288 Asus Tinker Board",
     TEXT("asus,rk3288-tinker\0rockchip,rk3288\0"), NULL, 0},
    {"garbage", "\x01\x02garbage", TEXT("acme,widget\0"),
     BYTES(ranges_garbage)},
    {"pi3-short-ranges", "Raspberry Pi 3 Model B Rev 1.2",
     TEXT("raspberrypi,3-model-b\0brcm,bcm2837\0"), BYTES(ranges_garbage)},
    {"pi3-odd-base", "Raspberry Pi 3 Model B Rev 1.2",
     TEXT("raspberrypi,3-model-b\0brcm,bcm2837\0"), BYTES(ranges_odd_base)},
    {"pi3-says-pi4", "Raspberry Pi 3 Model B Rev 1.2",
     TEXT("raspberrypi,3-model-b\0brcm,bcm2837\0"), BYTES(ranges_pi4)},
};

/* Write tests/hal/dt/<board> under the scratch directory. */
static const char *make_device_tree(const char *name)
{
	char directory[512], path[600];
	const struct fake_board *board = NULL;
	size_t i;

	for (i = 0; i < sizeof(boards) / sizeof(boards[0]); i++)
		if (strcmp(boards[i].name, name) == 0)
			board = &boards[i];
	assert_non_null(board);
	snprintf(directory, sizeof(directory), "%s/dt/%s", scratch, name);
	snprintf(path, sizeof(path), "%s/dt", scratch);
	mkdir(path, 0700);
	mkdir(directory, 0700);
	snprintf(path, sizeof(path), "%s/model", directory);
	make_file(path, 0, 0, 0);
	write_at(path, 0, board->model, strlen(board->model) + 1);
	snprintf(path, sizeof(path), "%s/compatible", directory);
	make_file(path, 0, 0, 0);
	write_at(path, 0, board->compatible, board->compatible_length);
	if (board->ranges) {
		snprintf(path, sizeof(path), "%s/soc", directory);
		mkdir(path, 0700);
		snprintf(path, sizeof(path), "%s/soc/ranges", directory);
		make_file(path, 0, 0, 0);
		write_at(path, 0, board->ranges, board->ranges_length);
	}
	return scratch_path(strstr(directory, "dt/"));
}

static void test_detect_raspberry_pis(void **state)
{
	static const struct {
		const char *name;
		enum svd_hal_soc soc;
		uint64_t base;
		const char *compatible;
	} expected[] = {
	    {"pi1", SVD_HAL_SOC_BCM2835, 0x20000000u, "brcm,bcm2835"},
	    {"pi2", SVD_HAL_SOC_BCM2837, 0x3F000000u, "brcm,bcm2836"},
	    {"pi3", SVD_HAL_SOC_BCM2837, 0x3F000000u, "brcm,bcm2837"},
	    {"pi4", SVD_HAL_SOC_BCM2711, 0xFE000000u, "brcm,bcm2711"},
	};
	struct svd_hal_paths paths = {NULL, NULL, NULL, NULL};
	struct svd_hal_board board;
	struct svd_hal_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
		paths.dt_root = make_device_tree(expected[i].name);
		assert_int_equal(svd_hal_detect_board(&paths, &board, &err), 0);
		assert_int_equal(board.soc, expected[i].soc);
		assert_int_equal(board.peripheral_base, expected[i].base);
		assert_string_equal(board.compatible, expected[i].compatible);
		assert_int_equal(strncmp(board.model, "Raspberry Pi", 12), 0);
	}
}

/* The BeagleBone Black and the Tinker Board, from their compatibles. */
static void test_detect_beaglebone_and_tinker(void **state)
{
	static const struct {
		const char *name;
		enum svd_hal_soc soc;
		const char *compatible, *model;
	} expected[] = {
	    {"am335x", SVD_HAL_SOC_AM335X, "ti,am33xx",
	     "TI AM335x BeagleBone Black"},
	    {"tinker", SVD_HAL_SOC_RK3288, "rockchip,rk3288",
	     "Rockchip RK3288 Asus Tinker Board"},
	};
	struct svd_hal_paths paths = {NULL, NULL, NULL, NULL};
	struct svd_hal_board board;
	struct svd_hal_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
		paths.dt_root = make_device_tree(expected[i].name);
		assert_int_equal(svd_hal_detect_board(&paths, &board, &err), 0);
		assert_int_equal(board.soc, expected[i].soc);
		assert_string_equal(board.compatible, expected[i].compatible);
		assert_string_equal(board.model, expected[i].model);
	}
}

/* The Pi 5 is refused: nothing mapped, the gpiomem file untouched. */
static void test_detect_pi5_refused(void **state)
{
	const char *file = scratch_path("pi5-gpiomem.bin");
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio = NULL;
	struct svd_hal_board board;
	struct svd_hal_error err;
	unsigned char before[4096], after[4096];

	(void)state;
	memset(&config, 0, sizeof(config));
	config.paths.dt_root = make_device_tree("pi5");
	config.paths.gpiomem = file;
	config.paths.devmem = file;
	assert_int_equal(svd_hal_detect_board(&config.paths, &board, &err), -1);
	assert_int_equal(err.code, ENODEV);
	assert_int_equal(board.soc, SVD_HAL_SOC_BCM2712);
	assert_non_null(strstr(err.message, "Raspberry Pi 5"));
	assert_non_null(strstr(err.message, "RP1"));
	assert_non_null(strstr(err.message, "nothing was mapped or written"));

	make_file(file, sizeof(before), 0x5A, sizeof(before));
	read_at(file, 0, before, sizeof(before));
	assert_int_equal(svd_hal_gpio_open(&config, &gpio, &err), -1);
	assert_int_equal(errno, ENODEV);
	assert_null(gpio);
	read_at(file, 0, after, sizeof(after));
	assert_memory_equal(before, after, sizeof(before));
}

static void test_detect_bad_trees(void **state)
{
	static const struct {
		const char *name;
		int code;
		const char *text;
	} expected[] = {
	    {"garbage", ENODEV, "not a board this library drives"},
	    {"pi3-short-ranges", EINVAL, "too short"},
	    {"pi3-odd-base", ENODEV, "0x12340000"},
	    {"pi3-says-pi4", EINVAL, "contradicts itself"},
	};
	struct svd_hal_paths paths = {NULL, NULL, NULL, NULL};
	struct svd_hal_board board;
	struct svd_hal_error err;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++) {
		paths.dt_root = make_device_tree(expected[i].name);
		assert_int_equal(svd_hal_detect_board(&paths, &board, &err),
				 -1);
		assert_int_equal(err.code, expected[i].code);
		assert_non_null(strstr(err.message, expected[i].text));
	}
	/* An unknown board is told the generic route. */
	paths.dt_root = make_device_tree("garbage");
	assert_int_equal(svd_hal_detect_board(&paths, &board, &err), -1);
	assert_non_null(strstr(err.message, "svd_hal_map_open()"));
	assert_non_null(strstr(err.message, "doc/porting.md"));
	paths.dt_root = scratch_path("no-device-tree");
	assert_int_equal(svd_hal_detect_board(&paths, &board, &err), -1);
	assert_int_equal(err.code, ENOENT);
	assert_non_null(strstr(err.message, "--soc"));
}

/*
 * One open for every board: the SoC comes from the tree, and the extras
 * of one SoC fail with ENOTSUP on the others, writing nothing.
 */
static void test_open_any_board(void **state)
{
	const char *file = scratch_path("any-board.bin");
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio = NULL;
	struct svd_hal_error err;
	unsigned char before[256], after[256];

	(void)state;
	make_file(file, 0xFF800000u, 0, 0);
	memset(&config, 0, sizeof(config));
	config.paths.devmem = file;
	config.paths.dt_root = make_device_tree("tinker");
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);
	assert_string_equal(svd_hal_gpio_get_soc(gpio), "rk3288");
	assert_string_equal(svd_hal_gpio_get_device(gpio), file);
	assert_int_equal(svd_hal_gpio_get_bank_count(gpio), 9);
	assert_int_equal(svd_hal_gpio_get_pin_count(gpio), 8 * 32 + 16);
	read_at(file, 0xFF7C0000u, before, sizeof(before));
	assert_int_equal(
	    svd_hal_gpio_bcm_set_function(gpio, 12, SVD_HAL_BCM_ALT0), -1);
	assert_int_equal(errno, ENOTSUP);
	assert_non_null(strstr(svd_hal_gpio_get_error(gpio),
			       "the rk3288 has no BCM283x function select"));
	assert_int_equal(svd_hal_gpio_bcm_get_function(gpio, 12), -1);
	assert_int_equal(errno, ENOTSUP);
	assert_int_equal(svd_hal_gpio_am335x_read_pad_mode(gpio, 12), -1);
	assert_int_equal(errno, ENOTSUP);
	read_at(file, 0xFF7C0000u, after, sizeof(after));
	assert_memory_equal(before, after, sizeof(before));
	svd_hal_gpio_close(gpio);

	config.paths.dt_root = make_device_tree("am335x");
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);
	assert_string_equal(svd_hal_gpio_get_soc(gpio), "am335x");
	assert_int_equal(svd_hal_gpio_rk3288_set_iomux(gpio, 3, 0), -1);
	assert_int_equal(errno, ENOTSUP);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 3, SVD_HAL_PULL_UP), -1);
	assert_int_equal(errno, ENOTSUP);
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, 3, SVD_HAL_EVENT_RISING, true), -1);
	assert_int_equal(errno, ENOTSUP);
	svd_hal_gpio_close(gpio);

	config.soc = "acme9000";
	assert_int_equal(svd_hal_gpio_open(&config, &gpio, &err), -1);
	assert_int_equal(err.code, EINVAL);
	assert_non_null(strstr(err.message, "doc/porting.md"));
}

/*
 * RK3288 events and pulls through a sparse /dev/mem file: one trigger per
 * pin in INTTYPE_LEVEL and INT_POLARITY, enabled in INTEN with the pin's
 * GIC interrupt masked; status from INT_RAWSTATUS, cleared in PORTA_EOI.
 * GPIO0's pull is in the PMU, a read-modify-write that keeps the others.
 */
static void test_rk3288_events_and_pulls(void **state)
{
	const char *file = scratch_path("rk3288-events.bin");
	const unsigned int b4 = 5 * 32 + 12;
	const uint64_t gpio5 = 0xFF7C0000u;
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;

	(void)state;
	make_file(file, 0xFF800000u, 0, 0);
	memset(&config, 0, sizeof(config));
	config.paths.devmem = file;
	config.soc = "rk3288";
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, b4, SVD_HAL_EVENT_RISING, true), 0);
	assert_int_equal(word_at(file, gpio5 + 0x38), 1u << 12); /* edge */
	assert_int_equal(word_at(file, gpio5 + 0x3C), 1u << 12); /* high */
	assert_int_equal(word_at(file, gpio5 + 0x30), 1u << 12); /* INTEN */
	assert_int_equal(word_at(file, gpio5 + 0x34), 1u << 12); /* masked */
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, b4, SVD_HAL_EVENT_LOW, true), 0);
	assert_int_equal(word_at(file, gpio5 + 0x38), 0);
	assert_int_equal(word_at(file, gpio5 + 0x3C), 0);
	assert_int_equal(svd_hal_gpio_read_event(gpio, b4), 0);
	write_at(file, gpio5 + 0x44, &(uint32_t){1u << 12}, 4);
	assert_int_equal(svd_hal_gpio_read_event(gpio, b4), 1);
	assert_int_equal(svd_hal_gpio_clear_event(gpio, b4), 0);
	assert_int_equal(word_at(file, gpio5 + 0x4C), 1u << 12);
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, b4, SVD_HAL_EVENT_LOW, false), 0);
	assert_int_equal(word_at(file, gpio5 + 0x30), 0);
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, b4, SVD_HAL_EVENT_ASYNC_RISING, true),
	    -1);
	assert_int_equal(errno, ENOTSUP);

	/* GPIO0_B2 pull-down: PMU GPIO0B_PULL (0x68), bits 5:4 = 10. */
	write_at(file, 0xFF730068u, &(uint32_t){0xFFC3u}, 4);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 10, SVD_HAL_PULL_DOWN), 0);
	assert_int_equal(word_at(file, 0xFF730068u), 0xFFE3u);
	/* GPIO1_A0 is not routed: no pull register, nothing written. */
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 32, SVD_HAL_PULL_UP), -1);
	assert_int_equal(errno, EINVAL);
	assert_non_null(strstr(svd_hal_gpio_get_error(gpio),
			       "GPIO1_A0 has no pull register"));
	svd_hal_gpio_close(gpio);
}

/* One parser for every board's pin names. */
static void test_parse_pin(void **state)
{
	const char *file = scratch_path("parse.bin");
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;
	unsigned int pin = 0;

	(void)state;
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "17", &pin), 0);
	assert_int_equal(pin, 17);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO1_21", &pin), 0);
	assert_int_equal(pin, 53);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO5_B4", &pin), 0);
	assert_int_equal(pin, 5 * 32 + 12);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "gpio7_c5", &pin), 0);
	assert_int_equal(pin, 7 * 32 + 21);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO5_E1", &pin), -1);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO5_B8", &pin), -1);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO1_32", &pin), -1);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "GPIO1", &pin), -1);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "17x", &pin), -1);
	assert_int_equal(svd_hal_gpio_parse_pin(NULL, "", &pin), -1);
	assert_int_equal(errno, EINVAL);

	/* With a handle: the pin must exist on that SoC. */
	make_file(file, 0x3F201000u, 0, 0);
	memset(&config, 0, sizeof(config));
	config.paths.devmem = file;
	config.soc = "bcm2837";
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);
	assert_int_equal(svd_hal_gpio_parse_pin(gpio, "GPIO1_21", &pin), 0);
	assert_int_equal(pin, 53);
	assert_int_equal(svd_hal_gpio_parse_pin(gpio, "54", &pin), -1);
	assert_non_null(strstr(svd_hal_gpio_get_error(gpio),
			       "54 (GPIO 54) does not exist on the bcm2837"));
	assert_int_equal(svd_hal_gpio_parse_pin(gpio, "pin7", &pin), -1);
	assert_non_null(
	    strstr(svd_hal_gpio_get_error(gpio), "'pin7' is not a pin name"));
	svd_hal_gpio_close(gpio);
}

/*
 * The gpiomem-to-mem fallback: only when neither device was named, and
 * then the reason is kept. A named device is used or refused.
 */
static void test_fallback(void **state)
{
	const char *devmem = scratch_path("fallback-mem.bin");
	const char *gpiomem = scratch_path("fallback-missing-gpiomem");
	struct svd_hal_paths paths = {NULL, NULL, NULL, NULL};
	struct svd_hal_error reason, err;
	struct svd_hal_map *map = NULL;
	const char *device = NULL;

	(void)state;
	make_file(devmem, 0x3F201000u, 0, 0);
	paths.devmem = devmem;
	paths.gpiomem = gpiomem;
	/* Neither named (as with the system paths): falls back, says why. */
	assert_int_equal(svd_hal_map_gpio_block(&paths, false, false, false,
						0x3F200000u, 0xB4, &map,
						&device, &reason, &err),
			 0);
	assert_string_equal(device, devmem);
	assert_non_null(strstr(reason.message, "instead of"));
	assert_non_null(strstr(reason.message, gpiomem));
	svd_hal_map_close(map);
	/* gpiomem named: refused, devmem left alone. */
	map = NULL;
	assert_int_equal(svd_hal_map_gpio_block(&paths, false, true, false,
						0x3F200000u, 0xB4, &map,
						&device, &reason, &err),
			 -1);
	assert_null(map);
	assert_int_equal(err.code, ENOENT);
	assert_non_null(strstr(err.message, "nothing else was opened"));
	/* devmem named alone: gpiomem is not even tried. */
	assert_int_equal(svd_hal_map_gpio_block(&paths, false, false, true,
						0x3F200000u, 0xB4, &map,
						&device, &reason, &err),
			 0);
	assert_string_equal(device, devmem);
	assert_string_equal(reason.message, "");
	svd_hal_map_close(map);
}

/* The Pi's GPIO through a gpiomem file, SoC from the fake tree. */
static struct svd_hal_gpio *open_bcm(const char *board, const char *file)
{
	struct svd_hal_gpio_config config;
	struct svd_hal_gpio *gpio;
	struct svd_hal_error err;

	memset(&config, 0, sizeof(config));
	config.paths.dt_root = make_device_tree(board);
	config.paths.gpiomem = file;
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);
	return gpio;
}

static void test_bcm_pins(void **state)
{
	const char *file = scratch_path("pins.bin");
	struct svd_hal_gpio *gpio;
	uint32_t levels;

	(void)state;
	make_file(file, 4096, 0, 0);
	gpio = open_bcm("pi3", file);
	assert_string_equal(svd_hal_gpio_get_soc(gpio), "bcm2837");
	assert_int_equal(svd_hal_gpio_get_pin_count(gpio), 54);
	assert_int_equal(
	    svd_hal_gpio_bcm_set_function(gpio, 17, SVD_HAL_BCM_OUTPUT), 0);
	assert_int_equal(
	    svd_hal_gpio_bcm_set_function(gpio, 53, SVD_HAL_BCM_ALT5), 0);
	assert_int_equal(word_at(file, 0x04), 1u << 21);
	assert_int_equal(word_at(file, 0x14), 2u << 9);
	assert_int_equal(svd_hal_gpio_bcm_get_function(gpio, 53),
			 SVD_HAL_BCM_ALT5);
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 17), 0);
	assert_int_equal(word_at(file, 0x1c), 1u << 17);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, 40), 0);
	assert_int_equal(word_at(file, 0x2c), 1u << 8);
	assert_int_equal(svd_hal_gpio_set_mask(gpio, 1, 0x3FFFFF), 0);
	assert_int_equal(word_at(file, 0x20), 0x3FFFFFu);

	write_at(file, 0x34, &(uint32_t){1u << 3}, 4);
	assert_int_equal(svd_hal_gpio_read_pin(gpio, 3), 1);
	assert_int_equal(svd_hal_gpio_read_pin(gpio, 4), 0);
	assert_int_equal(svd_hal_gpio_read_mask(gpio, 0, &levels), 0);
	assert_int_equal(levels, 1u << 3);

	/* Pulls: the GPPUD sequence leaves both registers cleared. */
	write_at(file, 0x94, &(uint32_t){3}, 4);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 3, SVD_HAL_PULL_UP), 0);
	assert_int_equal(word_at(file, 0x94), 0);
	assert_int_equal(word_at(file, 0x98), 0);

	/* Events: enable bits, and write-1-to-clear status. */
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, 5, SVD_HAL_EVENT_FALLING, true), 0);
	assert_int_equal(
	    svd_hal_gpio_set_event(gpio, 33, SVD_HAL_EVENT_ASYNC_RISING, true),
	    0);
	assert_int_equal(word_at(file, 0x58), 1u << 5);
	assert_int_equal(word_at(file, 0x80), 1u << 1);
	write_at(file, 0x40, &(uint32_t){0xFFFFFFFFu}, 4);
	assert_int_equal(svd_hal_gpio_read_event(gpio, 9), 1);
	assert_int_equal(svd_hal_gpio_clear_event(gpio, 9), 0);
	assert_int_equal(word_at(file, 0x40), 1u << 9);
	svd_hal_gpio_close(gpio);
}

/* BCM2711 pulls: two bits per pin, 1 = up, 2 = down (swapped). */
static void test_bcm2711_pulls(void **state)
{
	const char *file = scratch_path("pulls.bin");
	struct svd_hal_gpio *gpio;

	(void)state;
	make_file(file, 4096, 0, 0);
	gpio = open_bcm("pi4", file);
	assert_int_equal(svd_hal_gpio_get_pin_count(gpio), 58);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 3, SVD_HAL_PULL_UP), 0);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 4, SVD_HAL_PULL_DOWN), 0);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 57, SVD_HAL_PULL_UP), 0);
	assert_int_equal(word_at(file, 0xe4), (1u << 6) | (2u << 8));
	assert_int_equal(word_at(file, 0xf0), 1u << 18);
	assert_int_equal(svd_hal_gpio_set_bias(gpio, 4, SVD_HAL_PULL_NONE), 0);
	assert_int_equal(word_at(file, 0xe4), 1u << 6);
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 57), 0);
	assert_int_equal(word_at(file, 0x20), 1u << 25);
	svd_hal_gpio_close(gpio);
}

/* Out-of-range pins: an error, and not one byte of the block changes. */
static void test_bcm_out_of_range(void **state)
{
	static const char *const socs[] = {"pi1", "pi4"};
	/* BCM2835 ARM Peripherals 6.1: 54 GPIOs; BCM2711 5.1: 58. */
	static const unsigned int pin_counts[] = {54, 58};
	const char *file = scratch_path("range.bin");
	unsigned char before[4096], after[4096];
	struct svd_hal_gpio *gpio;
	unsigned int count, i;

	(void)state;
	for (i = 0; i < 2; i++) {
		make_file(file, sizeof(before), 0xA5, sizeof(before));
		read_at(file, 0, before, sizeof(before));
		gpio = open_bcm(socs[i], file);
		count = pin_counts[i];
		assert_int_equal(svd_hal_gpio_get_pin_count(gpio), count);
		assert_int_equal(svd_hal_gpio_bcm_set_function(
				     gpio, count, SVD_HAL_BCM_OUTPUT),
				 -1);
		assert_int_equal(errno, EINVAL);
		assert_non_null(
		    strstr(svd_hal_gpio_get_error(gpio), "does not exist"));
		assert_int_equal(svd_hal_gpio_bcm_set_function(
				     gpio, 4, (enum svd_hal_bcm_function)8),
				 -1);
		assert_int_equal(svd_hal_gpio_set_pin(gpio, count), -1);
		assert_int_equal(svd_hal_gpio_clear_pin(gpio, 1000), -1);
		assert_int_equal(svd_hal_gpio_read_pin(gpio, count), -1);
		assert_int_equal(
		    svd_hal_gpio_set_bias(gpio, count, SVD_HAL_PULL_UP), -1);
		assert_int_equal(
		    svd_hal_gpio_set_bias(gpio, 2, (enum svd_hal_pull)7), -1);
		assert_int_equal(svd_hal_gpio_set_event(
				     gpio, count, SVD_HAL_EVENT_HIGH, true),
				 -1);
		assert_int_equal(svd_hal_gpio_clear_event(gpio, count), -1);
		assert_int_equal(
		    svd_hal_gpio_set_mask(gpio, 1, 1u << (count - 32)), -1);
		assert_int_equal(svd_hal_gpio_clear_mask(gpio, 2, 1), -1);
		assert_int_equal(svd_hal_gpio_set_mask(gpio, 1, 0), 0);
		svd_hal_gpio_close(gpio);
		read_at(file, 0, after, sizeof(after));
		/* set_mask(1, 0) wrote a zero to GPSET1 and nothing else. */
		memset(before + 0x20, 0, 4);
		assert_memory_equal(before, after, sizeof(before));
	}
}

/* AM335x through a sparse /dev/mem file, registers at physical addresses. */
static void test_am335x(void **state)
{
	const char *file = scratch_path("am335x.bin");
	unsigned char before[0x198], after[0x198];
	struct svd_hal_gpio *gpio;
	struct svd_hal_gpio_config config;
	struct svd_hal_error err;
	uint32_t all_inputs = 0xFFFFFFFFu, disabled = 3u << 16;

	(void)state;
	make_file(file, 0x481AF000u, 0, 0);
	write_at(file, 0x481AC134, &all_inputs, 4); /* GPIO2 OE at reset */
	write_at(file, 0x44E000B4, &disabled, 4);   /* GPIO3 clock off */
	memset(&config, 0, sizeof(config));
	config.paths.dt_root = make_device_tree("am335x");
	config.paths.devmem = file;
	if (svd_hal_gpio_open(&config, &gpio, &err) < 0)
		fail_msg("%s", err.message);

	assert_int_equal(svd_hal_gpio_enable_bank(gpio, 2), 0);
	assert_int_equal(word_at(file, 0x44E000B0), 2u);
	assert_int_equal(
	    svd_hal_gpio_set_direction(gpio, AM335X_PIN(2, 7), SVD_HAL_OUTPUT),
	    0);
	assert_int_equal(word_at(file, 0x481AC134), 0xFFFFFF7Fu);
	assert_int_equal(svd_hal_gpio_set_pin(gpio, AM335X_PIN(2, 7)), 0);
	assert_int_equal(word_at(file, 0x481AC194), 0x80u);
	assert_int_equal(svd_hal_gpio_clear_pin(gpio, AM335X_PIN(2, 7)), 0);
	assert_int_equal(word_at(file, 0x481AC190), 0x80u);
	write_at(file, 0x481AC138, &(uint32_t){1u << 9}, 4);
	assert_int_equal(svd_hal_gpio_read_pin(gpio, AM335X_PIN(2, 9)), 1);
	assert_int_equal(svd_hal_gpio_set_mask(gpio, 1, 0x01E00000u), 0);
	assert_int_equal(word_at(file, 0x4804C194), 0x01E00000u);

	/* Pad mode of GPIO2_7 = conf_lcd_data1 at 0x44E108A4. */
	write_at(file, 0x44E108A4, &(uint32_t){0x27}, 4);
	assert_int_equal(
	    svd_hal_gpio_am335x_read_pad_mode(gpio, AM335X_PIN(2, 7)), 7);
	assert_int_equal(
	    svd_hal_gpio_am335x_read_pad_mode(gpio, AM335X_PIN(3, 30)), -1);
	assert_int_equal(errno, ENOENT);

	/* Bank 3's clock is off: refused, nothing written. */
	read_at(file, 0x481AE000, before, sizeof(before));
	assert_int_equal(svd_hal_gpio_set_pin(gpio, AM335X_PIN(3, 1)), -1);
	assert_int_equal(errno, EIO);
	assert_non_null(strstr(svd_hal_gpio_get_error(gpio), "enable_bank"));
	/* Out of range: refused, nothing written. */
	assert_int_equal(svd_hal_gpio_set_pin(gpio, 128), -1);
	assert_int_equal(errno, EINVAL);
	assert_int_equal(svd_hal_gpio_set_direction(gpio, 200, SVD_HAL_OUTPUT),
			 -1);
	assert_int_equal(svd_hal_gpio_set_mask(gpio, 4, 1), -1);
	assert_int_equal(svd_hal_gpio_enable_bank(gpio, 4), -1);
	read_at(file, 0x481AE000, after, sizeof(after));
	assert_memory_equal(before, after, sizeof(before));

	/* IDLEST never reaches FUNC in a file that keeps 3 there. */
	assert_int_equal(svd_hal_gpio_enable_bank(gpio, 3), -1);
	assert_int_equal(errno, ETIMEDOUT);
	svd_hal_gpio_close(gpio);
}

/* Remove the scratch directory and everything in it. */
static int remove_scratch(void **state)
{
	char command[512];

	(void)state;
	snprintf(command, sizeof(command), "rm -rf '%s'", scratch);
	return system(command) == 0 ? 0 : -1;
}

static int create_scratch(void **state)
{
	const char *tmp = getenv("TMPDIR");

	(void)state;
	snprintf(scratch, sizeof(scratch), "%s/svdhal-XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	return mkdtemp(scratch) ? 0 : -1;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_map_above_2gib),
	    cmocka_unit_test(test_map_unaligned),
	    cmocka_unit_test(test_map_short_file),
	    cmocka_unit_test(test_map_environment),
	    cmocka_unit_test(test_errors_from_files),
	    cmocka_unit_test(test_errors_injected),
	    cmocka_unit_test(test_detect_raspberry_pis),
	    cmocka_unit_test(test_detect_beaglebone_and_tinker),
	    cmocka_unit_test(test_detect_pi5_refused),
	    cmocka_unit_test(test_detect_bad_trees),
	    cmocka_unit_test(test_open_any_board),
	    cmocka_unit_test(test_rk3288_events_and_pulls),
	    cmocka_unit_test(test_parse_pin),
	    cmocka_unit_test(test_fallback),
	    cmocka_unit_test(test_bcm_pins),
	    cmocka_unit_test(test_bcm2711_pulls),
	    cmocka_unit_test(test_bcm_out_of_range),
	    cmocka_unit_test(test_am335x),
	    cmocka_unit_test(test_gpiomem_named_without_gpiomem),
	};

	return cmocka_run_group_tests(tests, create_scratch, remove_scratch);
}

// SPDX-License-Identifier: MIT
/*
 * Which board this is, from the device tree: the SoC from <dt-root>/
 * compatible, the Raspberry Pi peripheral base from <dt-root>/soc/ranges
 * (what bcm_host_get_peripheral_address() reads), the model for messages.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Compatible strings that name a SoC, old downstream names included. */
static const struct {
	const char *compatible;
	enum svd_hal_soc soc;
} compatible_socs[] = {
    {"brcm,bcm2712", SVD_HAL_SOC_BCM2712},
    {"brcm,bcm2711", SVD_HAL_SOC_BCM2711},
    {"brcm,bcm2837", SVD_HAL_SOC_BCM2837},
    {"brcm,bcm2836", SVD_HAL_SOC_BCM2837},
    {"brcm,bcm2710", SVD_HAL_SOC_BCM2837},
    {"brcm,bcm2709", SVD_HAL_SOC_BCM2837},
    {"brcm,bcm2835", SVD_HAL_SOC_BCM2835},
    {"brcm,bcm2708", SVD_HAL_SOC_BCM2835},
    {"ti,am33xx", SVD_HAL_SOC_AM335X},
    {"rockchip,rk3288", SVD_HAL_SOC_RK3288},
};

/*
 * Read <root>/<name> into buffer; sets *length. Returns 0, or -1 with
 * errno from fopen or EFBIG when the file does not fit.
 */
static int read_dt_file(const char *root, const char *name, char *buffer,
			size_t size, size_t *length)
{
	char path[4096];
	FILE *file;
	size_t got;
	int code;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", root, name) >=
	    sizeof(path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	file = fopen(path, "rbe");
	if (!file)
		return -1;
	got = fread(buffer, 1, size, file);
	code = ferror(file) ? EIO : 0;
	if (!code && got == size && fgetc(file) != EOF)
		code = EFBIG;
	fclose(file);
	if (code) {
		errno = code;
		return -1;
	}
	*length = got;
	return 0;
}

static uint32_t read_be32(const unsigned char *bytes)
{
	return (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 |
	       (uint32_t)bytes[2] << 8 | (uint32_t)bytes[3];
}

enum svd_hal_soc svd_hal_soc_from_base(uint64_t base)
{
	switch (base) {
	case 0x20000000u:
		return SVD_HAL_SOC_BCM2835;
	case 0x3F000000u:
		return SVD_HAL_SOC_BCM2837;
	case 0xFE000000u:
		return SVD_HAL_SOC_BCM2711;
	default:
		return SVD_HAL_SOC_UNKNOWN;
	}
}

/*
 * The peripheral base from soc/ranges: cells of child address, parent
 * address, size, big-endian. The parent address is bytes 4-7; on a Pi 4
 * it has two cells, bytes 4-7 are its (zero) high word and 8-11 the base.
 */
static int read_peripheral_base(const char *root, uint64_t *base,
				struct svd_hal_error *err)
{
	unsigned char ranges[256];
	size_t length;
	uint32_t parent;

	if (read_dt_file(root, "soc/ranges", (char *)ranges, sizeof(ranges),
			 &length) < 0)
		return svd_hal_set_error(
		    err, errno == ENOENT ? ENOENT : EINVAL,
		    "cannot read %s/soc/ranges (%s): no Raspberry Pi "
		    "peripheral base in this device tree",
		    root, strerror(errno));
	if (length < 12)
		return svd_hal_set_error(err, EINVAL,
					 "%s/soc/ranges is %zu bytes, too "
					 "short for one range (12 or more)",
					 root, length);
	parent = read_be32(ranges + 4);
	if (parent == 0)
		parent = read_be32(ranges + 8);
	*base = parent;
	return 0;
}

/* Copy a device-tree string property, whose NULs end it. */
static void copy_dt_string(char *to, size_t size, const char *from,
			   size_t length)
{
	if (length >= size)
		length = size - 1;
	memcpy(to, from, length);
	to[length] = '\0';
}

/*
 * The SoC named by a compatible list (strings separated by NULs): the
 * first entry found in compatible_socs. Copies that entry to board.
 */
static enum svd_hal_soc soc_from_compatible(const char *list, size_t length,
					    struct svd_hal_board *board)
{
	size_t at, i;

	for (at = 0; at < length; at += strlen(list + at) + 1) {
		for (i = 0;
		     i < sizeof(compatible_socs) / sizeof(compatible_socs[0]);
		     i++) {
			if (strcmp(list + at, compatible_socs[i].compatible))
				continue;
			copy_dt_string(board->compatible,
				       sizeof(board->compatible), list + at,
				       strlen(list + at));
			return compatible_socs[i].soc;
		}
	}
	return SVD_HAL_SOC_UNKNOWN;
}

/* Read the SoC, model and peripheral base from the device tree. */
int svd_hal_detect_board(const struct svd_hal_paths *paths,
			 struct svd_hal_board *board, struct svd_hal_error *err)
{
	const char *root = svd_hal_dt_root_path(paths);
	char text[1024];
	size_t length;
	enum svd_hal_soc named, by_base;
	uint64_t base = 0;

	memset(board, 0, sizeof(*board));
	if (read_dt_file(root, "model", text, sizeof(text) - 1, &length) == 0)
		copy_dt_string(board->model, sizeof(board->model), text,
			       strnlen(text, length));
	if (read_dt_file(root, "compatible", text, sizeof(text) - 1, &length) <
	    0) {
		if (errno == ENOENT)
			return svd_hal_set_error(
			    err, ENOENT,
			    "no device tree at %s: cannot tell the board; "
			    "name the SoC instead (--soc)",
			    root);
		return svd_hal_set_error(err, EINVAL,
					 "cannot read %s/compatible: %s", root,
					 strerror(errno));
	}
	text[length] = '\0';
	named = soc_from_compatible(text, length, board);

	switch (named) {
	case SVD_HAL_SOC_BCM2712:
		board->soc = named;
		return svd_hal_set_error(
		    err, ENODEV,
		    "%s (brcm,bcm2712) is a Raspberry Pi 5: its GPIO is on "
		    "the RP1 chip behind PCIe, which this library does not "
		    "drive; nothing was mapped or written (use libgpiod)",
		    board->model[0] ? board->model : "this board");
	case SVD_HAL_SOC_AM335X:
	case SVD_HAL_SOC_RK3288:
		board->soc = named;
		return 0;
	default:
		break;
	}

	if (read_peripheral_base(root, &base, err) < 0) {
		if (named == SVD_HAL_SOC_UNKNOWN)
			return svd_hal_set_error(
			    err, ENODEV,
			    "%s is not a board this library drives "
			    "(Raspberry Pi 1-4, BeagleBone Black, Tinker "
			    "Board): %s/compatible names no SoC it knows. "
			    "For another SoC, map its GPIO with "
			    "svd_hal_map_open() at the generated _BASE, "
			    "sizeof(TYPE_Type) bytes, and use the generated "
			    "accessors (doc/porting.md)",
			    board->model[0] ? board->model : "this board",
			    root);
		return -1;
	}
	board->peripheral_base = base;
	by_base = svd_hal_soc_from_base(base);
	if (by_base == SVD_HAL_SOC_UNKNOWN)
		return svd_hal_set_error(
		    err, ENODEV,
		    "%s/soc/ranges gives peripheral base 0x%" PRIx64
		    ", which is no Raspberry Pi this library knows "
		    "(0x20000000, 0x3f000000, 0xfe000000)",
		    root, base);
	if (named != SVD_HAL_SOC_UNKNOWN && named != by_base)
		return svd_hal_set_error(
		    err, EINVAL,
		    "%s/compatible says %s but soc/ranges gives base 0x%" PRIx64
		    ", which is a %s: the device tree contradicts itself",
		    root, board->compatible, base, svd_hal_soc_name(by_base));
	board->soc = by_base;
	return 0;
}

int svd_hal_detect_soc(const struct svd_hal_paths *paths, const char **soc,
		       char *board, size_t size, struct svd_hal_error *err)
{
	struct svd_hal_board found;

	if (svd_hal_detect_board(paths, &found, err) < 0)
		return -1;
	*soc = svd_hal_soc_name(found.soc);
	if (board && size)
		snprintf(board, size, "%s",
			 found.model[0] ? found.model : found.compatible);
	return 0;
}

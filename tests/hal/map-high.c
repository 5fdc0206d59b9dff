// SPDX-License-Identifier: MIT
/*
 * Map blocks of a sparse file standing in for /dev/mem: past 2 GiB (the
 * Pi 4's GPIO at 0xFE200000), past 4 GiB, and off a page boundary. Plain
 * C, no cmocka, so that it also runs cross-built for armhf under qemu-arm,
 * where a 32-bit off_t would fail it. Usage: map-high DIRECTORY
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

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "svd-hal.h"

/*
 * Whether plain mmap() reaches offset: qemu-user before 8.0 truncates mmap2
 * offsets to 32 bits, so past 4 GiB an emulated armhf process gets the
 * wrong page whatever the library does. Then that offset is skipped.
 */
static int platform_maps(const char *file, uint64_t offset)
{
	uint64_t page = (uint64_t)sysconf(_SC_PAGESIZE);
	uint64_t aligned = offset & ~(page - 1);
	uint32_t expected, seen;
	void *pages;
	int fd;

	fd = open(file, O_RDONLY);
	if (fd < 0 || pread(fd, &expected, 4, (off_t)offset) != 4)
		return 0;
	pages = mmap(NULL, (size_t)page * 2, PROT_READ, MAP_SHARED, fd,
		     (off_t)aligned);
	close(fd);
	if (pages == MAP_FAILED)
		return 0;
	memcpy(&seen, (char *)pages + (offset - aligned), 4);
	munmap(pages, (size_t)page * 2);
	return seen == expected;
}

/* Write a marker at offset, map it through the hal, read it back. */
static int check_offset(const char *file, uint64_t offset)
{
	struct svd_hal_paths paths = {file, NULL, NULL, NULL};
	uint32_t marker = (uint32_t)(offset ^ 0xA5A5A5A5u), seen;
	struct svd_hal_error err;
	struct svd_hal_map *map;
	int fd;

	fd = open(file, O_RDWR);
	if (fd < 0 || pwrite(fd, &marker, 4, (off_t)offset) != 4) {
		perror(file);
		return 1;
	}
	close(fd);
	if (!platform_maps(file, offset)) {
		printf("skip 0x%" PRIx64 ": plain mmap() cannot reach it here "
		       "(qemu-user before 8.0 truncates mmap2 offsets)\n",
		       offset);
		return 0;
	}
	if (svd_hal_map_open(&paths, SVD_HAL_DEVICE_DEVMEM, offset, 8, &map,
			     &err) < 0) {
		fprintf(stderr, "map-high: 0x%" PRIx64 ": %s\n", offset,
			err.message);
		return 1;
	}
	seen = *(volatile uint32_t *)svd_hal_map_pointer(map);
	svd_hal_map_close(map);
	printf("%s 0x%" PRIx64 ": marker 0x%08" PRIx32 ", read 0x%08" PRIx32
	       "\n",
	       seen == marker ? "ok" : "FAIL", offset, marker, seen);
	return seen != marker;
}

int main(int argc, char **argv)
{
	static const uint64_t offsets[] = {0xFE200034u, 0x80000000u,
					   0x100000ffcull, 0x44E00404u, 0x7u};
	char file[4096];
	size_t i;
	int fd, failures = 0;

	if (argc != 2) {
		fprintf(stderr, "usage: map-high DIRECTORY\n");
		return 2;
	}
	printf("map-high: off_t is %zu bits\n", sizeof(off_t) * 8);
	snprintf(file, sizeof(file), "%s/map-high.bin", argv[1]);
	fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || ftruncate(fd, (off_t)0x110000000ull) < 0) {
		perror(file);
		return 1;
	}
	close(fd);
	for (i = 0; i < sizeof(offsets) / sizeof(offsets[0]); i++)
		failures += check_offset(file, offsets[i]);
	unlink(file);
	return failures ? 1 : 0;
}

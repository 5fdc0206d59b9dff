// SPDX-License-Identifier: MIT
/*
 * Mapping device memory: /dev/gpiomem (the GPIO block at offset 0, no root
 * needed) or /dev/mem (physical addresses). Offsets are 64-bit everywhere:
 * the BCM2711's peripherals sit at 0xFE000000, past 2 GiB, which a 32-bit
 * off_t cannot reach on 32-bit ARM.
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

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

#include "internal.h"

/* Without a 64-bit off_t, mmap could not reach the Pi 4's peripherals. */
typedef char svd_hal_off_t_is_64_bits[sizeof(off_t) == 8 ? 1 : -1];

struct svd_hal_map {
	void *pages;	     /* what mmap returned: page aligned */
	size_t pages_length; /* bytes mapped from pages */
	void *pointer;	     /* the byte at the offset asked for */
};

/*
 * Whether the kernel is locked down, from the lockdown file's selected
 * mode ("none [integrity] confidentiality"). Puts the mode in mode.
 */
static bool read_lockdown(const struct svd_hal_paths *paths, char *mode,
			  size_t size)
{
	char line[128];
	char *start, *end;
	FILE *file;
	size_t length;

	file = fopen(svd_hal_lockdown_path(paths), "re");
	if (!file)
		return false;
	if (!fgets(line, sizeof(line), file)) {
		fclose(file);
		return false;
	}
	fclose(file);
	start = strchr(line, '[');
	end = start ? strchr(start, ']') : NULL;
	if (!start || !end)
		return false;
	length = (size_t)(end - start - 1);
	if (length >= size)
		length = size - 1;
	memcpy(mode, start + 1, length);
	mode[length] = '\0';
	return strcmp(mode, "none") != 0;
}

/* The message for a failed open() of /dev/gpiomem. */
static void describe_gpiomem_open(const char *path, int code,
				  struct svd_hal_error *err)
{
	switch (code) {
	case ENOENT:
		if (strcmp(path, SVD_HAL_DEFAULT_GPIOMEM) != 0) {
			svd_hal_set_error(err, code,
					  "%s does not exist (it was named in "
					  "place of %s; nothing else was "
					  "opened)",
					  path, SVD_HAL_DEFAULT_GPIOMEM);
			break;
		}
		svd_hal_set_error(
		    err, code,
		    "%s does not exist: this is not a Raspberry Pi kernel "
		    "(or its bcm2835-gpiomem driver is not loaded); use "
		    "/dev/mem as root instead",
		    path);
		break;
	case EACCES:
	case EPERM:
		svd_hal_set_error(
		    err, code,
		    "permission denied opening %s: add the user to group "
		    "gpio (sudo usermod -aG gpio $USER, then log in again)",
		    path);
		break;
	case EISDIR:
		svd_hal_set_error(
		    err, code, "%s is a directory, not the GPIO device", path);
		break;
	default:
		svd_hal_set_error(err, code, "cannot open %s: %s", path,
				  strerror(code));
		break;
	}
}

/* The message for a failed open() of /dev/mem. */
static void describe_devmem_open(const struct svd_hal_paths *paths,
				 const char *path, int code,
				 struct svd_hal_error *err)
{
	char mode[32];

	switch (code) {
	case ENOENT:
		if (strcmp(path, SVD_HAL_DEFAULT_DEVMEM) != 0) {
			svd_hal_set_error(err, code,
					  "%s does not exist (it was named in "
					  "place of %s; nothing else was "
					  "opened)",
					  path, SVD_HAL_DEFAULT_DEVMEM);
			break;
		}
		svd_hal_set_error(err, code,
				  "%s does not exist: the kernel was built "
				  "without CONFIG_DEVMEM",
				  path);
		break;
	case EPERM:
		if (read_lockdown(paths, mode, sizeof(mode))) {
			svd_hal_set_error(
			    err, code,
			    "%s is closed, to root too: the kernel is locked "
			    "down (lockdown=%s); boot with lockdown=none, "
			    "which needs secure boot turned off",
			    path, mode);
			break;
		}
		/* fall through */
	case EACCES:
		svd_hal_set_error(
		    err, code,
		    "permission denied opening %s: run as root (sudo), or "
		    "give the program CAP_SYS_RAWIO and read-write access "
		    "to %s",
		    path, path);
		break;
	case EISDIR:
		svd_hal_set_error(
		    err, code, "%s is a directory, not a memory device", path);
		break;
	default:
		svd_hal_set_error(err, code, "cannot open %s: %s", path,
				  strerror(code));
		break;
	}
}

/* The message for a failed mmap() of /dev/mem. */
static void describe_devmem_mmap(const struct svd_hal_paths *paths,
				 const char *path, uint64_t offset, int code,
				 struct svd_hal_error *err)
{
	char mode[32];

	if (code == EPERM && read_lockdown(paths, mode, sizeof(mode))) {
		svd_hal_set_error(err, code,
				  "cannot map 0x%" PRIx64 " from %s: the "
				  "kernel is locked down (lockdown=%s); boot "
				  "with lockdown=none, which needs secure "
				  "boot turned off",
				  offset, path, mode);
		return;
	}
	if (code == EPERM || code == EINVAL) {
		svd_hal_set_error(
		    err, code,
		    "the kernel refused to map 0x%" PRIx64 " from %s: "
		    "CONFIG_IO_STRICT_DEVMEM keeps /dev/mem away from "
		    "memory a driver has claimed; boot with iomem=relaxed "
		    "on the kernel command line (cmdline.txt on a Pi, "
		    "cmdline= in uEnv.txt on a BeagleBone)",
		    offset, path);
		return;
	}
	svd_hal_set_error(err, code, "cannot map 0x%" PRIx64 " from %s: %s",
			  offset, path, strerror(code));
}

/* Write the message for a failed open() or mmap() of a device file. */
void svd_hal_describe_error(const struct svd_hal_paths *paths,
			    enum svd_hal_device device, const char *path,
			    uint64_t offset, bool during_mmap, int code,
			    struct svd_hal_error *err)
{
	const char *system_path = device == SVD_HAL_DEVICE_GPIOMEM
				      ? SVD_HAL_DEFAULT_GPIOMEM
				      : SVD_HAL_DEFAULT_DEVMEM;

	/*
	 * A file named in place of the device: its permissions are the
	 * user's own business, not a matter of groups or root.
	 */
	if (!during_mmap && (code == EACCES || code == EPERM) &&
	    strcmp(path, system_path) != 0) {
		svd_hal_set_error(err, code,
				  "permission denied opening %s (it was named "
				  "in place of %s; nothing else was opened): "
				  "give this user read and write access to it",
				  path, system_path);
		return;
	}
	if (device == SVD_HAL_DEVICE_GPIOMEM) {
		if (!during_mmap) {
			describe_gpiomem_open(path, code, err);
			return;
		}
		svd_hal_set_error(err, code,
				  "cannot map 0x%" PRIx64 " from %s (%s): "
				  "%s maps only the GPIO block, from offset "
				  "0; other peripherals need /dev/mem",
				  offset, path, strerror(code), path);
		return;
	}
	if (!during_mmap)
		describe_devmem_open(paths, path, code, err);
	else
		describe_devmem_mmap(paths, path, offset, code, err);
}

/*
 * A file standing in for a device must hold the whole block: touching a
 * mapped page past the end of a file raises SIGBUS. An ordinary file is
 * checked by its size. Other files (a character device such as /dev/zero
 * or /dev/null, a FIFO) have no size to check, so they get a probe read
 * at the offset first; /dev/mem itself and the gpiomem driver, which
 * check offsets in mmap, are left alone (gpiomem cannot be read).
 * Sets *probe_pages when the mapping must be probed too (probe_mapping).
 */
static int check_file_size(int fd, const char *path, enum svd_hal_device device,
			   uint64_t offset, size_t length, bool *probe_pages,
			   struct svd_hal_error *err)
{
	struct stat status;
	unsigned char byte;
	ssize_t got;

	*probe_pages = false;
	if (fstat(fd, &status) < 0)
		return svd_hal_set_error(err, errno, "cannot stat %s: %s", path,
					 strerror(errno));
	/* A directory never gets here: open(O_RDWR) fails with EISDIR. */
	if (S_ISREG(status.st_mode)) {
		if ((uint64_t)status.st_size >= offset + length)
			return 0;
		return svd_hal_set_error(
		    err, ENXIO,
		    "%s is a %" PRIu64 "-byte file, too short for %zu bytes "
		    "at 0x%" PRIx64 ": extend it (truncate -s %" PRIu64 " %s)",
		    path, (uint64_t)status.st_size, length, offset,
		    offset + length, path);
	}
	if (S_ISCHR(status.st_mode) && (status.st_rdev == makedev(1, 1) ||
					device == SVD_HAL_DEVICE_GPIOMEM))
		return 0;
	got = pread(fd, &byte, 1, (off_t)offset);
	if (got < 0)
		return svd_hal_set_error(err, ENXIO,
					 "%s cannot stand in for memory: "
					 "reading 0x%" PRIx64 " fails (%s)",
					 path, offset, strerror(errno));
	if (got == 0)
		return svd_hal_set_error(err, ENXIO,
					 "%s cannot stand in for memory: it "
					 "has no data at 0x%" PRIx64
					 " (it is empty, like /dev/null)",
					 path, offset);
	*probe_pages = true;
	return 0;
}

/*
 * Read one byte of every mapped page through the kernel (a write to a
 * pipe), which answers EFAULT where the program itself would die of
 * SIGBUS: /dev/zero maps, but has no pages at a device's offsets.
 */
static int probe_mapping(const char *path, const char *pages,
			 size_t pages_length, uint64_t aligned,
			 struct svd_hal_error *err)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	char byte;
	int ends[2];
	size_t at;
	int code = 0;

	if (pipe(ends) < 0)
		return svd_hal_set_error(err, errno,
					 "cannot check %s: pipe: %s", path,
					 strerror(errno));
	for (at = 0; at < pages_length && !code; at += page) {
		if (write(ends[1], pages + at, 1) == 1) {
			if (read(ends[0], &byte, 1) != 1)
				code = EIO;
			continue;
		}
		code = errno;
	}
	close(ends[0]);
	close(ends[1]);
	if (!code)
		return 0;
	return svd_hal_set_error(err, ENXIO,
				 "%s cannot stand in for memory: the page "
				 "at 0x%" PRIx64 " maps but cannot be read "
				 "(%s); the program would die of SIGBUS",
				 path, aligned + at - page, strerror(code));
}

/* Map length bytes at offset of a device file, offset in any alignment. */
int svd_hal_map_open(const struct svd_hal_paths *paths,
		     enum svd_hal_device device, uint64_t offset, size_t length,
		     struct svd_hal_map **map, struct svd_hal_error *err)
{
	const char *path;
	uint64_t page, aligned, delta;
	size_t pages_length;
	struct svd_hal_map *new_map;
	void *pages;
	int fd, flags, code;
	bool probe_pages;

	path = device == SVD_HAL_DEVICE_GPIOMEM ? svd_hal_gpiomem_path(paths)
						: svd_hal_devmem_path(paths);
	if (!map || length == 0)
		return svd_hal_set_error(err, EINVAL, "nothing to map from %s",
					 path);
	page = (uint64_t)sysconf(_SC_PAGESIZE);
	aligned = offset & ~(page - 1);
	delta = offset - aligned;
	if (aligned > (uint64_t)INT64_MAX || length > SIZE_MAX - page * 2)
		return svd_hal_set_error(err, EOVERFLOW,
					 "cannot map %zu bytes at 0x%" PRIx64
					 " from %s: out of range",
					 length, offset, path);
	pages_length = (size_t)((delta + length + page - 1) & ~(page - 1));

	flags = O_RDWR | O_CLOEXEC;
	if (device == SVD_HAL_DEVICE_DEVMEM)
		flags |= O_SYNC; /* uncached */
	fd = open(path, flags);
	if (fd < 0) {
		svd_hal_describe_error(paths, device, path, offset, false,
				       errno, err);
		goto err_open;
	}
	if (check_file_size(fd, path, device, offset, length, &probe_pages,
			    err) < 0)
		goto err_size;
	pages = mmap(NULL, pages_length, PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		     (off_t)aligned);
	if (pages == MAP_FAILED) {
		svd_hal_describe_error(paths, device, path, offset, true, errno,
				       err);
		goto err_mmap;
	}
	close(fd); /* the mapping keeps the file */
	if (probe_pages &&
	    probe_mapping(path, pages, pages_length, aligned, err) < 0)
		goto err_probe;

	new_map = calloc(1, sizeof(*new_map));
	if (!new_map) {
		svd_hal_set_error(err, ENOMEM, "out of memory");
		goto err_alloc;
	}
	new_map->pages = pages;
	new_map->pages_length = pages_length;
	new_map->pointer = (char *)pages + delta;
	*map = new_map;
	return 0;

err_alloc:
	munmap(pages, pages_length);
	errno = ENOMEM;
	return -1;
err_probe:
	munmap(pages, pages_length);
	errno = ENXIO;
	return -1;
err_mmap:
err_size:
	code = err ? err->code : errno;
	close(fd);
	errno = code;
err_open:
	return -1;
}

void *svd_hal_map_pointer(const struct svd_hal_map *map)
{
	return map->pointer;
}

void svd_hal_map_close(struct svd_hal_map *map)
{
	if (!map)
		return;
	munmap(map->pages, map->pages_length);
	free(map);
}

/*
 * Map a Raspberry Pi's GPIO block. A device the caller (or the
 * environment) named is used or refused, never replaced: a typo in a
 * simulation path must not drive real pins. Only when neither device was
 * named does a failure of /dev/gpiomem fall back to /dev/mem, and then
 * *fallback_reason says why.
 */
int svd_hal_map_gpio_block(const struct svd_hal_paths *paths, bool use_devmem,
			   bool gpiomem_named, bool devmem_named,
			   uint64_t address, size_t length,
			   struct svd_hal_map **map, const char **device,
			   struct svd_hal_error *fallback_reason,
			   struct svd_hal_error *err)
{
	struct svd_hal_error gpiomem_err, devmem_err;
	bool try_gpiomem = !use_devmem && (gpiomem_named || !devmem_named);
	bool may_fall_back = !use_devmem && !gpiomem_named && !devmem_named;

	fallback_reason->code = 0;
	fallback_reason->message[0] = '\0';
	if (try_gpiomem) {
		*device = svd_hal_gpiomem_path(paths);
		if (svd_hal_map_open(paths, SVD_HAL_DEVICE_GPIOMEM, 0, length,
				     map, &gpiomem_err) == 0)
			return 0;
		if (!may_fall_back)
			return svd_hal_set_error(err, gpiomem_err.code, "%s",
						 gpiomem_err.message);
	}
	*device = svd_hal_devmem_path(paths);
	if (svd_hal_map_open(paths, SVD_HAL_DEVICE_DEVMEM, address, length, map,
			     &devmem_err) == 0) {
		if (try_gpiomem)
			svd_hal_set_error(fallback_reason, gpiomem_err.code,
					  "mapped %s instead of %s: %s",
					  *device, svd_hal_gpiomem_path(paths),
					  gpiomem_err.message);
		return 0;
	}
	if (!try_gpiomem)
		return svd_hal_set_error(err, devmem_err.code, "%s",
					 devmem_err.message);
	return svd_hal_set_error(
	    err, gpiomem_err.code, "%s. Then %s, tried instead, failed too: %s",
	    gpiomem_err.message, svd_hal_devmem_path(paths),
	    devmem_err.message);
}

/* SPDX-License-Identifier: MIT */
/* Command-line handling shared by the examples. */
#ifndef EXAMPLES_COMMON_H
#define EXAMPLES_COMMON_H

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "svd-hal.h"

struct example_options {
	unsigned long iterations;
	unsigned long delay_ms;
	const char *mem;
	enum svd_hal_soc soc;
};

/* Parse a non-negative decimal number; false if it is not one. */
static int parse_number(const char *text, unsigned long *value)
{
	char *end;

	if (!text || *text < '0' || *text > '9')
		return 0;
	errno = 0;
	*value = strtoul(text, &end, 10);
	return errno == 0 && *end == '\0';
}

/* Parse a SoC name as svd_hal_soc_name() spells it. */
static int parse_soc(const char *text, enum svd_hal_soc *soc)
{
	static const enum svd_hal_soc socs[] = {
	    SVD_HAL_SOC_BCM2835, SVD_HAL_SOC_BCM2837, SVD_HAL_SOC_BCM2711,
	    SVD_HAL_SOC_AM335X};
	size_t i;

	for (i = 0; i < sizeof(socs) / sizeof(socs[0]); i++) {
		if (text && strcmp(text, svd_hal_soc_name(socs[i])) == 0) {
			*soc = socs[i];
			return 1;
		}
	}
	return 0;
}

/*
 * Parse --iterations N, --delay MS, --mem FILE, --soc NAME and --help.
 * Returns 0 to go on, 1 when help was printed, 2 on a usage error.
 */
static int parse_options(int argc, char **argv, const char *usage,
			 struct example_options *options)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *value = i + 1 < argc ? argv[i + 1] : NULL;

		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			fputs(usage, stdout);
			return 1;
		} else if (strcmp(argv[i], "--iterations") == 0) {
			if (!parse_number(value, &options->iterations))
				goto err_value;
			i++;
		} else if (strcmp(argv[i], "--delay") == 0) {
			if (!parse_number(value, &options->delay_ms))
				goto err_value;
			i++;
		} else if (strcmp(argv[i], "--mem") == 0) {
			if (!value)
				goto err_value;
			options->mem = value;
			i++;
		} else if (strcmp(argv[i], "--soc") == 0) {
			if (!parse_soc(value, &options->soc))
				goto err_value;
			i++;
		} else {
			fprintf(stderr, "%s: unknown option '%s'\n%s", argv[0],
				argv[i], usage);
			return 2;
		}
	}
	return 0;

err_value:
	fprintf(stderr, "%s: %s needs a valid value\n%s", argv[0], argv[i],
		usage);
	return 2;
}

/* Sleep between steps so that a blink can be seen. */
static void sleep_ms(unsigned long milliseconds)
{
	struct timespec pause;

	pause.tv_sec = (time_t)(milliseconds / 1000);
	pause.tv_nsec = (long)(milliseconds % 1000) * 1000000L;
	while (nanosleep(&pause, &pause) < 0 && errno == EINTR)
		;
}

#endif /* EXAMPLES_COMMON_H */

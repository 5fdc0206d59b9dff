// SPDX-License-Identifier: MIT
/* Error messages and the paths they name. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* A path given by the caller, else the environment, else the default. */
const char *svd_hal_resolve_path(const char *given, const char *variable,
				 const char *fallback)
{
	const char *value;

	if (given)
		return given;
	value = getenv(variable);
	if (value && *value)
		return value;
	return fallback;
}

const char *svd_hal_devmem_path(const struct svd_hal_paths *paths)
{
	return svd_hal_resolve_path(paths ? paths->devmem : NULL,
				    "SVD_HAL_DEVMEM", SVD_HAL_DEFAULT_DEVMEM);
}

const char *svd_hal_gpiomem_path(const struct svd_hal_paths *paths)
{
	return svd_hal_resolve_path(paths ? paths->gpiomem : NULL,
				    "SVD_HAL_GPIOMEM", SVD_HAL_DEFAULT_GPIOMEM);
}

const char *svd_hal_dt_root_path(const struct svd_hal_paths *paths)
{
	return svd_hal_resolve_path(paths ? paths->dt_root : NULL,
				    "SVD_HAL_DT_ROOT", SVD_HAL_DEFAULT_DT_ROOT);
}

const char *svd_hal_lockdown_path(const struct svd_hal_paths *paths)
{
	return svd_hal_resolve_path(paths ? paths->lockdown : NULL,
				    "SVD_HAL_LOCKDOWN",
				    SVD_HAL_DEFAULT_LOCKDOWN);
}

/* Whether a path was named by the caller or the environment. */
static bool named(const char *given, const char *variable)
{
	const char *value = getenv(variable);

	return given || (value && *value);
}

bool svd_hal_devmem_named(const struct svd_hal_paths *paths)
{
	return named(paths ? paths->devmem : NULL, "SVD_HAL_DEVMEM");
}

bool svd_hal_gpiomem_named(const struct svd_hal_paths *paths)
{
	return named(paths ? paths->gpiomem : NULL, "SVD_HAL_GPIOMEM");
}

/* Fill err (if not NULL) and errno; always returns -1. */
int svd_hal_set_error(struct svd_hal_error *err, int code, const char *format,
		      ...)
{
	va_list arguments;

	if (err) {
		err->code = code;
		va_start(arguments, format);
		vsnprintf(err->message, sizeof(err->message), format,
			  arguments);
		va_end(arguments);
	}
	errno = code;
	return -1;
}

const char *svd_hal_soc_name(enum svd_hal_soc soc)
{
	switch (soc) {
	case SVD_HAL_SOC_BCM2835:
		return "bcm2835";
	case SVD_HAL_SOC_BCM2837:
		return "bcm2837";
	case SVD_HAL_SOC_BCM2711:
		return "bcm2711";
	case SVD_HAL_SOC_BCM2712:
		return "bcm2712";
	case SVD_HAL_SOC_AM335X:
		return "am335x";
	case SVD_HAL_SOC_RK3288:
		return "rk3288";
	case SVD_HAL_SOC_UNKNOWN:
		break;
	}
	return "unknown";
}

/* The SoC a name spells as svd_hal_soc_name() does; UNKNOWN otherwise. */
enum svd_hal_soc svd_hal_soc_from_name(const char *name)
{
	static const enum svd_hal_soc socs[] = {
	    SVD_HAL_SOC_BCM2835, SVD_HAL_SOC_BCM2837, SVD_HAL_SOC_BCM2711,
	    SVD_HAL_SOC_BCM2712, SVD_HAL_SOC_AM335X,  SVD_HAL_SOC_RK3288};
	size_t i;

	for (i = 0; name && i < sizeof(socs) / sizeof(socs[0]); i++)
		if (strcmp(name, svd_hal_soc_name(socs[i])) == 0)
			return socs[i];
	return SVD_HAL_SOC_UNKNOWN;
}

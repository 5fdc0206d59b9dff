/* SPDX-License-Identifier: MIT */
/* Helpers shared by the files of libsvdhal; not installed. */
#ifndef SVD_HAL_INTERNAL_H
#define SVD_HAL_INTERNAL_H

#include "svd-hal.h"

#define SVD_HAL_DEFAULT_DEVMEM "/dev/mem"
#define SVD_HAL_DEFAULT_GPIOMEM "/dev/gpiomem"
#define SVD_HAL_DEFAULT_DT_ROOT "/proc/device-tree"
#define SVD_HAL_DEFAULT_LOCKDOWN "/sys/kernel/security/lockdown"

/* A path given by the caller, else the environment, else the default. */
const char *svd_hal_resolve_path(const char *given, const char *variable,
				 const char *fallback);

const char *svd_hal_devmem_path(const struct svd_hal_paths *paths);
const char *svd_hal_gpiomem_path(const struct svd_hal_paths *paths);
const char *svd_hal_dt_root_path(const struct svd_hal_paths *paths);
const char *svd_hal_lockdown_path(const struct svd_hal_paths *paths);

/* Fill err (if not NULL) and errno; always returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int svd_hal_set_error(struct svd_hal_error *err, int code, const char *format,
		      ...);

#endif /* SVD_HAL_INTERNAL_H */

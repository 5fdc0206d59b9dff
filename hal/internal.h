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

/* Whether the caller or the environment named the device's path. */
bool svd_hal_devmem_named(const struct svd_hal_paths *paths);
bool svd_hal_gpiomem_named(const struct svd_hal_paths *paths);

/* Fill err (if not NULL) and errno; always returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int svd_hal_set_error(struct svd_hal_error *err, int code, const char *format,
		      ...);

/* The systems-on-chip the library knows. */
enum svd_hal_soc {
	SVD_HAL_SOC_UNKNOWN = 0,
	SVD_HAL_SOC_BCM2835, /* Raspberry Pi 1, Zero */
	SVD_HAL_SOC_BCM2837, /* Pi 2 and 3: BCM2836/2837, one layout */
	SVD_HAL_SOC_BCM2711, /* Pi 4, 400, CM4 */
	SVD_HAL_SOC_BCM2712, /* Pi 5: GPIO is on RP1, refused */
	SVD_HAL_SOC_AM335X,  /* BeagleBone Black */
	SVD_HAL_SOC_RK3288,  /* ASUS Tinker Board */
};

/* What the device tree says about the board. */
struct svd_hal_board {
	enum svd_hal_soc soc;
	uint64_t peripheral_base; /* Raspberry Pi only */
	char model[128];	  /* <dt_root>/model, or "" */
	char compatible[64];	  /* the compatible entry naming the SoC */
};

const char *svd_hal_soc_name(enum svd_hal_soc soc);
enum svd_hal_soc svd_hal_soc_from_name(const char *name);
enum svd_hal_soc svd_hal_soc_from_base(uint64_t base);
int svd_hal_detect_board(const struct svd_hal_paths *paths,
			 struct svd_hal_board *board,
			 struct svd_hal_error *err);

/* The most register blocks one SoC's GPIO needs (RK3288: 9 + 3). */
#define SVD_HAL_MAX_BLOCKS 12

/* A register block at a physical address. */
struct svd_hal_block {
	uint64_t address;
	size_t length;
};

/*
 * What one SoC does, behind the handle. The common functions in gpio.c
 * check pins, banks and masks before calling these, so an operation only
 * touches registers. NULL members are "not on this SoC" (ENOTSUP).
 */
struct svd_hal_gpio_ops {
	enum svd_hal_soc soc;
	unsigned int bank_count;
	const uint32_t *bank_pins; /* the pins each bank has, as a mask */
	unsigned int block_count;
	const struct svd_hal_block *blocks;
	/* Block 0 may come from /dev/gpiomem at offset 0 (Raspberry Pi). */
	bool gpiomem;
	int (*enable_bank)(struct svd_hal_gpio *gpio, unsigned int bank);
	/* A bank may be used: its clock is on (AM335x). NULL: always. */
	int (*check_bank)(struct svd_hal_gpio *gpio, unsigned int bank);
	int (*set_direction)(struct svd_hal_gpio *gpio, unsigned int pin,
			     enum svd_hal_direction direction);
	/* Returns 0: an int so that callers can end in a tail call. */
	int (*write_mask)(struct svd_hal_gpio *gpio, unsigned int bank,
			  uint32_t mask, bool high);
	uint32_t (*read_mask)(struct svd_hal_gpio *gpio, unsigned int bank);
	int (*set_bias)(struct svd_hal_gpio *gpio, unsigned int pin,
			enum svd_hal_pull pull);
	int (*set_event)(struct svd_hal_gpio *gpio, unsigned int pin,
			 enum svd_hal_event event, bool enable);
	int (*read_event)(struct svd_hal_gpio *gpio, unsigned int pin);
	void (*clear_event)(struct svd_hal_gpio *gpio, unsigned int pin);
	int (*bcm_set_function)(struct svd_hal_gpio *gpio, unsigned int pin,
				enum svd_hal_bcm_function function);
	int (*bcm_get_function)(struct svd_hal_gpio *gpio, unsigned int pin);
	int (*am335x_read_pad_mode)(struct svd_hal_gpio *gpio,
				    unsigned int pin);
	int (*rk3288_set_iomux)(struct svd_hal_gpio *gpio, unsigned int pin,
				unsigned int function);
};

extern const struct svd_hal_gpio_ops svd_hal_bcm2835_ops;
extern const struct svd_hal_gpio_ops svd_hal_bcm2837_ops;
extern const struct svd_hal_gpio_ops svd_hal_bcm2711_ops;
extern const struct svd_hal_gpio_ops svd_hal_am335x_ops;
extern const struct svd_hal_gpio_ops svd_hal_rk3288_ops;

struct svd_hal_gpio {
	const struct svd_hal_gpio_ops *ops;
	void *block[SVD_HAL_MAX_BLOCKS];	     /* ops->blocks, located */
	struct svd_hal_map *map[SVD_HAL_MAX_BLOCKS]; /* NULL for memory */
	/*
	 * The pins of each bank that may be used without more checks: the
	 * bank exists and its clock is known on. The fast path of every pin
	 * operation is one test of this mask.
	 */
	uint32_t usable[16];
	char device[256]; /* the file mapped, or "" for memory */
	char error[SVD_HAL_ERROR_SIZE];
};

/* Keep a message in the handle, set errno; always returns -1. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
int svd_hal_gpio_fail(struct svd_hal_gpio *gpio, int code, const char *format,
		      ...);

/*
 * Map the GPIO block of a Raspberry Pi: the named device, or, when the
 * caller named neither, /dev/gpiomem then /dev/mem. Exposed for the tests,
 * which cannot let it reach the real devices. *fallback_reason is set (to
 * gpiomem's error) when it fell back.
 */
int svd_hal_map_gpio_block(const struct svd_hal_paths *paths, bool use_devmem,
			   bool gpiomem_named, bool devmem_named,
			   uint64_t address, size_t length,
			   struct svd_hal_map **map, const char **device,
			   struct svd_hal_error *fallback_reason,
			   struct svd_hal_error *err);

#endif /* SVD_HAL_INTERNAL_H */

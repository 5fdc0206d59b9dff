/* SPDX-License-Identifier: MIT */
/*
 * libsvdhal: Linux user-space GPIO for the Raspberry Pi (BCM2835,
 * BCM2836/2837, BCM2711), the BeagleBone Black (AM335x) and the ASUS
 * Tinker Board (RK3288), written on the accessors svdgen generates from
 * the SVDs in svd/.
 *
 * One handle, struct svd_hal_gpio, drives every board; behind it is one
 * table of operations per SoC. What only one SoC has (BCM alternate
 * functions, the AM335x pad mode, RK3288 pin mux) is an extra function on
 * the same handle that fails with ENOTSUP on the others. For a SoC the
 * library does not know, map its registers with svd_hal_map_open() at the
 * generated PERIPH_BASE, sizeof(TYPE_Type) bytes, and use the generated
 * accessors on the pointer (doc/porting.md).
 *
 * Objects are opaque handles, as in libgpiod. Functions return 0 (or a
 * value) on success and -1 with errno set on failure. Functions that open
 * something fill a struct svd_hal_error whose message says what went wrong
 * and what to do about it; the other functions keep the message in their
 * handle. The library never exits and never prints.
 *
 * A path the caller names (in struct svd_hal_paths or through the
 * environment variables below) is used or refused, never replaced by
 * another device.
 */
#ifndef SVD_HAL_H
#define SVD_HAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief Size of the message buffer in struct svd_hal_error. */
#define SVD_HAL_ERROR_SIZE 512

/**
 * @brief Why an operation failed: an errno value and a sentence for the
 * user that names the file involved and the remedy.
 */
struct svd_hal_error {
	int code;
	char message[SVD_HAL_ERROR_SIZE];
};

/**
 * @brief Where the library looks for devices and board data. A NULL
 * field falls back to an environment variable, then to the system path.
 * A path given here or in the environment is "named": it is used or the
 * open fails; the library falls back from /dev/gpiomem to /dev/mem only
 * when neither was named. Paths given here take precedence over the
 * environment: a caller that names devmem alone gets devmem alone:
 *
 *   devmem        SVD_HAL_DEVMEM     /dev/mem (physical addresses)
 *   gpiomem       SVD_HAL_GPIOMEM    /dev/gpiomem (GPIO block at offset 0)
 *   dt_root       SVD_HAL_DT_ROOT    /proc/device-tree
 *   lockdown      SVD_HAL_LOCKDOWN   /sys/kernel/security/lockdown
 *
 * Pointing them at ordinary files is how the tests run the real mmap code.
 */
struct svd_hal_paths {
	const char *devmem;
	const char *gpiomem;
	const char *dt_root;
	const char *lockdown;
};

/** @brief Which device file a mapping goes through. */
enum svd_hal_device {
	SVD_HAL_DEVICE_GPIOMEM, /**< offsets from the GPIO block */
	SVD_HAL_DEVICE_DEVMEM,	/**< physical addresses */
};

/** @brief A mapped block of device memory (opaque). */
struct svd_hal_map;

/**
 * @brief Map length bytes at offset of a device file. The offset need not
 * be page aligned: the containing pages are mapped and the pointer returned
 * by svd_hal_map_pointer() points at offset itself. This is the route for
 * any SoC: map a peripheral at its generated PERIPH_BASE, sizeof(TYPE_Type)
 * bytes, and pass the pointer to the generated accessors.
 *
 * A file standing in for the device must hold the whole block: an
 * ordinary file is checked by its size; another file that is neither
 * /dev/mem nor a gpiomem device (/dev/null, /dev/zero, a FIFO) gets a
 * probe read at offset and its mapping is read through the kernel before
 * it is returned, so it is refused (ENXIO) instead of raising SIGBUS.
 * @param paths Device paths (NULL for the defaults).
 * @param device gpiomem or devmem.
 * @param offset Byte offset in the device (a physical address for devmem);
 *        64 bits, also on 32-bit ARM.
 * @param length Bytes wanted, more than 0.
 * @param map Set to the new mapping on success.
 * @param err Filled on failure (may be NULL) with the remedy.
 * @return 0, or -1 with errno set.
 */
int svd_hal_map_open(const struct svd_hal_paths *paths,
		     enum svd_hal_device device, uint64_t offset, size_t length,
		     struct svd_hal_map **map, struct svd_hal_error *err);

/**
 * @brief Give the address of the mapped block.
 * @param map A mapping.
 * @return The address of the byte at the offset given to svd_hal_map_open().
 */
void *svd_hal_map_pointer(const struct svd_hal_map *map);

/**
 * @brief Unmap a block and free its handle.
 * @param map A mapping, or NULL.
 */
void svd_hal_map_close(struct svd_hal_map *map);

/**
 * @brief Write the message for a failed open() or mmap() of a device file.
 * Exposed so that tests (and callers with their own mapping code) can get
 * the message for any errno without provoking it.
 * @param paths Device paths (for the lockdown file); NULL for the defaults.
 * @param device The device that was being opened or mapped.
 * @param path Its path.
 * @param offset The offset being mapped (used in mmap messages).
 * @param during_mmap false for open(), true for mmap().
 * @param code The errno value.
 * @param err Filled with code and message.
 */
void svd_hal_describe_error(const struct svd_hal_paths *paths,
			    enum svd_hal_device device, const char *path,
			    uint64_t offset, bool during_mmap, int code,
			    struct svd_hal_error *err);

/**
 * @brief Tell which SoC the running board has, from its device tree.
 * @param paths Paths (the device-tree root); NULL for the defaults.
 * @param soc Set to the SoC's name as the library spells it ("bcm2835",
 *        "bcm2837", "bcm2711", "bcm2712", "am335x", "rk3288"): a static
 *        string.
 * @param board Filled with the board's model, or the device tree's
 *        compatible entry when it has no model (may be NULL).
 * @param size Bytes at board.
 * @param err Filled on failure (may be NULL), with what to do instead.
 * @return 0, or -1 with errno set (no device tree, an unknown board).
 */
int svd_hal_detect_soc(const struct svd_hal_paths *paths, const char **soc,
		       char *board, size_t size, struct svd_hal_error *err);

/** @brief Pin direction. */
enum svd_hal_direction {
	SVD_HAL_INPUT,
	SVD_HAL_OUTPUT,
};

/** @brief Pull resistors (the library translates to each SoC's encoding). */
enum svd_hal_pull {
	SVD_HAL_PULL_NONE,
	SVD_HAL_PULL_UP,
	SVD_HAL_PULL_DOWN,
};

/** @brief Event detectors; not every SoC has every kind. */
enum svd_hal_event {
	SVD_HAL_EVENT_RISING,
	SVD_HAL_EVENT_FALLING,
	SVD_HAL_EVENT_HIGH,
	SVD_HAL_EVENT_LOW,
	SVD_HAL_EVENT_ASYNC_RISING,  /**< BCM283x only */
	SVD_HAL_EVENT_ASYNC_FALLING, /**< BCM283x only */
};

/** @brief How to open the GPIO of a board. A zeroed struct detects. */
struct svd_hal_gpio_config {
	struct svd_hal_paths paths;
	/**
	 * "bcm2835", "bcm2837", "bcm2711", "am335x" or "rk3288"; NULL
	 * detects the SoC from the device tree (paths.dt_root).
	 */
	const char *soc;
	/** Raspberry Pi: map through devmem even where gpiomem would do. */
	bool use_devmem;
};

/** @brief The GPIO of one board (opaque). */
struct svd_hal_gpio;

/**
 * @brief Map the GPIO of a board. A Raspberry Pi's GPIO block comes from
 * /dev/gpiomem (no root needed) or /dev/mem; the AM335x and RK3288 blocks
 * (GPIO banks, clock and pin-mux registers) from /dev/mem.
 * @param config Paths, SoC and device choice; NULL detects everything.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL) with the remedy.
 * @return 0, or -1 with errno set: ENODEV for a board the library does
 *         not drive (its message names the generic route), EINVAL for an
 *         unknown SoC name, or the error of the device that failed.
 */
int svd_hal_gpio_open(const struct svd_hal_gpio_config *config,
		      struct svd_hal_gpio **gpio, struct svd_hal_error *err);

/**
 * @brief Give the address of a register block at a physical address:
 * called by svd_hal_gpio_open_memory() once per block.
 */
typedef void *svd_hal_locate_fn(void *context, uint64_t address, size_t length);

/**
 * @brief Drive register blocks the caller has mapped or allocated itself
 * (bare metal: return the address itself; a simulator; a test).
 * @param soc A SoC name as for svd_hal_gpio_config.soc.
 * @param locate Gives each block's address; a NULL return fails the open.
 * @param context Passed to locate.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set.
 */
int svd_hal_gpio_open_memory(const char *soc, svd_hal_locate_fn *locate,
			     void *context, struct svd_hal_gpio **gpio,
			     struct svd_hal_error *err);

/**
 * @brief Unmap the blocks and free the handle.
 * @param gpio A handle, or NULL.
 */
void svd_hal_gpio_close(struct svd_hal_gpio *gpio);

/** @brief The SoC's name ("bcm2711" ...). */
const char *svd_hal_gpio_get_soc(const struct svd_hal_gpio *gpio);

/**
 * @brief The device file the handle mapped (/dev/gpiomem, /dev/mem or
 * the file named instead), or "memory" for svd_hal_gpio_open_memory().
 */
const char *svd_hal_gpio_get_device(const struct svd_hal_gpio *gpio);

/**
 * @brief The message of the last failed call on the handle; after an open
 * that fell back from /dev/gpiomem to /dev/mem, why it did.
 * @return A string owned by the handle ("" if nothing failed).
 */
const char *svd_hal_gpio_get_error(const struct svd_hal_gpio *gpio);

/**
 * @brief One more than the highest pin number. Pins are numbered as Linux
 * numbers them: the GPIO number on a Pi, bank * 32 + bit on the AM335x
 * and RK3288 (where some numbers below the count do not exist: the RK3288
 * GPIO0 has 24 pins).
 */
unsigned int svd_hal_gpio_get_pin_count(const struct svd_hal_gpio *gpio);

/** @brief The number of banks of 32 pins (2 on a Pi, 4, 9). */
unsigned int svd_hal_gpio_get_bank_count(const struct svd_hal_gpio *gpio);

/**
 * @brief Read a pin name as the board's documentation writes it: "17"
 * (a number), "GPIO1_21" (bank 1, bit 21) or "GPIO5_B4" (bank 5, port B,
 * pin 4: bit 12). Lower case is accepted.
 * @param gpio A handle to check that the pin exists, or NULL to check
 *        only the spelling.
 * @param name The name.
 * @param pin Set to the pin number on success.
 * @return 0, or -1 with errno EINVAL (and, with a handle, the message on
 *         it).
 */
int svd_hal_gpio_parse_pin(struct svd_hal_gpio *gpio, const char *name,
			   unsigned int *pin);

/**
 * @brief Turn a bank's clock on where the SoC gates it: AM335x
 * CM_PER/CM_WKUP MODULEMODE (then wait, bounded, for IDLEST); RK3288 the
 * CRU gate (one masked write). Nothing to do on a Pi.
 * @return 0, or -1 with errno EINVAL or ETIMEDOUT.
 */
int svd_hal_gpio_enable_bank(struct svd_hal_gpio *gpio, unsigned int bank);

/**
 * @brief Make a pin an input or an output. On a Pi this is the function
 * select; on an RK3288 one read-modify-write of SWPORTA_DDR (the pin must
 * also be muxed to GPIO: svd_hal_gpio_rk3288_set_iomux()).
 * @return 0, or -1 with errno EINVAL (no such pin) or EIO (AM335x bank
 *         clock off); nothing is written then.
 */
int svd_hal_gpio_set_direction(struct svd_hal_gpio *gpio, unsigned int pin,
			       enum svd_hal_direction direction);

/**
 * @brief Drive an output pin high. BCM283x GPSETn and AM335x SETDATAOUT:
 * one write, nothing read. RK3288: the GPIO has no set register, so this
 * is one read-modify-write of SWPORTA_DR, which races with any other
 * process or kernel driver changing pins of the same bank.
 * @return 0, or -1 with errno EINVAL or EIO and nothing written.
 */
int svd_hal_gpio_set_pin(struct svd_hal_gpio *gpio, unsigned int pin);

/** @brief Drive an output pin low; the same rules as svd_hal_gpio_set_pin. */
int svd_hal_gpio_clear_pin(struct svd_hal_gpio *gpio, unsigned int pin);

/** @brief Read a pin's level: 0 or 1, or -1 with errno set. */
int svd_hal_gpio_read_pin(struct svd_hal_gpio *gpio, unsigned int pin);

/**
 * @brief Drive high every pin of a bank whose bit is set in mask (bit n
 * is pin bank * 32 + n); the same write rules as svd_hal_gpio_set_pin.
 * @return 0, or -1 with errno EINVAL (bank out of range, or a bit for a
 *         pin that does not exist) and nothing written.
 */
int svd_hal_gpio_set_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			  uint32_t mask);

/** @brief Drive low every pin of a bank whose bit is set in mask. */
int svd_hal_gpio_clear_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			    uint32_t mask);

/** @brief Read the levels of a bank's pins into *levels. */
int svd_hal_gpio_read_mask(struct svd_hal_gpio *gpio, unsigned int bank,
			   uint32_t *levels);

/**
 * @brief Set a pin's pull resistor. BCM2835/2837: the GPPUD, wait,
 * GPPUDCLKn sequence; BCM2711: GPIO_PUP_PDN_CNTRL_REGn; RK3288: the GRF
 * (masked write) or, for GPIO0, the PMU. The AM335x pads are written only
 * by the kernel: ENOTSUP there.
 * @return 0, or -1 with errno EINVAL or ENOTSUP and nothing written.
 */
int svd_hal_gpio_set_bias(struct svd_hal_gpio *gpio, unsigned int pin,
			  enum svd_hal_pull pull);

/**
 * @brief Enable or disable an event detector on a pin (BCM283x: any mix
 * of detectors; RK3288: one trigger per pin, set through INTTYPE_LEVEL and
 * INT_POLARITY, enabled in INTEN). ENOTSUP on the AM335x and for kinds a
 * SoC lacks.
 */
int svd_hal_gpio_set_event(struct svd_hal_gpio *gpio, unsigned int pin,
			   enum svd_hal_event event, bool enable);

/** @brief A pin's event status bit (GPEDSn; RK3288 INT_RAWSTATUS): 0 or 1. */
int svd_hal_gpio_read_event(struct svd_hal_gpio *gpio, unsigned int pin);

/**
 * @brief Clear a pin's event status: one write of that bit to the
 * write-1-to-clear register (GPEDSn; RK3288 PORTA_EOI), nothing read.
 */
int svd_hal_gpio_clear_event(struct svd_hal_gpio *gpio, unsigned int pin);

/** @brief BCM283x function select values, as the hardware encodes them. */
enum svd_hal_bcm_function {
	SVD_HAL_BCM_INPUT = 0,
	SVD_HAL_BCM_OUTPUT = 1,
	SVD_HAL_BCM_ALT0 = 4,
	SVD_HAL_BCM_ALT1 = 5,
	SVD_HAL_BCM_ALT2 = 6,
	SVD_HAL_BCM_ALT3 = 7,
	SVD_HAL_BCM_ALT4 = 3,
	SVD_HAL_BCM_ALT5 = 2,
};

/** @brief BCM283x only: select a pin's function (ENOTSUP elsewhere). */
int svd_hal_gpio_bcm_set_function(struct svd_hal_gpio *gpio, unsigned int pin,
				  enum svd_hal_bcm_function function);

/** @brief BCM283x only: a pin's function, or -1 (ENOTSUP elsewhere). */
int svd_hal_gpio_bcm_get_function(struct svd_hal_gpio *gpio, unsigned int pin);

/**
 * @brief AM335x only: the pad mux mode (conf_* MMODE, 0-7; 7 is GPIO on
 * most pads) of the pad a GPIO comes out on. User space cannot change it:
 * the control module ignores unprivileged writes, so pins are muxed by a
 * kernel driver (config-pin, or a device-tree overlay).
 * @return The mode, or -1 with errno EINVAL, ENOENT (a GPIO whose pad the
 *         library's table does not list) or ENOTSUP (not an AM335x).
 */
int svd_hal_gpio_am335x_read_pad_mode(struct svd_hal_gpio *gpio,
				      unsigned int pin);

/** @brief RK3288 pin-mux function 0: the pin is a GPIO. */
#define SVD_HAL_RK3288_IOMUX_GPIO 0u

/**
 * @brief RK3288 only: select a pin's function in the GRF (one masked
 * write, bits 31:16 enabling the pin's bits) or, for GPIO0, the PMU (one
 * read-modify-write: the PMU has no write-enable mask).
 * @param function 0 (GPIO) to 3, or to 15 on the 4-bit ports.
 * @return 0, or -1 with errno EINVAL (pin without a mux register,
 *         function out of range) or ENOTSUP (not an RK3288).
 */
int svd_hal_gpio_rk3288_set_iomux(struct svd_hal_gpio *gpio, unsigned int pin,
				  unsigned int function);

#ifdef __cplusplus
}
#endif

#endif /* SVD_HAL_H */

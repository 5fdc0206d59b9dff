/* SPDX-License-Identifier: MIT */
/*
 * libsvdhal: Linux user-space access to the GPIO blocks of the Raspberry Pi
 * (BCM2835, BCM2836/2837, BCM2711) and the BeagleBone Black (AM335x),
 * written on the accessors svdgen generates from the SVDs in svd/.
 *
 * Objects are opaque handles, as in libgpiod. Functions return 0 (or a
 * value) on success and -1 with errno set on failure. Functions that open
 * something fill a struct svd_hal_error whose message says what went wrong
 * and what to do about it; the other functions keep the message in their
 * handle. The library never exits and never prints.
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

/** @brief The systems-on-chip the library knows. */
enum svd_hal_soc {
	SVD_HAL_SOC_UNKNOWN = 0,
	SVD_HAL_SOC_BCM2835, /**< Raspberry Pi 1, Zero */
	SVD_HAL_SOC_BCM2837, /**< Pi 2 and 3: BCM2836/2837, one layout */
	SVD_HAL_SOC_BCM2711, /**< Pi 4, 400, CM4 */
	SVD_HAL_SOC_BCM2712, /**< Pi 5: GPIO is on RP1, refused */
	SVD_HAL_SOC_AM335X,  /**< BeagleBone Black */
};

/**
 * @brief Where the library looks for devices and board data. A NULL
 * field falls back to an environment variable, then to the system path:
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

/** @brief How to open a GPIO block. A zeroed struct means "detect". */
struct svd_hal_config {
	struct svd_hal_paths paths;
	/** SoC to assume; SVD_HAL_SOC_UNKNOWN detects it from dt_root. */
	enum svd_hal_soc soc;
	/** Map through devmem even where gpiomem would do. */
	bool use_devmem;
};

/** @brief What the device tree says about the board. */
struct svd_hal_board {
	enum svd_hal_soc soc;
	/** Physical address of the peripherals (0 on AM335x). */
	uint64_t peripheral_base;
	/** <dt_root>/model, or "" when absent. */
	char model[128];
	/** First entry of <dt_root>/compatible naming the SoC, or "". */
	char compatible[64];
};

/**
 * @brief Give the name of a SoC ("bcm2835" ...).
 * @param soc The SoC.
 * @return A static string; "unknown" for values the library does not know.
 */
const char *svd_hal_soc_name(enum svd_hal_soc soc);

/**
 * @brief Read the SoC, model and peripheral base from the device tree.
 * @param paths Where dt_root is (NULL for the defaults).
 * @param board Filled on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set: ENOENT (no device tree), ENODEV (a board
 *         the library does not drive, such as the Pi 5), EINVAL (a device
 *         tree it cannot read).
 */
int svd_hal_detect_board(const struct svd_hal_paths *paths,
			 struct svd_hal_board *board,
			 struct svd_hal_error *err);

/**
 * @brief Tell the SoC from the parent address in soc/ranges.
 * @param base A peripheral base address.
 * @return The SoC, or SVD_HAL_SOC_UNKNOWN.
 */
enum svd_hal_soc svd_hal_soc_from_base(uint64_t base);

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
 * by svd_hal_map_pointer() points at offset itself.
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

/** @brief Pull resistors (the library translates to each SoC's encoding). */
enum svd_hal_pull {
	SVD_HAL_PULL_NONE,
	SVD_HAL_PULL_UP,
	SVD_HAL_PULL_DOWN,
};

/** @brief BCM283x event detectors. */
enum svd_hal_bcm_event {
	SVD_HAL_BCM_EVENT_RISING,
	SVD_HAL_BCM_EVENT_FALLING,
	SVD_HAL_BCM_EVENT_HIGH,
	SVD_HAL_BCM_EVENT_LOW,
	SVD_HAL_BCM_EVENT_ASYNC_RISING,
	SVD_HAL_BCM_EVENT_ASYNC_FALLING,
};

/** @brief The GPIO block of a BCM2835, BCM2836/7 or BCM2711 (opaque). */
struct svd_hal_bcm_gpio;

/**
 * @brief Map the GPIO block of a Raspberry Pi: /dev/gpiomem first (no root
 * needed), /dev/mem when config->use_devmem is set or gpiomem is missing.
 * @param config Paths, SoC and device choice; NULL detects everything.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set. A Pi 5 or a BeagleBone is refused with
 *         ENODEV and nothing is mapped or written.
 */
int svd_hal_bcm_gpio_open(const struct svd_hal_config *config,
			  struct svd_hal_bcm_gpio **gpio,
			  struct svd_hal_error *err);

/**
 * @brief The device file the handle mapped (/dev/gpiomem, or /dev/mem when
 * it fell back), or "memory" for a handle made by
 * svd_hal_bcm_gpio_open_memory().
 */
const char *svd_hal_bcm_gpio_get_device(const struct svd_hal_bcm_gpio *gpio);

/**
 * @brief Drive a GPIO block the caller has mapped or allocated itself
 * (bare metal, a simulator, a test).
 * @param soc BCM2835, BCM2837 or BCM2711.
 * @param block The GPIO registers.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set.
 */
int svd_hal_bcm_gpio_open_memory(enum svd_hal_soc soc, void *block,
				 struct svd_hal_bcm_gpio **gpio,
				 struct svd_hal_error *err);

/**
 * @brief Unmap the block and free the handle.
 * @param gpio A handle, or NULL.
 */
void svd_hal_bcm_gpio_close(struct svd_hal_bcm_gpio *gpio);

/**
 * @brief Give the SoC the handle drives.
 * @param gpio A handle.
 * @return The SoC.
 */
enum svd_hal_soc svd_hal_bcm_gpio_get_soc(const struct svd_hal_bcm_gpio *gpio);

/**
 * @brief Give the number of GPIO lines (54, or 58 on the BCM2711).
 * @param gpio A handle.
 * @return The number of lines.
 */
unsigned int
svd_hal_bcm_gpio_get_pin_count(const struct svd_hal_bcm_gpio *gpio);

/**
 * @brief Give the message of the last failed call on the handle.
 * @param gpio A handle.
 * @return A string owned by the handle ("" if nothing failed).
 */
const char *svd_hal_bcm_gpio_get_error(const struct svd_hal_bcm_gpio *gpio);

/**
 * @brief Select a pin's function (input, output, alt0-alt5).
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @param function The function.
 * @return 0, or -1 with errno EINVAL (pin or function out of range;
 *         nothing is written).
 */
int svd_hal_bcm_gpio_set_function(struct svd_hal_bcm_gpio *gpio,
				  unsigned int pin,
				  enum svd_hal_bcm_function function);

/**
 * @brief Read a pin's function.
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return The function, or -1 with errno EINVAL.
 */
int svd_hal_bcm_gpio_get_function(struct svd_hal_bcm_gpio *gpio,
				  unsigned int pin);

/**
 * @brief Drive an output pin high (a write to GPSETn; nothing is read).
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_set_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin);

/**
 * @brief Drive an output pin low (a write to GPCLRn; nothing is read).
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_clear_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin);

/**
 * @brief Read a pin's level from GPLEVn.
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return 0 or 1, or -1 with errno EINVAL.
 */
int svd_hal_bcm_gpio_read_pin(struct svd_hal_bcm_gpio *gpio, unsigned int pin);

/**
 * @brief Drive every pin of a bank whose bit is set in mask high.
 * @param gpio A handle.
 * @param bank 0 (GPIO 0-31) or 1 (GPIO 32 up).
 * @param mask Bit n is pin bank * 32 + n.
 * @return 0, or -1 with errno EINVAL (bank out of range, or a bit for a pin
 *         that does not exist) and nothing written.
 */
int svd_hal_bcm_gpio_set_mask(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			      uint32_t mask);

/**
 * @brief Drive every pin of a bank whose bit is set in mask low.
 * @param gpio A handle.
 * @param bank 0 or 1.
 * @param mask Bit n is pin bank * 32 + n.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_clear_mask(struct svd_hal_bcm_gpio *gpio,
				unsigned int bank, uint32_t mask);

/**
 * @brief Read the levels of a bank.
 * @param gpio A handle.
 * @param bank 0 or 1.
 * @param levels Set to GPLEVn.
 * @return 0, or -1 with errno EINVAL.
 */
int svd_hal_bcm_gpio_read_mask(struct svd_hal_bcm_gpio *gpio, unsigned int bank,
			       uint32_t *levels);

/**
 * @brief Set a pin's pull resistor. On the BCM2835/2837 this is the
 * GPPUD, wait 150 cycles, GPPUDCLKn, wait, clear sequence; on the BCM2711
 * one read-modify-write of GPIO_PUP_PDN_CNTRL_REGn.
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @param pull None, up or down.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_set_pull(struct svd_hal_bcm_gpio *gpio, unsigned int pin,
			      enum svd_hal_pull pull);

/**
 * @brief Enable or disable one event detector on a pin.
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @param event Which detector.
 * @param enable true to enable.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_set_event(struct svd_hal_bcm_gpio *gpio, unsigned int pin,
			       enum svd_hal_bcm_event event, bool enable);

/**
 * @brief Read a pin's event status bit (GPEDSn).
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return 0 or 1, or -1 with errno EINVAL.
 */
int svd_hal_bcm_gpio_read_event(struct svd_hal_bcm_gpio *gpio,
				unsigned int pin);

/**
 * @brief Clear a pin's event status bit (writes 1 to that bit only).
 * @param gpio A handle.
 * @param pin A GPIO number.
 * @return 0, or -1 with errno EINVAL and nothing written.
 */
int svd_hal_bcm_gpio_clear_event(struct svd_hal_bcm_gpio *gpio,
				 unsigned int pin);

/** @brief Number of AM335x GPIO lines: four banks of 32. */
#define SVD_HAL_AM335X_PIN_COUNT 128u

/** @brief AM335x GPIO number of bank b, bit n (GPIOb_n), as Linux counts. */
#define SVD_HAL_AM335X_PIN(b, n) ((unsigned int)(b)*32u + (unsigned int)(n))

/** @brief The AM335x GPIO banks, clock control and pad control (opaque). */
struct svd_hal_am335x_gpio;

/**
 * @brief Map the four GPIO banks, the clock manager (CM_PER, CM_WKUP) and
 * the control module of an AM335x through /dev/mem (root needed).
 * @param config Paths and SoC; NULL detects the board from dt_root.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set.
 */
int svd_hal_am335x_gpio_open(const struct svd_hal_config *config,
			     struct svd_hal_am335x_gpio **gpio,
			     struct svd_hal_error *err);

/**
 * @brief The device file the handle mapped its blocks from (/dev/mem or
 * its stand-in), or "memory" for a handle made from given blocks.
 */
const char *
svd_hal_am335x_gpio_get_device(const struct svd_hal_am335x_gpio *gpio);

/** @brief Register blocks for svd_hal_am335x_gpio_open_memory(). */
struct svd_hal_am335x_blocks {
	void *gpio[4];
	void *cm_per;
	void *cm_wkup;
	void *control_module;
};

/**
 * @brief Drive AM335x blocks the caller has mapped or allocated itself
 * (bare metal, a simulator, a test).
 * @param blocks The seven register blocks; none may be NULL.
 * @param gpio Set to the new handle on success.
 * @param err Filled on failure (may be NULL).
 * @return 0, or -1 with errno set.
 */
int svd_hal_am335x_gpio_open_memory(const struct svd_hal_am335x_blocks *blocks,
				    struct svd_hal_am335x_gpio **gpio,
				    struct svd_hal_error *err);

/**
 * @brief Unmap the blocks and free the handle.
 * @param gpio A handle, or NULL.
 */
void svd_hal_am335x_gpio_close(struct svd_hal_am335x_gpio *gpio);

/**
 * @brief Give the message of the last failed call on the handle.
 * @param gpio A handle.
 * @return A string owned by the handle ("" if nothing failed).
 */
const char *
svd_hal_am335x_gpio_get_error(const struct svd_hal_am335x_gpio *gpio);

/**
 * @brief Turn a bank's clock on: MODULEMODE = ENABLE in CM_WKUP (bank 0)
 * or CM_PER (banks 1-3), then wait, bounded, for IDLEST = FUNC.
 * @param gpio A handle.
 * @param bank 0 to 3.
 * @return 0, or -1 with errno EINVAL (bank) or ETIMEDOUT.
 */
int svd_hal_am335x_gpio_enable_bank(struct svd_hal_am335x_gpio *gpio,
				    unsigned int bank);

/**
 * @brief Make a pin an output (OE bit 0) or an input (OE bit 1).
 * @param gpio A handle.
 * @param pin SVD_HAL_AM335X_PIN(bank, bit).
 * @param output true for output.
 * @return 0, or -1 with errno EINVAL (pin) or EIO (bank clock off); nothing
 *         is written then.
 */
int svd_hal_am335x_gpio_set_direction(struct svd_hal_am335x_gpio *gpio,
				      unsigned int pin, bool output);

/**
 * @brief Drive a pin high through SETDATAOUT (never read).
 * @param gpio A handle.
 * @param pin SVD_HAL_AM335X_PIN(bank, bit).
 * @return 0, or -1 with errno EINVAL or EIO and nothing written.
 */
int svd_hal_am335x_gpio_set_pin(struct svd_hal_am335x_gpio *gpio,
				unsigned int pin);

/**
 * @brief Drive a pin low through CLEARDATAOUT (never read).
 * @param gpio A handle.
 * @param pin SVD_HAL_AM335X_PIN(bank, bit).
 * @return 0, or -1 with errno EINVAL or EIO and nothing written.
 */
int svd_hal_am335x_gpio_clear_pin(struct svd_hal_am335x_gpio *gpio,
				  unsigned int pin);

/**
 * @brief Read a pin from DATAIN.
 * @param gpio A handle.
 * @param pin SVD_HAL_AM335X_PIN(bank, bit).
 * @return 0 or 1, or -1 with errno EINVAL or EIO.
 */
int svd_hal_am335x_gpio_read_pin(struct svd_hal_am335x_gpio *gpio,
				 unsigned int pin);

/**
 * @brief Drive the pins of a bank whose bits are set in mask high.
 * @param gpio A handle.
 * @param bank 0 to 3.
 * @param mask Bit n is GPIObank_n.
 * @return 0, or -1 with errno EINVAL or EIO.
 */
int svd_hal_am335x_gpio_set_mask(struct svd_hal_am335x_gpio *gpio,
				 unsigned int bank, uint32_t mask);

/**
 * @brief Drive the pins of a bank whose bits are set in mask low.
 * @param gpio A handle.
 * @param bank 0 to 3.
 * @param mask Bit n is GPIObank_n.
 * @return 0, or -1 with errno EINVAL or EIO.
 */
int svd_hal_am335x_gpio_clear_mask(struct svd_hal_am335x_gpio *gpio,
				   unsigned int bank, uint32_t mask);

/**
 * @brief Read the pad mux mode (conf_* MMODE, 0-7; 7 is GPIO on most pads)
 * of the pad a GPIO comes out on. Pad mux cannot be written from user
 * space: the control module ignores unprivileged writes, so pins are muxed
 * by a kernel driver (pinctrl-single through a device-tree overlay, or
 * config-pin on BeagleBoard images). The library offers no write.
 * @param gpio A handle.
 * @param pin SVD_HAL_AM335X_PIN(bank, bit).
 * @return The mode, or -1 with errno EINVAL (pin) or ENOENT (a GPIO whose
 *         pad the library's table does not list).
 */
int svd_hal_am335x_gpio_read_pad_mode(struct svd_hal_am335x_gpio *gpio,
				      unsigned int pin);

/** @brief The BeagleBone Black user LEDs USR0-USR3: GPIO1_21 to GPIO1_24. */
#define SVD_HAL_BBB_USR_LED(n) SVD_HAL_AM335X_PIN(1, 21u + (unsigned int)(n))

#ifdef __cplusplus
}
#endif

#endif /* SVD_HAL_H */

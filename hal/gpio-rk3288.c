// SPDX-License-Identifier: MIT
/*
 * The Rockchip RK3288 (ASUS Tinker Board) behind the GPIO handle, written
 * only on the accessors svdgen generates (prefix RK3288_) from
 * svd/rk3288.svd. Nine DesignWare APB GPIO banks (GPIO0 has 24 pins, GPIO8
 * 16, the others 32); each bank's clock is a CRU gate; the pin mux and
 * pulls are in the GRF, GPIO0's in the PMU.
 *
 * The GRF and CRU take a write-enable mask in bits 31:16: the generated
 * field setters for them are one masked write, so turning a clock on or a
 * pin to GPIO touches nothing else and reads nothing. The PMU has no such
 * mask, so GPIO0's mux and pulls are a read-modify-write.
 *
 * The GPIO block has no set or clear register: changing a pin is one
 * read-modify-write of SWPORTA_DR, and it races with anything else
 * changing pins of the same bank at the same time (another process, or
 * the kernel's gpio-rockchip driver, which takes a spinlock we cannot).
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>

#include "rk3288.h"
/* The accessors of the peripherals used. */
#include "rk3288_cru.h"
#include "rk3288_gpio.h"
#include "rk3288_grf.h"
#include "rk3288_pmu.h"

#include "internal.h"
#include "mmio.h"

enum block {
	BLOCK_GPIO0, /* BLOCK_GPIO0 + n is bank n */
	BLOCK_PMU = 9,
	BLOCK_CRU,
	BLOCK_GRF,
	BLOCK_COUNT
};

#define BANK_BLOCK(n)                                                          \
	{                                                                      \
		RK3288_GPIO##n##_BASE, sizeof(RK3288_GPIO_Type)                \
	}
static const struct svd_hal_block blocks[BLOCK_COUNT] = {
    BANK_BLOCK(0),
    BANK_BLOCK(1),
    BANK_BLOCK(2),
    BANK_BLOCK(3),
    BANK_BLOCK(4),
    BANK_BLOCK(5),
    BANK_BLOCK(6),
    BANK_BLOCK(7),
    BANK_BLOCK(8),
    [BLOCK_PMU] = {RK3288_PMU_BASE, sizeof(RK3288_PMU_Type)},
    [BLOCK_CRU] = {RK3288_CRU_BASE, sizeof(RK3288_CRU_Type)},
    [BLOCK_GRF] = {RK3288_GRF_BASE, sizeof(RK3288_GRF_Type)},
};

/* GPIO0: A0-C7; GPIO8: A0-B7 (pinctrl-rockchip.c rk3288_pin_banks). */
static const uint32_t bank_pins[9] = {
    0x00FFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu,
    0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0x0000FFFFu,
};

static RK3288_GPIO_Type *bank(struct svd_hal_gpio *gpio, unsigned int n)
{
	return gpio->block[BLOCK_GPIO0 + n];
}

static RK3288_GRF_Type *grf(struct svd_hal_gpio *gpio)
{
	return gpio->block[BLOCK_GRF];
}

static RK3288_PMU_Type *pmu(struct svd_hal_gpio *gpio)
{
	return gpio->block[BLOCK_PMU];
}

/* The CRU gate of each bank, one masked write (clk-rk3288.c). */
static int enable_bank(struct svd_hal_gpio *gpio, unsigned int n)
{
	RK3288_CRU_Type *cru = gpio->block[BLOCK_CRU];
	const RK3288_CRU_CLOCK_Enum on = RK3288_CRU_CLOCK_ENABLED;

	svd_hal_mmio_barrier();
	switch (n) {
	case 0:
		RK3288_CRU_CLKGATE17_CON_PCLK_GPIO0_set(cru, on);
		break;
	case 1:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO1_set(cru, on);
		break;
	case 2:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO2_set(cru, on);
		break;
	case 3:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO3_set(cru, on);
		break;
	case 4:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO4_set(cru, on);
		break;
	case 5:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO5_set(cru, on);
		break;
	case 6:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO6_set(cru, on);
		break;
	case 7:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO7_set(cru, on);
		break;
	default:
		RK3288_CRU_CLKGATE14_CON_PCLK_GPIO8_set(cru, on);
		break;
	}
	svd_hal_mmio_barrier();
	return 0;
}

/* SWPORTA_DDR: one read-modify-write of the pin's bit. */
static int set_direction(struct svd_hal_gpio *gpio, unsigned int pin,
			 enum svd_hal_direction direction)
{
	RK3288_GPIO_SWPORTA_DDR_PIN_set(bank(gpio, pin / 32u), pin % 32u,
					direction == SVD_HAL_OUTPUT
					    ? RK3288_GPIO_DIRECTION_OUTPUT
					    : RK3288_GPIO_DIRECTION_INPUT);
	return 0;
}

/* No set or clear register: one read-modify-write (racy, see above). */
static int write_mask(struct svd_hal_gpio *gpio, unsigned int n, uint32_t mask,
		      bool high)
{
	RK3288_GPIO_Type *p = bank(gpio, n);
	uint32_t levels = RK3288_GPIO_SWPORTA_DR_read(p);

	RK3288_GPIO_SWPORTA_DR_write(p, high ? levels | mask : levels & ~mask);
	return 0;
}

/* EXT_PORTA: the pins as the bank sees them, inputs and outputs. */
static uint32_t read_mask(struct svd_hal_gpio *gpio, unsigned int n)
{
	return RK3288_GPIO_EXT_PORTA_read(bank(gpio, n));
}

typedef void grf_iomux_setter(RK3288_GRF_Type *p, uint32_t n, uint32_t value);
typedef void grf_pull_setter(RK3288_GRF_Type *p, uint32_t n,
			     RK3288_GRF_PULL_Enum value);

/*
 * The GRF mux register(s) of each port of banks 1-8: one register of 2-bit
 * fields, or two (pins 0-3, pins 4-7) of 4-bit fields. Ports without an
 * entry are not routed to pins (pinctrl-rockchip.c IOMUX_UNROUTED), or, for
 * GPIO4_B4-B7, have no register the sources agree on (NOTES-rk3288.md).
 */
static const struct {
	grf_iomux_setter *low, *high;
	unsigned int bits;
} grf_iomux[9][4] = {
    [1][3] = {RK3288_GRF_GPIO1D_IOMUX_SEL_set, NULL, 2},
    [2][0] = {RK3288_GRF_GPIO2A_IOMUX_SEL_set, NULL, 2},
    [2][1] = {RK3288_GRF_GPIO2B_IOMUX_SEL_set, NULL, 2},
    [2][2] = {RK3288_GRF_GPIO2C_IOMUX_SEL_set, NULL, 2},
    [3][0] = {RK3288_GRF_GPIO3A_IOMUX_SEL_set, NULL, 2},
    [3][1] = {RK3288_GRF_GPIO3B_IOMUX_SEL_set, NULL, 2},
    [3][2] = {RK3288_GRF_GPIO3C_IOMUX_SEL_set, NULL, 2},
    [3][3] = {RK3288_GRF_GPIO3DL_IOMUX_SEL_set,
	      RK3288_GRF_GPIO3DH_IOMUX_SEL_set, 4},
    [4][0] = {RK3288_GRF_GPIO4AL_IOMUX_SEL_set,
	      RK3288_GRF_GPIO4AH_IOMUX_SEL_set, 4},
    [4][1] = {RK3288_GRF_GPIO4BL_IOMUX_SEL_set, NULL, 4},
    [4][2] = {RK3288_GRF_GPIO4C_IOMUX_SEL_set, NULL, 2},
    [4][3] = {RK3288_GRF_GPIO4D_IOMUX_SEL_set, NULL, 2},
    [5][1] = {RK3288_GRF_GPIO5B_IOMUX_SEL_set, NULL, 2},
    [5][2] = {RK3288_GRF_GPIO5C_IOMUX_SEL_set, NULL, 2},
    [6][0] = {RK3288_GRF_GPIO6A_IOMUX_SEL_set, NULL, 2},
    [6][1] = {RK3288_GRF_GPIO6B_IOMUX_SEL_set, NULL, 2},
    [6][2] = {RK3288_GRF_GPIO6C_IOMUX_SEL_set, NULL, 2},
    [7][0] = {RK3288_GRF_GPIO7A_IOMUX_SEL_set, NULL, 2},
    [7][1] = {RK3288_GRF_GPIO7B_IOMUX_SEL_set, NULL, 2},
    [7][2] = {RK3288_GRF_GPIO7CL_IOMUX_SEL_set,
	      RK3288_GRF_GPIO7CH_IOMUX_SEL_set, 4},
    [8][0] = {RK3288_GRF_GPIO8A_IOMUX_SEL_set, NULL, 2},
    [8][1] = {RK3288_GRF_GPIO8B_IOMUX_SEL_set, NULL, 2},
};

/* The GRF pull register of each routed port of banks 1-8. */
static grf_pull_setter *const grf_pull[9][4] = {
    [1][3] = RK3288_GRF_GPIO1D_P_PULL_set,
    [2][0] = RK3288_GRF_GPIO2A_P_PULL_set,
    [2][1] = RK3288_GRF_GPIO2B_P_PULL_set,
    [2][2] = RK3288_GRF_GPIO2C_P_PULL_set,
    [3][0] = RK3288_GRF_GPIO3A_P_PULL_set,
    [3][1] = RK3288_GRF_GPIO3B_P_PULL_set,
    [3][2] = RK3288_GRF_GPIO3C_P_PULL_set,
    [3][3] = RK3288_GRF_GPIO3D_P_PULL_set,
    [4][0] = RK3288_GRF_GPIO4A_P_PULL_set,
    [4][1] = RK3288_GRF_GPIO4B_P_PULL_set,
    [4][2] = RK3288_GRF_GPIO4C_P_PULL_set,
    [4][3] = RK3288_GRF_GPIO4D_P_PULL_set,
    [5][1] = RK3288_GRF_GPIO5B_P_PULL_set,
    [5][2] = RK3288_GRF_GPIO5C_P_PULL_set,
    [6][0] = RK3288_GRF_GPIO6A_P_PULL_set,
    [6][1] = RK3288_GRF_GPIO6B_P_PULL_set,
    [6][2] = RK3288_GRF_GPIO6C_P_PULL_set,
    [7][0] = RK3288_GRF_GPIO7A_P_PULL_set,
    [7][1] = RK3288_GRF_GPIO7B_P_PULL_set,
    [7][2] = RK3288_GRF_GPIO7C_P_PULL_set,
    [8][0] = RK3288_GRF_GPIO8A_P_PULL_set,
    [8][1] = RK3288_GRF_GPIO8B_P_PULL_set,
};

/* "GPIO5_B4" for messages. */
#define PIN_NAME_FORMAT "GPIO%u_%c%u"
#define PIN_NAME(pin) (pin) / 32u, (char)('A' + (pin) % 32u / 8u), (pin) % 8u

/* GPIO0 in the PMU: a read-modify-write, the PMU has no write mask. */
static void set_gpio0_iomux(struct svd_hal_gpio *gpio, unsigned int pin,
			    uint32_t function)
{
	uint32_t n = pin % 8u;

	switch (pin / 8u) {
	case 0:
		RK3288_PMU_GPIO0A_IOMUX_SEL_set(pmu(gpio), n, function);
		break;
	case 1:
		RK3288_PMU_GPIO0B_IOMUX_SEL_set(pmu(gpio), n, function);
		break;
	default:
		RK3288_PMU_GPIO0C_IOMUX_SEL_set(pmu(gpio), n, function);
		break;
	}
}

static int set_iomux(struct svd_hal_gpio *gpio, unsigned int pin,
		     unsigned int function)
{
	unsigned int n = pin / 32u, port = pin % 32u / 8u, index = pin % 8u;
	unsigned int bits = n == 0 ? 2 : grf_iomux[n][port].bits;
	grf_iomux_setter *setter;

	if (n != 0 && (!grf_iomux[n][port].low ||
		       (bits == 4 && index >= 4 && !grf_iomux[n][port].high)))
		return svd_hal_gpio_fail(gpio, EINVAL,
					 PIN_NAME_FORMAT
					 " has no pin-mux register: it is not "
					 "routed to a pin on the RK3288",
					 PIN_NAME(pin));
	if (function >= (1u << bits))
		return svd_hal_gpio_fail(gpio, EINVAL,
					 "function %u of " PIN_NAME_FORMAT
					 " is out of range: "
					 "its mux field has %u bits",
					 function, PIN_NAME(pin), bits);
	svd_hal_mmio_barrier();
	if (n == 0) {
		set_gpio0_iomux(gpio, pin, function);
	} else if (bits == 4) {
		setter = index < 4 ? grf_iomux[n][port].low
				   : grf_iomux[n][port].high;
		setter(grf(gpio), index % 4u, function);
	} else {
		grf_iomux[n][port].low(grf(gpio), index, function);
	}
	svd_hal_mmio_barrier();
	return 0;
}

/* Pulls: the GRF (one masked write), or for GPIO0 the PMU (RMW). */
static int set_bias(struct svd_hal_gpio *gpio, unsigned int pin,
		    enum svd_hal_pull pull)
{
	static const RK3288_GRF_PULL_Enum grf_value[] = {
	    [SVD_HAL_PULL_NONE] = RK3288_GRF_PULL_NORMAL,
	    [SVD_HAL_PULL_UP] = RK3288_GRF_PULL_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = RK3288_GRF_PULL_PULL_DOWN,
	};
	static const RK3288_PMU_PULL_Enum pmu_value[] = {
	    [SVD_HAL_PULL_NONE] = RK3288_PMU_PULL_NORMAL,
	    [SVD_HAL_PULL_UP] = RK3288_PMU_PULL_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = RK3288_PMU_PULL_PULL_DOWN,
	};
	unsigned int n = pin / 32u, port = pin % 32u / 8u, index = pin % 8u;

	if (n != 0 && !grf_pull[n][port])
		return svd_hal_gpio_fail(
		    gpio, EINVAL,
		    PIN_NAME_FORMAT " has no pull register: it is not routed "
				    "to a pin on the RK3288",
		    PIN_NAME(pin));
	svd_hal_mmio_barrier();
	if (n != 0)
		grf_pull[n][port](grf(gpio), index, grf_value[pull]);
	else if (port == 0)
		RK3288_PMU_GPIO0A_PULL_PULL_set(pmu(gpio), index,
						pmu_value[pull]);
	else if (port == 1)
		RK3288_PMU_GPIO0B_PULL_PULL_set(pmu(gpio), index,
						pmu_value[pull]);
	else
		RK3288_PMU_GPIO0C_PULL_PULL_set(pmu(gpio), index,
						pmu_value[pull]);
	svd_hal_mmio_barrier();
	return 0;
}

/*
 * One trigger per pin: INTTYPE_LEVEL and INT_POLARITY choose it, INTEN
 * turns it on. The pin's interrupt stays masked (INTMASK) so that the
 * GIC is not raised: the caller polls INT_RAWSTATUS.
 */
static int set_event(struct svd_hal_gpio *gpio, unsigned int pin,
		     enum svd_hal_event event, bool enable)
{
	RK3288_GPIO_Type *p = bank(gpio, pin / 32u);
	uint32_t n = pin % 32u;
	bool edge =
	    event == SVD_HAL_EVENT_RISING || event == SVD_HAL_EVENT_FALLING;
	bool high =
	    event == SVD_HAL_EVENT_RISING || event == SVD_HAL_EVENT_HIGH;

	if (event > SVD_HAL_EVENT_LOW)
		return svd_hal_gpio_fail(gpio, ENOTSUP,
					 "the rk3288 has no asynchronous edge "
					 "detectors");
	if (!enable) {
		RK3288_GPIO_INTEN_PIN_set(p, n, 0);
		return 0;
	}
	RK3288_GPIO_INTMASK_PIN_set(p, n, 1);
	RK3288_GPIO_INTTYPE_LEVEL_PIN_set(
	    p, n, edge ? RK3288_GPIO_TRIGGER_EDGE : RK3288_GPIO_TRIGGER_LEVEL);
	RK3288_GPIO_INT_POLARITY_PIN_set(p, n,
					 high
					     ? RK3288_GPIO_POLARITY_ACTIVE_HIGH
					     : RK3288_GPIO_POLARITY_ACTIVE_LOW);
	RK3288_GPIO_INTEN_PIN_set(p, n, 1);
	return 0;
}

static int read_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	return (int)(RK3288_GPIO_INT_RAWSTATUS_read(bank(gpio, pin / 32u)) >>
			 (pin % 32u) &
		     1u);
}

/* PORTA_EOI is write-only, write-1-to-clear: the pin's bit alone. */
static void clear_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	RK3288_GPIO_PORTA_EOI_PIN_clear(bank(gpio, pin / 32u), pin % 32u);
}

const struct svd_hal_gpio_ops svd_hal_rk3288_ops = {
    .soc = SVD_HAL_SOC_RK3288,
    .bank_count = 9,
    .bank_pins = bank_pins,
    .block_count = BLOCK_COUNT,
    .blocks = blocks,
    .enable_bank = enable_bank,
    .set_direction = set_direction,
    .write_mask = write_mask,
    .read_mask = read_mask,
    .set_bias = set_bias,
    .set_event = set_event,
    .read_event = read_event,
    .clear_event = clear_event,
    .rk3288_set_iomux = set_iomux,
};

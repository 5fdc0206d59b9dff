// SPDX-License-Identifier: MIT
/*
 * The BCM2835, BCM2836/2837 and BCM2711 behind the GPIO handle, written
 * only on the accessors svdgen generates (headers with the prefixes
 * BCM2835_, BCM2837_, BCM2711_). The three GPIO blocks put function
 * select, set, clear, level and the event registers at the same offsets
 * with the same fields, which the assertions below prove, so one body of
 * each operation serves all three. It is written on the BCM2711's
 * accessors, whose fields cover 58 pins where the BCM2835's stop at 54
 * (gpio.c keeps a BCM2835/2837 to its 54). Only the pull resistors differ:
 * the BCM2711 replaced GPPUD/GPPUDCLKn with GPIO_PUP_PDN_CNTRL_REGn, so
 * set_bias has two bodies and the three ops tables differ in it, in the
 * block size and in the pin count.
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <time.h>

#include "bcm2835.h"
#include "bcm2835_gpio.h" /* the accessors of the one peripheral used */
#include "bcm2837.h"
#include "bcm2837_gpio.h"
#include "bcm2711.h"
#include "bcm2711_gpio.h"

#include "internal.h"

/* A BCM2835 or BCM2837 register sits where the BCM2711's does. */
#define SAME_OFFSET(soc, member)                                               \
	typedef char same_offset_##soc##_##member                              \
	    [offsetof(BCM2711_GPIO_Type, member) ==                            \
		     offsetof(soc##_GPIO_Type, member)                         \
		 ? 1                                                           \
		 : -1]
#define SAME_IN_BOTH(member)                                                   \
	SAME_OFFSET(BCM2835, member);                                          \
	SAME_OFFSET(BCM2837, member)
SAME_IN_BOTH(GPFSEL0);
SAME_IN_BOTH(GPFSEL1);
SAME_IN_BOTH(GPFSEL2);
SAME_IN_BOTH(GPFSEL3);
SAME_IN_BOTH(GPFSEL4);
SAME_IN_BOTH(GPFSEL5);
SAME_IN_BOTH(GPSET0);
SAME_IN_BOTH(GPSET1);
SAME_IN_BOTH(GPCLR0);
SAME_IN_BOTH(GPCLR1);
SAME_IN_BOTH(GPLEV0);
SAME_IN_BOTH(GPLEV1);
SAME_IN_BOTH(GPEDS0);
SAME_IN_BOTH(GPEDS1);
SAME_IN_BOTH(GPREN0);
SAME_IN_BOTH(GPREN1);
SAME_IN_BOTH(GPFEN0);
SAME_IN_BOTH(GPFEN1);
SAME_IN_BOTH(GPHEN0);
SAME_IN_BOTH(GPHEN1);
SAME_IN_BOTH(GPLEN0);
SAME_IN_BOTH(GPLEN1);
SAME_IN_BOTH(GPAREN0);
SAME_IN_BOTH(GPAREN1);
SAME_IN_BOTH(GPAFEN0);
SAME_IN_BOTH(GPAFEN1);
/* The BCM2837's pull registers are the BCM2835's (set_bias_gppud). */
typedef char same_gppud[offsetof(BCM2835_GPIO_Type, GPPUDCLK1) ==
				offsetof(BCM2837_GPIO_Type, GPPUDCLK1)
			    ? 1
			    : -1];
/* Function select: three bits per pin, ten pins per register, and the
 * same encoding (ALT4 is 3). */
typedef char same_fsel[BCM2835_GPIO_GPFSEL1_FSEL10_Msk ==
				   BCM2711_GPIO_GPFSEL1_FSEL10_Msk &&
			       BCM2835_GPIO_GPFSEL5_FSEL53_Msk ==
				   BCM2711_GPIO_GPFSEL5_FSEL53_Msk &&
			       (int)BCM2835_GPIO_FUNCTION_ALT4 ==
				   (int)BCM2711_GPIO_FUNCTION_ALT4
			   ? 1
			   : -1];

/* The GPIO block, seen through the BCM2711's accessors. */
static BCM2711_GPIO_Type *block(struct svd_hal_gpio *gpio)
{
	return gpio->block[0];
}

/* Function select: GPFSELn holds ten pins, three bits each. */
static int set_function(struct svd_hal_gpio *gpio, unsigned int pin,
			enum svd_hal_bcm_function function)
{
	BCM2711_GPIO_Type *p = block(gpio);
	BCM2711_GPIO_FUNCTION_Enum value = (BCM2711_GPIO_FUNCTION_Enum)function;
	uint32_t n = pin; /* FSELn: the index is the pin number */

	switch (pin / 10u) {
	case 0:
		BCM2711_GPIO_GPFSEL0_FSEL_set(p, n, value);
		break;
	case 1:
		BCM2711_GPIO_GPFSEL1_FSEL_set(p, n, value);
		break;
	case 2:
		BCM2711_GPIO_GPFSEL2_FSEL_set(p, n, value);
		break;
	case 3:
		BCM2711_GPIO_GPFSEL3_FSEL_set(p, n, value);
		break;
	case 4:
		BCM2711_GPIO_GPFSEL4_FSEL_set(p, n, value);
		break;
	default:
		BCM2711_GPIO_GPFSEL5_FSEL_set(p, n, value);
		break;
	}
	return 0;
}

static int get_function(struct svd_hal_gpio *gpio, unsigned int pin)
{
	BCM2711_GPIO_Type *p = block(gpio);
	uint32_t n = pin; /* FSELn: the index is the pin number */

	switch (pin / 10u) {
	case 0:
		return (int)BCM2711_GPIO_GPFSEL0_FSEL_get(p, n);
	case 1:
		return (int)BCM2711_GPIO_GPFSEL1_FSEL_get(p, n);
	case 2:
		return (int)BCM2711_GPIO_GPFSEL2_FSEL_get(p, n);
	case 3:
		return (int)BCM2711_GPIO_GPFSEL3_FSEL_get(p, n);
	case 4:
		return (int)BCM2711_GPIO_GPFSEL4_FSEL_get(p, n);
	default:
		return (int)BCM2711_GPIO_GPFSEL5_FSEL_get(p, n);
	}
}

static int set_direction(struct svd_hal_gpio *gpio, unsigned int pin,
			 enum svd_hal_direction direction)
{
	return set_function(gpio, pin,
			    direction == SVD_HAL_OUTPUT ? SVD_HAL_BCM_OUTPUT
							: SVD_HAL_BCM_INPUT);
}

/* GPSETn and GPCLRn are write-only: one write of a mask, never a read. */
static int write_mask(struct svd_hal_gpio *gpio, unsigned int bank,
		      uint32_t mask, bool high)
{
	BCM2711_GPIO_Type *p = block(gpio);

	if (high && bank == 0)
		BCM2711_GPIO_GPSET0_write(p, mask);
	else if (high)
		BCM2711_GPIO_GPSET1_write(p, mask);
	else if (bank == 0)
		BCM2711_GPIO_GPCLR0_write(p, mask);
	else
		BCM2711_GPIO_GPCLR1_write(p, mask);
	return 0;
}

static uint32_t read_mask(struct svd_hal_gpio *gpio, unsigned int bank)
{
	return bank == 0 ? BCM2711_GPIO_GPLEV0_read(block(gpio))
			 : BCM2711_GPIO_GPLEV1_read(block(gpio));
}

/*
 * The datasheet's "wait 150 cycles" of the 250 MHz core clock, 0.6 us:
 * spin for a microsecond of wall time, whatever the ARM's clock.
 */
static void wait_150_core_cycles(void)
{
	struct timespec start, now;
	long elapsed;

	clock_gettime(CLOCK_MONOTONIC, &start);
	do {
		clock_gettime(CLOCK_MONOTONIC, &now);
		elapsed = (now.tv_sec - start.tv_sec) * 1000000000L +
			  (now.tv_nsec - start.tv_nsec);
	} while (elapsed < 1000);
}

/*
 * BCM2835/2837, BCM2835 ARM Peripherals p. 101: write GPPUD, wait, clock
 * the control into the pin through GPPUDCLKn, wait, then remove both.
 */
static int set_bias_gppud(struct svd_hal_gpio *gpio, unsigned int pin,
			  enum svd_hal_pull pull)
{
	static const BCM2835_GPIO_PUD_Enum pud[] = {
	    [SVD_HAL_PULL_NONE] = BCM2835_GPIO_PUD_OFF,
	    [SVD_HAL_PULL_UP] = BCM2835_GPIO_PUD_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = BCM2835_GPIO_PUD_PULL_DOWN,
	};
	BCM2835_GPIO_Type *p = gpio->block[0];

	BCM2835_GPIO_GPPUD_write(p, BCM2835_GPIO_GPPUD_PUD_val(pud[pull]));
	wait_150_core_cycles();
	if (pin < 32u)
		BCM2835_GPIO_GPPUDCLK0_write(
		    p, BCM2835_GPIO_GPPUDCLK0_PUDCLK_val(pin, 1));
	else
		BCM2835_GPIO_GPPUDCLK1_write(
		    p, BCM2835_GPIO_GPPUDCLK1_PUDCLK_val(pin, 1));
	wait_150_core_cycles();
	BCM2835_GPIO_GPPUD_write(
	    p, BCM2835_GPIO_GPPUD_PUD_val(BCM2835_GPIO_PUD_OFF));
	if (pin < 32u)
		BCM2835_GPIO_GPPUDCLK0_write(p, 0);
	else
		BCM2835_GPIO_GPPUDCLK1_write(p, 0);
	return 0;
}

/* BCM2711: two bits per pin in GPIO_PUP_PDN_CNTRL_REGn, 1 up, 2 down. */
static int set_bias_pup_pdn(struct svd_hal_gpio *gpio, unsigned int pin,
			    enum svd_hal_pull pull)
{
	static const BCM2711_GPIO_RESISTOR_Enum resistor[] = {
	    [SVD_HAL_PULL_NONE] = BCM2711_GPIO_RESISTOR_NONE,
	    [SVD_HAL_PULL_UP] = BCM2711_GPIO_RESISTOR_PULL_UP,
	    [SVD_HAL_PULL_DOWN] = BCM2711_GPIO_RESISTOR_PULL_DOWN,
	};
	BCM2711_GPIO_Type *p = block(gpio);
	uint32_t n = pin; /* the index is the pin number */

	switch (pin / 16u) {
	case 0:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG0_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor[pull]);
		break;
	case 1:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG1_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor[pull]);
		break;
	case 2:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG2_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor[pull]);
		break;
	default:
		BCM2711_GPIO_GPIO_PUP_PDN_CNTRL_REG3_GPIO_PUP_PDN_CNTRL_set(
		    p, n, resistor[pull]);
		break;
	}
	return 0;
}

/* One detector enable bit: a read-modify-write of its register. */
static int set_event(struct svd_hal_gpio *gpio, unsigned int pin,
		     enum svd_hal_event event, bool enable)
{
	BCM2711_GPIO_Type *p = block(gpio);
	uint32_t n = pin, on = enable ? 1u : 0u; /* n: the pin number */
	bool high_bank = pin >= 32u;

	switch (event) {
	case SVD_HAL_EVENT_RISING:
		if (high_bank)
			BCM2711_GPIO_GPREN1_REN_set(p, n, on);
		else
			BCM2711_GPIO_GPREN0_REN_set(p, n, on);
		break;
	case SVD_HAL_EVENT_FALLING:
		if (high_bank)
			BCM2711_GPIO_GPFEN1_FEN_set(p, n, on);
		else
			BCM2711_GPIO_GPFEN0_FEN_set(p, n, on);
		break;
	case SVD_HAL_EVENT_HIGH:
		if (high_bank)
			BCM2711_GPIO_GPHEN1_HEN_set(p, n, on);
		else
			BCM2711_GPIO_GPHEN0_HEN_set(p, n, on);
		break;
	case SVD_HAL_EVENT_LOW:
		if (high_bank)
			BCM2711_GPIO_GPLEN1_LEN_set(p, n, on);
		else
			BCM2711_GPIO_GPLEN0_LEN_set(p, n, on);
		break;
	case SVD_HAL_EVENT_ASYNC_RISING:
		if (high_bank)
			BCM2711_GPIO_GPAREN1_AREN_set(p, n, on);
		else
			BCM2711_GPIO_GPAREN0_AREN_set(p, n, on);
		break;
	case SVD_HAL_EVENT_ASYNC_FALLING:
		if (high_bank)
			BCM2711_GPIO_GPAFEN1_AFEN_set(p, n, on);
		else
			BCM2711_GPIO_GPAFEN0_AFEN_set(p, n, on);
		break;
	}
	return 0;
}

static int read_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	BCM2711_GPIO_Type *p = block(gpio);

	return (int)(pin < 32u ? BCM2711_GPIO_GPEDS0_EDS_get(p, pin)
			       : BCM2711_GPIO_GPEDS1_EDS_get(p, pin));
}

/* GPEDSn is write-1-to-clear: write the one bit, never read-modify-write. */
static void clear_event(struct svd_hal_gpio *gpio, unsigned int pin)
{
	BCM2711_GPIO_Type *p = block(gpio);

	if (pin < 32u)
		BCM2711_GPIO_GPEDS0_EDS_clear(p, pin);
	else
		BCM2711_GPIO_GPEDS1_EDS_clear(p, pin);
}

/* 54 pins on the BCM2835/2837, 58 on the BCM2711. */
static const uint32_t pins_54[] = {0xFFFFFFFFu, 0x003FFFFFu};
static const uint32_t pins_58[] = {0xFFFFFFFFu, 0x03FFFFFFu};

static const struct svd_hal_block bcm2835_block = {BCM2835_GPIO_BASE,
						   sizeof(BCM2835_GPIO_Type)};
static const struct svd_hal_block bcm2837_block = {BCM2837_GPIO_BASE,
						   sizeof(BCM2837_GPIO_Type)};
static const struct svd_hal_block bcm2711_block = {BCM2711_GPIO_BASE,
						   sizeof(BCM2711_GPIO_Type)};

#define BCM_OPS(soc_, pins_, block_, set_bias_)                                \
	{                                                                      \
		.soc = soc_, .bank_count = 2, .bank_pins = pins_,              \
		.block_count = 1, .blocks = block_, .gpiomem = true,           \
		.set_direction = set_direction, .write_mask = write_mask,      \
		.read_mask = read_mask, .set_bias = set_bias_,                 \
		.set_event = set_event, .read_event = read_event,              \
		.clear_event = clear_event, .bcm_set_function = set_function,  \
		.bcm_get_function = get_function,                              \
	}

const struct svd_hal_gpio_ops svd_hal_bcm2835_ops =
    BCM_OPS(SVD_HAL_SOC_BCM2835, pins_54, &bcm2835_block, set_bias_gppud);
const struct svd_hal_gpio_ops svd_hal_bcm2837_ops =
    BCM_OPS(SVD_HAL_SOC_BCM2837, pins_54, &bcm2837_block, set_bias_gppud);
const struct svd_hal_gpio_ops svd_hal_bcm2711_ops =
    BCM_OPS(SVD_HAL_SOC_BCM2711, pins_58, &bcm2711_block, set_bias_pup_pdn);

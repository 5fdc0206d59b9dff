// SPDX-License-Identifier: MIT
/*
 * Bare-metal self-test for the Raspberry Pi boards QEMU emulates, written
 * only against the headers svdgen generates from the SVDs we ship. It
 * prints over the PL011 UART0, drives GPIO 16 and 17 through GPFSEL1,
 * GPSET0 and GPCLR0 and reads them back from GPLEV0, checks that the
 * system timer runs, prints one PASS or FAIL line per check and a
 * summary, and ends through ARM semihosting with the number of failed
 * checks as its exit status.
 *
 * Build with -DSOC_BCM2835 (Pi 0/1, peripherals at 0x20000000) or
 * -DSOC_BCM2837 (Pi 2 and 3, peripherals at 0x3F000000) and the matching
 * generated/<soc> directory on the include path. -DFORCE_FAIL makes one
 * GPIO check expect a wrong level, so a test can prove that a failing
 * check reaches the report and the exit status.
 */

/* Provided by start-arm.S or start-aarch64.S. */
void semihosting_exit(unsigned int status) __attribute__((noreturn));

static void fail_accessor_assert(const char *condition);

/*
 * The accessors check their index arguments with SVDGEN_ASSERT, which
 * defaults to assert() from the C library. There is none here: report
 * the broken condition on the UART and stop instead.
 */
#define SVDGEN_ASSERT(condition)                                               \
	((condition) ? (void)0 : fail_accessor_assert(#condition))

/* The umbrella, and the accessors of the three peripherals used. */
#if defined(SOC_BCM2835)
#include "bcm2835.h"
#include "bcm2835_gpio.h"
#include "bcm2835_systimer.h"
#include "bcm2835_uart0.h"
#define SOC_NAME "BCM2835"
#elif defined(SOC_BCM2837)
#include "bcm2837.h"
#include "bcm2837_gpio.h"
#include "bcm2837_systimer.h"
#include "bcm2837_uart0.h"
#define SOC_NAME "BCM2837"
#else
#error "define SOC_BCM2835 or SOC_BCM2837"
#endif

#if defined(__aarch64__)
#define ARCH_NAME "AArch64"
#else
#define ARCH_NAME "AArch32"
#endif

/*
 * The pins the test drives, both in GPFSEL1 (GPIO 10 to 19, fields FSEL10
 * to FSEL19: the accessors' index is the pin number).
 */
#define PIN_A 16u
#define PIN_B 17u

/*
 * PL011 divisors for 115200 baud from the 48 MHz UART clock the firmware
 * sets up on current Raspberry Pi boards: 48e6 / (16 * 115200) = 26.042,
 * so IBRD 26 and FBRD round(0.042 * 64) = 3. QEMU ignores the divisors.
 */
#define UART_IBRD 26u
#define UART_FBRD 3u

/* The timer check waits for this many microseconds of system time. */
#define TIMER_WAIT_US 1000u
/* ...but gives up after this many polls, so a stopped timer is a FAIL. */
#define TIMER_MAX_POLLS 10000000u

static unsigned int checks_run;
static unsigned int checks_failed;

/* Wait until the transmit FIFO has room, then queue one byte. */
static void uart_put_byte(char c)
{
	while (UART0_FR_TXFF_get(UART0))
		;
	UART0_DR_write(UART0, UART0_DR_DATA_val((uint32_t)(unsigned char)c));
}

/* Write a string, turning each newline into CR LF for terminals. */
static void uart_puts(const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			uart_put_byte('\r');
		uart_put_byte(*s);
	}
}

/* Write a 32-bit value as 0x followed by eight hex digits. */
static void uart_put_hex(uint32_t value)
{
	static const char digits[] = "0123456789abcdef";
	int shift;

	uart_puts("0x");
	for (shift = 28; shift >= 0; shift -= 4)
		uart_put_byte(digits[(value >> shift) & 0xfu]);
}

/* Write an unsigned value in decimal. */
static void uart_put_decimal(uint32_t value)
{
	char buffer[10];
	int length = 0;

	do {
		buffer[length++] = (char)('0' + value % 10u);
		value /= 10u;
	} while (value);
	while (length)
		uart_put_byte(buffer[--length]);
}

/* Wait until the UART has shifted out everything queued. */
static void uart_drain(void)
{
	while (UART0_FR_BUSY_get(UART0))
		;
}

/*
 * Bring up UART0 for 115200 8N1 on GPIO 14 (TXD0) and 15 (RXD0), in the
 * order the PL011 manual asks for: disable, drain, flush the FIFOs by
 * clearing FEN, program the divisors and line control, enable.
 */
static void uart_init(void)
{
	GPIO_GPFSEL1_FSEL_set(GPIO, 14u, GPIO_FUNCTION_ALT0);
	GPIO_GPFSEL1_FSEL_set(GPIO, 15u, GPIO_FUNCTION_ALT0);

	UART0_CR_write(UART0, 0);
	uart_drain();
	UART0_LCRH_write(UART0, 0);
	UART0_ICR_write(UART0, 0x7ffu);
	UART0_IMSC_write(UART0, 0);
	UART0_IBRD_write(UART0, UART0_IBRD_IBRD_val(UART_IBRD));
	UART0_FBRD_write(UART0, UART0_FBRD_FBRD_val(UART_FBRD));
	UART0_LCRH_write(UART0, UART0_LCRH_WLEN_val(UART0_LCRH_WLEN_BITS8) |
				    UART0_LCRH_FEN_val(1));
	UART0_CR_write(UART0, UART0_CR_UARTEN_val(1) | UART0_CR_TXE_val(1) |
				  UART0_CR_RXE_val(1));
}

/* Stop on a failed accessor assertion: report it and exit with 255. */
static void fail_accessor_assert(const char *condition)
{
	uart_puts("FAIL accessor assertion: ");
	uart_puts(condition);
	uart_puts("\nRESULT: FAIL\n");
	uart_drain();
	semihosting_exit(255);
}

/* Print one report line for a check and count it. */
static void report(int passed, const char *name)
{
	checks_run++;
	if (!passed)
		checks_failed++;
	uart_puts(passed ? "PASS " : "FAIL ");
	uart_puts(name);
	uart_puts("\n");
}

/* Print the expected and observed values under a failed check. */
static void report_values(uint32_t expected, uint32_t observed)
{
	uart_puts("     expected ");
	uart_put_hex(expected);
	uart_puts(", read ");
	uart_put_hex(observed);
	uart_puts("\n");
}

/* Compare a value with what a check expects, reporting both on mismatch. */
static void check_value(const char *name, uint32_t expected, uint32_t observed)
{
	report(expected == observed, name);
	if (expected != observed)
		report_values(expected, observed);
}

/* GPIO 16 and 17 as outputs, the neighbouring FSEL fields untouched. */
static void check_gpio_function_select(void)
{
	uint32_t field_a = PIN_A;
	uint32_t field_b = PIN_B;
	uint32_t before = GPIO_GPFSEL1_read(GPIO);
	uint32_t fields =
	    (uint32_t)(GPIO_GPFSEL1_FSEL16_Msk | GPIO_GPFSEL1_FSEL17_Msk);
	uint32_t outputs =
	    GPIO_GPFSEL1_FSEL_val(field_a, GPIO_FUNCTION_OUTPUT) |
	    GPIO_GPFSEL1_FSEL_val(field_b, GPIO_FUNCTION_OUTPUT);
	int both_output;

	GPIO_GPFSEL1_FSEL_set(GPIO, field_a, GPIO_FUNCTION_OUTPUT);
	GPIO_GPFSEL1_FSEL_set(GPIO, field_b, GPIO_FUNCTION_OUTPUT);
	check_value("gpio: GPFSEL1 makes GPIO 16 and 17 outputs",
		    (before & ~fields) | outputs, GPIO_GPFSEL1_read(GPIO));

	both_output =
	    GPIO_GPFSEL1_FSEL_get(GPIO, field_a) == GPIO_FUNCTION_OUTPUT &&
	    GPIO_GPFSEL1_FSEL_get(GPIO, field_b) == GPIO_FUNCTION_OUTPUT;
	report(both_output, "gpio: GPFSEL1 FSEL fields read back as output");
}

/* Set and clear the two pins and watch GPLEV0 follow. */
static void check_gpio_levels(void)
{
	uint32_t bit_a = GPIO_GPSET0_SET_val(PIN_A, 1);
	uint32_t bit_b = GPIO_GPSET0_SET_val(PIN_B, 1);
	uint32_t both = bit_a | bit_b;
	uint32_t expected_after_clear_a = bit_b;
	int both_low;

#ifdef FORCE_FAIL
	/* A deliberately wrong expectation: GPCLR0 did clear GPIO 16. */
	expected_after_clear_a = both;
#endif
	GPIO_GPCLR0_write(GPIO, both);
	check_value("gpio: GPCLR0 drives GPIO 16 and 17 low", 0,
		    GPIO_GPLEV0_read(GPIO) & both);

	GPIO_GPSET0_write(GPIO, both);
	check_value("gpio: GPSET0 drives GPIO 16 and 17 high", both,
		    GPIO_GPLEV0_read(GPIO) & both);

	GPIO_GPCLR0_write(GPIO, GPIO_GPCLR0_CLR_val(PIN_A, 1));
	check_value("gpio: GPCLR0 drives GPIO 16 low, 17 stays high",
		    expected_after_clear_a, GPIO_GPLEV0_read(GPIO) & both);

	GPIO_GPCLR0_CLR_clear(GPIO, PIN_B);
	both_low = GPIO_GPLEV0_LEV_get(GPIO, PIN_A) == 0 &&
		   GPIO_GPLEV0_LEV_get(GPIO, PIN_B) == 0;
	report(both_low,
	       "gpio: GPCLR0 drives GPIO 17 low, GPLEV0 LEV fields read 0");

	GPIO_GPSET0_write(GPIO, bit_b);
	check_value("gpio: GPSET0 drives GPIO 17 high alone", bit_b,
		    GPIO_GPLEV0_read(GPIO) & both);
	GPIO_GPCLR0_write(GPIO, both);
}

/* Read the free-running 1 MHz counter twice and check that it advanced. */
static void check_system_timer(void)
{
	uint32_t first = SYSTIMER_CLO_read(SYSTIMER);
	uint32_t second = first;
	uint32_t polls;

	for (polls = 0; polls < TIMER_MAX_POLLS; polls++) {
		second = SYSTIMER_CLO_read(SYSTIMER);
		/* Unsigned subtraction copes with CLO wrapping around. */
		if (second - first >= TIMER_WAIT_US)
			break;
	}
	report(second - first >= TIMER_WAIT_US,
	       "timer: SYSTIMER CLO advances by 1000 us");
	uart_puts("     CLO ");
	uart_put_hex(first);
	uart_puts(" then ");
	uart_put_hex(second);
	uart_puts(" after ");
	uart_put_decimal(polls);
	uart_puts(" polls, CHI ");
	uart_put_hex(SYSTIMER_CHI_read(SYSTIMER));
	uart_puts("\n");
}

/* Run every check, print the summary, return the number of failures. */
int main(void)
{
	uart_init();
	uart_puts("svdgen bare-metal self-test: " SOC_NAME ", " ARCH_NAME "\n");

	check_gpio_function_select();
	check_gpio_levels();
	check_system_timer();

	uart_puts("SUMMARY: ");
	uart_put_decimal(checks_run);
	uart_puts(" checks, ");
	uart_put_decimal(checks_failed);
	uart_puts(" failed\n");
	uart_puts(checks_failed ? "RESULT: FAIL\n" : "RESULT: PASS\n");
	uart_drain();
	return (int)checks_failed;
}

/* SPDX-License-Identifier: MIT */
/*
 * A program built against headers its build generates from board.svd. The
 * accessors take the peripheral pointer, so on the host they run against
 * an ordinary struct; on the board the same calls take TIMER, the fixed
 * address. It also links libsvdhal, to show the installed library and its
 * pkg-config flags at work.
 */
#include <stdio.h>

#include "board.h"
#include "board_timer.h" /* TIMER's accessors */
#include "svd-hal.h"

int main(void)
{
	TIMER_Type timer = {0};
	unsigned int pin = 0;

	TIMER_CTRL_PRESCALE_set(&timer, 99);
	TIMER_CTRL_MODE_set(&timer, TIMER_MODE_ONESHOT);
	TIMER_CTRL_EN_set(&timer, 1);
	TIMER_LOAD_write(&timer, 1000);
	if (TIMER_CTRL_read(&timer) != (99u << 8 | 2u << 1 | 1u) ||
	    TIMER_CTRL_MODE_get(&timer) != TIMER_MODE_ONESHOT ||
	    TIMER_LOAD_read(&timer) != 1000) {
		fprintf(stderr, "board: unexpected register values\n");
		return 1;
	}
	if (svd_hal_gpio_parse_pin(NULL, "GPIO5_B4", &pin) < 0) {
		fprintf(stderr, "board: libsvdhal cannot read a pin name\n");
		return 1;
	}
	printf("board: CTRL=0x%08x on a TIMER at 0x%08lx; hal reads GPIO5_B4 "
	       "as pin %u\n",
	       (unsigned int)TIMER_CTRL_read(&timer), (unsigned long)TIMER_BASE,
	       pin);
	return 0;
}

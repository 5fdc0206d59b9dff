// SPDX-License-Identifier: MIT
/*
 * The loops that bench/run.sh counts with callgrind: each runs one
 * register operation n times, through the generated accessors
 * (ops-accessor.c), through the hal, or written by hand (ops-hand.c).
 * The two sides live in separate translation units so that the compiler
 * can neither merge identical loops (-fipa-icf) nor inline one into main.
 */
#ifndef BENCH_OPS_H
#define BENCH_OPS_H

#include <stdint.h>

struct svd_hal_gpio;

/* rules.svd's DEV block (tests/accessors/rules.svd). */
void ops_reg_write_accessor(void *dev, unsigned long n);
void ops_reg_write_hand(void *dev, unsigned long n);
void ops_field_rmw_accessor(void *dev, unsigned long n);
void ops_field_rmw_hand(void *dev, unsigned long n);
void ops_mask_write_accessor(void *dev, unsigned long n);
void ops_mask_write_hand(void *dev, unsigned long n);

/* A BCM2835 GPIO block mapped by the hal: set then clear GPIO 17. */
void ops_gpio_toggle_hal(struct svd_hal_gpio *gpio, unsigned long n);
void ops_gpio_toggle_accessor(void *gpio, unsigned long n);
void ops_gpio_toggle_hand(void *gpio, unsigned long n);

/* An RK3288 GPIO bank mapped by the hal: set then clear GPIO5_B4. */
void ops_rk_toggle_hal(struct svd_hal_gpio *gpio, unsigned long n);
void ops_rk_toggle_accessor(void *gpio, unsigned long n);
void ops_rk_toggle_hand(void *gpio, unsigned long n);

#endif

/* SPDX-License-Identifier: MIT */
/*
 * The one memory barrier of the library. BCM2835 ARM Peripherals, sec. 1.3:
 * the AXI bus may return reads from two peripherals out of order, so a
 * barrier goes before the first write to a peripheral and after the last
 * read from one - that is, between accesses to different peripherals, and
 * nowhere else. Accesses to one peripheral arrive in order.
 */
#ifndef SVD_HAL_MMIO_H
#define SVD_HAL_MMIO_H

/**
 * @brief Order every memory access before the call against every one
 * after it: dmb on ARMv7 and AArch64, the CP15 equivalent on ARMv6 (the
 * BCM2835's ARM1176 has no dmb instruction), a compiler barrier elsewhere.
 */
static inline void svd_hal_mmio_barrier(void)
{
#if defined(__aarch64__)
	__asm__ __volatile__("dmb sy" ::: "memory");
#elif defined(__arm__) && defined(__ARM_ARCH) && __ARM_ARCH >= 7
	__asm__ __volatile__("dmb" ::: "memory");
#elif defined(__arm__)
	__asm__ __volatile__("mcr p15, 0, %0, c7, c10, 5" ::"r"(0) : "memory");
#else
	__asm__ __volatile__("" ::: "memory");
#endif
}

#endif /* SVD_HAL_MMIO_H */

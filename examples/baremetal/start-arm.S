/* SPDX-License-Identifier: MIT */
/*
 * Entry point and semihosting exit for the AArch32 builds: the BCM2835
 * (ARM1176JZF-S, one core) and the Pi 2 (Cortex-A7, four cores).
 *
 * QEMU's raspi2b starts every core at the ELF entry point when the kernel
 * is not Linux, so all but core 0 are parked here. The ARM1176 has no
 * MPIDR: on ARMv6 an unimplemented CP15 c0 register reads as MIDR
 * (0x410fb767 on the ARM1176, whose low bits are not a core number), so
 * the BCM2835 build must not park on what it reads there. It has one
 * core anyway.
 */
	.syntax unified
	.arm
	.section .text.start, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	cpsid	if			/* no interrupt handlers here */
#if __ARM_ARCH >= 7
	mrc	p15, 0, r0, c0, c0, 5	/* MPIDR */
	ands	r0, r0, #0xff		/* Aff0: the core within the cluster */
	bne	park
#endif
	ldr	sp, =__stack_top
	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	mov	r2, #0
clear_bss:
	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	clear_bss
	bl	main
	b	semihosting_exit	/* main's status is already in r0 */
park:
	wfi
	b	park
	.size _start, . - _start

/*
 * void semihosting_exit(unsigned int status): SYS_EXIT_EXTENDED (0x20)
 * with the block {ADP_Stopped_ApplicationExit, status}. Plain SYS_EXIT
 * (0x18) on AArch32 takes only a reason code and cannot carry a status;
 * QEMU turns ApplicationExit into 0 and any other reason into 1.
 */
	.text
	.global semihosting_exit
	.type semihosting_exit, %function
semihosting_exit:
	ldr	r2, =0x20026		/* ADP_Stopped_ApplicationExit */
	push	{r0}			/* the block: reason, then status */
	push	{r2}
	mov	r1, sp
	mov	r0, #0x20		/* SYS_EXIT_EXTENDED */
	svc	0x123456		/* the ARM-state semihosting call */
	b	park			/* only without semihosting */
	.size semihosting_exit, . - semihosting_exit

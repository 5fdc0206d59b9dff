/* SPDX-License-Identifier: MIT */
/*
 * Entry point and semihosting exit for the BCM2837 AArch64 build
 * (Cortex-A53). QEMU's raspi3b starts all four cores at the ELF entry
 * point when the kernel is not Linux, so all but core 0 are parked here.
 */
	.section .text.start, "ax", %progbits
	.global _start
	.type _start, %function
_start:
	msr	daifset, #0xf		/* no exception handlers here */
	mrs	x0, mpidr_el1
	and	x0, x0, #0xff		/* Aff0: the core within the cluster */
	cbnz	x0, park
	ldr	x0, =__stack_top
	mov	sp, x0
	ldr	x0, =__bss_start
	ldr	x1, =__bss_end
clear_bss:
	cmp	x0, x1
	b.hs	call_main
	str	xzr, [x0], #8
	b	clear_bss
call_main:
	bl	main
	b	semihosting_exit	/* main's status is already in w0 */
park:
	wfi
	b	park
	.size _start, . - _start

/*
 * void semihosting_exit(unsigned int status): on AArch64 SYS_EXIT (0x18)
 * takes a pointer to the block {ADP_Stopped_ApplicationExit, status},
 * and QEMU exits with that status.
 */
	.text
	.global semihosting_exit
	.type semihosting_exit, %function
semihosting_exit:
	mov	w2, w0
	ldr	x1, =0x20026		/* ADP_Stopped_ApplicationExit */
	stp	x1, x2, [sp, #-16]!	/* the block: reason, then status */
	mov	x1, sp
	mov	x0, #0x18		/* SYS_EXIT */
	hlt	#0xf000			/* the A64 semihosting call */
	b	park			/* only without semihosting */
	.size semihosting_exit, . - semihosting_exit

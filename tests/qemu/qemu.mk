# SPDX-License-Identifier: MIT
# The bare-metal self-test (examples/baremetal/) built for three boards and
# run under qemu-system: BCM2835 on raspi0 and raspi1ap (ARM1176), the Pi 2
# on raspi2b (Cortex-A7, AArch32, with the BCM2837 headers: same
# peripherals at the same 0x3F000000 base) and BCM2837 on raspi3b
# (Cortex-A53, AArch64). Each board also gets a -DFORCE_FAIL build that
# must fail, so the tests cannot pass vacuously. Without a cross compiler
# the ELFs are not built and the tests skip.
BAREMETAL_ARM_CC = arm-none-eabi-gcc
BAREMETAL_A64_CC = aarch64-linux-gnu-gcc
BAREMETAL_BOARDS = raspi0 raspi2b raspi3b
BAREMETAL_ELFS = $(BAREMETAL_BOARDS:%=examples/baremetal/%/selftest.elf) \
	$(BAREMETAL_BOARDS:%=examples/baremetal/%/selftest-fail.elf)
BAREMETAL_SOURCE_FILES = $(srcdir)/examples/baremetal/selftest.c \
	$(srcdir)/examples/baremetal/start-arm.S \
	$(srcdir)/examples/baremetal/start-aarch64.S
BAREMETAL_COMMON_FLAGS = -std=c99 -O2 -g -Wall -Wextra -Werror -pedantic \
	-ffreestanding -fno-builtin -fno-stack-protector \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-nostdlib -nostartfiles -static -Wl,--build-id=none
# Soft float keeps VFP and NEON (not enabled at reset) out of the code;
# with the MMU off all memory is Device or Strongly-ordered, where an
# unaligned access faults.
BAREMETAL_ARM_FLAGS = -marm -mfloat-abi=soft -mno-unaligned-access
BAREMETAL_CC_raspi0 = $(BAREMETAL_ARM_CC)
BAREMETAL_START_raspi0 = start-arm.S
BAREMETAL_FLAGS_raspi0 = $(BAREMETAL_ARM_FLAGS) -mcpu=arm1176jzf-s \
	-DSOC_BCM2835 -Igenerated/strict-bcm2835
BAREMETAL_CC_raspi2b = $(BAREMETAL_ARM_CC)
BAREMETAL_START_raspi2b = start-arm.S
BAREMETAL_FLAGS_raspi2b = $(BAREMETAL_ARM_FLAGS) -mcpu=cortex-a7 \
	-DSOC_BCM2837 -Igenerated/strict-bcm2837
BAREMETAL_CC_raspi3b = $(BAREMETAL_A64_CC)
BAREMETAL_START_raspi3b = start-aarch64.S
BAREMETAL_FLAGS_raspi3b = -mcpu=cortex-a53 -mgeneral-regs-only \
	-mstrict-align -fno-pie -no-pie -Wl,-z,max-page-size=4096 \
	-Wl,--no-warn-rwx-segments -DSOC_BCM2837 -Igenerated/strict-bcm2837
# The board is the directory ($*); the recipe sets $$force. -nostdinc with
# only the compiler's own directory proves that nothing but freestanding
# headers (stdint.h, stddef.h) is used.
BAREMETAL_BUILD = cc='$(BAREMETAL_CC_$*)'; \
	if command -v "$$cc" >/dev/null 2>&1; then \
		$(MKDIR_P) $(@D) && \
		"$$cc" $(BAREMETAL_COMMON_FLAGS) $(BAREMETAL_FLAGS_$*) $$force \
			-nostdinc -isystem "`$$cc -print-file-name=include`" \
			-T $(srcdir)/examples/baremetal/$*.ld \
			$(srcdir)/examples/baremetal/$(BAREMETAL_START_$*) \
			$(srcdir)/examples/baremetal/selftest.c -lgcc -o $@; \
	else \
		echo "$$cc not found: $@ not built, its test will skip"; \
	fi

examples/baremetal/%/selftest.elf: $(BAREMETAL_SOURCE_FILES) \
		$(srcdir)/examples/baremetal/%.ld
	$(AM_V_CCLD)force=; $(BAREMETAL_BUILD)
examples/baremetal/%/selftest-fail.elf: $(BAREMETAL_SOURCE_FILES) \
		$(srcdir)/examples/baremetal/%.ld
	$(AM_V_CCLD)force=-DFORCE_FAIL; $(BAREMETAL_BUILD)
examples/baremetal/raspi0/selftest.elf \
examples/baremetal/raspi0/selftest-fail.elf: generated/strict-bcm2835/.stamp
examples/baremetal/raspi2b/selftest.elf \
examples/baremetal/raspi2b/selftest-fail.elf \
examples/baremetal/raspi3b/selftest.elf \
examples/baremetal/raspi3b/selftest-fail.elf: generated/strict-bcm2837/.stamp

# make baremetal: just the ELFs, to run by hand (examples/baremetal/README.md).
baremetal: $(BAREMETAL_ELFS)
.PHONY: baremetal

TESTS += tests/qemu/raspi0.sh tests/qemu/raspi2b.sh tests/qemu/raspi3b.sh
tests/qemu/raspi0.log: examples/baremetal/raspi0/selftest.elf \
	examples/baremetal/raspi0/selftest-fail.elf
tests/qemu/raspi2b.log: examples/baremetal/raspi2b/selftest.elf \
	examples/baremetal/raspi2b/selftest-fail.elf
tests/qemu/raspi3b.log: examples/baremetal/raspi3b/selftest.elf \
	examples/baremetal/raspi3b/selftest-fail.elf
CLEANFILES += $(BAREMETAL_ELFS)
EXTRA_DIST += $(BAREMETAL_SOURCE_FILES:$(srcdir)/%=%) \
	$(BAREMETAL_BOARDS:%=examples/baremetal/%.ld) \
	examples/baremetal/README.md tests/qemu/run.sh \
	tests/qemu/raspi0.sh tests/qemu/raspi2b.sh tests/qemu/raspi3b.sh

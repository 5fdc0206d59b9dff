# SPDX-License-Identifier: MIT
# make check-qemu-linux: the Raspberry Pi examples on Debian's armmp Linux
# kernel under qemu-system-arm -M raspi2b, against the emulated SoC's
# /dev/mem (tests/qemu-linux/run.sh). Not part of make check: the first
# run downloads Debian's armhf kernel and busybox (root needed, cached in
# tests/qemu-linux/cache/) and each run boots twice (about a minute).
# A skip (no root, no cross compiler, no QEMU) is not a failure.
check-qemu-linux: $(HAL_STAMPS)
	@top_srcdir=$(top_srcdir) top_builddir=$(top_builddir) \
		$(SHELL) $(srcdir)/tests/qemu-linux/run.sh; \
	status=$$?; \
	if [ $$status -eq 77 ]; then \
		echo "check-qemu-linux: skipped"; exit 0; \
	fi; \
	exit $$status
.PHONY: check-qemu-linux
EXTRA_DIST += tests/qemu-linux/run.sh tests/qemu-linux/init \
	tests/qemu-linux/mkcpio.py

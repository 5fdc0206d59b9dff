# SPDX-License-Identifier: MIT
# libsvdhal: Linux user-space GPIO for the Raspberry Pi, the BeagleBone
# Black and the Tinker Board on the generated accessors; its examples and
# tests. Included from the top Makefile.am.
#
# The library includes the headers of several SoCs in one translation unit
# (gpio-bcm283x.c serves the BCM2835, BCM2837 and BCM2711), so it uses
# headers generated with a prefix per SoC into generated/hal-<soc>/, and
# --strict, so no write-only register can be read back by mistake.
# It drives every shipped SoC (shipped.mk).
HAL_SOCS = $(SHIPPED_SOCS)
HAL_STAMPS = $(HAL_SOCS:%=generated/hal-%/.stamp)
generated/hal-%/.stamp: $(srcdir)/svd/%.svd svdgen$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) generated/hal-$* && \
	./svdgen -q --strict --prefix=`echo $* | tr a-z A-Z`_ \
		$(srcdir)/svd/$*.svd -o generated/hal-$* && touch $@

HAL_CPPFLAGS = -I$(top_srcdir)/hal \
	$(HAL_SOCS:%=-I$(top_builddir)/generated/hal-%)

# Installed: the library, and its public headers in $(includedir)/svdgen
# with the shipped SoCs' headers (data/data.mk).
lib_LIBRARIES = hal/libsvdhal.a
svdgenhaldir = $(includedir)/svdgen
svdgenhal_HEADERS = hal/svd-hal.h hal/mmio.h
hal_libsvdhal_a_SOURCES = \
	hal/svd-hal.h hal/mmio.h hal/internal.h \
	hal/error.c \
	hal/map.c \
	hal/detect.c \
	hal/gpio.c \
	hal/gpio-bcm283x.c \
	hal/gpio-am335x.c \
	hal/gpio-rk3288.c
hal_libsvdhal_a_CPPFLAGS = $(HAL_CPPFLAGS)
$(hal_libsvdhal_a_OBJECTS): $(HAL_STAMPS)

# Examples: built with make, not installed. One program per task runs on
# every board the library drives.
noinst_PROGRAMS = examples/blink/blink examples/button-led/button-led
examples_blink_blink_SOURCES = examples/blink/blink.c examples/common.h
examples_blink_blink_CPPFLAGS = -I$(top_srcdir)/hal
examples_blink_blink_LDADD = hal/libsvdhal.a
examples_button_led_button_led_SOURCES = examples/button-led/button-led.c \
	examples/common.h
examples_button_led_button_led_CPPFLAGS = -I$(top_srcdir)/hal
examples_button_led_button_led_LDADD = hal/libsvdhal.a

# Tests: the examples and the qemu-arm run need no cmocka.
TESTS += tests/hal/examples.sh tests/hal/qemu-arm.sh tests/hal/map-high.sh \
	tests/hal/porting-doc.sh
check_PROGRAMS += tests/hal/map-high
tests_hal_map_high_SOURCES = tests/hal/map-high.c
tests_hal_map_high_CPPFLAGS = -I$(top_srcdir)/hal
tests_hal_map_high_LDADD = hal/libsvdhal.a
EXTRA_DIST += tests/hal/examples.sh tests/hal/qemu-arm.sh \
	tests/hal/map-high.sh tests/hal/trace.h tests/hal/porting-doc.sh \
	doc/porting.md
if HAVE_CMOCKA
check_PROGRAMS += tests/hal/test-hal tests/hal/test-trace
TESTS += tests/hal/test-hal tests/hal/test-trace
tests_hal_test_hal_SOURCES = tests/hal/test-hal.c
tests_hal_test_hal_CPPFLAGS = -I$(top_srcdir)/hal $(CMOCKA_CFLAGS)
tests_hal_test_hal_LDADD = hal/libsvdhal.a $(CMOCKA_LIBS)
# The hal sources again, with every register access traced.
tests_hal_test_trace_SOURCES = tests/hal/test-trace.c \
	$(hal_libsvdhal_a_SOURCES)
tests_hal_test_trace_CPPFLAGS = $(HAL_CPPFLAGS) \
	-I$(top_srcdir)/tests/hal -include $(top_srcdir)/tests/hal/trace.h \
	$(CMOCKA_CFLAGS)
tests_hal_test_trace_LDADD = $(CMOCKA_LIBS)
$(tests_hal_test_trace_OBJECTS): $(HAL_STAMPS)
endif

# Instructions per GPIO toggle, hal vs hand-written volatile code, under
# callgrind: make bench-hal (not part of make check).
EXTRA_PROGRAMS = bench/hal-toggle
bench_hal_toggle_SOURCES = bench/hal-toggle.c
bench_hal_toggle_CPPFLAGS = -I$(top_srcdir)/hal
bench_hal_toggle_LDADD = hal/libsvdhal.a
CLEANFILES += bench/hal-toggle$(EXEEXT)
EXTRA_DIST += bench/hal-callgrind.sh
bench-hal: bench/hal-toggle$(EXEEXT)
	$(SHELL) $(srcdir)/bench/hal-callgrind.sh bench/hal-toggle$(EXEEXT)
.PHONY: bench-hal

# SPDX-License-Identifier: MIT

# BCM283x: register facts of svd/bcm2835.svd, bcm2837.svd and bcm2711.svd,
# checked against the headers generated from them (tests/facts/*.h carry
# the CHECK machinery and the facts the three SoCs share).
bcm283x_facts_includes = tests/facts/facts.h tests/facts/bcm283x-facts.h \
	tests/facts/bcm2835-2837-facts.h
check_PROGRAMS += tests/facts/test-bcm2835 tests/facts/test-bcm2837 \
	tests/facts/test-bcm2711
TESTS += tests/facts/test-bcm2835 tests/facts/test-bcm2837 \
	tests/facts/test-bcm2711
tests_facts_test_bcm2835_SOURCES = tests/facts/test-bcm2835.c \
	$(bcm283x_facts_includes)
tests_facts_test_bcm2835_CPPFLAGS = -I$(top_builddir)/generated/bcm2835 \
	-DFACTS_SRCDIR='"$(abs_top_srcdir)"'
tests_facts_test_bcm2837_SOURCES = tests/facts/test-bcm2837.c \
	$(bcm283x_facts_includes)
tests_facts_test_bcm2837_CPPFLAGS = -I$(top_builddir)/generated/bcm2837 \
	-DFACTS_SRCDIR='"$(abs_top_srcdir)"'
tests_facts_test_bcm2711_SOURCES = tests/facts/test-bcm2711.c \
	$(bcm283x_facts_includes)
tests_facts_test_bcm2711_CPPFLAGS = -I$(top_builddir)/generated/bcm2711 \
	-DFACTS_SRCDIR='"$(abs_top_srcdir)"'
# The generated headers must exist (and be current) before compiling.
$(tests_facts_test_bcm2835_OBJECTS): generated/bcm2835/.stamp
$(tests_facts_test_bcm2837_OBJECTS): generated/bcm2837/.stamp
$(tests_facts_test_bcm2711_OBJECTS): generated/bcm2711/.stamp
# end BCM283x

# AM335x: register facts of svd/am335x.svd, checked against the generated
# headers (addresses, fields, enumerations, access, interrupt numbers).
# test-am335x.c is self-contained (its own CHECK macro).
check_PROGRAMS += tests/facts/test-am335x
TESTS += tests/facts/test-am335x
tests_facts_test_am335x_SOURCES = tests/facts/test-am335x.c
tests_facts_test_am335x_CPPFLAGS = -I$(top_builddir)/generated/am335x
$(tests_facts_test_am335x_OBJECTS): generated/am335x/.stamp

# RK3288: register facts of svd/rk3288.svd (GPIO banks, GRF and PMU pin mux
# and pulls, CRU gates), each with its sources.
check_PROGRAMS += tests/facts/test-rk3288
TESTS += tests/facts/test-rk3288
tests_facts_test_rk3288_SOURCES = tests/facts/test-rk3288.c \
	tests/facts/facts.h
tests_facts_test_rk3288_CPPFLAGS = -I$(top_builddir)/generated/rk3288 \
	-DFACTS_SRCDIR='"$(abs_top_srcdir)"'
$(tests_facts_test_rk3288_OBJECTS): generated/rk3288/.stamp

# SPDX-License-Identifier: MIT
# Accessor behaviour: the headers generated from tests/accessors/rules.svd
# run against ordinary memory, with the access macros traced.
generated/rules/.stamp: $(srcdir)/tests/accessors/rules.svd svdgen$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) generated/rules && \
	./svdgen -q $(srcdir)/tests/accessors/rules.svd -o generated/rules && \
	touch $@
EXTRA_DIST += tests/accessors/rules.svd
if HAVE_CMOCKA
check_PROGRAMS += tests/accessors/test-accessors
TESTS += tests/accessors/test-accessors
tests_accessors_test_accessors_SOURCES = tests/accessors/test-accessors.c
tests_accessors_test_accessors_CPPFLAGS = -I$(top_builddir)/generated/rules \
	$(CMOCKA_CFLAGS)
tests_accessors_test_accessors_LDADD = $(CMOCKA_LIBS)
$(tests_accessors_test_accessors_OBJECTS): generated/rules/.stamp
endif

# SPDX-License-Identifier: MIT
# cmocka unit tests, one program per stage of the generator pipeline. Each
# drives libsvdgen directly on SVD text held in the test itself; they are
# built and run only when configure found cmocka.
if HAVE_CMOCKA
check_PROGRAMS += \
	tests/unit/test-number \
	tests/unit/test-parse \
	tests/unit/test-derive \
	tests/unit/test-expand \
	tests/unit/test-check \
	tests/unit/test-layout \
	tests/unit/test-naming-layout \
	tests/unit/test-emit \
	tests/unit/test-output \
	tests/unit/test-format \
	tests/unit/test-names \
	tests/unit/test-rules \
	tests/unit/test-table
TESTS += \
	tests/unit/test-number \
	tests/unit/test-parse \
	tests/unit/test-derive \
	tests/unit/test-expand \
	tests/unit/test-check \
	tests/unit/test-layout \
	tests/unit/test-naming-layout \
	tests/unit/test-emit \
	tests/unit/test-output \
	tests/unit/test-format \
	tests/unit/test-names \
	tests/unit/test-rules \
	tests/unit/test-table

tests_unit_test_rules_SOURCES = tests/unit/test-rules.c \
	tests/unit/unit-helpers.h
tests_unit_test_rules_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_rules_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_table_SOURCES = tests/unit/test-table.c \
	tests/unit/unit-helpers.h
tests_unit_test_table_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_table_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_names_SOURCES = tests/unit/test-names.c \
	tests/unit/unit-helpers.h
tests_unit_test_names_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_names_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_number_SOURCES = tests/unit/test-number.c \
	tests/unit/unit-helpers.h
tests_unit_test_number_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_number_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_parse_SOURCES = tests/unit/test-parse.c \
	tests/unit/unit-helpers.h
tests_unit_test_parse_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_parse_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_derive_SOURCES = tests/unit/test-derive.c \
	tests/unit/unit-helpers.h
tests_unit_test_derive_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_derive_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_expand_SOURCES = tests/unit/test-expand.c \
	tests/unit/unit-helpers.h
tests_unit_test_expand_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_expand_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_check_SOURCES = tests/unit/test-check.c \
	tests/unit/unit-helpers.h
tests_unit_test_check_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_check_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_layout_SOURCES = tests/unit/test-layout.c \
	tests/unit/unit-helpers.h
tests_unit_test_layout_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_layout_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_naming_layout_SOURCES = tests/unit/test-naming-layout.c \
	tests/unit/unit-helpers.h
tests_unit_test_naming_layout_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_naming_layout_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) \
	$(CMOCKA_LIBS)

tests_unit_test_emit_SOURCES = tests/unit/test-emit.c \
	tests/unit/unit-helpers.h
tests_unit_test_emit_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_emit_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_output_SOURCES = tests/unit/test-output.c \
	tests/unit/unit-helpers.h
tests_unit_test_output_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_output_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)

tests_unit_test_format_SOURCES = tests/unit/test-format.c \
	tests/unit/unit-helpers.h tests/unit/format-cases.h
tests_unit_test_format_CPPFLAGS = $(AM_CPPFLAGS) $(CMOCKA_CFLAGS)
tests_unit_test_format_LDADD = gen/libsvdgen.a $(LIBXML2_LIBS) $(CMOCKA_LIBS)
endif

# The same comparison built for 32-bit ARM and run under qemu-arm.
TESTS += tests/unit/format-cross.sh
EXTRA_DIST += tests/unit/format-cross.sh tests/unit/format-cross.c

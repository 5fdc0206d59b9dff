# SPDX-License-Identifier: MIT
# svdgen.mk: make rules that generate C headers from CMSIS-SVD files at
# build time with svdgen (GNU make). Installed as
# PREFIX/share/svdgen/svdgen.mk; `pkg-config --variable=svdgen_mk svdgen'
# prints where.
#
# In an automake project, after SVDGEN_PROG in configure.ac (svdgen.m4,
# which sets SVDGEN and SVDGEN_MK), Makefile.am says:
#
#     SVDGEN_SVDS = board.svd
#     include $(SVDGEN_MK)
#     prog_CPPFLAGS = $(SVDGEN_CPPFLAGS)
#
# and main.c says #include "board.h" (the headers are named after the
# device's <name>, lower-cased). A plain Makefile does the same, with
# SVDGEN set (default: svdgen from PATH), the file included by its path,
# and `clean: svdgen-clean'.
#
# Set before the include:
#
#   SVDGEN_SVDS      the SVD files, relative to $(srcdir). The headers of
#                    DIR/NAME.svd go into DIR/NAME/ under the build folder
#                    (board.svd: board/), a folder that belongs to svdgen:
#                    svdgen-clean empties it.
#   SVDGEN_FLAGS     svdgen options for every SVD (--enum-strings, -Werror...)
#   SVDGEN_FLAGS_x   options for one SVD, x being its path without .svd with
#                    '/', '-' and '.' turned into '_': SVDGEN_FLAGS_svd_soc_a
#                    = --prefix=A_ for svd/soc-a.svd
#
# Defined here:
#
#   SVDGEN_DIRS      the output folders, DIR/NAME
#   SVDGEN_CPPFLAGS  -I for each output folder
#   SVDGEN_STAMPS    DIR/NAME/.svdgen.d for each SVD, newer than the SVD
#                    (and than svdgen) once the headers are current
#   svdgen-clean     a target that removes what these rules made; automake's
#                    `make clean' runs it
#
# How it works. One rule per SVD runs svdgen once for all the SVD's
# headers, whose names only svdgen knows. svdgen writes DIR/NAME/.svdgen.d
# (-MF, and -MT naming the file itself), a make rule listing what the
# headers were made from - the SVD, which also gets an empty rule of its
# own, so that renaming it is no error - and the rule touches that file:
# it is the stamp. The file is included below, and GNU make brings an
# included makefile up to date before anything else, so the headers are
# current before any compile, whatever the goal, and are made again
# exactly when the SVD (or svdgen) changed. svdgen leaves a header whose
# content did not change untouched, so only the objects including a header
# that really changed are recompiled (that is the compiler's dependency
# tracking, on by default in automake; without it, write
# `$(prog_OBJECTS): $(SVDGEN_STAMPS)'). Clean goals alone generate nothing.

# No target here may become a plain Makefile's default goal: restored below.
svdgen_default_goal := $(.DEFAULT_GOAL)

SVDGEN ?= svdgen
SVDGEN_FLAGS ?=
# automake defines these; a plain Makefile builds in the source folder.
srcdir ?= .
builddir ?= .

SVDGEN_DIRS = $(patsubst %.svd,%,$(SVDGEN_SVDS))
SVDGEN_STAMPS = $(SVDGEN_DIRS:=/.svdgen.d)
SVDGEN_CPPFLAGS = $(SVDGEN_DIRS:%=-I$(builddir)/%)

# The per-SVD options for the stem $(1).
svdgen_flags_for = $(SVDGEN_FLAGS_$(subst .,_,$(subst -,_,$(subst /,_,$(1)))))

# $(wildcard $(SVDGEN)): a new svdgen regenerates the headers when SVDGEN is
# a path, as SVDGEN_PROG sets it; a bare command name adds nothing.
%/.svdgen.d: $(srcdir)/%.svd $(wildcard $(SVDGEN))
	$(AM_V_GEN)mkdir -p $(@D) && \
	$(SVDGEN) -q $(SVDGEN_FLAGS) $(call svdgen_flags_for,$*) \
		-MF $@ -MT $@ $< -o $(@D) && \
	touch $@

ifneq ($(MAKECMDGOALS),)
svdgen_goals := $(filter-out clean mostlyclean distclean maintainer-clean \
	svdgen-clean,$(MAKECMDGOALS))
else
svdgen_goals := all
endif
ifneq ($(svdgen_goals),)
include $(SVDGEN_STAMPS)
endif

svdgen-clean:
	-for dir in $(SVDGEN_DIRS); do \
		rm -f $$dir/*.h $$dir/.svdgen.d; \
		rmdir $$dir 2>/dev/null; \
	done; :
clean-am: svdgen-clean
.PHONY: svdgen-clean

.DEFAULT_GOAL := $(svdgen_default_goal)

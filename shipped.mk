# SPDX-License-Identifier: MIT
# The SoCs whose SVDs ship with svdgen: their headers are generated at build
# time like a user would, installed (data/data.mk), used by libsvdhal
# (hal/hal.mk) and tested (tests/). The one list of them. Included from the
# top Makefile.am.
SHIPPED_SOCS = bcm2835 bcm2837 bcm2711 am335x rk3288
SHIPPED_STAMPS = $(SHIPPED_SOCS:%=generated/%/.stamp)
EXTRA_DIST += $(SHIPPED_SOCS:%=svd/%.svd)
generated/%/.stamp: $(srcdir)/svd/%.svd svdgen$(EXEEXT)
	$(AM_V_GEN)$(MKDIR_P) generated/$* && \
	./svdgen -q $(srcdir)/svd/$*.svd -o generated/$* && touch $@
all-local: $(SHIPPED_STAMPS)

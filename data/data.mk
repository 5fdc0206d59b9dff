# SPDX-License-Identifier: MIT
# What make install puts in place for other projects, and the consumer
# examples that use it (built by tests/install/install.sh):
#
#   bin/svdgen, man1/svdgen.1         (bin_PROGRAMS, dist_man_MANS)
#   bin/svdreg, man1/svdreg.1, share/bash-completion/completions/svdreg
#                                     (gen/svdreg.mk)
#   lib/libsvdhal.a, include/svdgen/svd-hal.h, mmio.h        (hal/hal.mk)
#   include/svdgen/SOC/*.h            the shipped SoCs' headers, one folder
#                                     each, as they include each other
#                                     with quotes
#   lib/pkgconfig/svdgen.pc           svdgen, svdgen_mk; Cflags, Libs
#   share/aclocal/svdgen.m4           SVDGEN_PROG; aclocal finds it
#                                     without ACLOCAL_PATH when prefix is
#                                     aclocal's own (/usr on Debian)
#   share/svdgen/svdgen.mk            make rules for generating headers
#   share/svdgen/svd/SOC.svd          the shipped SVDs, to generate the
#                                     SoCs' headers again with other
#                                     options (--prefix, --no-accessors...)
#   lib/cmake/svdgen/svdgenConfig.cmake, svdgenConfigVersion.cmake
#
# svdgen.pc and the CMake files name installation folders, so they are
# written at install time, from the folders in effect then: `make install
# prefix=/elsewhere' (as the install test does) gets files that point at
# /elsewhere, which files made by configure or at build time would not.

aclocaldir = $(datadir)/aclocal
dist_aclocal_DATA = m4/svdgen.m4
svdgenmkdir = $(datadir)/svdgen
dist_svdgenmk_DATA = data/svdgen.mk
# Listed in EXTRA_DIST by tests/tests.mk already.
svdgensvddir = $(datadir)/svdgen/svd
svdgensvd_DATA = $(SHIPPED_SOCS:%=svd/%.svd)
pkgconfigdir = $(libdir)/pkgconfig
cmakeconfigdir = $(libdir)/cmake/svdgen
socincludedir = $(includedir)/svdgen

EXTRA_DIST += data/svdgen.pc.in data/svdgenConfig.cmake.in \
	data/svdgenConfigVersion.cmake.in \
	examples/consumer/configure.ac examples/consumer/Makefile.am \
	examples/consumer/board.svd examples/consumer/main.c \
	examples/consumer-cmake/CMakeLists.txt \
	examples/consumer-cmake/board.svd examples/consumer-cmake/main.c

svdgen_version_parts = $(subst ., ,$(PACKAGE_VERSION))
svdgen_edit = $(SED) \
	-e 's|@prefix[@]|$(prefix)|g' \
	-e 's|@exec_prefix[@]|$(exec_prefix)|g' \
	-e 's|@bindir[@]|$(bindir)|g' \
	-e 's|@libdir[@]|$(libdir)|g' \
	-e 's|@includedir[@]|$(includedir)|g' \
	-e 's|@datarootdir[@]|$(datarootdir)|g' \
	-e 's|@datadir[@]|$(datadir)|g' \
	-e 's|@EXEEXT[@]|$(EXEEXT)|g' \
	-e 's|@PACKAGE_VERSION[@]|$(PACKAGE_VERSION)|g' \
	-e 's|@VERSION_MAJOR[@]|$(word 1,$(svdgen_version_parts))|g' \
	-e 's|@VERSION_MINOR[@]|$(word 2,$(svdgen_version_parts))|g' \
	-e 's|@SHIPPED_SOCS[@]|$(SHIPPED_SOCS)|g'

install-data-local: $(SHIPPED_STAMPS)
	@for soc in $(SHIPPED_SOCS); do \
		echo " $(MKDIR_P) '$(DESTDIR)$(socincludedir)/$$soc'"; \
		$(MKDIR_P) "$(DESTDIR)$(socincludedir)/$$soc" || exit 1; \
		echo " $(INSTALL_DATA) generated/$$soc/*.h '$(DESTDIR)$(socincludedir)/$$soc'"; \
		$(INSTALL_DATA) generated/$$soc/*.h \
			"$(DESTDIR)$(socincludedir)/$$soc" || exit 1; \
	done
	$(MKDIR_P) '$(DESTDIR)$(pkgconfigdir)' '$(DESTDIR)$(cmakeconfigdir)'
	$(svdgen_edit) $(srcdir)/data/svdgen.pc.in \
		>'$(DESTDIR)$(pkgconfigdir)/svdgen.pc'
	$(svdgen_edit) $(srcdir)/data/svdgenConfig.cmake.in \
		>'$(DESTDIR)$(cmakeconfigdir)/svdgenConfig.cmake'
	$(svdgen_edit) $(srcdir)/data/svdgenConfigVersion.cmake.in \
		>'$(DESTDIR)$(cmakeconfigdir)/svdgenConfigVersion.cmake'

# Every header in each SoC's own folder, whatever its name (the device
# header, one per peripheral, and the one under SVDConv's spelling of the
# device): a header that svdgen no longer generates is still removed by
# the uninstall that a newer build runs.
uninstall-local:
	@for soc in $(SHIPPED_SOCS); do \
		dir="$(DESTDIR)$(socincludedir)/$$soc"; \
		test -d "$$dir" || continue; \
		echo " rm -f '$$dir'/*.h"; \
		rm -f "$$dir"/*.h; \
		rmdir "$$dir" 2>/dev/null || :; \
	done
	rm -f '$(DESTDIR)$(pkgconfigdir)/svdgen.pc' \
		'$(DESTDIR)$(cmakeconfigdir)/svdgenConfig.cmake' \
		'$(DESTDIR)$(cmakeconfigdir)/svdgenConfigVersion.cmake'

# SPDX-License-Identifier: MIT
# svdgen.m4: find svdgen, the CMSIS-SVD to C header generator, from a
# project's configure.ac.
#
# SVDGEN_PROG([MINIMUM-VERSION])
#
# Sets and substitutes SVDGEN, the svdgen program, and SVDGEN_MK, the make
# rules that run it (svdgen.mk, documented in the file itself). Either can be
# given on the configure command line. Otherwise they are asked of
# pkg-config (svdgen.pc's variables svdgen and svdgen_mk), which finds an
# installation under any prefix through PKG_CONFIG_PATH; failing that,
# svdgen is looked for in PATH and svdgen.mk next to it, in
# BINDIR/../share/svdgen. configure stops with a message saying what to do
# when svdgen is missing or older than MINIMUM-VERSION.
#
# Typical use, with the headers for board.svd generated at build time:
#
#   configure.ac:  SVDGEN_PROG([0.1])
#   Makefile.am:   SVDGEN_SVDS = board.svd
#                  include $(SVDGEN_MK)
#                  prog_CPPFLAGS = $(SVDGEN_CPPFLAGS)
#
# aclocal finds this file by itself when svdgen was installed under
# aclocal's own prefix (/usr on Debian: `aclocal --print-ac-dir'); under
# another prefix, run autoreconf with ACLOCAL_PATH=PREFIX/share/aclocal.
# Without it configure.ac's SVDGEN_PROG stays unexpanded; a configure.ac
# saying m4_pattern_forbid([^SVDGEN_PROG$]) then gets a clear error from
# autoreconf rather than a shell syntax error from configure.
#
# The runtime library, libsvdhal, and the headers of the SoCs svdgen ships
# come through pkg-config as usual: PKG_CHECK_MODULES([SVDHAL], [svdgen]).

# serial 1

AC_DEFUN([SVDGEN_PROG],
[AC_ARG_VAR([SVDGEN], [the svdgen program (CMSIS-SVD to C headers)])dnl
AC_ARG_VAR([SVDGEN_MK], [svdgen's make rules, svdgen.mk])dnl
m4_ifdef([PKG_PROG_PKG_CONFIG], [PKG_PROG_PKG_CONFIG()])
svdgen_min_version="m4_default([$1], [0])"
svdgen_found_by=
AS_IF([test -n "$SVDGEN"], [svdgen_found_by=SVDGEN])
dnl pkg-config first: it knows where an installation keeps its files.
AS_IF([test -n "$PKG_CONFIG" &&
       $PKG_CONFIG --exists "svdgen >= $svdgen_min_version" 2>/dev/null],
	[AS_IF([test -z "$SVDGEN"],
		[SVDGEN=`$PKG_CONFIG --variable=svdgen svdgen`
		 svdgen_found_by=pkg-config])
	 AS_IF([test -z "$SVDGEN_MK"],
		[SVDGEN_MK=`$PKG_CONFIG --variable=svdgen_mk svdgen`])])
AS_IF([test -z "$SVDGEN"],
	[AC_PATH_PROG([SVDGEN], [svdgen])
	 svdgen_found_by=PATH])
AS_IF([test -z "$SVDGEN" || ! test -x "$SVDGEN"],
	[AC_MSG_ERROR([svdgen was not found. Install it (the svdgen package,
or svdgen's "make install"), then point PKG_CONFIG_PATH at the folder
holding svdgen.pc (PREFIX/lib/pkgconfig) or put svdgen in PATH, or give
its location: ./configure SVDGEN=/path/to/svdgen])])
AC_MSG_CHECKING([for the svdgen program >= $svdgen_min_version])
svdgen_version=`"$SVDGEN" --version 2>/dev/null | sed -n 's/^svdgen //p'`
AS_VERSION_COMPARE([$svdgen_version], [$svdgen_min_version],
	[AC_MSG_RESULT([no, $SVDGEN is version ${svdgen_version:-unknown}])
	 AC_MSG_ERROR([svdgen $svdgen_min_version or newer is needed; $SVDGEN is ${svdgen_version:-not svdgen}])])
AC_MSG_RESULT([$SVDGEN ($svdgen_version, from $svdgen_found_by)])
AS_IF([test -z "$SVDGEN_MK"],
	[svdgen_bindir=`AS_DIRNAME(["$SVDGEN"])`
	 SVDGEN_MK=$svdgen_bindir/../share/svdgen/svdgen.mk])
AC_MSG_CHECKING([for svdgen's make rules])
AS_IF([test -f "$SVDGEN_MK"],
	[AC_MSG_RESULT([$SVDGEN_MK])],
	[AC_MSG_RESULT([no])
	 AC_MSG_ERROR([svdgen.mk was not found at $SVDGEN_MK. It is installed
with svdgen, in PREFIX/share/svdgen; give its location with
./configure SVDGEN_MK=/path/to/svdgen.mk])])
AC_SUBST([SVDGEN])dnl
AC_SUBST([SVDGEN_MK])dnl
])

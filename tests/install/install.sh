#!/bin/sh
# SPDX-License-Identifier: MIT
# make install into a scratch prefix, then what a user of the installed
# tree does: build examples/consumer (autotools: SVDGEN_PROG, svdgen.mk,
# pkg-config) and examples/consumer-cmake (find_package, svdgen_generate,
# with Ninja and with Makefiles), run the program, and check that an SVD
# change regenerates the headers and relinks, that an unchanged rebuild
# does nothing, and that make uninstall leaves no file behind. The
# consumers see only what README.md tells a user to set (ACLOCAL_PATH,
# PKG_CONFIG_PATH, CMAKE_PREFIX_PATH). The autotools consumer also builds
# for vendor SVDs of the corpus (Nordic nrf52833, Espressif esp32: both
# name registers PACKAGE or VERSION), and the installed SVDs generate
# headers again with other options.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make=${MAKE:-make}

for tool in autoreconf cmake pkg-config; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: $tool not found; the install test needs autoconf," \
			"automake, pkg-config and cmake"
		exit 77
	fi
done

make_tmp install
prefix=$tmp/prefix
# run LOG COMMAND...: run quietly; on failure show the end of the log.
run() {
	log=$1
	shift
	if "$@" >"$log" 2>&1; then
		return 0
	fi
	echo "failed: $* (end of $log:)"
	tail -30 "$log" | sed 's/^/  /'
	return 1
}
# mtime FILE: modification time in nanoseconds.
mtime() {
	stat -c %.9Y "$1" 2>/dev/null || echo missing
}

# Every folder named, not only prefix, so that folders given to configure
# (--libdir...) cannot send files elsewhere; a fresh make with MAKEFLAGS
# cleared, as the test may run under make check -j.
# dirs_for PREFIX
dirs_for() {
	echo "prefix=$1 exec_prefix=$1 bindir=$1/bin libdir=$1/lib
		includedir=$1/include datarootdir=$1/share datadir=$1/share
		mandir=$1/share/man"
}
dirs=$(dirs_for "$prefix")
install_make() {
	(unset MAKEFLAGS MFLAGS MAKELEVEL
	 # shellcheck disable=SC2086
	 $make -C "$builddir" "$@" $dirs)
}
if ! run "$tmp/install.log" install_make install; then
	echo "make install failed"
	exit 99
fi

for file in bin/svdgen share/man/man1/svdgen.1 lib/libsvdhal.a \
	include/svdgen/svd-hal.h include/svdgen/mmio.h \
	include/svdgen/bcm2835/bcm2835.h include/svdgen/bcm2837/bcm2837.h \
	include/svdgen/bcm2711/bcm2711.h include/svdgen/am335x/am335x.h \
	include/svdgen/bcm2835/bcm2835_common.h \
	lib/pkgconfig/svdgen.pc share/aclocal/svdgen.m4 \
	share/svdgen/svdgen.mk lib/cmake/svdgen/svdgenConfig.cmake \
	lib/cmake/svdgen/svdgenConfigVersion.cmake; do
	check "installed: $file" '[ -f "$prefix/$file" ]'
done
for soc in $shipped_socs; do
	check "installed: share/svdgen/svd/$soc.svd, as shipped" \
		'cmp -s "$srcdir/svd/$soc.svd" "$prefix/share/svdgen/svd/$soc.svd"'
done
check "every generated header of each SoC installed" \
	'for soc in $shipped_socs; do
		[ "$(ls "$builddir/generated/$soc" | grep -c "\.h$")" -eq \
		  "$(ls "$prefix/include/svdgen/$soc" | grep -c "\.h$")" ] ||
			exit 1; done'

PKG_CONFIG_PATH=$prefix/lib/pkgconfig
export PKG_CONFIG_PATH
check "pkg-config --variable=svdgen names the installed svdgen" \
	'[ "$(pkg-config --variable=svdgen svdgen)" = "$prefix/bin/svdgen" ]'
check "pkg-config --variable=svdgen_mk names svdgen.mk" \
	'[ "$(pkg-config --variable=svdgen_mk svdgen)" = \
		"$prefix/share/svdgen/svdgen.mk" ]'
check "pkg-config --cflags --libs" \
	'[ "$(echo $(pkg-config --cflags --libs svdgen))" = \
		"-I$prefix/include/svdgen -L$prefix/lib -lsvdhal" ]'
check "installed svdgen runs" '"$prefix/bin/svdgen" --version >/dev/null'
check "pkg-config --variable=svddir names the installed SVDs" \
	'[ "$(pkg-config --variable=svddir svdgen)" = "$prefix/share/svdgen/svd" ]'
# What the installed SVDs are for: the SoC's headers with other options.
check "an installed SVD generates headers with --prefix, and they compile" \
	'"$prefix/bin/svdgen" -q --prefix=PI_ \
		"$(pkg-config --variable=svddir svdgen)/bcm2835.svd" \
		-o "$tmp/pi" &&
	 printf "#include \"bcm2835.h\"\nint main(void) { return PI_GPIO_BASE == 0; }\n" \
		>"$tmp/pi.c" &&
	 ${CC:-cc} -std=c99 -Wall -Werror -I"$tmp/pi" "$tmp/pi.c" -o "$tmp/pi.out" &&
	 "$tmp/pi.out"'

# Installed where aclocal looks by default (its own prefix, /usr on
# Debian), svdgen.m4 needs no ACLOCAL_PATH: staged with DESTDIR.
acdir=$(aclocal --print-ac-dir 2>/dev/null)
case $acdir in
*/share/aclocal)
	acprefix=${acdir%/share/aclocal}
	(unset MAKEFLAGS MFLAGS MAKELEVEL
	 # shellcheck disable=SC2046
	 $make -C "$builddir" install-data DESTDIR="$tmp/stage" \
		$(dirs_for "$acprefix")) >"$tmp/stage.log" 2>&1
	check "prefix=$acprefix puts svdgen.m4 in aclocal's own folder $acdir" \
		'[ -f "$tmp/stage$acdir/svdgen.m4" ]'
	;;
*)
	echo "aclocal's folder is $acdir: its prefix is not checked"
	;;
esac

# The shipped SoCs' headers, both ways of including them.
for soc in $shipped_socs; do
	printf '#include <%s/%s.h>\n#include <svdgen/%s/%s.h>\nint main(void) { return 0; }\n' \
		$soc $soc $soc $soc >"$tmp/$soc.c"
	check "#include <$soc/$soc.h> with the pkg-config flags" \
		'${CC:-cc} -std=c99 -Wall -Werror $(pkg-config --cflags svdgen) \
			-I"$prefix/include" -c "$tmp/$soc.c" -o "$tmp/$soc.o" \
			>"$tmp/$soc.log" 2>&1'
done

# From here on, only what README.md tells a user to set for an installation
# under a prefix of their own; PATH is left alone (the consumers find
# svdgen through pkg-config and CMake).
for variable in ACLOCAL_PATH PKG_CONFIG_PATH CMAKE_PREFIX_PATH; do
	check "README.md tells a user about $variable" \
		'grep -q "$variable=" "$srcdir/README.md"'
done
ACLOCAL_PATH=$prefix/share/aclocal
CMAKE_PREFIX_PATH=$prefix
export ACLOCAL_PATH CMAKE_PREFIX_PATH
# make check exports SVDGEN (the svdgen just built); SVDGEN_PROG would
# take it as the user's choice.
unset SVDGEN SVDGEN_MK
expected='CTRL=0x00006305'
# In a verbose build log: svdgen run, a compile, a link.
ran='bin/svdgen -q\| -c \|-o board-demo'

# copy_example NAME: a writable copy (distcheck's srcdir is read-only).
copy_example() {
	cp -R "$srcdir/examples/$1" "$tmp/$1" && chmod -R u+w "$tmp/$1"
}

# --- autotools: configure.ac SVDGEN_PROG, Makefile.am include $(SVDGEN_MK)
copy_example consumer || exit 99
src=$tmp/consumer
build=$src/_build
ok=yes
# Without ACLOCAL_PATH (unless svdgen is installed where aclocal looks):
# autoreconf says which macro is missing, configure is not made.
if [ ! -f "$acdir/svdgen.m4" ]; then
	cp -R "$src" "$tmp/consumer-noaclocal"
	(cd "$tmp/consumer-noaclocal" && unset ACLOCAL_PATH &&
		autoreconf -fi >"$tmp/noaclocal.log" 2>&1)
	status=$?
	check "no ACLOCAL_PATH: autoreconf fails, naming SVDGEN_PROG" \
		'[ $status -ne 0 ] && grep -q "undefined macro: SVDGEN_PROG" \
			"$tmp/noaclocal.log"'
fi
(cd "$src" && run "$tmp/autoreconf.log" autoreconf -fi) || ok=no
check "autoreconf finds SVDGEN_PROG in the installed svdgen.m4" \
	'[ $ok = yes ]'
mkdir -p "$build"
[ $ok = yes ] && { (cd "$build" && run "$tmp/configure.log" ../configure) ||
	ok=no; }
check "the consumer configures (SVDGEN_PROG, PKG_CHECK_MODULES)" \
	'[ $ok = yes ]'
check "configure found the installed svdgen" \
	'grep -q "^SVDGEN = $prefix/bin/svdgen$" "$build/Makefile"'
[ $ok = yes ] && { run "$tmp/make1.log" $make -C "$build" || ok=no; }
check "the consumer builds (VPATH)" '[ $ok = yes ]'
check "the header is generated in the build tree" \
	'[ -f "$build/board/board.h" ] && [ ! -e "$src/board/board.h" ]'
check "the program runs" \
	'"$build/board-demo" 2>&1 | grep -q "$expected"'

# stamp_all DIR PROGRAM: record the mtimes that a rebuild may change.
stamp_all() {
	for f in "$1"/*.h "$1/.svdgen.d" "$2"; do
		echo "$(basename "$f") $(mtime "$f")"
	done
}
# unchanged BEFORE AFTER NAME...: each NAME kept its mtime.
same_mtime() {
	[ "$(grep "^$3 " "$1")" = "$(grep "^$3 " "$2")" ]
}
if [ $ok = yes ]; then
	stamp_all "$build/board" "$build/board-demo" >"$tmp/before"
	sleep 1
	run "$tmp/make2.log" $make -C "$build" V=1 || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "make with nothing changed: no file touched" \
		'cmp -s "$tmp/before" "$tmp/after"'
	check "make with nothing changed: no command run" \
		'! grep -q -e "$ran" "$tmp/make2.log"'

	# An SVD change that changes one header's content.
	sed 's/<description>Reload value</<description>Value loaded on overflow</' \
		"$src/board.svd" >"$tmp/board.svd" &&
		cat "$tmp/board.svd" >"$src/board.svd"
	run "$tmp/make3.log" $make -C "$build" || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "SVD changed: the header regenerated" \
		'! same_mtime "$tmp/before" "$tmp/after" board_timer_regs.h &&
		 grep -q "Value loaded on overflow" "$build/board/board_timer_regs.h"'
	check "SVD changed: headers with the same content kept" \
		'same_mtime "$tmp/before" "$tmp/after" board.h &&
		 same_mtime "$tmp/before" "$tmp/after" board_common.h'
	check "SVD changed: the program relinked" \
		'! same_mtime "$tmp/before" "$tmp/after" board-demo'
	check "the program still runs" \
		'"$build/board-demo" 2>&1 | grep -q "$expected"'

	# Touched only: svdgen runs, nothing it writes changes, nothing builds.
	cp "$tmp/after" "$tmp/before"
	sleep 1
	touch "$src/board.svd"
	run "$tmp/make4.log" $make -C "$build" V=1 || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "SVD touched: svdgen ran once" \
		'[ "$(grep -c "bin/svdgen -q" "$tmp/make4.log")" -eq 1 ]'
	check "SVD touched: no header rewritten, no recompile, no relink" \
		'[ "$(grep -v svdgen\\.d "$tmp/before")" = \
		   "$(grep -v svdgen\\.d "$tmp/after")" ] &&
		 ! grep -q -e " -c " -e "-o board-demo" "$tmp/make4.log"'
	run "$tmp/make5.log" $make -C "$build" V=1 || ok=no
	check "then a rebuild runs nothing" \
		'! grep -q -e "$ran" "$tmp/make5.log"'
	run "$tmp/clean.log" $make -C "$build" clean || ok=no
	check "make clean removes the generated headers" \
		'[ ! -e "$build/board" ]'
	check "the make steps succeeded" '[ $ok = yes ]'
fi

# --- the same template for vendor SVDs of the corpus
# vendor_consumer FILE PROGRAM-TEXT: examples/consumer with FILE as its
# board.svd and PROGRAM-TEXT as its main.c; build it and run the program.
vendor_consumer() {
	name=$(basename "$1" .svd)
	copy_example consumer || exit 99
	src=$tmp/consumer-$name
	mv "$tmp/consumer" "$src"
	cp "$corpus/$1" "$src/board.svd"
	printf '%s\n' "$2" >"$src/main.c"
	ok=yes
	(cd "$src" && run "$tmp/$name-autoreconf.log" autoreconf -fi &&
		run "$tmp/$name-configure.log" ./configure &&
		run "$tmp/$name-make.log" $make V=1) || ok=no
	check "$name: the autotools consumer builds" '[ $ok = yes ]'
	check "$name: the program runs" '"$src/board-demo"'
	# -q in svdgen.mk: the vendor file's warnings stay out of the build.
	check "$name: the build printed no svdgen warning" \
		'! grep -q "\.svd:[0-9]*: warning:" "$tmp/$name-make.log"'
}
if [ -d "$corpus" ]; then
	rm -rf "$tmp/consumer"
	vendor_consumer Nordic/nrf52833.svd '/* SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "nrf52833.h"
#include "nrf52833_ficr.h"

int main(void)
{
	static NRF_FICR_Type ficr; /* zeroed memory standing in for FICR */

	printf("FICR INFO.PACKAGE at 0x%08lx\n",
	       (unsigned long)(NRF_FICR_BASE +
			       offsetof(NRF_FICR_Type, INFO.PACKAGE)));
	return (int)FICR_INFO_PACKAGE_read(&ficr);
}'
	vendor_consumer Espressif/esp32.svd '/* SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "esp32.h"
#include "esp32_gpio_sd.h"

int main(void)
{
	static GPIO_SD_Type sigma_delta; /* zeroed memory standing in */

	printf("GPIO_SD VERSION at 0x%08lx\n",
	       (unsigned long)(GPIO_SD_BASE +
			       offsetof(GPIO_SD_Type, VERSION)));
	return (int)GPIO_SD_VERSION_read(&sigma_delta);
}'
elif [ "${SVD_CORPUS_REQUIRED:-0}" = 1 ]; then
	check "the SVD corpus is at $corpus (SVD_CORPUS_REQUIRED=1)" false
else
	echo "no SVD corpus at $corpus: nrf52833 and esp32 consumers not built"
fi

# --- CMake: find_package(svdgen), svdgen_generate()
copy_example consumer-cmake || exit 99
src=$tmp/consumer-cmake
cp "$src/board.svd" "$tmp/board-cmake.svd"
# cmake_consumer GENERATOR
cmake_consumer() {
	generator=$1
	build=$tmp/cmake-$(echo "$generator" | tr -cd 'A-Za-z')
	cp "$tmp/board-cmake.svd" "$src/board.svd"
	ok=yes
	run "$build.configure.log" cmake -S "$src" -B "$build" \
		-G "$generator" || ok=no
	check "$generator: find_package(svdgen) configures" '[ $ok = yes ]'
	[ $ok = yes ] || return
	run "$build.build1.log" cmake --build "$build" || ok=no
	check "$generator: the consumer builds" '[ $ok = yes ]'
	check "$generator: the program runs" \
		'"$build/board-demo" 2>&1 | grep -q "$expected"'
	[ $ok = yes ] || return
	stamp_all "$build/board" "$build/board-demo" >"$tmp/before"
	sleep 1
	run "$build.build2.log" cmake --build "$build" --verbose || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "$generator: nothing changed, no file touched" \
		'cmp -s "$tmp/before" "$tmp/after"'
	check "$generator: nothing changed, no command run" \
		'! grep -q -e "$ran" "$build.build2.log"'

	sed 's/<description>Reload value</<description>Value loaded on overflow</' \
		"$tmp/board-cmake.svd" >"$src/board.svd"
	run "$build.build3.log" cmake --build "$build" || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "$generator: SVD changed, the header regenerated" \
		'! same_mtime "$tmp/before" "$tmp/after" board_timer_regs.h &&
		 grep -q "Value loaded on overflow" "$build/board/board_timer_regs.h"'
	check "$generator: SVD changed, headers with the same content kept" \
		'same_mtime "$tmp/before" "$tmp/after" board.h'
	check "$generator: SVD changed, the program relinked" \
		'! same_mtime "$tmp/before" "$tmp/after" board-demo'
	check "$generator: the program still runs" \
		'"$build/board-demo" 2>&1 | grep -q "$expected"'
	cp "$tmp/after" "$tmp/before"
	sleep 1
	run "$build.build4.log" cmake --build "$build" --verbose || ok=no
	stamp_all "$build/board" "$build/board-demo" >"$tmp/after"
	check "$generator: then a rebuild touches nothing" \
		'cmp -s "$tmp/before" "$tmp/after" &&
		 ! grep -q -e "$ran" "$build.build4.log"'
	check "$generator: the build steps succeeded" '[ $ok = yes ]'
}
cmake_consumer "Unix Makefiles"
if command -v ninja >/dev/null 2>&1; then
	cmake_consumer Ninja
else
	echo "ninja not found: the CMake consumer is built with Makefiles only"
fi

# SVDGEN_SVD_DIR: the installed SVDs, for svdgen_generate(... SVD ...).
mkdir -p "$tmp/cmake-svd-dir"
cat >"$tmp/cmake-svd-dir/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(svd-dir NONE)
find_package(svdgen 0.1 REQUIRED)
file(WRITE "${CMAKE_BINARY_DIR}/svd-dir.txt" "${SVDGEN_SVD_DIR}")
CMAKE
run "$tmp/cmake-svd-dir.log" cmake -S "$tmp/cmake-svd-dir" \
	-B "$tmp/cmake-svd-dir/_build"
check "CMake: SVDGEN_SVD_DIR names the installed SVDs" \
	'[ "$(cat "$tmp/cmake-svd-dir/_build/svd-dir.txt")" = \
		"$prefix/share/svdgen/svd" ] &&
	 [ -f "$prefix/share/svdgen/svd/bcm2835.svd" ]'

if run "$tmp/uninstall.log" install_make uninstall; then
	left=$(cd "$prefix" && find . -type f | sort)
	check "make uninstall leaves no file" '[ -z "$left" ]'
	[ -z "$left" ] || echo "$left" | sed 's/^/  left: /'
else
	check "make uninstall" false
fi

report_checks

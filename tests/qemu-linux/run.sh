#!/bin/sh
# SPDX-License-Identifier: MIT
# The Raspberry Pi examples on a real Linux kernel: boot Debian's armmp
# kernel with its Pi 2 device tree on QEMU's raspi2b, from a tiny
# initramfs (Debian's static busybox, the examples cross-built for armhf
# and statically linked, tests/qemu-linux/init), and let the guest run the
# examples against the emulated SoC's /dev/mem and read the GPIO
# registers back with busybox devmem. Two boots: with iomem=relaxed the
# examples must work; without it the kernel's CONFIG_IO_STRICT_DEVMEM
# must stop them and they must say to boot with iomem=relaxed. svdreg
# runs there too, cross-built and dynamically linked against Debian's
# armhf libxml2 (with its libraries and the BCM2837 SVD in the initramfs,
# where an installed svdgen would put them).
#
# The kernel and busybox come from Debian's armhf packages, fetched once
# into tests/qemu-linux/cache/ of the build tree: that needs root (dpkg
# --add-architecture armhf for apt-get download; the architecture list is
# restored afterwards). Without root, put the two .debs in cache/debs/.
#
# make check-qemu-linux runs this; not part of make check.
# Exit status: 0 pass, 1 fail, 77 skip, 99 hard error.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
CROSS_CC=${CROSS_CC:-arm-linux-gnueabihf-gcc}
QEMU_SYSTEM_ARM=${QEMU_SYSTEM_ARM:-qemu-system-arm}
PYTHON=${PYTHON:-python3}
TIMEOUT=${QEMU_LINUX_TIMEOUT:-300}
here=$builddir/tests/qemu-linux
cache=$here/cache
out=$here/out
dtb=bcm2836-rpi-2-b.dtb
passed=0
failed=0
arch_added=no
work=
qemu=

step() {
	echo "== $*"
}
skip() {
	echo "SKIP: $*"
	exit 77
}
hard_error() {
	echo "ERROR: $*"
	exit 99
}

# Leave the machine as it was: the armhf architecture (if we added it)
# and the temporary directory.
clean_up() {
	if [ "$arch_added" = yes ]; then
		echo "restoring dpkg's architecture list"
		dpkg --remove-architecture armhf
		apt-get update -qq >/dev/null 2>&1
		arch_added=no
	fi
	[ -z "$qemu" ] || kill "$qemu" 2>/dev/null
	[ -z "$work" ] || rm -rf "$work"
}
trap clean_up EXIT
trap 'exit 1' INT TERM

step "tools"
command -v "$QEMU_SYSTEM_ARM" >/dev/null 2>&1 ||
	skip "no $QEMU_SYSTEM_ARM (apt-get install qemu-system-arm)"
command -v "$CROSS_CC" >/dev/null 2>&1 ||
	skip "no $CROSS_CC (apt-get install gcc-arm-linux-gnueabihf" \
		"libc6-dev-armhf-cross)"
command -v "$PYTHON" >/dev/null 2>&1 || skip "no $PYTHON"
command -v dpkg-deb >/dev/null 2>&1 || skip "no dpkg-deb (not Debian?)"
"$QEMU_SYSTEM_ARM" --version | head -1
for soc in $shipped_socs; do
	[ -f "$builddir/generated/hal-$soc/.stamp" ] ||
		hard_error "generated/hal-$soc is missing: run make first"
done
mkdir -p "$cache" "$out" || hard_error "cannot create $here"
work=$(mktemp -d "${TMPDIR:-/tmp}/qemu-linux.XXXXXX") || exit 99

# The newest armmp kernel package, e.g. linux-image-6.1.0-50-armmp, from
# what the linux-image-armmp metapackage depends on.
kernel_package() {
	apt-cache depends linux-image-armmp:armhf 2>/dev/null |
		sed -n 's/^ *Depends: \(linux-image-[^ :]*-armmp\)\(:armhf\)*$/\1/p' |
		head -1
}

# apt-get download the kernel and busybox-static for armhf into
# cache/debs, with armhf added to dpkg's architectures for the while.
download() {
	if ! dpkg --print-foreign-architectures | grep -qx armhf; then
		echo "dpkg --add-architecture armhf (removed again afterwards)"
		dpkg --add-architecture armhf || return 1
		arch_added=yes
	fi
	echo "apt-get update"
	# A mirror being synced can fail one index; what matters is
	# whether the packages can be found, checked next.
	apt-get update -qq >/dev/null 2>&1 ||
		echo "apt-get update reported errors; trying anyway"
	kernel=${QEMU_LINUX_KERNEL_PACKAGE:-$(kernel_package)}
	if [ -z "$kernel" ]; then
		echo "no linux-image-*-armmp:armhf package found"
		return 1
	fi
	# svdreg's libraries: libxml2 and what it needs but libc.
	libraries=$(apt-cache depends libxml2:armhf 2>/dev/null |
		sed -n 's/^ *Depends: \([^ :<]*\).*/\1:armhf/p' |
		grep -vx 'libc6:armhf' | tr '\n' ' ')
	echo "apt-get download $kernel:armhf busybox-static:armhf" \
		"libxml2:armhf $libraries"
	# shellcheck disable=SC2086 # one package a word
	(cd "$cache/debs" && apt-get download -q \
		-o APT::Sandbox::User=root \
		"$kernel:armhf" busybox-static:armhf libxml2:armhf $libraries)
	status=$?
	if [ "$arch_added" = yes ]; then
		echo "dpkg --remove-architecture armhf; apt-get update"
		dpkg --remove-architecture armhf
		apt-get update -qq >/dev/null 2>&1
		arch_added=no
	fi
	return $status
}

# Take the four files the test needs out of the packages into cache/.
extract() {
	rm -rf "$work/root" && mkdir -p "$work/root" || return 1
	for deb in "$cache"/debs/*.deb; do
		echo "dpkg-deb -x $(basename "$deb")"
		dpkg-deb -x "$deb" "$work/root" || return 1
	done
	for pattern in 'boot/vmlinuz-*-armmp' "usr/lib/linux-image-*/$dtb" \
		'lib/modules/*/kernel/drivers/watchdog/bcm2835_wdt.ko' \
		'bin/busybox'; do
		# shellcheck disable=SC2086 # the pattern is to be expanded
		set -- "$work"/root/$pattern
		if [ ! -f "$1" ]; then
			echo "$pattern is not in the packages"
			return 1
		fi
		cp "$1" "$cache/" || return 1
	done
	mv "$cache"/vmlinuz-* "$cache/vmlinuz" || return 1
	# svdreg's shared libraries, by their sonames.
	mkdir -p "$cache/armhf-lib" || return 1
	for soname in libxml2.so.2 'libicuuc.so.[0-9][0-9]' \
		'libicudata.so.[0-9][0-9]' \
		liblzma.so.5 libz.so.1; do
		found=$(find "$work/root" -name "$soname" | head -1)
		if [ -z "$found" ]; then
			echo "$soname is not in the packages"
			return 1
		fi
		cp -L "$found" "$cache/armhf-lib/" || return 1
	done
	for deb in "$cache"/debs/*.deb; do
		basename "$deb"
	done >"$cache/ready"
}

step "Debian armhf kernel and busybox (cache: $cache)"
if [ -f "$cache/ready" ] && [ -f "$cache/armhf-lib/libxml2.so.2" ]; then
	sed 's/^/cached: /' "$cache/ready"
else
	mkdir -p "$cache/debs"
	if ! ls "$cache"/debs/linux-image-*-armmp_*_armhf.deb \
		"$cache"/debs/busybox-static_*_armhf.deb >/dev/null 2>&1; then
		[ "$(id -u)" -eq 0 ] ||
			skip "fetching Debian's armhf kernel needs root" \
				"(dpkg --add-architecture); run once as root or" \
				"put linux-image-*-armmp and busybox-static .debs" \
				"for armhf in $cache/debs/"
		command -v apt-get >/dev/null 2>&1 || skip "no apt-get"
		rm -f "$cache"/debs/*.deb
		download || hard_error "could not download the packages"
	fi
	extract || hard_error "could not extract the packages"
	# The .debs are 45 MB; the four files are all the test needs.
	rm -rf "$cache/debs"
fi

step "cross-build the examples: $CROSS_CC -static"
# -D_FILE_OFFSET_BITS=64: what configure's config.h gives an armhf build.
cflags="-std=gnu99 -O2 -Wall -Wextra -static -D_FILE_OFFSET_BITS=64"
cflags="$cflags -I$srcdir/hal"
for soc in $shipped_socs; do
	cflags="$cflags -I$builddir/generated/hal-$soc"
done
hal="$srcdir/hal/error.c $srcdir/hal/map.c $srcdir/hal/detect.c
	$srcdir/hal/gpio.c $srcdir/hal/gpio-bcm283x.c
	$srcdir/hal/gpio-am335x.c $srcdir/hal/gpio-rk3288.c"
mkdir -p "$out/armhf"
for example in blink button-led; do
	# shellcheck disable=SC2086 # word splitting of the flag lists
	$CROSS_CC $cflags -o "$out/armhf/$example" \
		"$srcdir/examples/$example/$example.c" $hal ||
		hard_error "cross-build of $example failed"
	file "$out/armhf/$example" 2>/dev/null | sed 's/, BuildID[^,]*//'
done

step "cross-build svdreg against Debian's armhf libxml2"
# libsvdgen's sources (every gen/*.c but svdgen's main), the map and
# detection parts of libsvdhal, libxml2's headers from the host (the same
# Debian version) and its armhf shared library, found through an RPATH
# (a DT_RUNPATH would not serve the libraries libxml2 loads in turn). The
# SVDs are looked up where make install puts them for prefix /usr.
svdreg_sources=
for source in "$srcdir"/gen/*.c; do
	[ "${source##*/}" = main.c ] ||
		svdreg_sources="$svdreg_sources $source"
done
libxml2_cflags=$(pkg-config --cflags libxml-2.0)
armhf_lib=$cache/armhf-lib
cross_lib=$($CROSS_CC -print-file-name=libc.so.6)
cross_lib=${cross_lib%/*}
# shellcheck disable=SC2086 # word splitting of the lists
$CROSS_CC -std=gnu99 -O2 -Wall -Wextra -D_FILE_OFFSET_BITS=64 \
	-I"$builddir" -I"$srcdir/gen" \
	-I"$srcdir/hal" $libxml2_cflags \
	-DSVDREG_SVD_DIR='"/usr/share/svdgen/svd"' \
	-o "$out/armhf/svdreg" $svdreg_sources "$srcdir/hal/error.c" \
	"$srcdir/hal/map.c" "$srcdir/hal/detect.c" "$armhf_lib/libxml2.so.2" \
	-Wl,--disable-new-dtags,-rpath,/usr/lib/svdreg \
	-Wl,-rpath-link,"$armhf_lib" ||
	hard_error "cross-build of svdreg failed"
file "$out/armhf/svdreg" 2>/dev/null | sed 's/, BuildID[^,]*//'
# The libraries it loads, libc's from the cross toolchain.
svdreg_libraries=
for library in "$armhf_lib"/*; do
	svdreg_libraries="$svdreg_libraries
file /usr/lib/svdreg/${library##*/} 644 $library"
done
for library in libc.so.6 libm.so.6 libstdc++.so.6 libgcc_s.so.1; do
	[ -f "$cross_lib/$library" ] ||
		hard_error "no $library in $cross_lib"
	svdreg_libraries="$svdreg_libraries
file /usr/lib/svdreg/$library 644 $(readlink -f "$cross_lib/$library")"
done

step "initramfs: $out/initramfs.cpio"
"$PYTHON" "$srcdir/tests/qemu-linux/mkcpio.py" "$out/initramfs.cpio" <<LIST ||
dir /bin 755
dir /dev 755
dir /lib 755
dir /lib/modules 755
dir /proc 755
dir /sys 755
dir /tmp 1777
dir /usr 755
dir /usr/bin 755
nod /dev/console 600 c 5 1
file /bin/busybox 755 $cache/busybox
file /lib/modules/bcm2835_wdt.ko 644 $cache/bcm2835_wdt.ko
file /init 755 $srcdir/tests/qemu-linux/init
file /usr/bin/blink 755 $out/armhf/blink
file /usr/bin/button-led 755 $out/armhf/button-led
dir /usr/lib 755
dir /usr/lib/svdreg 755
dir /usr/share 755
dir /usr/share/svdgen 755
dir /usr/share/svdgen/svd 755
file /lib/ld-linux-armhf.so.3 755 $(readlink -f "$cross_lib/ld-linux-armhf.so.3")
file /usr/bin/svdreg 755 $out/armhf/svdreg
file /usr/share/svdgen/svd/bcm2837.svd 644 $srcdir/svd/bcm2837.svd
$svdreg_libraries
LIST
	hard_error "could not write the initramfs"
wc -c <"$out/initramfs.cpio" | sed 's/$/ bytes/'

# check NAME CONDITION...: count one host-side check.
check() {
	check_name=$1
	shift
	if "$@"; then
		echo "ok: $check_name"
		passed=$((passed + 1))
	else
		echo "FAIL: $check_name"
		failed=$((failed + 1))
	fi
}
in_log() {
	grep -qxF "$1" "$log"
}
powered_off() {
	[ "$status" -eq 0 ] && [ "$stopped" = no ]
}

# boot NAME APPEND: boot the initramfs with kernel command line APPEND,
# the console in out/console-NAME.log. Stops QEMU if the guest has not
# powered off 30 s after its last line. Sets $status and $stopped.
boot() {
	log=$out/console-$1.log
	set -- "$QEMU_SYSTEM_ARM" -M raspi2b -m 1G -smp 4 -nographic \
		-no-reboot -kernel "$cache/vmlinuz" -dtb "$cache/$dtb" \
		-initrd "$out/initramfs.cpio" -append "$2"
	echo "$*"
	rm -f "$log" "$log.raw"
	start=$(date +%s)
	timeout "$TIMEOUT" "$@" </dev/null >"$log.raw" 2>&1 &
	qemu=$!
	stopped=no ended=
	while kill -0 "$qemu" 2>/dev/null; do
		if [ -z "$ended" ] &&
			grep -q '^SVDGEN-GUEST END' "$log.raw"; then
			ended=$(date +%s)
		fi
		if [ -n "$ended" ] && [ $(($(date +%s) - ended)) -ge 30 ]; then
			kill "$qemu"
			stopped=yes
		fi
		sleep 1
	done
	wait "$qemu"
	status=$?
	qemu=
	seconds=$(($(date +%s) - start))
	tr -d '\r' <"$log.raw" >"$log" && rm -f "$log.raw"
	echo "QEMU exit status $status after ${seconds}s"
	if grep -q '^SVDGEN-GUEST BEGIN' "$log"; then
		echo "--- guest console, from /init on"
		sed -n '/^SVDGEN-GUEST BEGIN/,$p' "$log"
		echo "---"
	else
		echo "--- guest console, last 60 lines (/init never started)"
		tail -60 "$log"
		echo "---"
	fi
}

# expect_guest LINES...: the common checks of a boot, then each guest
# line (PASS guest: NAME) that must be in the log.
expect_guest() {
	check "$name: kernel booted and ran /init" \
		grep -q '^SVDGEN-GUEST BEGIN' "$log"
	check "$name: guest powered off, QEMU exited by itself" powered_off
	total=$#
	for line in "$@"; do
		check "$name: $line" in_log "PASS guest: $line"
	done
	check "$name: guest summary" \
		in_log "SVDGEN-GUEST END: $total checks, 0 failed"
}

step "boot 1: raspi2b, iomem=relaxed"
name=relaxed
boot relaxed "console=ttyAMA0 iomem=relaxed"
expect_guest \
	"device tree names the BCM2836" \
	"no /dev/gpiomem (not a Raspberry Pi kernel), /dev/mem is there" \
	"blink exits 0" \
	"blink detects a bcm2837 from /proc/device-tree" \
	"blink says it fell back from /dev/gpiomem to /dev/mem" \
	"blink flashes GPIO 7-11 twice" \
	"blink finishes" \
	"GPFSEL0: GPIO 7-9 are outputs" \
	"GPFSEL1: GPIO 10-11 are outputs" \
	"GPLEV0: GPIO 7-11 read back low" \
	"svdreg read GPIO.GPFSEL0 exits 0" \
	"svdreg decodes blink's GPIO 7-9 as OUTPUT" \
	"svdreg's GPFSEL0 value is what devmem reads" \
	"svdreg write GPIO.GPSET0.SET10=1 exits 0" \
	"GPLEV0: GPIO 10 reads back high after svdreg's write" \
	"svdreg read GPIO.GPLEV0.LEV10 decodes 1" \
	"svdreg write GPIO.GPCLR0=0x400 exits 0" \
	"GPLEV0: GPIO 10 reads back low after svdreg's write" \
	"svdreg refuses to write the read-only GPIO.GPLEV0" \
	"blink --soc bcm2837 exits 0" \
	"blink --soc bcm2837 finishes" \
	"button-led exits 0 (button high)" \
	"button-led reads GPIO 3 high and turns GPIO 4 on" \
	"GPFSEL0: GPIO 3 input, GPIO 4 output" \
	"GPLEV0: GPIO 4 reads back high" \
	"button-led exits 0 (button low)" \
	"button-led reads GPIO 3 low and turns GPIO 4 off" \
	"GPLEV0: GPIO 4 reads back low"
# The examples' own lines, as the guest printed them.
for line in "round 2: GPIO 11 off" "blink: done" \
	"sample 2: GPIO 3 = 1, GPIO 4 on" "sample 2: GPIO 3 = 0, GPIO 4 off"; do
	check "$name: example printed '$line'" in_log "  | $line"
done

step "boot 2: raspi2b, without iomem=relaxed"
name=strict
boot strict "console=ttyAMA0"
expect_guest \
	"device tree names the BCM2836" \
	"no /dev/gpiomem (not a Raspberry Pi kernel), /dev/mem is there" \
	"without iomem=relaxed: blink exits 1" \
	"without iomem=relaxed: blink says to boot with it" \
	"without iomem=relaxed: button-led exits 1" \
	"without iomem=relaxed: button-led says to boot with it" \
	"without iomem=relaxed: svdreg read exits 1" \
	"without iomem=relaxed: svdreg says to boot with it"

echo "console logs: $out/console-relaxed.log $out/console-strict.log"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

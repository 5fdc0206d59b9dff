#!/bin/sh
# SPDX-License-Identifier: MIT
# SVDConv names the device header after the device as the SVD spells it
# (RP2040.h); svdgen's is lower case (rp2040.h). A one-line header of
# SVDConv's name forwards to ours, so an #include written for SVDConv's
# header still compiles. Where the file system ignores case, both names are
# one file, and it must hold the device header, not the forwarding one: the
# test stands such a file system in with a hard link.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
CC=${CC:-cc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-forward.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() {
	echo "FAIL: $*"
	failed=$((failed + 1))
}
cat >"$tmp/dev.svd" <<'SVD'
<?xml version="1.0" encoding="utf-8"?>
<device schemaVersion="1.3">
  <name>FwdDev</name>
  <addressUnitBits>8</addressUnitBits>
  <width>32</width>
  <size>32</size>
  <access>read-write</access>
  <peripherals>
    <peripheral>
      <name>TIMER</name>
      <baseAddress>0x40000000</baseAddress>
      <registers>
        <register>
          <name>CTRL</name>
          <addressOffset>0x4</addressOffset>
        </register>
      </registers>
    </peripheral>
  </peripherals>
</device>
SVD

"$svdgen" -q "$tmp/dev.svd" -o "$tmp/out" || fail "svdgen failed"
[ -f "$tmp/out/FwdDev.h" ] || fail "no FwdDev.h beside fwddev.h"
grep -q 'device header' "$tmp/out/FwdDev.h" &&
	fail "FwdDev.h is a second device header, not a forwarding one"
cat >"$tmp/use.c" <<'C'
#include "FwdDev.h"
_Static_assert(offsetof(TIMER_Type, CTRL) == 4, "CTRL at 4");
int main(void) { return 0; }
C
$CC -std=c11 -Wall -Werror -I"$tmp/out" -c "$tmp/use.c" -o "$tmp/use.o" ||
	fail "code including FwdDev.h does not compile"

# The device's name already lower case: no second file.
sed 's/<name>FwdDev</<name>fwddev</' "$tmp/dev.svd" >"$tmp/lower.svd"
"$svdgen" -q "$tmp/lower.svd" -o "$tmp/lower" || fail "svdgen failed (lower)"
[ "$(ls "$tmp/lower" | grep -ci '^fwddev\.h$')" = 1 ] ||
	fail "a lower-case device name got a forwarding header"

# A file system that ignores case: FwdDev.h and fwddev.h are one file.
mkdir "$tmp/nocase"
cp "$tmp/out/fwddev.h" "$tmp/nocase/fwddev.h"
ln "$tmp/nocase/fwddev.h" "$tmp/nocase/FwdDev.h"
"$svdgen" -q "$tmp/dev.svd" -o "$tmp/nocase" || fail "svdgen failed (nocase)"
grep -q 'device header' "$tmp/nocase/FwdDev.h" ||
	fail "on a case-blind file system the forwarding header replaced the device header"
[ "$tmp/nocase/FwdDev.h" -ef "$tmp/nocase/fwddev.h" ] ||
	fail "the two names are no longer one file"

[ $failed = 0 ] && echo "PASS: forwarding header"
exit $((failed != 0))

#!/bin/sh
# SPDX-License-Identifier: MIT
# -q silences warnings and nothing else: a file with one warning generates
# in silence, the same warning made an error by -Werror still prints, and
# an error in the input still prints with -q.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-quiet.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() {
	echo "FAIL: $*"
	failed=$((failed + 1))
}

# write_svd FILE ACCESS: a one-register device; ACCESS is the register's
# <access> text ('read-writeonce' draws a nonstandard-value warning).
write_svd() {
	cat >"$1" <<SVD
<?xml version="1.0" encoding="utf-8"?>
<device schemaVersion="1.3">
  <name>QUIET</name>
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
          <addressOffset>0x0</addressOffset>
          <access>$2</access>
        </register>
      </registers>
    </peripheral>
  </peripherals>
</device>
SVD
}
write_svd "$tmp/warn.svd" read-writeonce
write_svd "$tmp/error.svd" read-sometimes

# Without -q the warning prints: what -q has to silence.
"$svdgen" "$tmp/warn.svd" -o "$tmp/loud" 2>"$tmp/loud.err" ||
	fail "a warning alone made svdgen fail"
grep -q "warn.svd:[0-9]*: warning: .*\[nonstandard-value\]" "$tmp/loud.err" ||
	fail "without -q the warning is not printed: $(cat "$tmp/loud.err")"

"$svdgen" -q "$tmp/warn.svd" -o "$tmp/quiet" 2>"$tmp/quiet.err" ||
	fail "-q: svdgen failed on a file with a warning only"
[ ! -s "$tmp/quiet.err" ] ||
	fail "-q printed: $(cat "$tmp/quiet.err")"
[ -f "$tmp/quiet/quiet.h" ] || fail "-q: the headers were not written"
cmp -s "$tmp/loud/quiet_timer.h" "$tmp/quiet/quiet_timer.h" ||
	fail "-q changed the generated headers"
"$svdgen" check --quiet "$tmp/warn.svd" 2>"$tmp/long.err" ||
	fail "--quiet check failed"
[ ! -s "$tmp/long.err" ] || fail "--quiet printed: $(cat "$tmp/long.err")"

# -Werror makes the warning an error: -q must not hide it.
if "$svdgen" -q -Werror "$tmp/warn.svd" -o "$tmp/werror" 2>"$tmp/werror.err"
then
	fail "-q -Werror: svdgen succeeded on a file with a warning"
fi
grep -q "warn.svd:[0-9]*: error: .*\[nonstandard-value\]" \
	"$tmp/werror.err" || fail "-q -Werror: the error was not printed"
[ ! -e "$tmp/werror" ] || fail "-q -Werror: output written despite the error"

# An error in the input prints with -q.
if "$svdgen" -q "$tmp/error.svd" -o "$tmp/bad" 2>"$tmp/bad.err"; then
	fail "-q: svdgen succeeded on a file with an error"
fi
grep -q "error.svd:[0-9]*: error: .*\[invalid-value\]" "$tmp/bad.err" ||
	fail "-q: the input error was not printed: $(cat "$tmp/bad.err")"

[ $failed -eq 0 ] && echo "PASS: -q silences warnings, never errors"
[ $failed -eq 0 ]

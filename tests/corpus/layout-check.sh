#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Check every register address of headers generated from vendor SVDs against
# addresses computed by an independent route (svd-addresses.py, Python
# standard library only, no code shared with the generator).
#
# For each SVD: run svdgen into a temporary directory, write a C check with
# svd-addresses.py, compile it against the generated umbrella header, run it.
# One summary line per file; exit 0 pass, 1 fail, 77 skip (automake).
#
# Environment:
#   SVD_CORPUS          vendor corpus (default: $srcdir/../shared/svd-corpus)
#   SVDGEN              the generator (default: ./svdgen)
#   CC, CFLAGS          compiler for the check (default: cc)
#   PYTHON              default: python3
#   LAYOUT_CHECK_SVDS   space-separated paths relative to SVD_CORPUS, each
#                       optionally followed by =PREFIX to generate with
#                       --prefix=PREFIX.  The default list uses it where a
#                       register is named like an instance macro and so
#                       cannot keep its SVD name without a prefix (esp32c3
#                       RTC_CNTL.RTC_CNTL, ATSAMD21 MTB.MTB_BASE); that also
#                       covers --prefix

srcdir=${srcdir:-$(dirname "$0")/../..}
SVD_CORPUS=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
SVDGEN=${SVDGEN:-./svdgen}
CC=${CC:-cc}
PYTHON=${PYTHON:-python3}
# By default: every file of the corpus that generates (known-defects lists
# those that need --keep-going), plus two prefixed runs to cover --prefix.
if test -z "${LAYOUT_CHECK_SVDS:-}" && test -d "$SVD_CORPUS"; then
	defects=$(awk '!/^#/ { print $1 }' "$srcdir/tests/corpus/known-defects")
	LAYOUT_CHECK_SVDS="$(cd "$SVD_CORPUS" && find . -name '*.svd' |
		sed 's|^\./||' | sort | grep -vxF "$defects") \
	    Espressif/esp32c3.svd=ESP_ Atmel/ATSAMD21E15B.svd=SAM_"
fi
script=$srcdir/tests/corpus/svd-addresses.py

# CI sets SVD_CORPUS_REQUIRED=1: there a missing corpus or python is a
# failure, not a skip that would hide the whole check.
skip_status=77
test "${SVD_CORPUS_REQUIRED:-0}" = 1 && skip_status=1
if test ! -d "$SVD_CORPUS"; then
	echo "SKIP: no SVD corpus at $SVD_CORPUS (set SVD_CORPUS)"
	exit $skip_status
fi
if ! "$PYTHON" -c 'import xml.etree.ElementTree' >/dev/null 2>&1; then
	echo "SKIP: $PYTHON with xml.etree is not available (set PYTHON)"
	exit $skip_status
fi
if test ! -x "$SVDGEN"; then
	echo "FAIL: svdgen not found at $SVDGEN (set SVDGEN)"
	exit 1
fi
if test ! -f "$script"; then
	echo "FAIL: $script not found (set srcdir)"
	exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/layout-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

status=0
n=0
for entry in $LAYOUT_CHECK_SVDS; do
	n=$((n + 1))
	svd=${entry%%=*}
	prefix=
	case $entry in *=*) prefix=${entry#*=} ;; esac
	file=$SVD_CORPUS/$svd
	out=$tmp/out$n
	if test ! -f "$file"; then
		echo "FAIL $svd: not in $SVD_CORPUS"
		status=1
		continue
	fi
	mkdir "$out" || exit 1
	if ! "$SVDGEN" ${prefix:+"--prefix=$prefix"} "$file" -o "$out" \
	    >"$tmp/svdgen.log" 2>&1; then
		echo "FAIL $svd: svdgen failed:"
		grep -v ': warning: ' "$tmp/svdgen.log" | head -n 20
		status=1
		continue
	fi
	header=$("$PYTHON" "$script" "$file" --print-header-name) || {
		echo "FAIL $svd: svd-addresses.py could not read it"
		status=1
		continue
	}
	if test ! -f "$out/$header"; then
		echo "FAIL $svd: svdgen wrote no $header, only:" \
		    "$(cd "$out" && echo *)"
		status=1
		continue
	fi
	if ! "$PYTHON" "$script" "$file" --header "$header" \
	    --prefix="$prefix" -o "$tmp/check$n.c" 2>"$tmp/script.log"; then
		echo "FAIL $svd: svd-addresses.py failed:"
		head -n 20 "$tmp/script.log"
		status=1
		continue
	fi
	# shellcheck disable=SC2086 # CC and CFLAGS are word lists
	if ! $CC $CFLAGS -I"$out" -o "$tmp/check$n" "$tmp/check$n.c" \
	    >"$tmp/cc.log" 2>&1; then
		echo "FAIL $svd: the address check does not compile" \
		    "against the generated headers:"
		grep -E 'error' "$tmp/cc.log" | head -n 20
		status=1
		continue
	fi
	"$tmp/check$n" >"$tmp/run.log" 2>&1
	rc=$?
	summary=$(tail -n 1 "$tmp/run.log")
	if test $rc -eq 0; then
		echo "PASS $svd${prefix:+ (--prefix=$prefix)}: $summary"
	else
		echo "FAIL $svd${prefix:+ (--prefix=$prefix)}: $summary"
		grep '^MISMATCH' "$tmp/run.log" | head -n 20
		status=1
	fi
done
exit $status

#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The error suite: each NAME.expected describes one run of svdgen, mostly on
# a small malformed or hostile NAME.svd, and the exact diagnostics it must
# print. An .expected file holds:
#
#   exit N                 the exit status (0 ok, 1 input errors, 2 usage)
#   options: ARGS          (optional) arguments placed before the input;
#                          @FILE@ stands for the input path
#   input: PATH            (optional) run on PATH instead of NAME.svd;
#                          "none" gives no input, a trailing / makes PATH a
#                          folder first
#   output: none           (optional) leave out "-o out"
#   ...                    the expected stderr, byte for byte, with the
#                          input path written as @FILE@
#
# Cases named warn-* are the warnings class: they print diagnostics and still
# exit 0. Cases named ok-* must succeed silently.
#
# Each case runs in a fresh folder as "svdgen [options] NAME.svd -o out"
# (three levels below the temporary root, so a name that climbs out with
# ../ still lands where we look). On a non-zero exit no file may exist
# anywhere; on success files may exist only under out/.
#
# Usage: run.sh [NAME.expected...]; each case's input sits next to its
# .expected file. Automake test protocol: exit 0 pass, 1 fail, 77 skip.

here=$(cd "$(dirname "$0")" && pwd)
if [ -n "$top_srcdir" ] && [ -d "$top_srcdir/tests/errors" ]; then
	cases=$top_srcdir/tests/errors
else
	cases=$here
fi
# make check runs one case per test (run.sh NAME.expected, see errors.mk);
# by hand, without arguments, every case runs.
if [ $# -eq 0 ]; then
	set -- "$cases"/*.expected
fi
SVDGEN=${SVDGEN:-$here/../../svdgen}
case $SVDGEN in
/*) ;;
*) SVDGEN=$(pwd)/$SVDGEN ;;
esac
if [ ! -x "$SVDGEN" ]; then
	echo "SKIP: no svdgen at $SVDGEN (build it first)"
	exit 77
fi

# A hung or runaway generator fails its case instead of the whole suite.
if command -v timeout >/dev/null 2>&1; then
	run_timeout='timeout 20'
else
	run_timeout=
fi
# Cap memory so a dim bomb fails instead of taking the machine down; not
# under AddressSanitizer or ThreadSanitizer, which reserve terabytes of
# address space.
memory_limit=
if ! grep -q -e __asan_init -e __tsan_init "$SVDGEN" 2>/dev/null; then
	memory_limit=2097152
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-errors.XXXXXX") || exit 99
trap 'rm -rf "$root"' EXIT
trap 'rm -rf "$root"; exit 1' INT TERM

passed=0
failed=0

for expected in "$@"; do
	if [ ! -f "$expected" ]; then
		echo "FAIL $expected: no such case"
		failed=$((failed + 1))
		continue
	fi
	cases=$(cd "$(dirname "$expected")" && pwd)
	expected=$cases/$(basename "$expected")
	name=$(basename "$expected" .expected)
	tmp=$root/$name
	run=$tmp/a/b/run
	mkdir -p "$run" || exit 99

	status=$(sed -n '1s/^exit \([0-9][0-9]*\)$/\1/p' "$expected")
	options=$(sed -n '2,4s/^options: //p' "$expected")
	input=$(sed -n '2,4s/^input: //p' "$expected")
	output=$(sed -n '2,4s/^output: //p' "$expected")
	if [ -z "$status" ]; then
		echo "FAIL $name: $expected does not start with 'exit N'"
		failed=$((failed + 1))
		continue
	fi
	if [ -z "$input" ]; then
		input=$name.svd
		cp "$cases/$name.svd" "$run/$input" || exit 99
	fi
	case $input in
	none) input= ;;
	*/) mkdir -p "$run/$input" ;;
	esac
	writes_output=yes
	[ "$output" = none ] && writes_output=no
	[ $writes_output = no ] && output= || output='-o out'
	options=$(printf '%s\n' "$options" | sed "s|@FILE@|$input|g")

	# The expected stderr: everything after the directive lines.
	awk 'NR == 1 { next }
	     !body && /^(options|input|output): / { next }
	     { body = 1; print }' "$expected" |
		sed "s|@FILE@|$input|g" >"$tmp/expected"

	(
		cd "$run" || exit 99
		set -f
		[ -n "$memory_limit" ] && ulimit -v $memory_limit 2>/dev/null
		# 100 MB of output at most: a flood of diagnostics fails fast.
		ulimit -f 204800 2>/dev/null
		exec $run_timeout "$SVDGEN" $options $input $output
	) >"$tmp/stdout" 2>"$tmp/stderr"
	actual=$?

	problems=
	if [ "$actual" != "$status" ]; then
		if [ "$actual" = 124 ] && [ -n "$run_timeout" ]; then
			problems="timed out after 20 s (expected exit $status)"
		elif [ "$actual" = 153 ]; then
			problems="wrote more than 100 MB (expected exit $status)"
		elif [ "$actual" -gt 128 ]; then
			problems="killed by signal $((actual - 128)) (expected exit $status)"
		else
			problems="exit $actual, expected $status"
		fi
	fi
	if ! cmp -s "$tmp/expected" "$tmp/stderr"; then
		problems="${problems:+$problems; }stderr differs"
	fi
	# Every file the run left behind, apart from its input.
	stray=$(cd "$run" && find "$tmp" ! -type d ! -path "$run/$name.svd" \
		! -path "$tmp/expected" ! -path "$tmp/stdout" \
		! -path "$tmp/stderr" -print)
	if [ "$status" != 0 ] || [ "$actual" != 0 ]; then
		bad=$stray
	else
		bad=$(printf '%s\n' "$stray" | grep -v "^$run/out/[^/]*$")
	fi
	if [ -n "$bad" ]; then
		problems="${problems:+$problems; }files written where they must not be: $(echo $bad)"
	fi
	# A run that must succeed must also have generated the headers.
	if [ "$status" = 0 ] && [ "$actual" = 0 ] && [ $writes_output = yes ] &&
		! grep -qs 'device header' "$run"/out/*.h; then
		problems="${problems:+$problems; }exit 0 but no device header in out/"
	fi

	if [ -z "$problems" ]; then
		echo "PASS $name"
		passed=$((passed + 1))
	else
		echo "FAIL $name: $problems"
		diff -u "$tmp/expected" "$tmp/stderr" | sed 's/^/	/' | head -40
		failed=$((failed + 1))
	fi
	rm -rf "$tmp"
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Every vendor SVD of the corpus, generated once and then checked two ways:
#
#   - the device header compiles with gcc -std=c11, clang -std=c99 and g++
#     -std=c++17, -Wall -Wextra -Werror -pedantic, with every accessor
#     (SVDGEN_ALL_ACCESSORS): each compiler and each standard once per
#     file. The full product of compilers and standards runs in
#     tests/compile over the shipped SVDs and the golden cases, which reach
#     every construct the generator writes; the corpus adds breadth of
#     input. Each language path of the header (C99, C11, C++) is compiled
#     once per file; a second standard per compiler cost 40 % more CPU.
#     A file may fail to generate only with the diagnostic listed for it
#     in known-defects, and must then generate with --keep-going and
#     compile the same way.
#   - its layout, proven by a route that does not trust the generator:
#     svd-addresses.py computes every register address from the SVD (Python
#     standard library only, no code shared with gen/) and writes a C check
#     of BASE + offsetof() against them, which is compiled against the
#     generated headers and run. The gcc C11 compile above is this check's
#     compile: one compiler run proves both.
#
# make check runs the corpus in shards, one automake test each
# (tests/corpus/NAME.corpus, see corpus.mk), so make -j spreads it over the
# cores; summary.sh adds their results up. A shard file holds lines of
#
#   vendor FOLDER...      the corpus folders the shard takes files from
#   part K of N           only part K of N of them, balanced by file size
#   prefix FILE PREFIX    also check FILE's layout generated with
#                         --prefix=PREFIX
#
# Usage: corpus.sh SHARD.corpus | corpus.sh --list SHARD.corpus (the files
# it takes) | corpus.sh [FILE.svd...] (corpus-relative; default: every
# file). Prints a table and a summary line; exit 0 pass, 1 fail, 77 skip
# (no corpus; a failure when SVD_CORPUS_REQUIRED=1).
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
here=$srcdir/tests/corpus
python=${PYTHON3:-python3}
[ -n "$python" ] || python=python3

# shard_files SHARD: the corpus files SHARD takes, sorted. Within its
# folders the files go, largest first, to the part that is smallest so
# far, so that the parts of one folder cost about the same.
shard_files() {
	vendors=$(sed -n 's/^vendor //p' "$1")
	part=$(sed -n 's/^part \([0-9]*\) of \([0-9]*\)$/\1 \2/p' "$1")
	[ -n "$part" ] || part="1 1"
	# shellcheck disable=SC2086 # the folder names are words
	(cd "$corpus" && find $vendors -name '*.svd' -exec stat -c '%s %n' {} +) |
		sort -k1,1nr -k2,2 |
		awk -v part="$part" '
		BEGIN { split(part, p, " "); for (i = 1; i <= p[2]; i++) load[i] = 0 }
		{
			best = 1
			for (i = 2; i <= p[2]; i++)
				if (load[i] < load[best]) best = i
			load[best] += $1
			if (best == p[1]) print $2
		}' | sort
}

require_corpus
if [ "${1:-}" = --list ]; then
	shard_files "$2"
	exit 0
fi
prefixed=
case ${1:-} in
*.corpus)
	files=$(shard_files "$1")
	prefixed=$(sed -n 's/^prefix //p' "$1")
	if [ -z "$files" ]; then
		echo "$1: takes no file of $corpus"
		exit 99
	fi
	;;
'') files=$(cd "$corpus" && find . -name '*.svd' | sed 's|^\./||' | sort) ;;
*) files=$* ;;
esac
layout_status=0
if ! "$python" -c 'import xml.etree.ElementTree' >/dev/null 2>&1; then
	echo "SKIP: layout: $python with xml.etree is not available"
	layout_status=$skip_status
fi

make_tmp corpus
# SVDGEN_ALL_ACCESSORS: the umbrella with every accessor, not the
# registers alone, so the accessors of every file are compiled too.
flags="-Wall -Wextra -Werror -pedantic -DSVDGEN_ALL_ACCESSORS"
passed=0
failed=0
diagnosed=0
read_files=0
layout_files=0
# The checks that report a defect svdgen reads one safe way.
readings='register-size-bytes\|reserved-field\|interrupt-conflict'
readings="$readings\\|address-unit-bits\\|duplicate-element\\|derive-expanded"

# check_layout SVD DIR [PREFIX]: the addresses of DIR's headers, made from
# SVD with PREFIX, are those svd-addresses.py computes; the check is
# compiled with gcc -std=c11 and the flags above. Sets layout_result.
check_layout() {
	layout_result=
	rm -f "$tmp/mismatches"
	if ! header=$("$python" "$here/svd-addresses.py" "$corpus/$1" \
		--print-header-name --prefix="${3:-}" -o "$tmp/check.c" \
		2>"$tmp/script.log"); then
		layout_result="svd-addresses.py failed: $(head -1 "$tmp/script.log")"
		return 1
	fi
	if [ ! -f "$2/$header" ]; then
		layout_result="svdgen wrote no $header, only: $(cd "$2" && echo *)"
		return 1
	fi
	# shellcheck disable=SC2086 # flags is a word list
	if ! gcc -std=c11 $flags -I"$2" "$tmp/check.c" -o "$tmp/check" \
		>"$tmp/errors" 2>&1; then
		layout_result="gcc -std=c11: $(grep -m1 error "$tmp/errors")"
		return 1
	fi
	"$tmp/check" >"$tmp/run.log" 2>&1
	status=$?
	layout_result=$(tail -n 1 "$tmp/run.log")
	if [ $status -ne 0 ]; then
		grep '^MISMATCH' "$tmp/run.log" | head -n 20 >"$tmp/mismatches"
		return 1
	fi
	return 0
}

# compile_all DIR SVD [layout]: the device header in every configuration;
# with "layout", gcc C11 is check_layout's compile. On failure
# compile_error names the compiler and its first error.
compile_all() {
	header=$(grep -l 'device header' "$1"/*.h | head -1)
	printf '#include "%s"\nint main(void) { return 0; }\n' \
		"$(basename "$header")" >"$tmp/t.c"
	cp "$tmp/t.c" "$tmp/t.cpp"
	for configuration in gcc-c11 clang-c99 g++-c++17; do
		[ "$configuration" = gcc-c11 ] && [ "${3:-}" = layout ] &&
			continue
		compiler="${configuration%-*} -std=${configuration##*-}"
		source=$tmp/t.c
		case $compiler in g++*) source=$tmp/t.cpp ;; esac
		# shellcheck disable=SC2086 # compiler and flags are word lists
		if ! $compiler $flags -fsyntax-only -I"$1" "$source" \
			>"$tmp/errors" 2>&1; then
			compile_error="$compiler: $(grep -m1 error "$tmp/errors")"
			return 1
		fi
	done
	[ "${3:-}" = layout ] || return 0
	if ! check_layout "$2" "$1"; then
		compile_error="layout: $layout_result"
		return 1
	fi
	layout_files=$((layout_files + 1))
	return 0
}

printf '%-44s %9s  %s\n' file registers result
for svd in $files; do
	out=$tmp/out
	rm -rf "$out"
	if [ ! -f "$corpus/$svd" ]; then
		printf '%-44s %9s  %s\n' "$svd" - "FAIL: not in $corpus"
		failed=$((failed + 1))
		continue
	fi
	expected=$(awk -v f="$svd" '$1 == f { print $2 }' "$here/known-defects")
	if ! "$svdgen" -W no-name-sanitized "$corpus/$svd" -o "$out" \
		2>"$tmp/diagnostics"; then
		first=$(grep -m1 ': error: ' "$tmp/diagnostics")
		if [ -n "$expected" ] &&
			echo "$first" | grep -q "\[$expected\]\$" &&
			[ ! -e "$out" ] &&
			"$svdgen" -q -k -W no-name-sanitized "$corpus/$svd" \
				-o "$out" 2>/dev/null &&
			compile_all "$out" "$svd"; then
			printf '%-44s %9s  %s\n' "$svd" - "diagnosed: ${first#"$corpus/"}; generates with --keep-going"
			diagnosed=$((diagnosed + 1))
		else
			printf '%-44s %9s  %s\n' "$svd" - "FAIL: generation: ${first:-no diagnostic}"
			failed=$((failed + 1))
		fi
		continue
	fi
	if [ -n "$expected" ]; then
		printf '%-44s %9s  %s\n' "$svd" - "FAIL: generates now; update known-defects"
		failed=$((failed + 1))
		continue
	fi
	registers=$(cat "$out"/*.h | grep -c 'SVDGEN_STATIC_ASSERT(offsetof')
	result=ok
	# A vendor defect read one way (see svdgen(1)), with its warning.
	reading=$(grep -o "\[\($readings\)\]\$" "$tmp/diagnostics" |
		sort -u | tr -d '[]' | tr '\n' ' ')
	if [ -n "$reading" ]; then
		read_files=$((read_files + 1))
		result="ok (read: ${reading% })"
	fi
	with_layout=layout
	[ $layout_status = 0 ] || with_layout=
	if compile_all "$out" "$svd" $with_layout; then
		[ $layout_status = 0 ] && result="$result; layout: $layout_result"
	else
		result="FAIL: $compile_error"
	fi
	printf '%-44s %9s  %s\n' "$svd" "$registers" "$result"
	[ -s "$tmp/mismatches" ] && cat "$tmp/mismatches" && rm "$tmp/mismatches"
	case $result in
	ok*) passed=$((passed + 1)) ;;
	*) failed=$((failed + 1)) ;;
	esac
done

# The same layout check for files generated with --prefix, which moves
# every macro and type name.
echo "$prefixed" | while read -r svd prefix; do
	[ -n "$svd" ] || continue
	rm -rf "$tmp/out"
	if ! "$svdgen" -q --prefix="$prefix" "$corpus/$svd" -o "$tmp/out" \
		2>"$tmp/diagnostics"; then
		echo "FAIL: layout $svd (--prefix=$prefix): svdgen failed:"
		grep -v ': warning: ' "$tmp/diagnostics" | head -n 20
		echo failed >>"$tmp/prefixed-failed"
	elif check_layout "$svd" "$tmp/out" "$prefix"; then
		echo "layout $svd (--prefix=$prefix): $layout_result"
	else
		echo "FAIL: layout $svd (--prefix=$prefix): $layout_result"
		cat "$tmp/mismatches" 2>/dev/null
		echo failed >>"$tmp/prefixed-failed"
	fi
done
if [ -f "$tmp/prefixed-failed" ]; then
	failed=$((failed + $(wc -l <"$tmp/prefixed-failed")))
fi
# summary.sh adds these lines of every shard up.
echo "corpus: $passed generated and compiled ($read_files needed a reading of a vendor defect), $diagnosed diagnosed vendor defects, $failed failed"
echo "layout: $layout_files files' register addresses proven"
echo "$((passed + diagnosed)) passed, $failed failed"
[ $failed -eq 0 ] && [ $((passed + diagnosed)) -gt 0 ] || exit 1
exit $layout_status

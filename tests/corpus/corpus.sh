#!/bin/sh
# SPDX-License-Identifier: MIT
# Every vendor SVD of the corpus: generate, then compile the device header
# with gcc and clang (C99, C11) and g++ (C++17), -Wall -Wextra -Werror
# -pedantic. A file may fail to generate only with the diagnostic listed
# for it in known-defects. Prints a table and a summary; skips (77) when
# the corpus is absent, as it is outside this project's workspace.
set -u
here=$(cd "$(dirname "$0")" && pwd)
srcdir=${top_srcdir:-$here/../..}
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
svdgen=${SVDGEN:-$srcdir/svdgen}
if [ ! -d "$corpus" ]; then
	echo "SKIP: no SVD corpus at $corpus (set SVD_CORPUS)"
	# CI sets SVD_CORPUS_REQUIRED=1: there a missing corpus is a failure.
	[ "${SVD_CORPUS_REQUIRED:-0}" = 1 ] && exit 1
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# SVDGEN_ALL_ACCESSORS: the umbrella with every accessor, not the
# registers alone, so the accessors of every file are compiled too.
flags="-Wall -Wextra -Werror -pedantic -fsyntax-only -DSVDGEN_ALL_ACCESSORS"
passed=0
failed=0
diagnosed=0
read_files=0
# The checks that report a defect svdgen reads one safe way.
readings='register-size-bytes\|reserved-field\|interrupt-conflict'
readings="$readings\\|address-unit-bits\\|duplicate-element\\|derive-expanded"
# compile_all DIR: the device header in every configuration; on failure
# compile_error names the compiler and its first error.
compile_all() {
	header=$(grep -l 'device header' "$1"/*.h | head -1)
	printf '#include "%s"\nint main(void) { return 0; }\n' \
		"$(basename "$header")" >"$tmp/t.c"
	cp "$tmp/t.c" "$tmp/t.cpp"
	for compiler in "gcc -std=c99" "gcc -std=c11" "clang -std=c99" \
		"clang -std=c11" "g++ -std=c++17"; do
		source=$tmp/t.c
		case $compiler in g++*) source=$tmp/t.cpp ;; esac
		if ! $compiler $flags -I"$1" "$source" >"$tmp/errors" 2>&1; then
			compile_error="$compiler: $(grep -m1 error "$tmp/errors")"
			return 1
		fi
	done
	return 0
}

printf '%-44s %9s  %s\n' file registers result
for svd in $(cd "$corpus" && find . -name '*.svd' | sed 's|^\./||' | sort); do
	out=$tmp/out
	rm -rf "$out"
	expected=$(awk -v f="$svd" '$1 == f { print $2 }' "$here/known-defects")
	if ! "$svdgen" -W no-name-sanitized "$corpus/$svd" -o "$out" \
		2>"$tmp/diagnostics"; then
		first=$(grep -m1 ': error: ' "$tmp/diagnostics")
		if [ -n "$expected" ] &&
			echo "$first" | grep -q "\[$expected\]\$" &&
			[ ! -e "$out" ] &&
			"$svdgen" -q -k -W no-name-sanitized "$corpus/$svd" \
				-o "$out" 2>/dev/null &&
			compile_all "$out"; then
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
	compile_all "$out" || result="FAIL: $compile_error"
	printf '%-44s %9s  %s\n' "$svd" "$registers" "$result"
	if [ "${result%% *}" = ok ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
	fi
done
echo "corpus: $passed generated and compiled ($read_files needed a reading of a vendor defect), $diagnosed diagnosed vendor defects, $failed failed"
echo "$((passed + diagnosed)) passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# The second fuzz harness: what the generator accepts must compile. Runs a
# sample of a corpus (default: the one fuzz/run.sh keeps, fuzz/corpus) through
# fuzz-svdgen-stdin with the options each input chooses, compiles every
# header set it writes with -Wall -Wextra -Werror -pedantic, and checks
# that each preprocessor line is one svdgen writes. A header that does not
# compile, or a directive an SVD smuggled in, is a finding: the input is
# copied to fuzz/findings/compile-N.svd with the compiler's complaint.
# Usage: fuzz/compile.sh [CORPUS_DIR [MAX_INPUTS]]
set -u
corpus=${1:-fuzz/corpus}
limit=${2:-500}
runner=${RUNNER:-$PWD/fuzz/fuzz-svdgen-stdin}
cc=${CC:-cc}
[ -x "$runner" ] || { echo "fuzz/compile.sh: build it first: make fuzz"; exit 2; }
[ -d "$corpus" ] || { echo "fuzz/compile.sh: no corpus at $corpus"; exit 2; }
mkdir -p fuzz/findings
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tried=0
generated=0
findings=0
# The directives svdgen writes; anything else came from the input.
# Every name in them is an identifier, which only the naming stage writes.
directives='^#(ifndef [A-Za-z_][A-Za-z0-9_]*|ifdef [A-Za-z_][A-Za-z0-9_]*|undef [A-Za-z_][A-Za-z0-9_]*|define [A-Za-z_][A-Za-z0-9_]*([ (].*)?|endif( /\* [A-Za-z0-9_]* \*/)?|if \(?defined\(.*|elif defined\(.*|else|pragma (push|pop)_macro\("[A-Za-z_][A-Za-z0-9_]*"\)|include "[A-Za-z0-9_.]*"|include <[a-z]*(\.h)?>)$'
for input in $(ls "$corpus" | shuf -n "$limit" --random-source=/dev/zero); do
	tried=$((tried + 1))
	out=$work/out
	rm -rf "$out" "$work/stubs"
	"$runner" "$out" <"$corpus/$input" >/dev/null 2>&1 || continue
	[ -d "$out" ] || continue
	generated=$((generated + 1))
	# CMSIS-Core is not here: empty stand-ins for what --cmsis includes.
	mkdir "$work/stubs"
	for name in $(sed -n 's/^#include "\(.*\)"$/\1/p' "$out"/*.h); do
		[ -e "$out/$name" ] || (: >"$work/stubs/$name") 2>/dev/null
	done
	problem=
	if grep -hn '^[ \t]*#' "$out"/*.h | sed 's/^[0-9]*://' |
		grep -Evx "$directives" >"$work/directives"; then
		problem="unexpected directives: $(head -3 "$work/directives")"
	fi
	for header in "$out"/*.h; do
		case $header in *_common.h) continue ;; esac
		# svd.dict offers the fuzzer this macro, in comment breakers.
		printf '#include "%s"\n#ifdef SVDGEN_FUZZ_INJECTED\n%s\n#endif\n' \
			"$header" '#error the input defined a macro' >"$work/main.c"
		if ! $cc -std=c11 -Wall -Wextra -Werror -pedantic -fsyntax-only \
			-I"$out" -I"$work/stubs" "$work/main.c" \
			>"$work/cc" 2>&1; then
			problem="${problem:+$problem; }$(head -5 "$work/cc")"
			break
		fi
	done
	if [ -n "$problem" ]; then
		findings=$((findings + 1))
		cp "$corpus/$input" "fuzz/findings/compile-$findings.svd"
		printf '%s\n' "$problem" >"fuzz/findings/compile-$findings.txt"
	fi
done
echo "compile: $tried inputs, $generated generated headers, $findings findings"
[ $findings -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# Misuse must not compile: writing a read-only register, reading a
# write-only one, a read-modify-write helper on a register whose writes set
# or clear bits, a _set on a write-1-to-clear field, a constant index or
# value out of range (gcc, g++ and clang at -O2). Each misuse is one line
# added to a control function that compiles cleanly on its own, and each
# must fail with gcc (C11) and g++ (C++17) with the expected reason, on
# that line, so an unrelated error cannot pass for it. The header itself
# must hold no accessor that reads such a register and writes it back.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
# ASCII quotes in the diagnostics.
LC_ALL=C
export LC_ALL
flags="-Wall -Wextra -Werror -pedantic -fsyntax-only"
passed=0
failed=0

generate "$srcdir/tests/accessors/rules.svd" "$tmp/include"

# The control: every allowed access to the same registers. @MISUSE@ is
# replaced by the line under test (or by nothing for the control).
cat >"$tmp/template" <<'EOF'
#include "rules_dev.h"

uint32_t use(DEV_Type *p);

uint32_t use(DEV_Type *p)
{
	uint32_t x = DEV_DATA_read(p);

	x += p->DATA;
	DEV_SET_write(p, 1u);
	p->SET = 2u;
	DEV_CLR_write(p, 1u);
	DEV_CMD_write(p, DEV_CMD_OP_val(1u) | DEV_CMD_ARG_val(2u));
	DEV_OUTSET_write(p, DEV_OUTSET_PIN_val(4u));
	x += DEV_OUTSET_read(p) + DEV_OUTSET_PIN_get(p);
	x += DEV_STATUS_DONE_get(p);
	DEV_STATUS_DONE_clear(p);
	DEV_STATUS_IE_set(p, 1u);
	x += DEV_EVENTS_EDS_get(p, 3u);
	DEV_EVENTS_EDS_clear(p, 3u);
	DEV_CTRL_MODE_set(p, DEV_CTRL_MODE_FAST);
	DEV_FSEL1_F_set(p, 19u, 7u);
	x += DEV_FSEL1_F_get(p, 10u) + DEV_FSEL1_F_val(17u, 1u);
	DEV_CC_write(p, 3u, 0u);
	DEV_CTRL_DIV_set(p, 200u);
@MISUSE@
	return x;
}
EOF
misuse_line=$(grep -n '@MISUSE@' "$tmp/template" | cut -d: -f1)

# make_source CODE FILE: the control with CODE on the misuse line.
make_source() {
	awk -v code="$1" '$0 == "@MISUSE@" { print "\t" code; next } { print }' \
		"$tmp/template" >"$2"
}

# compile COMPILER FLAGS... -- SOURCE: compile with the generated headers.
compile() {
	compiler=$1
	shift
	$compiler $flags -I"$tmp/include" "$@" >"$tmp/errors" 2>&1
}

# control: the allowed accesses compile warning-free in C and C++.
make_source "" "$tmp/control.c"
cp "$tmp/control.c" "$tmp/control.cpp"
for language in c cpp; do
	if [ $language = c ]; then compiler="gcc -std=c11"; else compiler="g++ -std=c++17"; fi
	if compile "$compiler" "$tmp/control.$language"; then
		echo "PASS control ($compiler)"
		passed=$((passed + 1))
	else
		echo "FAIL control ($compiler): the allowed accesses do not compile"
		cat "$tmp/errors"
		failed=$((failed + 1))
	fi
done

# expect_failure NAME CODE C-REASON C++-REASON: CODE must not compile, and
# the error on its line must match the reason (an extended regex).
expect_failure() {
	name=$1 code=$2
	for language in c cpp; do
		if [ $language = c ]; then
			compiler="gcc -std=c11" reason=$3
		else
			compiler="g++ -std=c++17" reason=$4
		fi
		source=$tmp/$name.$language
		make_source "$code" "$source"
		if compile "$compiler" "$source"; then
			echo "FAIL $name ($compiler): '$code' compiled"
			failed=$((failed + 1))
		elif grep -E "^$source:$misuse_line:[0-9]+: error: .*$reason" \
			"$tmp/errors" >/dev/null; then
			echo "PASS $name ($compiler): $(grep -E "^$source:$misuse_line:[0-9]+: error: " \
				"$tmp/errors" | head -1 | sed 's/^[^ ]* error: //')"
			passed=$((passed + 1))
		else
			echo "FAIL $name ($compiler): '$code' failed, but not with /$reason/ on line $misuse_line:"
			cat "$tmp/errors"
			failed=$((failed + 1))
		fi
	done
}

# expect_undeclared NAME CODE FUNCTION: the accessor must not exist.
expect_undeclared() {
	expect_failure "$1" "$2" \
		"implicit declaration of function '$3'" \
		"'$3' was not declared in this scope"
}

# (a) DATA is read-only.
expect_failure data-assign "p->DATA = 1u;" \
	"assignment of read-only member 'DATA'" \
	"assignment of read-only member 'DEV_Type::DATA'"
expect_undeclared data-write "DEV_DATA_write(p, 1u);" DEV_DATA_write
# (b) SET and CMD are write-only.
expect_undeclared set-read "x += DEV_SET_read(p);" DEV_SET_read
expect_undeclared cmd-read "x += DEV_CMD_read(p);" DEV_CMD_read
expect_undeclared cmd-op-get "x += DEV_CMD_OP_get(p);" DEV_CMD_OP_get
# (c) No read-modify-write where writes set or clear bits. OUTSET is
# readable but writing 1 sets bits: its field PIN has get and val, never
# set (the header check below also proves no accessor reads it and writes
# it back). EVENTS has a field with get, val and clear, but no set.
expect_undeclared outset-pin-set "DEV_OUTSET_PIN_set(p, 1u);" \
	DEV_OUTSET_PIN_set
expect_undeclared events-eds-set "DEV_EVENTS_EDS_set(p, 3u, 1u);" \
	DEV_EVENTS_EDS_set
# (d) DONE and ERR are write-1-to-clear: _clear, never _set.
expect_undeclared status-done-set "DEV_STATUS_DONE_set(p, 1u);" \
	DEV_STATUS_DONE_set
expect_undeclared status-err-set "DEV_STATUS_ERR_set(p, 0u);" \
	DEV_STATUS_ERR_set

# Constants out of range are errors where the optimizer sees them (the
# accessors' range checks, built with -O2 and code generation).
optimized_flags="-Wall -Wextra -Werror -pedantic -O2 -c -o /dev/null"

# optimized control: the allowed accesses build with each compiler at -O2.
for compiler in "gcc -std=c11" "g++ -x c++ -std=c++17" "clang -std=c11"; do
	if ! command -v ${compiler%% *} >/dev/null 2>&1; then
		echo "SKIP ${compiler%% *}: not found"
		continue
	fi
	if $compiler $optimized_flags -I"$tmp/include" "$tmp/control.c" \
		>"$tmp/errors" 2>&1; then
		echo "PASS optimized control ($compiler)"
		passed=$((passed + 1))
	else
		echo "FAIL optimized control ($compiler): the allowed accesses do not build"
		cat "$tmp/errors"
		failed=$((failed + 1))
	fi
done

# expect_range_error NAME CODE REASON: CODE must not build at -O2. GCC
# names the line the accessor was inlined from; Clang names the accessor's
# line in the header, so for it the reason alone is checked (the control
# above builds, so the misuse line is what fails).
expect_range_error() {
	name=$1 code=$2 reason=$3
	source=$tmp/$name.c
	make_source "$code" "$source"
	for compiler in "gcc -std=c11" "g++ -x c++ -std=c++17" "clang -std=c11"; do
		command -v ${compiler%% *} >/dev/null 2>&1 || continue
		if $compiler $optimized_flags -I"$tmp/include" "$source" \
			>"$tmp/errors" 2>&1; then
			echo "FAIL $name ($compiler): '$code' built"
			failed=$((failed + 1))
			continue
		fi
		case $compiler in
		clang*) where=. ;;
		*) where="inlined from .* at $source:$misuse_line:" ;;
		esac
		if grep -E "$where" "$tmp/errors" >/dev/null &&
			grep -E "error: .*$reason" "$tmp/errors" >/dev/null; then
			echo "PASS $name ($compiler): $(grep -E "error: .*$reason" \
				"$tmp/errors" | head -1 | sed 's/^.* error: //')"
			passed=$((passed + 1))
		else
			echo "FAIL $name ($compiler): '$code' failed, but not with /$reason/ from line $misuse_line:"
			cat "$tmp/errors"
			failed=$((failed + 1))
		fi
	done
}

index_error="svdgen_index_out_of_range.*index out of range"
value_error="svdgen_value_out_of_range.*value does not fit"
# FSEL1 holds F10..F19: 17 is the eighth field, 20 and 9 are outside.
expect_range_error index-past-list "DEV_FSEL1_F_set(p, 20u, 1u);" "$index_error"
expect_range_error index-below-list "x += DEV_FSEL1_F_get(p, 9u);" "$index_error"
expect_range_error index-val "x += DEV_FSEL1_F_val(51u, 1u);" "$index_error"
expect_range_error index-array "DEV_CC_write(p, 4u, 0u);" "$index_error"
expect_range_error index-clear "DEV_EVENTS_EDS_clear(p, 32u);" "$index_error"
# F is three bits wide; DIV's writeConstraint is 1..200.
expect_range_error value-wide "DEV_FSEL1_F_set(p, 17u, 8u);" "$value_error"
expect_range_error value-val "DEV_CMD_write(p, DEV_CMD_OP_val(16u));" "$value_error"
expect_range_error value-constraint "DEV_CTRL_DIV_set(p, 201u);" "$value_error"

# No accessor body both reads and writes a register whose writes set or
# clear bits (SET, CLR, OUTSET, EVENTS) or whose reads pop (DATA).
header=$tmp/include/rules_dev.h
if ! grep -q 'SVDGEN_WRITE32(&p->OUTSET' "$header"; then
	echo "FAIL header: no write accessor for OUTSET found; has the header changed shape?"
	failed=$((failed + 1))
fi
for register in SET CLR OUTSET EVENTS DATA; do
	# The scan must see the register's accessors at all (DATA is read,
	# the others written), or a change of shape would make it vacuous.
	accesses=$(grep -cE "SVDGEN_(READ|WRITE)32\(&p->$register[,)]" "$header")
	offenders=$(awk -v reg="$register" '
		/^static inline/ { name = $0; reads = 0; writes = 0 }
		index($0, "SVDGEN_READ32(&p->" reg ")") { reads = 1 }
		index($0, "SVDGEN_WRITE32(&p->" reg ",") { writes = 1 }
		/^}/ { if (reads && writes) print name; reads = 0; writes = 0 }
	' "$header")
	if [ "$accesses" -eq 0 ]; then
		echo "FAIL header: no accessor of $register found; has the header changed shape?"
		failed=$((failed + 1))
	elif [ -n "$offenders" ]; then
		echo "FAIL header: read-modify-write of $register in:"
		echo "$offenders"
		failed=$((failed + 1))
	else
		echo "PASS header: no accessor reads $register and writes it back"
		passed=$((passed + 1))
	fi
done

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# The man page lists every check svdgen knows, and nothing else: the names
# under "The checks are:" in doc/svdgen.1 must be the names
# `svdgen --list-checks` prints from the check table, so a check added to
# the table without a word in the man page (or one removed from the table
# but still documented) fails here.
set -u
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ -n "${SVDGEN:-}" ]; then
	svdgen=$SVDGEN
elif [ -x ./svdgen ]; then
	svdgen=./svdgen
else
	svdgen=$srcdir/svdgen
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-check-list.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

"$svdgen" --list-checks >"$tmp/list" || {
	echo "FAIL: svdgen --list-checks failed"
	exit 1
}
awk '{ print $1 }' "$tmp/list" | sort >"$tmp/table"
# The list is the tags of the .TP entries (".B name\fR, \fPname...", the
# line after .TP) between "The checks are:" and the next section.
sed -n '/The checks are:/,/^\.SH/p' "$srcdir/doc/svdgen.1" |
	awk 'tag { sub(/^\.B /, ""); print } { tag = ($0 == ".TP") }' |
	sed 's/\\fR, \\fP/\n/g; s/\\-/-/g' |
	grep -E '^[a-z0-9-]+$' | sort >"$tmp/man"
if [ ! -s "$tmp/table" ] || [ ! -s "$tmp/man" ]; then
	echo "FAIL: no checks found (table: $(wc -l <"$tmp/table"), man page:" \
		"$(wc -l <"$tmp/man"))"
	exit 1
fi
if ! diff -u "$tmp/table" "$tmp/man" >"$tmp/diff"; then
	echo "FAIL: the man page's check list differs from svdgen's table" \
		"(- table only, + man page only):"
	grep '^[-+][a-z]' "$tmp/diff"
	exit 1
fi
echo "PASS: $(wc -l <"$tmp/table") checks, the same in the table and" \
	"the man page"

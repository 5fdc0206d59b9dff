#!/bin/sh
# SPDX-License-Identifier: MIT
#
# How much of what ARM's SVDConv offers svdgen's headers offer, per kind of
# identifier, over a set of SVDs (default: the shared corpus and svd/*.svd).
# Needs a local SVDConv build (see README in this folder); never part of
# `make check`, which uses the committed facts instead.
#
# Environment:
#   SVDCONV     SVDConv binary (required)
#   SVDGEN      default ./svdgen
#   SVDGEN_FLAGS  extra svdgen options (default --bitfields when supported)
#   CACHE       folder for SVDConv's facts (reused between runs)
#   OURS        folder to keep svdgen's facts in (default: temporary)
#   MISSING     print that many missing identifiers per kind
# Usage: coverage.sh [FILE.svd...]
set -u
here=$(cd "$(dirname "$0")" && pwd)
srcdir=$here/../..
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
svdgen=${SVDGEN:-$srcdir/svdgen}
cache=${CACHE:-${TMPDIR:-/tmp}/svdconv-facts}
: "${SVDCONV:?set SVDCONV to a built svdconv binary}"
if [ -z "${SVDGEN_FLAGS+set}" ]; then
	SVDGEN_FLAGS=
	"$svdgen" --help | grep -q -- --bitfields && SVDGEN_FLAGS=--bitfields
fi
mkdir -p "$cache" ${OURS:+"$OURS"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ $# -eq 0 ]; then
	set -- $(find "$corpus" -name '*.svd' | sort) "$srcdir"/svd/*.svd
fi
pairs=
refused=0
for svd in "$@"; do
	key=$(echo "$svd" | sed 's|.*/\([^/]*/[^/]*\)\.svd$|\1|; s|/|_|g')
	oracle=$cache/$key.facts
	if [ ! -s "$oracle" ]; then
		rm -rf "$tmp/sc" && mkdir -p "$tmp/sc"
		"$SVDCONV" "$svd" --generate=header --fields=struct \
			--fields=macro --fields=enum -o "$tmp/sc" --quiet \
			>/dev/null 2>&1
		header=$(ls "$tmp"/sc/*.h 2>/dev/null | head -1)
		if [ -z "$header" ]; then
			echo "$key: SVDConv wrote no header" >&2
			continue
		fi
		python3 "$here/extract.py" "$header" >"$oracle.new" &&
			mv "$oracle.new" "$oracle"
	fi
	if [ ! -s "$oracle" ]; then
		echo "$key: no SVDConv facts" >&2
		continue
	fi
	rm -rf "$tmp/g"
	ours=${OURS:-$tmp}/$key.facts
	# shellcheck disable=SC2086
	if "$svdgen" -q $SVDGEN_FLAGS -W no-name-sanitized "$svd" \
		-o "$tmp/g" 2>"$tmp/err"; then
		header=$(grep -l 'device header' "$tmp"/g/*.h | head -1)
		EXTRACT_CFLAGS=-DSVDGEN_ALL_ACCESSORS \
			python3 "$here/extract.py" "$header" >"$ours" ||
			echo "$key: extract failed" >&2
	else
		echo "$key: svdgen refused: $(head -1 "$tmp/err")" >&2
		refused=$((refused + 1))
		ours=-
	fi
	pairs="$pairs $oracle $ours"
done
echo "files refused by svdgen: $refused"
# shellcheck disable=SC2086
python3 "$here/compare.py" table --missing "${MISSING:-0}" \
	--exceptions "$here/exceptions" $pairs

#!/bin/sh
# SPDX-License-Identifier: MIT
#
# Write tests/svdconv/facts/NAME.facts: what ARM SVDConv's header for one SVD
# offers (extract.py), for svdconv-check.sh to hold svdgen's output against.
# Run by hand with a local SVDConv build (see README); the output is
# committed so that `make check` needs no SVDConv.
#
# Usage: SVDCONV=/path/to/svdconv SVDCONV_REVISION=COMMIT make-facts.sh CORPUS-RELATIVE.svd|srcdir:svd/X.svd
set -eu
here=$(cd "$(dirname "$0")" && pwd)
srcdir=$here/../..
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
: "${SVDCONV:?set SVDCONV to a built svdconv binary}"
for svd in "$@"; do
	case $svd in
	srcdir:*) path=$srcdir/${svd#srcdir:} ;;
	*) path=$corpus/$svd ;;
	esac
	name=$(basename "$svd" .svd)
	tmp=$(mktemp -d)
	"$SVDCONV" "$path" --generate=header --fields=struct --fields=macro \
		--fields=enum -o "$tmp" --quiet >/dev/null 2>&1 || true
	header=$(ls "$tmp"/*.h | head -1)
	{
		echo "# svd: $svd"
		echo "# made by: tests/svdconv/make-facts.sh $svd"
		echo "# from: svdconv (Open-CMSIS-Pack/devtools" \
			"${SVDCONV_REVISION:-unknown revision})" \
			"--generate=header --fields=struct --fields=macro" \
			"--fields=enum, then extract.py $(basename "$header")"
		python3 "$here/extract.py" "$header"
	} >"$here/facts/$name.facts.new"
	mv "$here/facts/$name.facts.new" "$here/facts/$name.facts"
	rm -rf "$tmp"
done

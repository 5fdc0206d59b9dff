#!/bin/sh
# SPDX-License-Identifier: MIT
# Native run of map-high: mappings past 2 and 4 GiB and off page bounds.
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
work=$(mktemp -d "${TMPDIR:-/tmp}/svdhal-map.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT
"$builddir/tests/hal/map-high" "$work"

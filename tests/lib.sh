# SPDX-License-Identifier: MIT
# What every test script needs before its first check, sourced as
#
#   . "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
#
# from tests/DIR/NAME.sh, so the script runs the same under make check
# (which exports top_srcdir, top_builddir and SVDGEN) and by hand from
# either tree. It sets
#
#   srcdir        the source tree, absolute
#   builddir      the build tree (top_builddir, else the source tree)
#   svdgen        the generator (SVDGEN, else the one in the build tree)
#   corpus        the vendor SVD corpus (SVD_CORPUS, else ../shared/svd-corpus
#                 beside the source tree)
#   shipped_socs  the SoCs whose SVDs ship with svdgen, from shipped.mk
#   skip_status   what a test whose input is missing exits with: 77 (skip),
#                 or 1 where CI sets SVD_CORPUS_REQUIRED=1
#
# and offers the functions below. Nothing here runs a check.
srcdir=$(cd "${top_srcdir:-$(dirname "$0")/../..}" && pwd)
builddir=${top_builddir:-$srcdir}
svdgen=${SVDGEN:-$builddir/svdgen}
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
# shipped.mk holds the one list; a test must not keep a copy that could
# miss a SoC added there.
shipped_socs=$(sed -n 's/^SHIPPED_SOCS *= *//p' "$srcdir/shipped.mk")
if [ -z "$shipped_socs" ]; then
	echo "ERROR: no SHIPPED_SOCS line in $srcdir/shipped.mk"
	exit 99
fi
# CI sets SVD_CORPUS_REQUIRED=1: there a missing corpus is a failure, not
# a skip that would hide every check that needs it.
skip_status=77
[ "${SVD_CORPUS_REQUIRED:-0}" = 1 ] && skip_status=1

# skip MESSAGE...: end the test as skipped (exit 77), saying why.
skip() {
	echo "SKIP: $*"
	exit 77
}

# require_tool COMMAND...: skip unless every COMMAND is installed.
require_tool() {
	for required_tool in "$@"; do
		command -v "$required_tool" >/dev/null 2>&1 ||
			skip "$required_tool is not installed"
	done
}

# require_corpus: end the test unless the vendor corpus is there (a skip,
# or a failure under SVD_CORPUS_REQUIRED=1).
require_corpus() {
	if [ ! -d "$corpus" ]; then
		echo "SKIP: no SVD corpus at $corpus (set SVD_CORPUS)"
		exit $skip_status
	fi
}

# make_tmp [NAME]: a scratch folder in $tmp, removed when the test ends.
make_tmp() {
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-${1:-test}.XXXXXX") || exit 99
	# shellcheck disable=SC2064 # the folder is known now
	trap "chmod -R u+w '$tmp' 2>/dev/null; rm -rf '$tmp'" EXIT
}

# generate SVD DIR: svdgen -q SVD -o DIR, or end the test as failed with
# svdgen's messages (needs make_tmp first).
generate() {
	if ! $svdgen -q "$1" -o "$2" >"$tmp/svdgen.log" 2>&1; then
		echo "FAIL: svdgen failed on $1:"
		cat "$tmp/svdgen.log"
		exit 1
	fi
}

# check NAME EXPRESSION: evaluate the shell EXPRESSION; count it in passed
# or failed, print NAME when it fails and return 1 then. report_checks
# prints the counts and returns 0 only when none failed.
passed=0
failed=0
check() {
	if eval "$2"; then
		passed=$((passed + 1))
	else
		echo "FAIL: $1"
		failed=$((failed + 1))
		return 1
	fi
}
report_checks() {
	echo "$passed passed, $failed failed"
	[ $failed -eq 0 ]
}

#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench (bench-svdreg): how long svdreg takes to start, that is to
# read the SVD through svdgen's parse, derive and expand and to find the
# register, against a sparse file standing in for memory. Medians of RUNS
# runs (default 21) of wall time and CPU time, measured by bench/measure.c
# from fork to wait4; the target is under 50 ms on the BCM2711 SVD. Prints
# a table and writes it with the machine and commands to
# bench/RESULTS-svdreg.md. It only reports; it never fails on a time.
# Environment: top_srcdir, top_builddir, CC, SVD_CORPUS, RUNS, RESULTS.
# Word splitting of the commands is meant:
# shellcheck disable=SC2086
set -u
LC_ALL=C
export LC_ALL
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
builddir=${top_builddir:-.}
svdreg=$builddir/svdreg
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
results=${RESULTS:-$srcdir/bench/RESULTS-svdreg.md}
runs=${RUNS:-21}
cc=${CC:-cc}
target_ms=50

if [ ! -x "$svdreg" ]; then
	echo "bench-svdreg: no svdreg at $svdreg (run make first)" >&2
	exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdreg-bench.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
measure=$tmp/measure
$cc -std=c99 -O2 -DNDEBUG -Wall -Wextra "$srcdir/bench/measure.c" \
	-o "$measure" || exit 1
mem=$tmp/mem
truncate -s $((0xFE300000)) "$mem"
SVDREG_SVD_DIR=$srcdir/svd
SVD_HAL_DT_ROOT=$tmp/no-device-tree
export SVDREG_SVD_DIR SVD_HAL_DT_ROOT
report=$tmp/report

# median: of the numbers on stdin.
median() {
	sort -g | awk '{ v[NR] = $1 }
		END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
# row LABEL SVD-BYTES COMMAND...: one line of the table.
row() {
	label=$1
	bytes=$2
	shift 2
	: >"$tmp/wall"
	: >"$tmp/cpu"
	i=0
	while [ "$i" -lt "$runs" ]; do
		# SECONDS MAXRSS_KB STATUS CPU_SECONDS
		line=$("$measure" "$@")
		echo "$line" | awk '{ print $1 * 1000 }' >>"$tmp/wall"
		echo "$line" | awk '{ print $4 * 1000 }' >>"$tmp/cpu"
		status=$(echo "$line" | awk '{ print $3 }')
		rss=$(echo "$line" | awk '{ print $2 }')
		if [ "$status" != 0 ]; then
			echo "bench-svdreg: $* exited $status" >&2
			return 1
		fi
		i=$((i + 1))
	done
	wall=$(median <"$tmp/wall")
	cpu=$(median <"$tmp/cpu")
	printf '| %-38s | %9s | %8.1f | %7.1f | %7s |\n' "$label" "$bytes" \
		"$wall" "$cpu" "$rss" | tee -a "$report"
	echo "$label $wall" >>"$tmp/walls"
	shift # the program, shown as ./svdreg
	printf '    ./svdreg %s\n' "$*" |
		sed -e "s|$tmp/|\$TMP/|g" -e "s|$corpus/|\$CORPUS/|g" \
			>>"$tmp/commands"
}

: >"$report"
: >"$tmp/commands"
: >"$tmp/walls"
bcm2711_bytes=$(wc -c <"$srcdir/svd/bcm2711.svd")
{
	echo "| command                                | SVD bytes |  wall ms |  CPU ms | RSS KiB |"
	echo "|----------------------------------------|-----------|----------|---------|---------|"
} | tee -a "$report"
row "bcm2711: read GPIO.GPLEV0" "$bcm2711_bytes" \
	"$svdreg" --soc bcm2711 --mem "$mem" read GPIO.GPLEV0
row "bcm2711: write GPIO.GPFSEL1.FSEL17" "$bcm2711_bytes" \
	"$svdreg" --soc bcm2711 --mem "$mem" write GPIO.GPFSEL1.FSEL17=OUTPUT
row "bcm2711: dump GPIO" "$bcm2711_bytes" \
	"$svdreg" --soc bcm2711 --mem "$mem" dump GPIO
row "bcm2711: list (no memory)" "$bcm2711_bytes" \
	"$svdreg" --soc bcm2711 list
row "am335x: read GPIO2.OE" "$(wc -c <"$srcdir/svd/am335x.svd")" \
	"$svdreg" --soc am335x --mem "$mem" read GPIO2.OE
for svd in Nordic/nrf52810.svd STMicro/STM32H573.svd; do
	[ -f "$corpus/$svd" ] || continue
	row "$svd: list" "$(wc -c <"$corpus/$svd")" \
		"$svdreg" --svd "$corpus/$svd" list
done
startup=$(awk '$1 == "bcm2711:" && $2 == "read" { print $NF }' "$tmp/walls")
verdict=$(awk -v v="$startup" -v t="$target_ms" 'BEGIN { print (v < t) ? "met" : "not met" }')
echo
echo "Target: svdreg start-up on the bcm2711 SVD < $target_ms ms wall: $verdict ($startup ms)"

{
	echo "# svdreg start-up"
	echo
	echo "Written by bench/svdreg.sh (make bench); medians of $runs runs, wall and CPU"
	echo "time from fork to wait4 (bench/measure.c), peak RSS of the last run."
	echo
	echo "Machine: $(uname -m), $(nproc 2>/dev/null || echo '?') cores, $(uname -sr)."
	echo
	cat "$report"
	echo
	echo "Target: svdreg start-up on the bcm2711 SVD < $target_ms ms wall: $verdict ($startup ms)."
	echo
	echo "## Commands"
	echo
	echo "Run from the build directory, SVDREG_SVD_DIR=svd; \$TMP/mem is a sparse file"
	echo "of 0xFE300000 bytes, \$CORPUS is ../shared/svd-corpus."
	echo
	cat "$tmp/commands"
} >"$results"
echo "wrote $results"

#!/bin/sh
# SPDX-License-Identifier: MIT
# make bench: how fast svdgen generates and how little its output costs.
#   1. wall time and peak memory on the five largest vendor SVDs, beside
#      xmllint --noout on the same file (medians of interleaved runs);
#   2. throughput over the whole vendor corpus;
#   3. a callgrind profile of one large file: instructions per pipeline
#      stage and per library;
#   4. compile time of one peripheral header against the umbrella header;
#   5. instructions per register operation, accessor against hand-written
#      volatile code and the hal, under callgrind;
#   6. derivedFrom chains of 25,000 to 100,000 links (bench/derive-chain.sh).
# Prints the tables and writes them, with the machine, the tool versions
# and the exact commands, to bench/RESULTS.md. It only reports: targets
# appear as met / not met and never change the exit status.
# Needs about 3 GB in TMPDIR (default /tmp) while it runs with the
# default rounds (more with RUNS and CORPUS_RUNS).
# Environment: top_srcdir, top_builddir, CC, SVDGEN, SVD_CORPUS, RESULTS,
# RUNS (rounds per file, default 5), CORPUS_RUNS (default 5),
# COMPILE_RUNS (default 5), OPS_N (loop iterations, default 100000),
# SECTIONS (which of 1-6 to run, default all).
# Word splitting of $cc, flag lists and measure's output is meant:
# shellcheck disable=SC2086,SC2046,SC2116
set -u
LC_ALL=C
export LC_ALL
srcdir=${top_srcdir:-$(cd "$(dirname "$0")/.." && pwd)}
builddir=${top_builddir:-.}
svdgen=${SVDGEN:-$builddir/svdgen}
corpus=${SVD_CORPUS:-$srcdir/../shared/svd-corpus}
results=${RESULTS:-$srcdir/bench/RESULTS.md}
cc=${CC:-cc}
runs=${RUNS:-5}
corpus_runs=${CORPUS_RUNS:-5}
compile_runs=${COMPILE_RUNS:-5}
ops_n=${OPS_N:-100000}
sections=${SECTIONS:-1 2 3 4 5 6}
# Issue 15's targets: at most xmllint's wall time and half its peak
# memory, generating with accessors; the stretch target is half its time.
time_target=1.0
rss_target=0.5
stretch_target=0.5
# Commands are shown relative to the build directory: the source and
# build directories are cut from them (never the ".." of the corpus).
relative_src="^^"
relative_build="^^"
[ "$srcdir" = . ] || relative_src="$srcdir/"
[ "$builddir" = . ] || relative_build="$builddir/"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/svdgen-bench.XXXXXX")
# Where a row writes into memory instead (tmpfs), to tell the generator's
# cost from the file system's: creating a file took 40-400 microseconds on
# the ext4 of the machine bench/RESULTS.md comes from.
shm=
if [ -d /dev/shm ] && [ -w /dev/shm ]; then
	shm=$(mktemp -d /dev/shm/svdgen-bench.XXXXXX) || shm=
fi
[ -n "${KEEP_TMP:-}" ] || trap 'rm -rf "$tmp" ${shm:+"$shm"}' EXIT
report=$tmp/report.md
commands=$tmp/commands.md
: >"$report"
: >"$commands"
targets=$tmp/targets.md
: >"$targets"

# out LINE...: one line of the report, to stdout and RESULTS.md.
out() {
	printf '%s\n' "$*" | tee -a "$report"
}
# want N: whether section N runs.
want() {
	case " $sections " in *" $1 "*) return 0 ;; esac
	return 1
}
# note TEXT: progress, to stderr only.
note() {
	printf 'bench: %s\n' "$*" >&2
}
# command_used TEXT: a command for the Commands section, with the
# temporary directory written $TMP and the corpus written $CORPUS.
command_used() {
	printf '    %s\n' "$*" | sed -e "s|$tmp|\$TMP|g" -e "s|$corpus|\$CORPUS|g" \
		-e "s|$relative_src||g" -e "s|$relative_build||g" \
		-e 's|-I\./|-I|g' -e 's| \./\([a-z]*/\)| \1|g' >>"$commands"
}
# median: the median of the numbers on stdin.
median() {
	sort -g | awk '{ v[NR] = $1 }
		END {
			if (NR == 0) print "nan"
			else if (NR % 2) print v[(NR + 1) / 2]
			else print (v[NR / 2] + v[NR / 2 + 1]) / 2
		}'
}
# verdict VALUE LIMIT: met when VALUE <= LIMIT.
verdict() {
	awk -v v="$1" -v l="$2" 'BEGIN {
		r = (v + 0 <= l + 0) ? "met" : "not met"
		print r
	}'
}
# short PATH: PATH relative to the corpus.
short() {
	printf '%s\n' "${1#"$corpus"/}"
}

if [ ! -x "$svdgen" ]; then
	echo "bench: no svdgen at $svdgen (run make first)" >&2
	exit 1
fi

# The helpers, built here with fixed flags whatever CFLAGS the tree uses.
measure=$tmp/measure
helper_flags="-std=c99 -O2 -DNDEBUG -Wall -Wextra"
if ! $cc $helper_flags "$srcdir/bench/measure.c" -o "$measure"; then
	echo "bench: cannot build bench/measure.c with $cc" >&2
	exit 1
fi
command_used "$cc $helper_flags bench/measure.c -o $measure"
command_used "$measure COMMAND...   # wall time fork..wait4, ru_maxrss of wait4"

# --- The machine -------------------------------------------------------
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
[ -n "$cpu" ] || cpu=$(uname -m)
cores=$(grep -c '^processor' /proc/cpuinfo)
memory=$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
version_of() {
	if command -v "$1" >/dev/null 2>&1; then
		"$@" 2>&1 | head -1
	else
		echo "absent"
	fi
}
out "# svdgen benchmarks"
out ""
out "Written by \`make bench\` (bench/run.sh); reports only, never gates."
out "MB = 10^6 bytes of SVD; RSS = peak resident set (ru_maxrss) in MiB."
out ""
out "| machine | |"
out "|---|---|"
out "| date (UTC) | $(date -u +%Y-%m-%d) |"
out "| CPU | $cpu |"
out "| cores | $cores |"
out "| memory | $memory |"
out "| kernel | $(uname -sr) |"
out "| load average at start | $(cut -d' ' -f1-3 /proc/loadavg) |"
# The file system the svdgen rows write to, and for ext4 whether it keeps
# a journal: without one, ext4 passes over each inode freed in the last
# minutes as it allocates one (fs/ext4/ialloc.c, find_inode_bit), so the
# headers cost more to create right after the last round's were removed.
output_fs=$(df -PT "$tmp" 2>/dev/null | awk 'NR == 2 { print $2 }')
output_device=$(df -P "$tmp" 2>/dev/null | awk 'NR == 2 { print $1 }')
# /dev/mapper/NAME is a link to /dev/dm-N, the name sysfs uses.
output_device=$(readlink -f "$output_device" 2>/dev/null || echo "$output_device")
journal=/sys/fs/ext4/${output_device##*/}/journal_task
if [ "$output_fs" = ext4 ] && [ -r "$journal" ]; then
	if [ "$(cat "$journal")" = "<none>" ]; then
		output_fs="ext4, no journal"
	else
		output_fs="ext4, journal"
	fi
fi
out "| file system of the output | ${output_fs:-unknown} |"
source_version=
if command -v git >/dev/null 2>&1 && [ -e "$srcdir/.git" ]; then
	source_version=$(git -C "$srcdir" describe --always --dirty 2>/dev/null)
fi
out "| svdgen | $("$svdgen" --version 2>&1 | head -1)${source_version:+ (source $source_version)} |"
out "| xmllint | $(version_of xmllint --version) |"
out "| compiler | $(version_of $cc --version) |"
out "| valgrind | $(version_of valgrind --version) |"
out ""

have_xmllint=yes
command -v xmllint >/dev/null 2>&1 || have_xmllint=no
have_valgrind=yes
command -v valgrind >/dev/null 2>&1 &&
	command -v callgrind_annotate >/dev/null 2>&1 || have_valgrind=no

# Whether svdgen check stops after the model or also emits the headers
# (in memory): it decides what the check rows separate. Asked of callgrind
# on a small file, so the answer follows whatever svdgen is built.
check_emits=unknown
if [ $have_valgrind = yes ] &&
	valgrind --tool=callgrind --callgrind-out-file="$tmp/check.cg" \
		"$svdgen" check -q "$srcdir/tests/accessors/rules.svd" \
		2>/dev/null; then
	if callgrind_annotate --auto=no --inclusive=yes --threshold=100 \
		"$tmp/check.cg" 2>/dev/null | grep -q ':svd_emit_headers '; then
		check_emits=yes
	else
		check_emits=no
	fi
fi
case $check_emits in
yes) check_meaning="svdgen check runs every stage, emission included (into memory), and writes nothing" ;;
no) check_meaning="svdgen check stops after the model and its names (parse, derive, expand, check, layout, naming) and emits nothing" ;;
*) check_meaning="what svdgen check leaves out could not be told (no valgrind)" ;;
esac

# The svdgen runs each file gets, as LABEL|ARGUMENTS (FILE and OUT are
# replaced by the input and the output directory).
svdgen_modes="svdgen|-q FILE -o OUT
svdgen -o tmpfs|-q FILE -o SHM
svdgen --jobs=1|-q --jobs=1 FILE -o OUT
svdgen --no-accessors|-q --no-accessors FILE -o OUT
svdgen check|check -q FILE"
# run_mode LABEL FILE: measure one command on FILE; prints the line of
# measure. LABEL is xmllint or one of svdgen_modes.
run_mode() {
	# Every run writes a new folder, as a first build does: what is
	# measured is generation, not the comparison with an earlier run.
	# The folders stay until the bench ends (see settle_outputs).
	# A name only (-u): a folder made and removed here would be one more
	# inode freed for the next run to pass over (see settle_outputs).
	run_out=$(mktemp -u "$tmp/runs/out.XXXXXX")
	run_shm=
	[ -n "$shm" ] && run_shm=$(mktemp -u "$shm/out.XXXXXX")
	case $1 in
	xmllint) set -- xmllint --noout "$2" ;;
	*)
		arguments=$(printf '%s\n' "$svdgen_modes" |
			sed -n "s/^$1|//p" | sed -e "s|FILE|$2|" \
			-e "s|OUT|$run_out|" -e "s|SHM|$run_shm|")
		set -- "$svdgen" $arguments
		;;
	esac
	"$measure" "$@"
}
mkdir "$tmp/runs"
# settle_outputs: between rounds, where nothing is measured, write what the
# runs wrote to disk (sync) and empty the tmpfs. The folders on disk stay
# until the bench ends, about 3 GB: removing them between rounds made the
# next round measure the file system. ext4 without a journal passes over
# each inode freed in the last minute when it allocates one
# (fs/ext4/ialloc.c, find_inode_bit), so each file of a round paid for the
# 2,000 removed before it (STM32L4S7: 0.08 s of CPU a run, not 0.046).
settle_outputs() {
	[ -n "$shm" ] && rm -rf "${shm:?}"/*
	sync
}
modes="xmllint
svdgen
svdgen -o tmpfs
svdgen --jobs=1
svdgen --no-accessors
svdgen check"
# Without a tmpfs there is no such row.
[ -n "$shm" ] || modes=$(printf '%s\n' "$modes" | grep -v tmpfs)
mode_command() {
	case $1 in
	xmllint) echo "xmllint --noout FILE" ;;
	*) printf '%s\n' "$svdgen_modes" | sed -n "s/^$1|//p" |
		sed -e "s|^|$svdgen |" -e "s|OUT|$tmp/runs/out.NEW|" \
			-e "s|SHM|/dev/shm/svdgen-bench.X/out.NEW|" ;;
	esac
}

# --- 1. The five largest files ----------------------------------------
files=
largest=
if [ ! -d "$corpus" ]; then
	want 1 && out "## 1. Generation against xmllint --noout, five largest corpus files" &&
	out "" && out "Skipped: no SVD corpus at $corpus (set SVD_CORPUS)." && out ""
else
	find "$corpus" -name '*.svd' -type f -exec stat -c '%s %n' {} + |
		sort -k1,1nr -k2,2 >"$tmp/sizes"
	largest=$(head -5 "$tmp/sizes" | cut -d' ' -f2-)
	files=$(cut -d' ' -f2- "$tmp/sizes")
fi
if want 1 && [ -n "$largest" ] && [ $have_xmllint = no ]; then
	out "## 1. Generation against xmllint --noout, five largest corpus files"
	out ""
	out "Skipped: no xmllint to compare with."
	out ""
fi
if want 1 && [ -n "$largest" ] && [ $have_xmllint = yes ]; then
	out "## 1. Generation against xmllint --noout, five largest corpus files"
	out ""
	for file in $largest; do cat "$file" >/dev/null; done
	: >"$tmp/gen.raw"
	round=1
	while [ $round -le "$runs" ]; do
		settle_outputs
		note "largest files, round $round of $runs"
		for file in $largest; do
			printf '%s\n' "$modes" | while IFS= read -r mode; do
				set -- $(run_mode "$mode" "$file")
				printf '%s|%s|%s|%s|%s|%s|%s\n' "$file" "$mode" \
					"$round" "$1" "$2" "$3" "$4" >>"$tmp/gen.raw"
			done
		done
		round=$((round + 1))
	done
	printf '%s\n' "$modes" | while IFS= read -r mode; do
		command_used "$measure $(mode_command "$mode")"
	done
	out "Median of $runs interleaved rounds (each round runs the six" \
		"commands on each file in turn; every svdgen run writes into a" \
		"new, empty folder (on disk, kept until the bench ends), and" \
		"what the runs wrote is synced to disk between rounds); a" \
		"ratio is the median of the" \
		"per-round ratios to xmllint. Targets, on wall time and RSS:" \
		"time <= ${time_target}x, RSS <= ${rss_target}x xmllint" \
		"(stretch: time <= ${stretch_target}x). CPU is" \
		"user + system time, shown because other load disturbs it less." \
		"'svdgen -o tmpfs' writes into a folder on /dev/shm: the" \
		"same run without what the file system under the other rows" \
		"spends creating the 100-300 header files."
	out ""
	out "| file | MB | command | wall s | x xmllint | CPU s | x xmllint | RSS MiB | x xmllint | time target | RSS target | exit |"
	out "|---|---:|---|---:|---:|---:|---:|---:|---:|---|---|---:|"
	: >"$tmp/gen.verdicts"
	for file in $largest; do
		size=$(grep " $file\$" "$tmp/sizes" | cut -d' ' -f1)
		mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')
		printf '%s\n' "$modes" | while IFS= read -r mode; do
			# Per round: this mode's time and RSS over xmllint's.
			awk -F'|' -v f="$file" -v m="$mode" '
				$1 == f && $2 == "xmllint" {
					xt[$3] = $4; xr[$3] = $5; xc[$3] = $7
				}
				$1 == f && $2 == m {
					t[$3] = $4; r[$3] = $5; s[$3] = $6; c[$3] = $7
				}
				END {
					for (k in t)
						printf "%s %s %s %s %s %s %s\n", t[k], r[k],
							t[k] / xt[k], r[k] / xr[k], s[k],
							c[k], c[k] / xc[k]
				}' "$tmp/gen.raw" >"$tmp/rows"
			time=$(cut -d' ' -f1 "$tmp/rows" | median)
			rss=$(cut -d' ' -f2 "$tmp/rows" | median)
			time_ratio=$(cut -d' ' -f3 "$tmp/rows" | median)
			rss_ratio=$(cut -d' ' -f4 "$tmp/rows" | median)
			status=$(cut -d' ' -f5 "$tmp/rows" | sort -nr | head -1)
			cpu=$(cut -d' ' -f6 "$tmp/rows" | median)
			cpu_ratio=$(cut -d' ' -f7 "$tmp/rows" | median)
			if [ "$mode" = xmllint ]; then
				time_met=-
				rss_met=-
			else
				time_met=$(verdict "$time_ratio" $time_target)
				rss_met=$(verdict "$rss_ratio" $rss_target)
				stretch_met=$(verdict "$time_ratio" $stretch_target)
				echo "$mode|$time_met|$rss_met|$stretch_met" \
					>>"$tmp/gen.verdicts"
			fi
			out "$(awk -v f="$(short "$file")" -v mb="$mb" -v m="$mode" \
				-v t="$time" -v r="$rss" -v tr="$time_ratio" \
				-v rr="$rss_ratio" -v tm="$time_met" -v rm="$rss_met" \
				-v s="$status" -v c="$cpu" -v cr="$cpu_ratio" 'BEGIN {
				printf "| %s | %s | %s | %.3f | %.2f | %.3f | %.2f | %.1f | %.2f | %s | %s | %s |",
					f, mb, m, t, tr, c, cr, r / 1024, rr, tm, rm, s }')"
		done
	done
	out ""
	out "In this build, $check_meaning."
	out ""
	for mode in svdgen "svdgen -o tmpfs" "svdgen --jobs=1" \
		"svdgen --no-accessors" \
		"svdgen check"; do
		[ -z "$shm" ] && [ "$mode" = "svdgen -o tmpfs" ] && continue
		out "$(awk -F'|' -v m="$mode" '
			$1 == m { n++; if ($2 == "met") t++; if ($3 == "met") r++ }
			END { printf "- %s: time target met on %d of %d files, RSS target on %d of %d.",
				m, t, n, r, n }' "$tmp/gen.verdicts")"
	done
	awk -F'|' -v tt=$time_target -v rt=$rss_target -v st=$stretch_target '
		$1 == "svdgen" { n++; if ($2 == "met") t++; if ($3 == "met") r++
			if ($4 == "met") s++ }
		END {
			printf "- svdgen wall time <= %sx xmllint --noout: %s (%d of %d largest files)\n",
				tt, (t == n ? "met" : "not met"), t, n
			printf "- stretch: svdgen wall time <= %sx xmllint --noout: %s (%d of %d largest files)\n",
				st, (s == n ? "met" : "not met"), s, n
			printf "- svdgen peak RSS <= %sx xmllint --noout: %s (%d of %d largest files)\n",
				rt, (r == n ? "met" : "not met"), r, n
		}' "$tmp/gen.verdicts" >>"$targets"
	out ""
fi

# --- 2. The whole corpus ----------------------------------------------
want 2 && out "## 2. Whole-corpus throughput" && out ""
if ! want 2; then
	:
elif [ -z "$files" ]; then
	out "Skipped: no SVD corpus at $corpus."
	out ""
else
	count=$(printf '%s\n' "$files" | wc -l | tr -d ' ')
	total=$(awk '{ s += $1 } END { print s }' "$tmp/sizes")
	for file in $files; do cat "$file" >/dev/null; done
	: >"$tmp/corpus.raw"
	pass=1
	corpus_modes="svdgen
svdgen check"
	[ $have_xmllint = yes ] && corpus_modes="xmllint
$corpus_modes"
	while [ $pass -le "$corpus_runs" ]; do
		settle_outputs
		note "whole corpus, pass $pass of $corpus_runs"
		for file in $files; do
			printf '%s\n' "$corpus_modes" | while IFS= read -r mode; do
				set -- $(run_mode "$mode" "$file")
				printf '%s|%s|%s|%s|%s|%s|%s\n' "$file" "$mode" \
					"$pass" "$1" "$2" "$3" "$4" >>"$tmp/corpus.raw"
			done
		done
		pass=$((pass + 1))
	done
	out "$count files, $(awk -v s="$total" 'BEGIN { printf "%.1f", s / 1e6 }')" \
		"MB; each pass runs every command on each file in turn; the" \
		"total is the median over $corpus_runs passes of the summed" \
		"wall times."
	out ""
	out "| command | wall s | MB/s | x xmllint | CPU s | x xmllint | files failed |"
	out "|---|---:|---:|---:|---:|---:|---:|"
	xmllint_total=
	xmllint_cpu=
	printf '%s\n' "$corpus_modes" >"$tmp/corpus.modes"
	while IFS= read -r mode; do
		sum=$(awk -F'|' -v m="$mode" '$2 == m { s[$3] += $4 }
			END { for (k in s) print s[k] }' "$tmp/corpus.raw" | median)
		cpu=$(awk -F'|' -v m="$mode" '$2 == m { s[$3] += $7 }
			END { for (k in s) print s[k] }' "$tmp/corpus.raw" | median)
		failed=$(awk -F'|' -v m="$mode" '$2 == m && $3 == 1 && $6 != 0' \
			"$tmp/corpus.raw" | wc -l | tr -d ' ')
		if [ "$mode" = xmllint ]; then
			xmllint_total=$sum
			xmllint_cpu=$cpu
		fi
		echo "$mode|$sum|$cpu" >>"$tmp/corpus.sums"
		out "$(awk -v m="$mode" -v s="$sum" -v b="$total" \
			-v x="${xmllint_total:-0}" -v f="$failed" -v c="$cpu" \
			-v xc="${xmllint_cpu:-0}" 'BEGIN {
			printf "| %s | %.2f | %.1f | %s | %.2f | %s | %s |", m, s,
				b / 1e6 / s, (x > 0 ? sprintf("%.2f", s / x) : "-"),
				c, (xc > 0 ? sprintf("%.2f", c / xc) : "-"), f }')"
	done <"$tmp/corpus.modes"
	out ""
	case $check_emits in
	yes) first="every stage but writing"; second="writing the files" ;;
	no) first="parse and model"; second="emission and writing" ;;
	*) first="svdgen check"; second="the rest" ;;
	esac
	out "$(awk -F'|' -v first="$first" -v second="$second" \
		'$1 == "svdgen" { g = $2; gc = $3 }
		$1 == "svdgen check" { c = $2; cc = $3 }
		END { printf "Split over the corpus, svdgen check against svdgen: %s %.0f%% of the wall time (%.0f%% of the CPU time), %s %.0f%% (%.0f%%).",
			first, 100 * c / g, 100 * cc / gc,
			second, 100 * (g - c) / g, 100 * (gc - cc) / gc }' "$tmp/corpus.sums")"
	out "In this build, $check_meaning; section 3 splits parsing from" \
		"the later stages."
	failing=$(awk -F'|' '$2 == "svdgen" && $3 == 1 && $6 != 0 { print $1 }' \
		"$tmp/corpus.raw")
	if [ -n "$failing" ]; then
		out "Files svdgen declines (diagnosed defects, see" \
			"tests/corpus/known-defects):" \
			"$(for f in $failing; do short "$f"; done | tr '\n' ' ')"
	fi
	out ""
fi

# --- 3. The profile ---------------------------------------------------
want 3 && out "## 3. Where the time goes (callgrind, instructions)" && out ""
profile_file=$(printf '%s\n' "$largest" | head -1)
if ! want 3; then
	:
elif [ -z "$profile_file" ]; then
	out "Skipped: no corpus file to profile."
	out ""
elif [ $have_valgrind = no ]; then
	out "Skipped: no valgrind and callgrind_annotate."
	out ""
elif note "callgrind profile of $(short "$profile_file")" &&
	! valgrind --tool=callgrind --callgrind-out-file="$tmp/svdgen.cg" \
		"$svdgen" -q "$profile_file" -o "$tmp/out" 2>"$tmp/cg.log"; then
	out "Skipped: svdgen failed under callgrind:"
	out ""
	tail -5 "$tmp/cg.log" | sed 's/^/    /' | tee -a "$report"
	out ""
else
	command_used "valgrind --tool=callgrind --callgrind-out-file=$tmp/svdgen.cg" \
		"$svdgen -q $profile_file -o $tmp/out"
	callgrind_annotate --auto=no --inclusive=yes --threshold=100 "$tmp/svdgen.cg" \
		>"$tmp/inclusive" 2>/dev/null
	callgrind_annotate --auto=no --threshold=100 "$tmp/svdgen.cg" \
		>"$tmp/exclusive" 2>/dev/null
	command_used "callgrind_annotate --auto=no --inclusive=yes --threshold=100 $tmp/svdgen.cg"
	callgrind_annotate --auto=no --inclusive=yes --tree=caller --threshold=100 \
		"$tmp/svdgen.cg" >"$tmp/callers" 2>/dev/null
	command_used "callgrind_annotate --auto=no --threshold=100 $tmp/svdgen.cg"
	command_used "callgrind_annotate --auto=no --inclusive=yes --tree=caller --threshold=100 $tmp/svdgen.cg"
	xmllint_ir=
	if [ $have_xmllint = yes ]; then
		valgrind --tool=callgrind --callgrind-out-file="$tmp/xmllint.cg" \
			xmllint --noout "$profile_file" 2>"$tmp/cg-xmllint.log"
		command_used "valgrind --tool=callgrind" \
			"--callgrind-out-file=$tmp/xmllint.cg xmllint --noout" \
			"$profile_file"
		xmllint_ir=$(sed -n 's/^summary: *//p' "$tmp/xmllint.cg")
	fi
	# One line per function: "IR|FUNCTION|OBJECT".
	for kind in inclusive exclusive; do
		awk '/^ *[0-9,]+ \( *[0-9.]+%\) .* \[[^]]*\]$/ {
			ir = $1; gsub(",", "", ir)
			name = $0
			sub(/^ *[0-9,]+ \( *[0-9.]+%\) +/, "", name)
			object = name
			sub(/ \[[^]]*\]$/, "", name)
			sub(/^.* \[/, "", object); sub(/\]$/, "", object)
			n = split(name, part, ":"); name = part[n]
			k = split(object, path, "/"); object = path[k]
			print ir "|" name "|" object
		}' "$tmp/$kind" >"$tmp/$kind.list"
	done
	program=$(sed -n 's/^summary: *//p' "$tmp/svdgen.cg")
	out "svdgen -q $(short "$profile_file") -o DIR: $program instructions" \
		"in all$( [ -n "$xmllint_ir" ] && awk -v s="$program" \
		-v x="$xmllint_ir" 'BEGIN { printf "; xmllint --noout: %s, so svdgen runs %.2fx its instructions", x, s / x }')."
	out ""
	out "| stage (inclusive) | instructions | share |"
	out "|---|---:|---:|"
	staged=0
	for stage in svd_parse_file svd_derive svd_expand svd_check \
		svd_name_members svd_layout svd_name_layout \
		svd_name_headers svd_emit_headers svd_output_commit; do
		ir=$(awk -F'|' -v f="$stage" '$2 == f { print $1; exit }' \
			"$tmp/inclusive.list")
		if [ -z "$ir" ]; then
			out "| $stage | not called | - |"
			continue
		fi
		staged=$((staged + ir))
		out "$(awk -v f="$stage" -v i="$ir" -v p="$program" 'BEGIN {
			printf "| %s | %d | %.1f%% |", f, i, 100 * i / p }')"
	done
	out "$(awk -v i="$((program - staged))" -v p="$program" 'BEGIN {
		printf "| other (start-up, arena, exit) | %d | %.1f%% |", i, 100 * i / p }')"
	out ""
	parse_ir=$(awk -F'|' '$2 == "svd_parse_file" { print $1; exit }' \
		"$tmp/inclusive.list")
	out "$(awk -v i="${parse_ir:-0}" -v s="$staged" -v p="$program" 'BEGIN {
		printf "Parsing (svd_parse_file) takes %.1f%% of the instructions, the later stages %.1f%%.",
			100 * i / p, 100 * (s - i) / p }')"
	out ""
	out "| library (exclusive) | instructions | share |"
	out "|---|---:|---:|"
	awk -F'|' -v p="$program" '{ o = $3
		if (o ~ /^libxml2/) o = "libxml2"
		else if (o ~ /^libc\./) o = "libc"
		else if (o ~ /^ld-linux/) o = "ld.so"
		else if (o != "svdgen") o = "others"
		s[o] += $1 }
		END { for (o in s) print s[o], o }' "$tmp/exclusive.list" |
		sort -k1,1nr -k2,2 >"$tmp/objects"
	while read -r ir object; do
		out "$(awk -v o="$object" -v i="$ir" -v p="$program" 'BEGIN {
			printf "| %s | %d | %.1f%% |", o, i, 100 * i / p }')"
	done <"$tmp/objects"
	out ""
	# The caller that spends the most in each function: "FUNCTION|CALLER|IR".
	awk '
		function short(text,   part, k) {
			sub(/ \[[^]]*\]$/, "", text)
			sub(/ \([0-9,]+x\)$/, "", text)
			k = split(text, part, ":")
			return part[k]
		}
		/^ *$/ { n = 0; next }
		/^ *[0-9,]+ \( *[0-9.]+%\) +< / {
			ir = $1; gsub(",", "", ir)
			text = $0; sub(/^[^<]*< +/, "", text)
			n++; caller[n] = short(text); cost[n] = ir + 0
			next
		}
		/^ *[0-9,]+ \( *[0-9.]+%\) +\* / {
			text = $0; sub(/^[^*]*\* +/, "", text)
			best = "-"; most = 0
			for (i = 1; i <= n; i++)
				if (cost[i] > most) { most = cost[i]; best = caller[i] }
			print short(text) "|" best "|" most
			n = 0
		}' "$tmp/callers" >"$tmp/callers.list"
	out "Heaviest functions (exclusive, top 12), each with the caller" \
		"that spends most in it:"
	out ""
	out "| function | library | instructions | share | main caller (share) |"
	out "|---|---|---:|---:|---|"
	sort -t'|' -k1,1nr -k2,2 "$tmp/exclusive.list" | head -12 >"$tmp/top"
	while IFS='|' read -r ir name object; do
		caller=$(awk -F'|' -v f="$name" '$1 == f { print $2 "|" $3; exit }' \
			"$tmp/callers.list")
		out "$(awk -v n="$name" -v o="$object" -v i="$ir" -v p="$program" \
			-v c="${caller%|*}" -v ci="${caller#*|}" 'BEGIN {
			printf "| %s | %s | %d | %.1f%% | %s (%.1f%%) |", n, o, i,
				100 * i / p, (c == "" ? "-" : c), 100 * ci / p }')"
	done <"$tmp/top"
	out ""
fi

# --- 4. Compile time --------------------------------------------------
want 4 && out "## 4. Compile time of the generated headers" && out ""
if ! want 4; then
	:
elif [ -z "$profile_file" ]; then
	out "Skipped: no corpus file."
	out ""
else
	note "compile time, headers of $(short "$profile_file")"
	mkdir -p "$tmp/h-accessors" "$tmp/h-plain"
	"$svdgen" -q "$profile_file" -o "$tmp/h-accessors"
	"$svdgen" -q --no-accessors "$profile_file" -o "$tmp/h-plain"
	command_used "$svdgen -q $profile_file -o $tmp/h-accessors"
	command_used "$svdgen -q --no-accessors $profile_file -o $tmp/h-plain"
	umbrella=$(grep -l 'device header' "$tmp/h-accessors"/*.h | head -1)
	umbrella=${umbrella##*/}
	# A peripheral's full header (its accessors), not its _regs part.
	peripheral=$(grep -l 'peripheral type' "$tmp/h-accessors"/*.h |
		sed 's|.*/||' | grep -v '_regs\.h$' | grep -i gpio | sort |
		head -1)
	[ -n "$peripheral" ] || peripheral=$(grep -l 'peripheral type' \
		"$tmp/h-accessors"/*.h | sed 's|.*/||' |
		grep -v '_regs\.h$' | sort | head -1)
	for header in "$peripheral" "$umbrella"; do
		printf '#include "%s"\nint bench_unit;\n' "$header" \
			>"$tmp/unit-${header%.h}.c"
	done
	# The usual unit: the device header, and one peripheral's accessors.
	both="$umbrella+$peripheral"
	printf '#include "%s"\n#include "%s"\nint bench_unit;\n' \
		"$umbrella" "$peripheral" >"$tmp/unit-$both.c"
	: >"$tmp/compile.raw"
	round=1
	while [ $round -le "$compile_runs" ]; do
		for header in "$peripheral" "$umbrella" "$both"; do
			for dir in h-accessors h-plain; do
				unit=$tmp/unit-${header%.h}.c
				[ "$header" = "$both" ] && unit=$tmp/unit-$both.c
				set -- $("$measure" $cc -std=c11 -fsyntax-only \
					-I"$tmp/$dir" "$unit")
				echo "$header $dir syntax $1 $2 $3" >>"$tmp/compile.raw"
				set -- $("$measure" $cc -std=c11 -O2 -c \
					-I"$tmp/$dir" "$unit" -o "$tmp/unit.o")
				echo "$header $dir O2 $1 $2 $3" >>"$tmp/compile.raw"
			done
		done
		round=$((round + 1))
	done
	command_used "printf '#include \"HEADER\"\\nint bench_unit;\\n' > $tmp/unit.c"
	command_used "$measure $cc -std=c11 -fsyntax-only -I$tmp/h-accessors $tmp/unit.c   # and -I$tmp/h-plain"
	command_used "$measure $cc -std=c11 -O2 -c -I$tmp/h-accessors $tmp/unit.c -o $tmp/unit.o   # and -I$tmp/h-plain"
	out "Headers of $(short "$profile_file"); a translation unit that" \
		"includes one header (or the umbrella and one peripheral's" \
		"header, the usual unit) and declares one variable. Median of" \
		"$compile_runs interleaved runs; header MB counts the headers" \
		"generated (the umbrella rows: all of them, although without" \
		"SVDGEN_ALL_ACCESSORS the umbrella includes only the _regs" \
		"parts) or the peripheral header and its common header."
	out ""
	out "| included | accessors | header MB | -fsyntax-only s | -O2 -c s | -O2 RSS MiB |"
	out "|---|---|---:|---:|---:|---:|"
	for header in "$peripheral" "$umbrella" "$both"; do
		for dir in h-accessors h-plain; do
			if [ "$header" != "$peripheral" ]; then
				bytes=$(cat "$tmp/$dir"/*.h | wc -c)
			else
				common=$(grep -o '"[^"]*_common\.h"' \
					"$tmp/$dir/$header" | tr -d '"' | head -1)
				bytes=$(cat "$tmp/$dir/$header" \
					${common:+"$tmp/$dir/$common"} | wc -c)
			fi
			syntax=$(awk -v h="$header" -v d="$dir" \
				'$1 == h && $2 == d && $3 == "syntax" { print $4 }' \
				"$tmp/compile.raw" | median)
			o2=$(awk -v h="$header" -v d="$dir" \
				'$1 == h && $2 == d && $3 == "O2" { print $4 }' \
				"$tmp/compile.raw" | median)
			rss=$(awk -v h="$header" -v d="$dir" \
				'$1 == h && $2 == d && $3 == "O2" { print $5 }' \
				"$tmp/compile.raw" | median)
			failed=$(awk -v h="$header" -v d="$dir" \
				'$1 == h && $2 == d && $6 != 0' "$tmp/compile.raw" |
				wc -l | tr -d ' ')
			kind="peripheral $header"
			[ "$header" = "$umbrella" ] && kind="umbrella $header"
			[ "$header" = "$both" ] &&
				kind="umbrella $umbrella and $peripheral"
			with=yes
			[ $dir = h-plain ] && with=no
			[ "$failed" -ne 0 ] && with="$with (FAILED to compile)"
			out "$(awk -v k="$kind" -v w="$with" -v b="$bytes" \
				-v s="$syntax" -v o="$o2" -v r="$rss" 'BEGIN {
				printf "| %s | %s | %.2f | %.3f | %.3f | %.1f |",
					k, w, b / 1e6, s, o, r / 1024 }')"
		done
	done
	out ""
fi

# --- 5. Instructions per operation ------------------------------------
want 5 && out "## 5. Instructions per register operation (callgrind)" && out ""
ops=$tmp/ops
ops_flags="-std=c99 -O2 -DNDEBUG -D_FILE_OFFSET_BITS=64 -I$srcdir/bench"
ops_flags="$ops_flags -I$srcdir/hal"
ops_flags="$ops_flags -I$builddir/generated/rules"
for soc in bcm2835 bcm2837 bcm2711 am335x rk3288; do
	ops_flags="$ops_flags -I$builddir/generated/hal-$soc"
done
ops_sources="$srcdir/bench/ops-main.c $srcdir/bench/ops-accessor.c
$srcdir/bench/ops-hand.c $srcdir/hal/error.c $srcdir/hal/map.c
$srcdir/hal/detect.c $srcdir/hal/gpio.c $srcdir/hal/gpio-bcm283x.c
$srcdir/hal/gpio-am335x.c $srcdir/hal/gpio-rk3288.c"
if ! want 5; then
	:
elif [ $have_valgrind = no ]; then
	out "Skipped: no valgrind."
	out ""
elif [ ! -f "$builddir/generated/rules/rules.h" ] ||
	[ ! -f "$builddir/generated/hal-bcm2835/bcm2835.h" ]; then
	out "Skipped: generated/rules/ or generated/hal-*/ missing" \
		"(make generated/rules/.stamp generated/hal-bcm2835/.stamp ...)."
	out ""
elif ! $cc $ops_flags $ops_sources -o "$ops" 2>"$tmp/ops.log"; then
	out "Skipped: bench/ops does not build:"
	out ""
	sed 's/^/    /' "$tmp/ops.log" | tee -a "$report"
	out ""
else
	note "instructions per operation"
	command_used "$cc $(echo $ops_flags $ops_sources) -o $ops"
	command_used "valgrind --tool=callgrind --callgrind-out-file=$tmp/CASE.cg" \
		"--toggle-collect=ops_CASE $ops CASE $ops_n $tmp/gpio   # total from the summary line"
	# count CASE: instructions per iteration of ops_CASE.
	count() {
		valgrind --tool=callgrind --callgrind-out-file="$tmp/$1.cg" \
			--toggle-collect="ops_$1" "$ops" "$1" "$ops_n" \
			"$tmp/gpio" 2>"$tmp/$1.log" || {
			echo "nan"
			return
		}
		awk -v t="$(sed -n 's/^summary: *//p' "$tmp/$1.cg")" -v n="$ops_n" \
			'BEGIN { printf "%.2f", t / n }'
	}
	out "$ops_n iterations of each loop, -O2 -DNDEBUG; instructions per" \
		"iteration, loop counting included (the same on both sides)." \
		"Target: accessor / hand-written = 1.00."
	out ""
	out "| operation | accessor code | per iteration | hand-written | per iteration | ratio | target 1.00 |"
	out "|---|---|---:|---|---:|---:|---|"
	: >"$tmp/ops.verdicts"
	# row LABEL CASE ACCESSOR-CODE HAND-CODE [SIDE]
	row() {
		a=$(count "$2_${5:-accessor}")
		h=$(count "$2_hand")
		ratio=$(awk -v a="$a" -v h="$h" 'BEGIN { printf "%.2f", a / h }')
		met=$(verdict "$ratio" 1.00)
		echo "$1|$ratio|$met" >>"$tmp/ops.verdicts"
		out "| $1 | \`$3\` | $a | \`$4\` | $h | $ratio | $met |"
	}
	row "register write" reg_write "DEV_CTRL_write(p, v)" \
		"p->CTRL = v"
	row "field read-modify-write" field_rmw "DEV_CTRL_DIV_set(p, v)" \
		"p->CTRL = (p->CTRL & ~m) \\| (v & 0xff) << 16"
	row "write-only mask write" mask_write "DEV_SET_write(p, m)" \
		"p->SET = m"
	row "GPIO toggle, accessors on the hal's mapping" gpio_toggle \
		"BCM2835_GPIO_GPSET0_write(p, 1u << 17); ..._GPCLR0_write(...)" \
		"p[0x1c / 4] = 1u << 17; p[0x28 / 4] = 1u << 17"
	row "GPIO toggle through the hal/ handle" gpio_toggle \
		"svd_hal_gpio_set_pin(g, 17); svd_hal_gpio_clear_pin(g, 17)" \
		"p[0x1c / 4] = 1u << 17; p[0x28 / 4] = 1u << 17" hal
	row "RK3288 toggle, accessor on the mapping" rk_toggle \
		"RK3288_GPIO_SWPORTA_DR_PIN_set(p, 12, 1); ...(p, 12, 0)" \
		"p[0] = p[0] \\| 1u << 12; p[0] = p[0] & ~(1u << 12)"
	row "RK3288 toggle through the hal/ handle" rk_toggle \
		"svd_hal_gpio_set_pin(g, GPIO5_B4); ..._clear_pin(...)" \
		"p[0] = p[0] \\| 1u << 12; p[0] = p[0] & ~(1u << 12)" hal
	out ""
	awk -F'|' '
		{ n++; if ($3 == "met") m++; else missed = missed sprintf("%s%s %sx", \
			(missed == "" ? "" : ", "), $1, $2) }
		END {
			printf "- instructions, accessor / hand-written = 1.00: met on %d of %d operations%s\n",
				m, n, (missed == "" ? "" : " (not met: " missed ")")
		}' "$tmp/ops.verdicts" >>"$targets"
	out "DEV is tests/accessors/rules.svd (generated/rules/); the GPIO" \
		"block is a page of a file mapped by svd_hal_map_open() as it" \
		"maps /dev/gpiomem, with the hal's generated/hal-bcm2835/ headers." \
		"A toggle is one set and one clear. Through the handle, each" \
		"call tests the pin against the handle's mask of usable pins" \
		"and calls the SoC's operation through its table; the" \
		"accessors on the pointer it mapped are the zero-cost path." \
		"The RK3288 rows run on a page standing in for GPIO5: that GPIO" \
		"has no set/clear registers, so every write is a" \
		"read-modify-write of SWPORTA_DR on all sides."
	out ""
fi

# --- 6. derivedFrom chains ---------------------------------------------
want 6 && out "## 6. derivedFrom chains" && out ""
if want 6; then
	note "derivedFrom chains"
	out "Each register (or peripheral) derived from the one before it;" \
		"svdgen check, median of $runs runs. Target: a 100,000-link" \
		"chain in under 2 s."
	out ""
	out "| links | kind | s | MB |"
	out "|---:|---|---:|---:|"
	for kind in registers peripherals; do
		for links in 25000 50000 100000; do
			chain=$tmp/chain-$kind-$links.svd
			sh "$srcdir/bench/derive-chain.sh" $links $kind >"$chain"
			: >"$tmp/chain.raw"
			round=1
			while [ $round -le "$runs" ]; do
				"$measure" "$svdgen" check "$chain" >>"$tmp/chain.raw"
				round=$((round + 1))
			done
			seconds=$(cut -d' ' -f1 "$tmp/chain.raw" | median)
			megabytes=$(cut -d' ' -f2 "$tmp/chain.raw" | median |
				awk '{ printf "%.0f", $1 / 1024 }')
			out "| $links | $kind | $seconds | $megabytes |"
			if [ $links -eq 100000 ]; then
				echo "- derivedFrom chain of 100,000 $kind under 2 s:" \
					"$seconds s, $(verdict "$seconds" 2)" >>"$targets"
			fi
		done
	done
	command_used "sh bench/derive-chain.sh N registers|peripherals > $tmp/chain.svd"
	command_used "$measure $svdgen check $tmp/chain.svd"
	out ""
fi

# --- Targets ----------------------------------------------------------
out "## Targets"
out ""
if [ -s "$targets" ]; then
	tee -a "$report" <"$targets"
else
	out "No target measured."
fi
out ""

# --- Commands ---------------------------------------------------------
out "## Commands"
out ""
out "Run from the build directory; \$TMP is a temporary directory," \
	"\$CORPUS is ${corpus#./}, FILE a corpus file."
out ""
tee -a "$report" <"$commands"
out ""

cp "$report" "$results.new" && mv "$results.new" "$results"
note "wrote $results"
exit 0

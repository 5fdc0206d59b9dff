#!/bin/sh
# SPDX-License-Identifier: MIT
# A failed run changes nothing: after each failure below the output folder
# and the -MF file are byte for byte (and timestamp for timestamp) what
# they were, with no temporary or lock file left and no folder made. Each
# case checks the exact diagnostic and exit status too.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
# Everything in the current folder: names, types, and for files sizes,
# times and bytes. (A folder's own time changes when a temporary file
# comes and goes in it: that is not a change to what it holds.)
snapshot() {
	find . -path ./snapshot -prune -o -path ./stderr -prune -o -print |
		LC_ALL=C sort | while read -r path; do
		if [ -f "$path" ]; then
			stat -c '%n %F %s %Y' "$path"
			cksum <"$path"
		else
			stat -c '%n %F' "$path"
		fi
	done
}
# run NAME STATUS EXPECTED-STDERR COMMAND...: run COMMAND and check its
# exit status, its stderr (temporary names read as .NAME.XXXXXX) and that
# nothing on disk changed.
run() {
	name=$1 status=$2 expected=$3
	shift 3
	snapshot >snapshot
	timeout 20 "$@" >/dev/null 2>stderr
	actual=$?
	check "$name: exit $status (got $actual)" '[ $actual -eq $status ]'
	check "$name: stderr" '[ "$(sed -E "s#(/\.[^/ ]+\.)[A-Za-z0-9]{6}:#\1XXXXXX:#" stderr)" = "$expected" ]' ||
		sed 's/^/  got: /' stderr
	check "$name: nothing changed" 'snapshot | cmp -s snapshot -' ||
		snapshot | diff snapshot - | sed "s/^/  /"
}
cd "$tmp" || exit 99

cat >v1.svd <<'EOT'
<?xml version="1.0" encoding="utf-8"?>
<device schemaVersion="1.3">
  <name>DEV</name>
  <peripherals>
    <peripheral>
      <name>P</name>
      <baseAddress>0x40000000</baseAddress>
      <registers>
        <register><name>R</name><addressOffset>0</addressOffset></register>
      </registers>
    </peripheral>
    <peripheral>
      <name>Q</name>
      <baseAddress>0x40001000</baseAddress>
      <registers>
        <register><name>S</name><addressOffset>0</addressOffset></register>
      </registers>
    </peripheral>
  </peripherals>
</device>
EOT
sed 's/<name>R</<name>R2</; s/<name>S</<name>S2</' v1.svd >v2.svd
check "a first run" '"$svdgen" v1.svd -o out -MF deps.d'
touch -d 2000-01-01 out/* deps.d

# A folder planted where a later header goes: refused before writing.
rm out/dev_q.h
mkdir out/dev_q.h
run "folder at a header name" 1 \
	"svdgen: error: cannot replace out/dev_q.h: not a regular file [io]" \
	"$svdgen" v2.svd -o out -MF deps.d
rmdir out/dev_q.h

# A FIFO there: refused, never opened (opening it would hang).
mkfifo out/dev_q.h
run "FIFO at a header name" 1 \
	"svdgen: error: cannot replace out/dev_q.h: not a regular file [io]" \
	"$svdgen" v2.svd -o out -MF deps.d
rm out/dev_q.h
"$svdgen" v1.svd -o out && touch -d 2000-01-01 out/*

# A FIFO at the -MF name.
mkfifo fifo.d
run "FIFO at the -MF name" 1 \
	"svdgen: error: cannot replace ./fifo.d: not a regular file [io]" \
	"$svdgen" v2.svd -o out -MF fifo.d
rm fifo.d

# -MF into a missing folder: no header is replaced, no folder made.
run "-MF into a missing folder" 1 \
	"svdgen: error: cannot create missing/deps.d: No such file or directory [io]" \
	"$svdgen" v2.svd -o out -MF missing/deps.d
run "-MF into a missing folder, -o missing too" 1 \
	"svdgen: error: cannot create missing/deps.d: No such file or directory [io]" \
	"$svdgen" v2.svd -o new/out -MF missing/deps.d

# The rule cannot be written after the headers were (as on a full disk):
# a 60 kB target makes it the only file over a 20 kB size limit.
long=$(head -c 60000 /dev/zero | tr '\0' x)
run "the rule cannot be written" 1 \
	"svdgen: error: cannot write ./.deps.d.XXXXXX: File too large [io]" \
	sh -c 'trap "" XFSZ; ulimit -f 40; exec "$@"' sh \
	"$svdgen" v2.svd -o out -MF deps.d -MT "$long"

# A header cannot be written into a folder -o made, with its parents:
# all of them are removed again.
run "-o folders made, then a write fails" 1 \
	"svdgen: error: cannot write new/sub/out/.dev_common.h.XXXXXX: File too large [io]" \
	sh -c 'trap "" XFSZ; ulimit -f 1; exec "$@"' sh \
	"$svdgen" v2.svd -o new/sub/out

# A make target with a newline cannot be escaped: refused.
run "-MT with a newline" 1 \
	"svdgen: error: cannot write 'a\\nb: c' in a make rule: it holds a control character or is empty [io]" \
	"$svdgen" v2.svd -o out -MF deps.d -MT "$(printf 'a\nb: c')"

# The same runs succeed where nothing is in the way, and -o makes parents.
check "-o makes missing parents" \
	'"$svdgen" v2.svd -o new/sub/out -MF new/sub/out/deps.d -MT "a:b \$c#d%e"'
check "-MT is escaped for make" \
	'[ "$(head -1 new/sub/out/deps.d)" = "a\\:b\\ \$\$c\\#d\\%e: v2.svd" ]'
printf 'include new/sub/out/deps.d\n' >Makefile
check "make reads that target back" \
	'make -s -p -q 2>/dev/null | grep -qxF "a:b \$c#d%e: v2.svd"'
check "no temporary or lock file left" \
	'[ -z "$(find . -name ".*" ! -name . )" ]'

# Runs into one folder wait for each other: while another holds the
# lock, a run writes nothing; once it is released, the run completes.
if command -v flock >/dev/null 2>&1; then
	"$svdgen" v1.svd -o locked 2>/dev/null
	touch -d 2000-01-01 locked/*
	flock locked/.svdgen.lock sleep 2 &
	holder=$!
	sleep 0.5
	"$svdgen" v2.svd -o locked 2>/dev/null &
	waiter=$!
	sleep 1
	find locked -newermt 2001-01-01 -type f ! -name ".svdgen.lock" \
		>changed-while-locked
	ls -A locked >listing-while-locked
	wait $holder
	wait $waiter
	check "a run waits for the lock" '[ ! -s changed-while-locked ]'
	check "and writes no temporary file meanwhile" \
		'! grep -q "^\.dev" listing-while-locked'
	check "then completes" 'grep -q "R2" locked/dev_p.h'
	check "and removes the lock file" '[ ! -e locked/.svdgen.lock ]'
else
	echo "SKIP: no flock(1) to hold the lock"
fi

# Interrupted at random moments, a run leaves the old or the new headers,
# never a mix, and no temporary file: 300 peripherals make the write phase
# long enough to be hit.
awk 'BEGIN {
	print "<device><name>BIG</name><peripherals>"
	for (p = 0; p < 300; p++) {
		printf "<peripheral><name>P%d</name>", p
		printf "<baseAddress>0x%x</baseAddress><registers>", 0x40000000 + p * 4096
		for (r = 0; r < 40; r++)
			printf "<register><name>R%d_%d</name><description>VERSION</description><addressOffset>%d</addressOffset></register>", p, r, r * 4
		print "</registers></peripheral>"
	}
	print "</peripherals></device>"
}' >big1.svd
sed 's/VERSION/second/g' big1.svd >big2.svd
"$svdgen" big2.svd -o big-new
# How many headers the new SVD changes: each must be all old or all new.
changed=$(grep -l second big-new/*.h | wc -l)
"$svdgen" big1.svd -o big
mixed=0
for delay in 0.02 0.05 0.08 0.11 0.14 0.17 0.2 0.25; do
	"$svdgen" big2.svd -o big &
	pid=$!
	sleep $delay
	kill -TERM $pid 2>/dev/null
	wait $pid 2>/dev/null
	new=$(grep -l second big/*.h | wc -l)
	[ "$new" -eq 0 ] || [ "$new" -eq "$changed" ] || mixed=$((mixed + 1))
	[ -z "$(ls -A big | grep '^\.')" ] || mixed=$((mixed + 1))
	"$svdgen" big1.svd -o big
done
check "the new SVD changes many headers" '[ "$changed" -ge 300 ]'
check "SIGTERM leaves no mix and no temporary file" '[ $mixed -eq 0 ]'

report_checks

#!/bin/sh
# SPDX-License-Identifier: MIT
# The default range check costs nothing and needs no C library: a
# Cortex-M4 program using indexed accessors with run-time indices links
# with newlib-nano and the nosys stubs, pulls in no assert machinery
# (__assert_func and the stdio behind it), and its text is no larger than
# the same program written by hand; built freestanding with no library at
# all it links too. The text sizes are printed.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL

cc=arm-none-eabi-gcc
for tool in $cc arm-none-eabi-size arm-none-eabi-nm; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "SKIP: $tool not found"
		exit 77
	fi
done
generate "$srcdir/tests/accessors/rules.svd" "$tmp/include"

# The same accesses through the accessors and by hand, with indices the
# compiler cannot see.
cat >"$tmp/accessor.c" <<'EOF'
#include "rules_dev.h"

volatile uint32_t pin = 7;

int main(void)
{
	DEV_FSEL_FSEL_set(DEV, pin, DEV_FSEL_FSEL_OUTPUT);
	DEV_CC_write(DEV, pin, 5u);
	return (int)DEV_EVENTS_EDS_get(DEV, pin);
}
EOF
cat >"$tmp/hand.c" <<'EOF'
#include "rules_dev.h"

volatile uint32_t pin = 7;

int main(void)
{
	uint32_t shift = 3u * (pin < 10u ? pin : 0u);

	DEV->FSEL = (DEV->FSEL & ~(7u << shift)) | (1u << shift);
	DEV->CC[pin & 3u] = 5u;
	return (int)((DEV->EVENTS >> (pin & 31u)) & 1u);
}
EOF
# Freestanding: no start files, no library, an entry point of our own.
cat >"$tmp/freestanding.c" <<'EOF'
#include "rules_dev.h"

volatile uint32_t pin = 7;

void _start(void);

void _start(void)
{
	DEV_FSEL_FSEL_set(DEV, pin, DEV_FSEL_FSEL_OUTPUT);
	DEV_CC_write(DEV, pin, DEV_FSEL_FSEL_get(DEV, pin));
	for (;;)
		;
}
EOF

flags="-mcpu=cortex-m4 -mthumb -Os -std=c11 -Wall -Wextra -Werror"
passed=0
failed=0

# text ELF: the text size arm-none-eabi-size reports.
text() {
	arm-none-eabi-size "$1" | awk 'NR == 2 { print $1 }'
}

for side in accessor hand; do
	if ! $cc $flags --specs=nano.specs --specs=nosys.specs \
		-I"$tmp/include" "$tmp/$side.c" -o "$tmp/$side.elf" \
		>"$tmp/errors" 2>&1; then
		echo "FAIL $side.c does not link with nano.specs and nosys.specs:"
		cat "$tmp/errors"
		failed=$((failed + 1))
	fi
done
if [ $failed -eq 0 ]; then
	accessor=$(text "$tmp/accessor.elf")
	hand=$(text "$tmp/hand.elf")
	echo "text with nano.specs and nosys.specs: accessors $accessor bytes, hand-written $hand bytes"
	if [ "$accessor" -le "$hand" ]; then
		echo "PASS the accessors cost no more flash than hand-written code"
		passed=$((passed + 1))
	else
		echo "FAIL the accessors cost $((accessor - hand)) bytes more"
		failed=$((failed + 1))
	fi
	if arm-none-eabi-nm "$tmp/accessor.elf" |
		grep -E ' (__assert_func|fprintf|fiprintf)$' >"$tmp/symbols"; then
		echo "FAIL the default check links assert machinery:"
		cat "$tmp/symbols"
		failed=$((failed + 1))
	else
		echo "PASS no __assert_func or fprintf in the image"
		passed=$((passed + 1))
	fi
fi

if $cc $flags -ffreestanding -nostdlib -I"$tmp/include" \
	"$tmp/freestanding.c" -o "$tmp/freestanding.elf" \
	>"$tmp/errors" 2>&1; then
	echo "PASS freestanding link with no library ($(text "$tmp/freestanding.elf") bytes of text)"
	passed=$((passed + 1))
else
	echo "FAIL freestanding link with no library:"
	cat "$tmp/errors"
	failed=$((failed + 1))
fi

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]

#!/bin/sh
# SPDX-License-Identifier: MIT
# The index of a field list is the number in the field's name: on the
# BCM2835, GPFSEL1 holds FSEL10..FSEL19 and index 17 is FSEL17 (bits
# 23:21). A non-numeric list (SEL%s with dimIndex A,B,C) takes an enum of
# its names; each element also has accessors of its own
# (GPIO_GPFSEL1_FSEL17_set). Indices and values out of range are masked in
# every build:
# with -DNDEBUG and the undefined-behaviour sanitizer, accessors fed
# out-of-range run-time values give no sanitizer report and change no bit
# outside the field list (or register array) they address. Run on ordinary
# memory, with gcc and clang at -O0 and -O2.
set -u
. "${top_srcdir:-$(cd "$(dirname "$0")/../.." && pwd)}/tests/lib.sh"
make_tmp
LC_ALL=C
export LC_ALL

for svd in svd/bcm2835.svd tests/accessors/rules.svd; do
	generate "$srcdir/$svd" "$tmp/include"
done

cat >"$tmp/index.c" <<'EOF'
#include <stdio.h>
#include <string.h>

#include "bcm2835_gpio.h"
#include "rules_dev.h"

static int failures;

static void check(const char *what, unsigned long long expected,
		  unsigned long long actual)
{
	if (expected == actual) {
		printf("PASS %s\n", what);
		return;
	}
	printf("FAIL %s: expected 0x%llx, got 0x%llx\n", what, expected,
	       actual);
	failures++;
}

/* A value the compiler cannot see (constants out of range do not build). */
static volatile uint32_t opaque;

static uint32_t runtime(uint32_t value)
{
	opaque = value;
	return opaque;
}

static union {
	GPIO_Type registers;
	uint32_t words[sizeof(GPIO_Type) / 4];
} gpio_memory;
static struct {
	uint32_t words[sizeof(GPIO_Type) / 4];
} gpio_before;

static union {
	DEV_Type registers;
	uint32_t words[sizeof(DEV_Type) / 4];
} dev_memory;
static struct {
	uint32_t words[sizeof(DEV_Type) / 4];
} dev_before;

/* Word index of a register in its peripheral. */
#define GPIO_WORD(member) (offsetof(GPIO_Type, member) / 4)
#define DEV_WORD(member) (offsetof(DEV_Type, member) / 4)

/* Every word but the one at skip holds what it held before. */
static void check_others(const char *what, const uint32_t *now,
			 const uint32_t *before, size_t words, size_t skip)
{
	size_t changed = 0;

	for (size_t i = 0; i < words; i++)
		if (i != skip && now[i] != before[i])
			changed++;
	check(what, 0, changed);
}

static void seed(void)
{
	for (size_t i = 0; i < sizeof(gpio_memory.words) / 4; i++)
		gpio_memory.words[i] = 0xa5a5a5a5u ^ (uint32_t)i;
	/* Every FSEL field ALT0 (100), the reserved bits 31:30 set. */
	gpio_memory.words[GPIO_WORD(GPFSEL1)] = 0xe4924924u;
	memcpy(gpio_before.words, gpio_memory.words, sizeof(gpio_before));
	for (size_t i = 0; i < sizeof(dev_memory.words) / 4; i++)
		dev_memory.words[i] = 0x5a5a5a5au ^ (uint32_t)i;
	memcpy(dev_before.words, dev_memory.words, sizeof(dev_before));
}

int main(void)
{
	GPIO_Type *gpio = &gpio_memory.registers;
	DEV_Type *dev = &dev_memory.registers;
	const size_t gpfsel1 = GPIO_WORD(GPFSEL1);
	static const uint32_t bad_pins[] = {0, 9, 20, 51, 0x80000000u,
					    0xffffffffu};

	/* Pin 17 is FSEL17, bits 23:21 of GPFSEL1, and nothing else. */
	seed();
	GPIO_GPFSEL1_FSEL_set(gpio, 17, GPIO_FUNCTION_OUTPUT);
	check("GPFSEL1 FSEL_set(17, OUTPUT) writes 001 to bits 23:21",
	      (0xe4924924u & ~(7u << 21)) | (1u << 21),
	      gpio_memory.words[gpfsel1]);
	check_others("GPFSEL1 FSEL_set(17) changes no other register",
		     gpio_memory.words, gpio_before.words,
		     sizeof(gpio_memory.words) / 4, gpfsel1);
	check("GPFSEL1 FSEL_get(17) reads OUTPUT back",
	      GPIO_FUNCTION_OUTPUT, GPIO_GPFSEL1_FSEL_get(gpio, 17));
	check("GPFSEL1 FSEL_get(16) still reads ALT0", GPIO_FUNCTION_ALT0,
	      GPIO_GPFSEL1_FSEL_get(gpio, 16));
	check("GPFSEL1 FSEL_val(17, OUTPUT) is 1 << 21", 1u << 21,
	      GPIO_GPFSEL1_FSEL_val(17, GPIO_FUNCTION_OUTPUT));
	/* Pin 40 is REN40, bit 8 of GPREN1 (REN32..REN53). */
	GPIO_GPREN1_REN_set(gpio, 40, 1);
	check("GPREN1 REN_set(40, 1) sets bit 8",
	      gpio_before.words[GPIO_WORD(GPREN1)] | (1u << 8),
	      gpio_memory.words[GPIO_WORD(GPREN1)]);
	check("GPPUDCLK1 PUDCLK_val(33, 1) is bit 1", 1u << 1,
	      GPIO_GPPUDCLK1_PUDCLK_val(33, 1));

	/* The per-element accessors say the same. */
	seed();
	GPIO_GPFSEL1_FSEL17_set(gpio, GPIO_FUNCTION_OUTPUT);
	check("GPFSEL1 FSEL17_set(OUTPUT) writes 001 to bits 23:21",
	      (0xe4924924u & ~(7u << 21)) | (1u << 21),
	      gpio_memory.words[gpfsel1]);
	check("GPFSEL1 FSEL17_get() reads OUTPUT back", GPIO_FUNCTION_OUTPUT,
	      GPIO_GPFSEL1_FSEL17_get(gpio));
	check("GPFSEL1 FSEL10_val(ALT0) is 4 << 0", 4u,
	      GPIO_GPFSEL1_FSEL10_val(GPIO_FUNCTION_ALT0));

	/* Out-of-range pins: defined, inside bits 29:0 of GPFSEL1. */
	for (size_t i = 0; i < sizeof(bad_pins) / sizeof(bad_pins[0]); i++) {
		char what[96];

		seed();
		GPIO_GPFSEL1_FSEL_set(gpio, runtime(bad_pins[i]),
				      GPIO_FUNCTION_OUTPUT);
		snprintf(what, sizeof(what),
			 "GPFSEL1 FSEL_set(%lu) keeps bits 31:30",
			 (unsigned long)bad_pins[i]);
		check(what, 0xc0000000u,
		      gpio_memory.words[gpfsel1] & 0xc0000000u);
		snprintf(what, sizeof(what),
			 "GPFSEL1 FSEL_set(%lu) changes no other register",
			 (unsigned long)bad_pins[i]);
		check_others(what, gpio_memory.words, gpio_before.words,
			     sizeof(gpio_memory.words) / 4, gpfsel1);
		(void)GPIO_GPFSEL1_FSEL_get(gpio, runtime(bad_pins[i]));
		snprintf(what, sizeof(what),
			 "GPFSEL1 FSEL_val(%lu) stays in bits 29:0",
			 (unsigned long)bad_pins[i]);
		check(what, 0,
		      GPIO_GPFSEL1_FSEL_val(runtime(bad_pins[i]),
					    GPIO_FUNCTION_ALT3) &
			  0xc0000000u);
	}

	/* A value wider than its field is cut to the field. */
	seed();
	GPIO_GPFSEL1_FSEL_set(gpio, 17, (GPIO_FUNCTION_Enum)runtime(0xf9u));
	check("GPFSEL1 FSEL_set(17, 0xf9) writes 001 to bits 23:21 only",
	      (0xe4924924u & ~(7u << 21)) | (1u << 21),
	      gpio_memory.words[gpfsel1]);
	DEV_CTRL_EN_set(dev, runtime(2));
	check("CTRL EN_set(2) changes no bit but bit 0", 0,
	      (dev_memory.words[DEV_WORD(CTRL)] ^
	       dev_before.words[DEV_WORD(CTRL)]) &
		  ~1u);
	check("CMD OP_val(0x1f) is cut to 4 bits", 0xfu,
	      DEV_CMD_OP_val(runtime(0x1fu)));

	/* Register arrays: an index past the end stays inside the array. */
	seed();
	DEV_CC_write(dev, runtime(7), 0x12345678u);
	DEV_CH_CFG_PRIO_set(dev, runtime(1000), 3);
	DEV_EVENTS_EDS_clear(dev, runtime(40));
	{
		size_t changed_outside = 0;

		for (size_t i = 0; i < sizeof(dev_memory.words) / 4; i++) {
			int in_cc = i >= DEV_WORD(CC) && i < DEV_WORD(CC) + 4;
			int in_ch = i >= DEV_WORD(CH) &&
				    i < DEV_WORD(CH) + 3 * 4;

			if (!in_cc && !in_ch && i != DEV_WORD(EVENTS) &&
			    dev_memory.words[i] != dev_before.words[i])
				changed_outside++;
		}
		check("out-of-range array indices write inside the arrays",
		      0, changed_outside);
	}

	/* A list named A, B, C takes an enum of its names. */
	seed();
	DEV_MUX_SEL_set(dev, DEV_MUX_SEL_Index_B, 2);
	check("MUX SEL_set(B, 2) writes bits 5:4",
	      (dev_before.words[DEV_WORD(MUX)] & ~(3u << 4)) | (2u << 4),
	      dev_memory.words[DEV_WORD(MUX)]);
	check("MUX SEL_get(B) reads 2", 2,
	      DEV_MUX_SEL_get(dev, DEV_MUX_SEL_Index_B));
	check("MUX SEL_val(C, 1) is 1 << 8", 1u << 8,
	      DEV_MUX_SEL_val(DEV_MUX_SEL_Index_C, 1));
	DEV_MUX_SELC_set(dev, 3);
	check("MUX SELC_set(3) writes bits 9:8", 3u,
	      (dev_memory.words[DEV_WORD(MUX)] >> 8) & 3u);
	check("MUX SELB_get() reads 2", 2, DEV_MUX_SELB_get(dev));

	return failures != 0;
}
EOF

# Does COMPILER build and run a program under the sanitizer?
sanitizer_works() {
	printf 'int main(void) { return 0; }\n' >"$tmp/probe.c"
	$1 -fsanitize=undefined "$tmp/probe.c" -o "$tmp/probe" \
		>/dev/null 2>&1 && "$tmp/probe"
}

passed=0
failed=0
for compiler in gcc clang; do
	if ! command -v $compiler >/dev/null 2>&1; then
		echo "SKIP $compiler: not found"
		continue
	fi
	if ! sanitizer_works $compiler; then
		echo "SKIP $compiler: -fsanitize=undefined does not link here"
		continue
	fi
	for level in -O0 -O2; do
		run="$compiler $level"
		if ! $compiler -std=c11 $level -DNDEBUG -Wall -Wextra -Werror \
			-fsanitize=undefined -fno-sanitize-recover=all \
			-I"$tmp/include" "$tmp/index.c" -o "$tmp/index" \
			>"$tmp/errors" 2>&1; then
			echo "FAIL $run: does not compile"
			cat "$tmp/errors"
			failed=$((failed + 1))
			continue
		fi
		"$tmp/index" >"$tmp/out" 2>"$tmp/err"
		status=$?
		if [ $status -ne 0 ]; then
			echo "FAIL $run: exit status $status"
			failed=$((failed + 1))
		elif [ -s "$tmp/err" ]; then
			echo "FAIL $run: the sanitizer reported"
			failed=$((failed + 1))
		else
			passed=$((passed + 1))
		fi
		sed "s/^/$run: /" "$tmp/out" "$tmp/err"
	done
done

echo "$passed passed, $failed failed"
if [ $passed -eq 0 ] && [ $failed -eq 0 ]; then
	echo "SKIP: no compiler with the undefined-behaviour sanitizer"
	exit 77
fi
[ $failed -eq 0 ]

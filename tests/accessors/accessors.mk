# SPDX-License-Identifier: MIT
# zero-cost and compile-fail: accessors compile to as many instructions as
# hand-written volatile code (x86-64, armhf, aarch64 where the compilers
# are installed), and misuse of the access rules does not compile. Both
# generate their own headers from tests/accessors/rules.svd with $SVDGEN
# (rules.svd is distributed by behaviour.mk).
# index-rule: the index is the dimIndex number, and out-of-range indices and
# values are masked (no sanitizer report under -DNDEBUG). baremetal-link:
# the default range check links without a C library and costs nothing.
# strict: with --strict, write-only members cannot be read (no |=).
# enum-names: SVDConv's and vendor spellings of every field's values.
# deep-arrays: accessors for registers seven cluster arrays deep.
# shared-types: peripheral types of one shape are one C type.
# umbrella: the device header holds no accessors; a peripheral's header does.
# reserved-stems: names joined into a reserved name (INT_LEAST8_MAX) get '_'.
# two-lists: elements of a list whose list accessors went to another field
# reach their own bits.
TESTS += tests/accessors/zero-cost.sh tests/accessors/compile-fail.sh \
	tests/accessors/index-rule.sh tests/accessors/baremetal-link.sh \
	tests/accessors/strict.sh tests/accessors/enum-names.sh \
	tests/accessors/deep-arrays.sh tests/accessors/shared-types.sh \
	tests/accessors/umbrella.sh tests/accessors/reserved-stems.sh \
	tests/accessors/two-lists.sh
EXTRA_DIST += tests/accessors/zero-cost.sh tests/accessors/compile-fail.sh \
	tests/accessors/index-rule.sh tests/accessors/baremetal-link.sh \
	tests/accessors/strict.sh tests/accessors/enum-names.sh \
	tests/accessors/enum-names.svd tests/accessors/deep-arrays.sh \
	tests/accessors/shared-types.sh tests/accessors/shared-types.svd \
	tests/accessors/umbrella.sh tests/accessors/two-lists.svd \
	tests/accessors/reserved-stems.sh tests/accessors/reserved-stems.svd \
	tests/accessors/two-lists.sh

# svdgen's write-enable-mask vendor extension: generated text, trace, zero
# cost and refusals (its own SVD, so rules.svd stays as it is).
TESTS += tests/accessors/write-enable.sh
EXTRA_DIST += tests/accessors/write-enable.sh tests/accessors/write-enable.svd

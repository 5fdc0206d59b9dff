// SPDX-License-Identifier: MIT
/*
 * Fuzz target for the whole pipeline: bytes in, parse, derive, expand,
 * check, lay out and emit into memory. Built for libFuzzer by default;
 * with -DSVDGEN_FUZZ_STDIN it is a plain program that runs one input from
 * standard input, for AFL++ and for replaying a crash.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "svdgen.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input through every stage; diagnostics are counted, not printed. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct svd_emit_options emit_options = {.source_name = "fuzz.svd"};
	struct svd_context context;
	struct svd_output output;

	svd_context_init(&context);
	context.diag.stream = NULL;
	svd_output_init(&output);
	svd_generate_memory(&context, "fuzz.svd", (const char *)data, size,
			    &emit_options, &output);
	svd_output_free(&output);
	svd_context_free(&context);
	return 0;
}

#ifdef SVDGEN_FUZZ_STDIN
int main(void)
{
	size_t size = 0, capacity = 1 << 16;
	uint8_t *data = malloc(capacity);
	size_t got;

	if (!data)
		return 1;
	while ((got = fread(data + size, 1, capacity - size, stdin)) > 0) {
		size += got;
		if (size == capacity) {
			uint8_t *bigger = realloc(data, capacity *= 2);

			if (!bigger) {
				free(data);
				return 1;
			}
			data = bigger;
		}
	}
	LLVMFuzzerTestOneInput(data, size);
	free(data);
	return 0;
}
#endif

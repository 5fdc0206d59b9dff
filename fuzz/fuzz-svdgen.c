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

/*
 * The options a run uses, chosen by the input itself (a checksum of its
 * bytes) so that every input is reproducible with its own options and the
 * fuzzer reaches the code behind each one.
 */
static void choose_options(const uint8_t *data, size_t size,
			   struct svd_context *context)
{
	unsigned sum = 0;

	for (size_t i = 0; i < size; i++)
		sum = sum * 31 + data[i];
	context->options.prefix = sum & 1 ? "FZ_" : NULL;
	context->options.cmsis_includes = sum & 2;
	context->options.enum_strings = sum & 4;
	context->options.no_accessors = sum & 8;
	context->diag.keep_going = sum & 16;
}

/* When not NULL, where run_one writes what it generated (stdin build). */
static const char *output_directory;

/* One input through every stage; diagnostics are counted, not printed. */
static int run_one(const uint8_t *data, size_t size)
{
	struct svd_context context;
	struct svd_output output;
	int result;

	svd_context_init(&context);
	context.diag.stream = NULL;
	context.options.source_name = "fuzz.svd";
	choose_options(data, size, &context);
	svd_output_init(&output);
	result = svd_generate_memory(&context, "fuzz.svd", (const char *)data,
				     size, &output);
	if (result == 0 && context.diag.errors == 0 && output_directory)
		result =
		    svd_output_write(&output, output_directory, &context.diag);
	else if (context.diag.errors)
		result = -1;
	svd_output_free(&output);
	svd_context_free(&context);
	return result;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	run_one(data, size);
	return 0;
}

#ifdef SVDGEN_FUZZ_STDIN
/*
 * fuzz-svdgen-stdin [DIR]: run the input on stdin; with DIR, write the
 * headers there (for fuzz/compile.sh) and exit 1 when none were made.
 */
int main(int argc, char **argv)
{
	size_t size = 0, capacity = 1 << 16;
	uint8_t *data = malloc(capacity);
	size_t got;
	int result;

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
	if (argc > 1)
		output_directory = argv[1];
	result = run_one(data, size);
	free(data);
	return result == 0 ? 0 : 1;
}
#endif

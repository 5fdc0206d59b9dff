/* SPDX-License-Identifier: MIT */
/*
 * libsvdgen's entry point: the whole pipeline for one SVD file, as the
 * command line and the build integration run it.
 */
#ifndef SVDGEN_SVDGEN_H
#define SVDGEN_SVDGEN_H

#include "emit.h"

/*
 * Parse, derive, expand, check, lay out and emit input; write the headers
 * into options->output_directory when nothing failed. diagnostics gives
 * the -W settings and receives the counts. Returns 0 or -1.
 */
int svd_run(const char *input, const struct svd_options *options,
	    struct svd_diagnostics *diagnostics);

/*
 * The same pipeline into memory, for tests: output receives the files;
 * with output NULL the input is only validated (every stage but the
 * emitters, which cannot fail). The context must be initialised; its
 * options and diagnostics settings are used.
 */
int svd_generate(struct svd_context *context, const char *input,
		 struct svd_output *output);
/* The same from an SVD already in memory; name is used in diagnostics. */
int svd_generate_memory(struct svd_context *context, const char *name,
			const char *data, size_t size,
			struct svd_output *output);

#endif

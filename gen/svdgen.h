/* SPDX-License-Identifier: MIT */
/*
 * libsvdgen's entry point: the whole pipeline for one SVD file, as the
 * command line and the build integration run it.
 */
#ifndef SVDGEN_SVDGEN_H
#define SVDGEN_SVDGEN_H

#include "emit.h"

struct svd_run_options {
	const char *output_directory; /* NULL: validate only */
	const char *prefix;
	bool cmsis_includes;
	bool no_accessors;
	bool enum_strings;
	bool strict;	/* --strict: write-only members cannot be read */
	bool bitfields; /* REG_b bit-field views */
	uint32_t address_unit_bits; /* 0: as the file says */
	uint64_t max_input_size;    /* --max-size; 0: the default */
	/* -MD / -MF / -MT: a make dependency file for the headers. */
	bool depfile_default; /* -MD: DIR/<device>.d */
	const char *depfile;
	const char *depfile_target;
	struct svd_diagnostics diagnostics;
};

void svd_run_options_init(struct svd_run_options *options);

/*
 * Parse, derive, expand, check, lay out and emit input; write the headers
 * into options->output_directory when nothing failed. Returns 0 or -1.
 */
int svd_run(const char *input, struct svd_run_options *options);

/*
 * The same pipeline into memory, for tests: output receives the files;
 * with output NULL the input is only validated (every stage but the
 * emitters, which cannot fail). The context must be initialised; its
 * diagnostics settings are used.
 */
int svd_generate(struct svd_context *context, const char *input,
		 const struct svd_emit_options *emit_options,
		 struct svd_output *output);
/* The same from an SVD already in memory; name is used in diagnostics. */
int svd_generate_memory(struct svd_context *context, const char *name,
			const char *data, size_t size,
			const struct svd_emit_options *emit_options,
			struct svd_output *output);

#endif

// SPDX-License-Identifier: MIT
/* The pipeline, stage after stage; each stops the run on errors. */
#include "svdgen.h"

#include "naming.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void svd_context_init(struct svd_context *context)
{
	memset(context, 0, sizeof(*context));
	svd_arena_init(&context->arena);
	svd_diagnostics_init(&context->diag, stderr);
}

void svd_context_free(struct svd_context *context)
{
	svd_arena_free(&context->arena);
	context->device = NULL;
}

/* The file name without its folders, for banners (no absolute paths). */
static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* What the emitting thread needs. */
struct emit_job {
	struct svd_expanded *expanded;
	const struct svd_names *names;
	const struct svd_options *options;
	struct svd_naming_progress *progress;
	struct svd_output *output;
};

static void *emit_thread(void *argument)
{
	struct emit_job *job = argument;

	svd_emit_headers(job->expanded, job->names, job->options, job->progress,
			 job->output);
	return NULL;
}

/*
 * Naming, and the emitters beside it on a second thread, each type's
 * headers as soon as its names are final: on a large device the emitters
 * and the writing of spilled files take as long as naming. The headers
 * are the same as those of one thread, which is what remains when the
 * options ask for it or the system has no thread to give.
 */
static int name_and_emit(struct svd_context *context,
			 struct svd_expanded *expanded,
			 struct svd_output *output)
{
	const struct svd_options *options = &context->options;
	struct svd_naming_progress progress;
	struct svd_names names;
	struct emit_job job = {expanded, &names, options, &progress, output};
	pthread_t thread;
	int result;

	if (!output || options->jobs == 1 ||
	    svd_naming_progress_init(&progress) < 0)
		goto alone;
	if (svd_start_thread(&thread, emit_thread, &job) != 0) {
		svd_naming_progress_destroy(&progress);
		goto alone;
	}
	result =
	    svd_name_headers(context, expanded, options, &names, &progress);
	pthread_join(thread, NULL);
	svd_naming_progress_destroy(&progress);
	return result;
alone:
	if (svd_name_headers(context, expanded, options, &names, NULL) < 0)
		return -1;
	/* Naming found every error: validating needs no headers. */
	if (output)
		svd_emit_headers(expanded, &names, options, NULL, output);
	return 0;
}

/*
 * The headers of a device of types peripheral types: two per type, the
 * common and device headers, and perhaps SVDConv's name for the latter.
 */
static size_t headers_for(size_t types)
{
	return 3 + 2 * types;
}

/* The stages after parsing, ending with the headers in output. */
static int generate_parsed(struct svd_context *context,
			   struct svd_output *output)
{
	struct svd_expanded expanded;
	struct svd_layout_names layout_names;

	if (svd_derive(context) < 0)
		return -1;
	if (svd_expand(context, &expanded) < 0)
		return -1;
	if (svd_check(context, &expanded) < 0)
		return -1;
	/* Members before layout sorts them: a collision names the first
	 * the SVD declares. Neither pass stops the run before the other. */
	svd_name_members(context, &expanded, &layout_names);
	svd_layout(context, &expanded);
	if (svd_name_layout(context, &expanded, &layout_names) < 0)
		return -1;
	if (output) {
		size_t types = 0;

		for (const struct svd_struct *type = expanded.types; type;
		     type = type->next)
			types++;
		svd_output_expect(output, headers_for(types));
	}
	return name_and_emit(context, &expanded, output);
}

int svd_generate(struct svd_context *context, const char *input,
		 struct svd_output *output)
{
	if (svd_parse_file(context, input) < 0)
		return -1;
	return generate_parsed(context, output);
}

int svd_generate_memory(struct svd_context *context, const char *name,
			const char *data, size_t size,
			struct svd_output *output)
{
	if (svd_parse_memory(context, name, data, size) < 0)
		return -1;
	return generate_parsed(context, output);
}

/*
 * How many headers an input of its size gives at least, before it is
 * read: the common, device and forwarding headers, and one per 128 KiB
 * of SVD, where a header takes 2-110 KiB in the vendor corpus. The parse
 * raises it as it reads the peripherals (see headers_ahead); a guess too
 * high costs the opening and closing of files for nothing, on a file
 * system where each costs up to a few hundred microseconds.
 */
static size_t guess_headers(const char *input)
{
	struct stat status;

	if (stat(input, &status) != 0)
		return 0; /* the parse will say why */
	if (!S_ISREG(status.st_mode))
		return headers_for(0);
	return headers_for(0) + (size_t)status.st_size / (128 * 1024);
}

/* Two headers for each peripheral type the parse has read so far. */
static void headers_ahead(void *argument, size_t own_types)
{
	svd_output_expect_at_least(argument, headers_for(own_types));
}

int svd_run(const char *input, const struct svd_options *options,
	    struct svd_diagnostics *diagnostics)
{
	struct svd_context context;
	struct svd_output output, rule;
	char *depfile_folder = NULL;
	int result;

	svd_context_init(&context);
	context.diag = *diagnostics;
	context.options = *options;
	context.options.source_name = base_name(input);
	svd_output_init(&output);
	svd_output_init(&rule);
	/* Finished headers leave memory early; the commit stays all or
	 * nothing. */
	if (options->output_directory) {
		svd_output_spill_to(&output, options->output_directory);
		if (options->jobs != 1) {
			svd_output_open_ahead(&output, guess_headers(input));
			context.peripherals_read = headers_ahead;
			context.peripherals_read_argument = &output;
		}
	}
	result = svd_generate(&context, input,
			      options->output_directory ? &output : NULL);
	/* Warnings promoted by -Werror fail the run like errors. */
	if (context.diag.errors)
		result = -1;
	if (result == 0 && options->output_directory) {
		struct svd_output_target targets[2] = {
		    {options->output_directory, &output, true},
		    {NULL, &rule, false},
		};
		size_t count = 1;

		if (options->depfile || options->depfile_default) {
			const char *depfile =
			    options->depfile
				? options->depfile
				: svd_arena_printf(
				      &context.arena, "%s/%s.d",
				      options->output_directory,
				      svd_device_file_stem(&context.arena,
							   context.device));

			depfile_folder = svd_output_folder(depfile);
			targets[1].directory = depfile_folder;
			/* -MD's file lives in the output folder, made here. */
			targets[1].create_directory =
			    strcmp(depfile_folder, options->output_directory) ==
			    0;
			result = svd_output_make_rule(
			    &output, options->output_directory, depfile,
			    options->depfile_target, input, &rule,
			    &context.diag);
			count = 2;
		}
		/* Headers and rule together: all are written, or none. */
		if (result == 0)
			result =
			    svd_output_commit(targets, count, &context.diag);
	}
	*diagnostics = context.diag;
	svd_output_free(&output);
	svd_output_free(&rule);
	free(depfile_folder);
	svd_context_free(&context);
	return result;
}

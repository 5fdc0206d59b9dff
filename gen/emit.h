/* SPDX-License-Identifier: MIT */
/* The emitters: from the laid-out model to header files in memory. */
#ifndef SVDGEN_EMIT_H
#define SVDGEN_EMIT_H

#include "layout.h"
#include "output.h"

struct svd_names;

/*
 * The umbrella header, the common definitions and one header per
 * peripheral type, with the names that naming.c chose; nothing here can
 * fail.
 */
void svd_emit_headers(struct svd_context *context,
		      struct svd_expanded *expanded,
		      const struct svd_names *names,
		      const struct svd_options *options,
		      struct svd_output *output);

/* The base file name used for a device: its name, lower-case, sanitized. */
const char *svd_device_file_stem(struct svd_arena *arena,
				 const struct svd_device *device);

#endif

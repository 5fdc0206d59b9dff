/* SPDX-License-Identifier: MIT */
/* The emitters: from the laid-out model to header files in memory. */
#ifndef SVDGEN_EMIT_H
#define SVDGEN_EMIT_H

#include "layout.h"
#include "output.h"

struct svd_names;
struct svd_naming_progress;

/*
 * The umbrella header, the common definitions and one header per
 * peripheral type, with the names that naming.c chose; nothing here can
 * fail. Each type's headers are printed once naming has made its names
 * final (progress NULL: naming is over); when naming fails, this stops
 * early and the run discards output.
 */
void svd_emit_headers(struct svd_expanded *expanded,
		      const struct svd_names *names,
		      const struct svd_options *options,
		      struct svd_naming_progress *progress,
		      struct svd_output *output);

/* The base file name used for a device: its name, lower-case, sanitized. */
const char *svd_device_file_stem(struct svd_arena *arena,
				 const struct svd_device *device);

#endif

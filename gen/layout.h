/* SPDX-License-Identifier: MIT */
/* layout.c: C names, padding and unions for the expanded model. */
#ifndef SVDGEN_LAYOUT_H
#define SVDGEN_LAYOUT_H

#include "expand.h"
#include "names.h"
#include "table.h"

/* Names, padding and unions, with context->options.prefix. */
int svd_layout(struct svd_context *context, struct svd_expanded *expanded);

/* Report that name was changed to result, in the one wording used. */
void svd_report_sanitized(struct svd_diagnostics *diag,
			  const struct svd_location *location, const char *name,
			  const char *result);

#endif

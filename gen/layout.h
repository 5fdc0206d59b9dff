/* SPDX-License-Identifier: MIT */
/* layout.c: padding and unions for the expanded model. */
#ifndef SVDGEN_LAYOUT_H
#define SVDGEN_LAYOUT_H

#include "expand.h"
#include "names.h"
#include "table.h"

/*
 * Sort each struct's members by offset and build its items: members,
 * unions of overlapping ones, padding. Needs no names; cannot fail.
 */
void svd_layout(struct svd_context *context, struct svd_expanded *expanded);

#endif

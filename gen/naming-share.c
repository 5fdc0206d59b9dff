// SPDX-License-Identifier: MIT
/*
 * Peripheral types of one shape share one C type. STM32F439's SVD gives
 * GPIOA, GPIOB and GPIOK their own register lists (their reset values
 * differ), and SVDConv makes USART2 a USART6_Type, so a function that
 * drives any GPIO port needed casts. A type whose C layout, access rules
 * and fields equal an earlier type's becomes a typedef of that type: the
 * first one in device order keeps its struct and its accessors, and the
 * SVDConv names of the others stay valid as aliases.
 */
#include "naming.h"

#include <string.h>

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_enum_set(const struct svd_enum_set *a,
			  const struct svd_enum_set *b)
{
	const struct svd_enum_value *x = a->values, *y = b->values;

	if (a->usage != b->usage || !same_text(a->name, b->name) ||
	    !same_text(a->header_enum_name, b->header_enum_name))
		return false;
	for (; x && y; x = x->next, y = y->next)
		if (x->value != y->value || x->care_mask != y->care_mask ||
		    x->is_default != y->is_default ||
		    !same_text(x->name, y->name))
			return false;
	return !x && !y;
}

static bool same_field(const struct svd_field *a, const struct svd_field *b)
{
	const struct svd_enum_set *x = a->enums, *y = b->enums;
	const struct svd_write_constraint *p = &a->write_constraint,
					  *q = &b->write_constraint;

	if (!same_text(a->name, b->name) || a->has_bits != b->has_bits ||
	    a->bit_offset != b->bit_offset || a->bit_width != b->bit_width ||
	    a->access != b->access || a->modified_write != b->modified_write ||
	    a->read_action != b->read_action ||
	    svd_field_dim(a)->dim_position != svd_field_dim(b)->dim_position ||
	    !same_text(svd_field_dim(a)->dim_template,
		       svd_field_dim(b)->dim_template) ||
	    (svd_field_dim(a)->dim_template &&
	     (a->dim.count != b->dim.count ||
	      a->dim.increment != b->dim.increment)) ||
	    p->present != q->present || p->has_range != q->has_range ||
	    p->minimum != q->minimum || p->maximum != q->maximum)
		return false;
	if (svd_field_dim(a)->dim_template)
		for (uint32_t k = 0; k < a->dim.count; k++)
			if (strcmp(a->dim.index[k], b->dim.index[k]) != 0)
				return false;
	for (; x && y; x = x->next, y = y->next)
		if (!same_enum_set(x, y))
			return false;
	return !x && !y;
}

static bool same_member(const struct svd_member *a, const struct svd_member *b)
{
	const struct svd_field *x = a->fields, *y = b->fields;

	if (a->kind != b->kind || !same_text(a->c_name, b->c_name) ||
	    a->offset != b->offset || a->is_array != b->is_array ||
	    a->count != b->count || a->stride != b->stride ||
	    a->size != b->size || a->is_alternate != b->is_alternate ||
	    a->bits != b->bits || a->access != b->access ||
	    a->modified_write != b->modified_write ||
	    a->read_action != b->read_action || !a->type != !b->type ||
	    svd_member_has_write_enable_mask(a) !=
		svd_member_has_write_enable_mask(b))
		return false;
	if (a->type && !svd_struct_same_shape(a->type, b->type))
		return false;
	for (; x && y; x = x->next, y = y->next)
		if (!same_field(x, y))
			return false;
	return !x && !y;
}

/* Do two items lists print the same struct body? */
static bool same_items(const struct svd_item *a, const struct svd_item *b)
{
	for (; a && b; a = a->next, b = b->next) {
		if (a->kind != b->kind || a->offset != b->offset ||
		    a->size != b->size ||
		    !same_text(a->reserved_name, b->reserved_name) ||
		    a->reserved_unit != b->reserved_unit ||
		    (a->member && b->member &&
		     !same_text(a->member->c_name, b->member->c_name)) ||
		    !same_items(a->children, b->children))
			return false;
	}
	return !a && !b;
}

bool svd_struct_same_shape(const struct svd_struct *a,
			   const struct svd_struct *b)
{
	const struct svd_member *x = a->members, *y = b->members;

	if (a == b)
		return true;
	if (a->size != b->size || a->extent != b->extent ||
	    a->packed != b->packed || a->is_cluster != b->is_cluster)
		return false;
	for (; x && y; x = x->next, y = y->next)
		if (!same_member(x, y))
			return false;
	return !x && !y && same_items(a->items, b->items);
}

const struct svd_struct *svd_shared_type(const struct svd_expanded *expanded,
					 const struct svd_struct *type)
{
	for (const struct svd_struct *earlier = expanded->types;
	     earlier && earlier != type; earlier = earlier->next)
		if (!earlier->shares && svd_struct_same_shape(earlier, type))
			return earlier;
	return NULL;
}

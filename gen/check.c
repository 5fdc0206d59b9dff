// SPDX-License-Identifier: MIT
/*
 * Checks on the expanded model, in the manner of dtc's checks.c: a table of
 * named checks, each a function over one struct type, each reporting under
 * its own name so -W can adjust it. A check never changes the model.
 * Overlap checks live in layout.c, which is where overlaps are found.
 */
#include "expand.h"

#include <stdlib.h>
#include <string.h>

struct checker {
	struct svd_context *context;
	struct svd_diagnostics *diag;
};

typedef void (*check_function)(struct checker *checker,
			       struct svd_struct *type);

struct check_entry {
	enum svd_check_id id;
	check_function run;
};

/* Fields must lie inside their register; enum values inside their field. */
static void check_field_range(struct checker *checker, struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		/* A dim list repeats one register: report it once. */
		if (member->kind != SVD_NODE_REGISTER ||
		    member->dim_position > 0)
			continue;
		for (struct svd_field *field = member->fields; field;
		     field = field->next) {
			if (!field->has_bits)
				continue;
			if (field->bit_width == 0)
				svd_report(checker->diag, SVD_CHECK_FIELD_RANGE,
					   &field->location,
					   "field '%s' is 0 bits wide",
					   field->name);
			else if ((uint64_t)field->bit_offset +
				     field->bit_width >
				 member->bits)
				svd_report(
				    checker->diag, SVD_CHECK_FIELD_RANGE,
				    &field->location,
				    "field '%s' (bits %u..%llu) does not "
				    "fit the %u-bit register '%s'",
				    field->name, field->bit_offset,
				    (unsigned long long)field->bit_offset +
					field->bit_width - 1,
				    member->bits, member->name);
		}
	}
}

static void check_enum_value_range(struct checker *checker,
				   struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->kind != SVD_NODE_REGISTER ||
		    member->dim_position > 0)
			continue;
		for (struct svd_field *field = member->fields; field;
		     field = field->next) {
			uint64_t limit = svd_width_mask(field->bit_width);

			if (!field->has_bits || field->dim_position > 0)
				continue;
			for (struct svd_enum_set *set = field->enums; set;
			     set = set->next)
				for (struct svd_enum_value *value = set->values;
				     value; value = value->next)
					if (!value->is_default &&
					    (value->value & value->care_mask) >
						limit)
						svd_report(
						    checker->diag,
						    SVD_CHECK_ENUM_VALUE_RANGE,
						    &value->location,
						    "value %llu of '%s' "
						    "does not fit the "
						    "%u-bit field '%s'",
						    (unsigned long long)
							value->value,
						    value->name,
						    field->bit_width,
						    field->name);
		}
	}
}

/*
 * Fields sharing bits: each field is reported once, with the first earlier
 * field it overlaps, so that a register of many overlapping fields gives
 * one line per field, not one per pair.
 */
static void check_field_overlap(struct checker *checker,
				struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->kind != SVD_NODE_REGISTER ||
		    member->dim_position > 0)
			continue;
		for (struct svd_field *b = member->fields; b; b = b->next) {
			uint64_t b_mask;

			if (!b->has_bits || b->bit_offset >= 64)
				continue;
			b_mask = svd_width_mask(b->bit_width) << b->bit_offset;
			for (struct svd_field *a = member->fields; a != b;
			     a = a->next) {
				if (!a->has_bits || a->bit_offset >= 64 ||
				    !(svd_width_mask(a->bit_width)
					  << a->bit_offset &
				      b_mask))
					continue;
				svd_report(checker->diag,
					   SVD_CHECK_FIELD_OVERLAP,
					   &b->location,
					   "field '%s' shares bits with '%s' "
					   "in register '%s'",
					   b->name, a->name, member->name);
				break;
			}
		}
	}
}

/* The widest register in a struct and the clusters inside it. */
static uint64_t widest_register(const struct svd_struct *type)
{
	uint64_t widest = 1;

	for (const struct svd_member *m = type->members; m; m = m->next) {
		uint64_t size = m->type ? widest_register(m->type) : m->size;

		if (size > widest)
			widest = size;
	}
	return widest;
}

static void check_unaligned(struct checker *checker, struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		/*
		 * Elements of a cluster array a stride apart that is not a
		 * multiple of a register's size leave that register
		 * unaligned in some elements.
		 */
		if (member->type && member->is_array && member->count > 1 &&
		    member->stride % widest_register(member->type) != 0) {
			svd_report(
			    checker->diag, SVD_CHECK_UNALIGNED_REGISTER,
			    &member->location,
			    "elements of '%s' are 0x%llx bytes apart, "
			    "which leaves %llu-byte registers "
			    "unaligned; the struct is packed to keep "
			    "them",
			    member->name, (unsigned long long)member->stride,
			    (unsigned long long)widest_register(member->type));
			continue;
		}
		if (member->kind != SVD_NODE_REGISTER ||
		    member->offset % member->size == 0)
			continue;
		svd_report(checker->diag, SVD_CHECK_UNALIGNED_REGISTER,
			   &member->location,
			   "%u-bit register '%s' at offset 0x%llx is not "
			   "aligned; the struct is packed to keep it",
			   member->bits, member->name,
			   (unsigned long long)member->offset);
	}
}

static int compare_member_names(const void *left, const void *right)
{
	const struct svd_member *a = *(const struct svd_member *const *)left;
	const struct svd_member *b = *(const struct svd_member *const *)right;
	int order = strcmp(a->name, b->name);

	if (order)
		return order;
	return a->location.line < b->location.line   ? -1
	       : a->location.line > b->location.line ? 1
						     : 0;
}

/* True when two members are in the same alternateGroup, or both none. */
static bool same_group(const struct svd_member *a, const struct svd_member *b)
{
	const char *x = a->node ? a->node->alternate_group : NULL;
	const char *y = b->node ? b->node->alternate_group : NULL;

	if (!x || !y)
		return x == y;
	return strcmp(x, y) == 0;
}

/* Two registers or clusters in one struct with the same name. */
static void check_duplicate_members(struct checker *checker,
				    struct svd_struct *type)
{
	struct svd_member **sorted;
	size_t count = 0;

	for (struct svd_member *member = type->members; member;
	     member = member->next)
		count++;
	if (count < 2)
		return;
	sorted = malloc(count * sizeof(*sorted));
	if (!sorted)
		abort();
	count = 0;
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		sorted[count++] = member;
	qsort(sorted, count, sizeof(*sorted), compare_member_names);
	/*
	 * A register and its alternateGroup view may share a name (TI's I2C
	 * MCS and MCS in group I2C0_ALT): valid SVD, and the view's C name
	 * is MCS_I2C0_ALT. Only the same name in the same group clashes.
	 */
	for (size_t i = 1; i < count; i++) {
		for (size_t j = i; j-- > 0;) {
			if (strcmp(sorted[i]->name, sorted[j]->name) != 0)
				break;
			if (!same_group(sorted[i], sorted[j]))
				continue;
			svd_report(checker->diag, SVD_CHECK_DUPLICATE_NAME,
				   &sorted[i]->location,
				   "'%s' is defined twice in '%s' (first at "
				   "line %lu)",
				   sorted[i]->name, type->name,
				   sorted[j]->location.line);
			break;
		}
	}
	free(sorted);
}

static void check_duplicate_fields(struct checker *checker,
				   struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->kind != SVD_NODE_REGISTER ||
		    member->dim_position > 0)
			continue;
		for (struct svd_field *a = member->fields; a; a = a->next)
			for (struct svd_field *b = a->next; b; b = b->next)
				if (a->name && b->name &&
				    strcmp(a->name, b->name) == 0)
					svd_report(checker->diag,
						   SVD_CHECK_DUPLICATE_NAME,
						   &b->location,
						   "field '%s' is defined "
						   "twice in register '%s'",
						   b->name, member->name);
	}
}

static void report_comment(struct checker *checker, const char *text,
			   const struct svd_location *location)
{
	if (text && strstr(text, "*/"))
		svd_report(checker->diag, SVD_CHECK_COMMENT_TERMINATOR,
			   location,
			   "description contains '*/'; it is emitted as '* /'");
}

static void check_comment_terminators(struct checker *checker,
				      struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->dim_position > 0)
			continue;
		report_comment(checker, member->node->description,
			       &member->location);
		for (struct svd_field *field = member->fields; field;
		     field = field->next) {
			if (field->dim_position > 0)
				continue;
			report_comment(checker, field->description,
				       &field->location);
			for (struct svd_enum_set *set = field->enums; set;
			     set = set->next)
				for (struct svd_enum_value *value = set->values;
				     value; value = value->next)
					report_comment(checker,
						       value->description,
						       &value->location);
		}
	}
}

/*
 * A write-enable-mask register (svdgen's vendor extension) keeps bits 31:16
 * for the mask: it must be 32 bits wide and every field, also those a dim
 * list, derivedFrom or an inherited size bring, must lie in bits 15:0, or
 * the generated setter would shift past the register.
 */
static void check_write_enable_mask(struct checker *checker,
				    struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->kind != SVD_NODE_REGISTER ||
		    !svd_member_has_write_enable_mask(member) ||
		    member->dim_position > 0)
			continue;
		if (member->bits != 32) {
			svd_report(checker->diag, SVD_CHECK_INVALID_VALUE,
				   &member->location,
				   "writeEnableMask: register '%s' is %u bits "
				   "wide; the mask needs a 32-bit register",
				   member->name, member->bits);
			continue;
		}
		for (struct svd_field *field = member->fields; field;
		     field = field->next) {
			if (!field->has_bits ||
			    (uint64_t)field->bit_offset + field->bit_width <=
				16)
				continue;
			svd_report(checker->diag, SVD_CHECK_INVALID_VALUE,
				   &field->location,
				   "writeEnableMask: field '%s.%s' reaches bit "
				   "%u, but bits 31:16 of a write-enable-mask "
				   "register are the mask",
				   member->name, field->name,
				   field->bit_offset + field->bit_width - 1);
			break;
		}
	}
}

static const struct check_entry struct_checks[] = {
    {SVD_CHECK_INVALID_VALUE, check_write_enable_mask},
    {SVD_CHECK_FIELD_RANGE, check_field_range},
    {SVD_CHECK_FIELD_OVERLAP, check_field_overlap},
    {SVD_CHECK_ENUM_VALUE_RANGE, check_enum_value_range},
    {SVD_CHECK_UNALIGNED_REGISTER, check_unaligned},
    {SVD_CHECK_DUPLICATE_NAME, check_duplicate_members},
    {SVD_CHECK_DUPLICATE_NAME, check_duplicate_fields},
    {SVD_CHECK_COMMENT_TERMINATOR, check_comment_terminators},
};

/* Run every enabled check over a struct and the cluster types it uses. */
static void check_struct(struct checker *checker, struct svd_struct *type)
{
	for (size_t i = 0; i < sizeof(struct_checks) / sizeof(struct_checks[0]);
	     i++)
		if (svd_check_enabled(checker->diag, struct_checks[i].id))
			struct_checks[i].run(checker, type);
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->type && member->dim_position <= 0)
			check_struct(checker, member->type);
}

/* Instances by name; one name's instances in device order. */
static int compare_instances(const void *left, const void *right)
{
	const struct svd_instance *a =
	    *(const struct svd_instance *const *)left;
	const struct svd_instance *b =
	    *(const struct svd_instance *const *)right;
	int order = strcmp(a->name, b->name);

	if (order)
		return order;
	if (a->peripheral->location.line != b->peripheral->location.line)
		return a->peripheral->location.line <
			       b->peripheral->location.line
			   ? -1
			   : 1;
	return a < b ? -1 : a > b;
}

static void check_duplicate_peripherals(struct checker *checker,
					struct svd_expanded *expanded)
{
	struct svd_instance **sorted;
	size_t count = 0;

	for (struct svd_instance *i = expanded->instances; i; i = i->next)
		count++;
	if (count < 2)
		return;
	sorted = malloc(count * sizeof(*sorted));
	if (!sorted)
		abort();
	count = 0;
	for (struct svd_instance *i = expanded->instances; i; i = i->next)
		sorted[count++] = i;
	/* By name, then device order (an insertion sort was n^2 on a
	 * device of 100,000 derived peripherals). */
	qsort(sorted, count, sizeof(*sorted), compare_instances);
	for (size_t i = 1; i < count; i++)
		if (strcmp(sorted[i]->name, sorted[i - 1]->name) == 0)
			svd_report(checker->diag, SVD_CHECK_DUPLICATE_NAME,
				   &sorted[i]->peripheral->location,
				   "peripheral '%s' is defined twice (first "
				   "at line %lu)",
				   sorted[i]->name,
				   sorted[i - 1]->peripheral->location.line);
	free(sorted);
}

int svd_check(struct svd_context *context, struct svd_expanded *expanded)
{
	struct checker checker = {context, &context->diag};
	unsigned errors_before = context->diag.errors;

	for (struct svd_struct *type = expanded->types; type; type = type->next)
		check_struct(&checker, type);
	check_duplicate_peripherals(&checker, expanded);
	for (struct svd_peripheral *p = context->device->peripherals; p;
	     p = p->next)
		if (!p->base || p->description != p->base->description)
			report_comment(&checker, p->description, &p->location);
	return context->diag.errors > errors_before ? -1 : 0;
}

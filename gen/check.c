// SPDX-License-Identifier: MIT
/*
 * The table of named checks, in the manner of dtc's checks.c, and the checks
 * that are passes over the expanded model: each reports under its own name
 * so -W can adjust it, and none changes the model.
 */
#include "expand.h"
#include "marks.h"

#include <stdlib.h>
#include <string.h>

struct svd_checker {
	struct svd_context *context;
	struct svd_diagnostics *diag;
	struct svd_expanded *expanded;
};

/* Fields must lie inside their register; enum values inside their field. */
static void check_field_range(struct svd_checker *checker,
			      struct svd_struct *type)
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

static void check_enum_value_range(struct svd_checker *checker,
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

			if (!field->has_bits ||
			    svd_field_dim(field)->dim_position > 0)
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
static void check_field_overlap(struct svd_checker *checker,
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

static void check_unaligned(struct svd_checker *checker,
			    struct svd_struct *type)
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
static void check_duplicate_members(struct svd_checker *checker,
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

static void check_duplicate_fields(struct svd_checker *checker,
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

static void report_comment(struct svd_checker *checker, const char *text,
			   const struct svd_location *location)
{
	if (text && strstr(text, "*/"))
		svd_report(checker->diag, SVD_CHECK_COMMENT_TERMINATOR,
			   location,
			   "description contains '*/'; it is emitted as '* /'");
}

static void check_comment_terminators(struct svd_checker *checker,
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
			if (svd_field_dim(field)->dim_position > 0)
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
static void check_write_enable_mask(struct svd_checker *checker,
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

/* Two members or two fields of one register with the same name. */
static void check_duplicate_names(struct svd_checker *checker,
				  struct svd_struct *type)
{
	check_duplicate_members(checker, type);
	check_duplicate_fields(checker, type);
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

static void check_duplicate_peripherals(struct svd_checker *checker)
{
	struct svd_expanded *expanded = checker->expanded;
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

/*
 * Warn about overlaps where neither register says it is an alternate. The
 * members are sorted by offset, so one pass keeps the non-alternate member
 * that reaches furthest, and the furthest one from another SVD element
 * (elements of one dim list overlap only by design): linear even for a
 * list of 65536 registers.
 */
static void report_overlaps(struct svd_checker *checker,
			    const struct svd_struct *type,
			    struct svd_member **members, size_t count)
{
	struct svd_member *best = NULL, *best_other = NULL;

	for (size_t i = 0; i < count; i++) {
		struct svd_member *m = members[i], *candidate;
		uint64_t end = m->offset + svd_member_extent(m);

		if (m->is_alternate)
			continue;
		candidate = best && best->node != m->node ? best : best_other;
		if (candidate &&
		    candidate->offset + svd_member_extent(candidate) >
			m->offset)
			svd_report(checker->diag, SVD_CHECK_REGISTER_OVERLAP,
				   &m->location,
				   "'%s' at offset 0x%llx overlaps '%s' in "
				   "'%s' and is not marked alternate",
				   m->name, (unsigned long long)m->offset,
				   candidate->name, type->name);
		if (!best || end > best->offset + svd_member_extent(best)) {
			if (best && best->node != m->node)
				best_other = best;
			best = m;
		} else if (best->node != m->node &&
			   (!best_other ||
			    end > best_other->offset +
				      svd_member_extent(best_other))) {
			best_other = m;
		}
	}
}

/*
 * Overlaps in a struct after those in the cluster types it holds, each
 * struct once, with the members in offset order (the order of the C
 * struct): the order the messages have always come in.
 */
static void check_struct_overlaps(struct svd_checker *checker,
				  struct svd_marks *visited,
				  struct svd_struct *type)
{
	struct svd_member **members;
	size_t count;

	if (svd_marks_get(visited, type))
		return;
	svd_marks_set(visited, type, 1);
	for (struct svd_member *m = type->members; m; m = m->next)
		if (m->type)
			check_struct_overlaps(checker, visited, m->type);
	members = svd_members_by_offset(&checker->context->arena, type, &count);
	report_overlaps(checker, type, members, count);
}

static void check_register_overlap(struct svd_checker *checker)
{
	struct svd_marks visited;

	svd_marks_init(&visited, &checker->context->arena);
	for (struct svd_struct *type = checker->expanded->types; type;
	     type = type->next)
		check_struct_overlaps(checker, &visited, type);
}

/* Descriptions of peripherals; a derived one repeats its base's. */
static void check_peripheral_comments(struct svd_checker *checker)
{
	for (struct svd_peripheral *p = checker->context->device->peripherals;
	     p; p = p->next)
		if (!p->inherits_description)
			report_comment(checker, p->description, &p->location);
}

/*
 * Every check svdgen knows, in the order --list-checks prints them and the
 * passes run. Checks without a pass are reported by the stage that finds
 * the problem (the parser, derive, expand, layout, the emitters, output).
 */
const struct svd_check_info svd_checks[SVD_CHECK_COUNT] = {
    [SVD_CHECK_XML_SYNTAX] =
	{
	    .name = "xml-syntax",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "the file is not well-formed XML",
	},
    [SVD_CHECK_XML_ENTITY] =
	{
	    .name = "xml-entity",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "DTDs and entity declarations are refused",
	},
    [SVD_CHECK_WRONG_ROOT] =
	{
	    .name = "wrong-root",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "the root element is not <device>",
	},
    [SVD_CHECK_MISSING_ELEMENT] =
	{
	    .name = "missing-element",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "a required element is absent",
	},
    [SVD_CHECK_INVALID_VALUE] =
	{
	    .name = "invalid-value",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "an element's text is not a valid value",
	    .struct_pass = check_write_enable_mask,
	},
    [SVD_CHECK_NONSTANDARD_VALUE] =
	{
	    .name = "nonstandard-value",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "a keyword misspelt, read as meant",
	},
    [SVD_CHECK_UNKNOWN_ELEMENT] =
	{
	    .name = "unknown-element",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "an element CMSIS-SVD 1.3 does not define",
	},
    [SVD_CHECK_DUPLICATE_ELEMENT] =
	{
	    .name = "duplicate-element",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "an element given twice; the last wins",
	},
    [SVD_CHECK_DERIVE_DANGLING] =
	{
	    .name = "derive-dangling",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "derivedFrom names nothing",
	},
    [SVD_CHECK_DERIVE_CYCLE] =
	{
	    .name = "derive-cycle",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "derivedFrom chains form a cycle",
	},
    [SVD_CHECK_DIM_INVALID] =
	{
	    .name = "dim-invalid",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .recoverable = true,
	    .summary = "dim, dimIndex or %s used inconsistently",
	},
    [SVD_CHECK_REGISTER_SIZE] =
	{
	    .name = "register-size",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .recoverable = true,
	    .summary = "a register that is not 8, 16, 32 or 64 bits",
	},
    [SVD_CHECK_ADDRESS_UNIT_BITS] =
	{
	    .name = "address-unit-bits",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "offsets counted in units wider than a byte",
	},
    [SVD_CHECK_FIELD_RANGE] =
	{
	    .name = "field-range",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .recoverable = true,
	    .summary = "a field beyond its register's width",
	    .struct_pass = check_field_range,
	},
    [SVD_CHECK_FIELD_OVERLAP] =
	{
	    .name = "field-overlap",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "two fields share bits",
	    .struct_pass = check_field_overlap,
	},
    [SVD_CHECK_REGISTER_OVERLAP] =
	{
	    .name = "register-overlap",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "registers overlap without being marked alternate",
	    .device_pass = check_register_overlap,
	    .needs_sound_model = true,
	},
    [SVD_CHECK_UNALIGNED_REGISTER] =
	{
	    .name = "unaligned-register",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "a register not aligned to its size",
	    .struct_pass = check_unaligned,
	},
    [SVD_CHECK_DUPLICATE_NAME] =
	{
	    .name = "duplicate-name",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "two siblings share a name",
	    .struct_pass = check_duplicate_names,
	    .device_pass = check_duplicate_peripherals,
	},
    [SVD_CHECK_DUPLICATE_ENUM] =
	{
	    .name = "duplicate-enum",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "one enumerated value name, two values",
	},
    [SVD_CHECK_NAME_SANITIZED] =
	{
	    .name = "name-sanitized",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "a name was changed to be a C identifier",
	},
    [SVD_CHECK_NAME_COLLISION] =
	{
	    .name = "name-collision",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "two C identifiers generated alike",
	},
    [SVD_CHECK_ACCESSOR_COLLISION] =
	{
	    .name = "accessor-collision",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "an accessor name is taken; it is left out",
	},
    [SVD_CHECK_COMMENT_TERMINATOR] =
	{
	    .name = "comment-terminator",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "a description contains */",
	    .struct_pass = check_comment_terminators,
	    .device_pass = check_peripheral_comments,
	},
    [SVD_CHECK_ENUM_VALUE_RANGE] =
	{
	    .name = "enum-value-range",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "an enumerated value does not fit its field",
	    .struct_pass = check_enum_value_range,
	},
    [SVD_CHECK_INTERRUPT_CONFLICT] =
	{
	    .name = "interrupt-conflict",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .recoverable = true,
	    .summary = "one interrupt name, two numbers; the later is kept",
	},
    [SVD_CHECK_REGISTER_SIZE_BYTES] =
	{
	    .name = "register-size-bytes",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "a register of <size>1</size>, read as 8 bits",
	},
    [SVD_CHECK_RESERVED_FIELD] =
	{
	    .name = "reserved-field",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "fields named RESERVED given twice; they are left out",
	},
    [SVD_CHECK_DERIVE_EXPANDED] =
	{
	    .name = "derive-expanded",
	    .default_severity = SVD_SEVERITY_WARNING,
	    .summary = "derivedFrom names one element of a dim list; its "
		       "template is used",
	},
    [SVD_CHECK_SIZE_LIMIT] =
	{
	    .name = "size-limit",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "a size or count beyond what is sensible",
	},
    [SVD_CHECK_IO] =
	{
	    .name = "io",
	    .default_severity = SVD_SEVERITY_ERROR,
	    .fatal = true,
	    .summary = "a file could not be read or written",
	},
};

/* Run every enabled struct pass over a struct and the cluster types it uses. */
static void check_struct(struct svd_checker *checker, struct svd_struct *type)
{
	for (int id = 0; id < SVD_CHECK_COUNT; id++)
		if (svd_checks[id].struct_pass &&
		    svd_check_enabled(checker->diag, (enum svd_check_id)id))
			svd_checks[id].struct_pass(checker, type);
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->type && member->dim_position <= 0)
			check_struct(checker, member->type);
}

int svd_check(struct svd_context *context, struct svd_expanded *expanded)
{
	struct svd_checker checker = {context, &context->diag, expanded};
	unsigned errors_before = context->diag.errors;

	for (struct svd_struct *type = expanded->types; type; type = type->next)
		check_struct(&checker, type);
	for (int id = 0; id < SVD_CHECK_COUNT; id++)
		if (svd_checks[id].device_pass &&
		    !svd_checks[id].needs_sound_model &&
		    svd_check_enabled(checker.diag, (enum svd_check_id)id))
			svd_checks[id].device_pass(&checker);
	/* Checks that trust every offset and size the others vouch for. */
	for (int id = 0; id < SVD_CHECK_COUNT; id++)
		if (svd_checks[id].device_pass &&
		    svd_checks[id].needs_sound_model &&
		    context->diag.errors == errors_before &&
		    svd_check_enabled(checker.diag, (enum svd_check_id)id))
			svd_checks[id].device_pass(&checker);
	return context->diag.errors > errors_before ? -1 : 0;
}

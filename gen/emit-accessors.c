// SPDX-License-Identifier: MIT
/*
 * Typed inline accessors on top of the SVDConv structs: read and write per
 * register, get/set/val per field, _clear for write-1-to-clear fields, and
 * field enums merged by content. What is generated follows the register's
 * access rules: nothing reads a write-only register, nothing does a
 * read-modify-write on a register whose writes set, clear or toggle bits or
 * whose reads have side effects, and no set writes back a 1 to a
 * write-1-to-clear field. Every access goes through SVDGEN_READn and
 * SVDGEN_WRITEn, which a simulator or a trace may define first.
 */
#include "emit-internal.h"

#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* A register reached from the peripheral pointer, with its array indices. */
struct access_path {
	const char *name;	/* member names joined by '_' */
	const char *expression; /* "p->CH[i].CFG" */
	const char *parameters; /* ", uint32_t i" */
	const char *checks;	/* "\tSVDGEN_CHECK_INDEX(i < 2u);\n" */
	unsigned depth;		/* array indices so far */
	bool packed;		/* reached through a packed struct */
};

static bool is_readable(enum svd_access access)
{
	return access != SVD_ACCESS_WRITE_ONLY &&
	       access != SVD_ACCESS_WRITE_ONCE;
}

static bool is_writable(enum svd_access access)
{
	return access != SVD_ACCESS_READ_ONLY;
}

/* Writes that set, clear or toggle bits instead of storing the value. */
static bool writes_are_actions(enum svd_modified_write modified)
{
	return modified != SVD_MODIFIED_WRITE_UNSET &&
	       modified != SVD_MODIFIED_WRITE_MODIFY;
}

static enum svd_access field_access(const struct svd_member *reg,
				    const struct svd_field *field)
{
	return field->access ? field->access : reg->access;
}

static enum svd_modified_write
field_modified_write(const struct svd_member *reg,
		     const struct svd_field *field)
{
	return field->modified_write ? field->modified_write
				     : reg->modified_write;
}

static bool field_is_w1c(const struct svd_member *reg,
			 const struct svd_field *field)
{
	return field_modified_write(reg, field) ==
	       SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
}

/*
 * The name a field's accessors and enums use: a dim list FSEL%s is one
 * indexed field FSEL; its first element stands for all.
 */
static const char *field_base_name(struct emitter *emitter,
				   const struct svd_field *field)
{
	bool changed;
	const char *name =
	    field->dim_template
		? svd_strip_dim_marker(emitter->arena, field->dim_template)
		: field->name;

	return svd_identifier(emitter->arena, name, &changed);
}

/* Fields of a dim list after the first are covered by the first. */
static bool field_is_representative(const struct svd_field *field)
{
	return !field->dim_template || field->dim_position == 0;
}

/* Do all of a set's values fit a C enum (int)? */
static bool fits_enum(const struct svd_enum_set *set)
{
	for (const struct svd_enum_value *v = set->values; v; v = v->next)
		if (!v->is_default && v->value > INT_MAX)
			return false;
	return true;
}

/* A key equal for sets with the same names and values. */
static const char *enum_content_key(struct emitter *emitter,
				    const struct svd_enum_set *set)
{
	struct svd_buffer key = {0};
	const char *result;

	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		if (v->is_default || !v->name)
			continue;
		svd_buffer_printf(&key, "%s=%" PRIx64 "/%" PRIx64 ";", v->name,
				  v->value, v->care_mask);
	}
	result = svd_arena_strdup(emitter->arena, key.data ? key.data : "");
	free(key.data);
	return result;
}

static const char *enum_usage_infix(const struct svd_field *field,
				    const struct svd_enum_set *set)
{
	if (!field->enums->next)
		return "";
	switch (set->usage) {
	case SVD_USAGE_READ:
		return "Read_";
	case SVD_USAGE_WRITE:
		return "Write_";
	default:
		return "ReadWrite_";
	}
}

/* Key of the enum type a field uses for reading or for writing. */
static const char *field_enum_key(struct emitter *emitter,
				  const struct svd_field *field, bool writing)
{
	return svd_arena_printf(emitter->arena, "%p/%c", (const void *)field,
				writing ? 'w' : 'r');
}

static void remember_field_enum(struct emitter *emitter,
				const struct svd_field *field,
				const struct svd_enum_set *set,
				const char *enum_name)
{
	if (set->usage != SVD_USAGE_WRITE)
		svd_table_insert(&emitter->field_enums,
				 field_enum_key(emitter, field, false),
				 (void *)enum_name);
	if (set->usage != SVD_USAGE_READ)
		svd_table_insert(&emitter->field_enums,
				 field_enum_key(emitter, field, true),
				 (void *)enum_name);
}

/* The enum type for reading or writing a field, or NULL. */
static const char *field_enum(struct emitter *emitter,
			      const struct svd_field *field, bool writing)
{
	return svd_table_find(&emitter->field_enums,
			      field_enum_key(emitter, field, writing));
}

/* One enum: the typedef and its values, or #defines when not an int. */
static void put_enum(struct emitter *emitter, struct svd_buffer *out,
		     const struct svd_field *field,
		     const struct svd_enum_set *set, const char *stem,
		     const char *enum_name, bool as_enum)
{
	if (as_enum)
		svd_buffer_puts(out, "typedef enum {\n");
	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		const char *name, *text, *existing;
		bool changed;

		if (v->is_default || !v->name)
			continue;
		/* Sanitized whole, as SVDConv spells it: a value named 3v3
		 * makes STEM_3v3, not STEM__3v3; NULL makes STEM_NULL. */
		name = svd_identifier(
		    emitter->arena,
		    svd_arena_printf(emitter->arena, "%s_%s", stem, v->name),
		    &changed);
		text = svd_arena_printf(emitter->arena, "0x%" PRIx64 "%s",
					v->value,
					as_enum			? ""
					: v->value > UINT32_MAX ? "ULL"
								: "UL");
		existing = svd_table_find(&emitter->names->globals, name);
		if (existing && strcmp(existing, text) != 0) {
			svd_report(emitter->diag, SVD_CHECK_DUPLICATE_ENUM,
				   &v->location,
				   "enumerated value '%s' is given twice with "
				   "different values; the first is kept",
				   v->name);
			continue;
		}
		if (!svd_names_claim(emitter->names, name, text, &v->location))
			continue;
		if (as_enum)
			svd_buffer_printf(out, "\t%s = %s,", name, text);
		else
			svd_buffer_printf(out, "#define %s (%s)", name, text);
		svd_buffer_puts(out, " /*!< ");
		svd_put_comment_text(out,
				     v->description ? v->description : v->name);
		if (v->care_mask != UINT64_MAX)
			svd_buffer_printf(
			    out,
			    " (bits of mask 0x%" PRIx64 " match any value)",
			    (uint64_t)(~v->care_mask &
				       svd_width_mask(field->bit_width)));
		svd_buffer_puts(out, " */\n");
	}
	if (as_enum) {
		svd_buffer_printf(out, "} %s;\n", enum_name);
	} else {
		/* Values beyond int cannot be enumerators in ISO C; the set's
		 * name still names a type, as in SVDConv's headers. */
		bool wide = false;

		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next)
			wide |= v->value > UINT32_MAX;
		svd_buffer_printf(out, "typedef %s %s;\n",
				  wide ? "uint64_t" : "uint32_t", enum_name);
	}
}

/* With --enum-strings: the name of a value, or NULL. */
static void put_enum_decoder(struct emitter *emitter, struct svd_buffer *out,
			     const struct svd_enum_set *set,
			     const char *enum_name)
{
	const char *function =
	    svd_arena_printf(emitter->arena, "%s_to_str", enum_name);

	if (!svd_names_claim(emitter->names, function, "function",
			     &set->location))
		return;
	svd_buffer_printf(out,
			  "/* The name of a %s value, or NULL. */\n"
			  "static inline const char *%s(%s value)\n{\n"
			  "\tuint64_t bits = (uint64_t)value;\n\n",
			  enum_name, function, enum_name);
	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		bool changed;

		if (v->is_default || !v->name)
			continue;
		svd_buffer_printf(
		    out,
		    "\tif ((bits & 0x%" PRIx64 "u) == 0x%" PRIx64
		    "u)\n\t\treturn \"%s\";\n",
		    v->care_mask & 0xffffffffu,
		    v->value & v->care_mask & 0xffffffffu,
		    svd_identifier(emitter->arena, v->name, &changed));
	}
	svd_buffer_puts(out, "\treturn NULL;\n}\n");
}

/*
 * The stem of a new enum: TYPE_SETNAME when the SVD names the set and that
 * name is free, else the field's own TYPE_REG_FIELD.
 */
static const char *enum_stem(struct emitter *emitter, const char *owner,
			     const struct svd_member *member,
			     const struct svd_field *field,
			     const struct svd_enum_set *set, bool *named)
{
	const char *field_stem = svd_arena_printf(
	    emitter->arena, "%s%s_%s_%s", emitter->names->prefix, owner,
	    member->c_name, field_base_name(emitter, field));
	const char *set_name =
	    set->header_enum_name ? set->header_enum_name : set->name;
	const char *stem;
	bool changed;

	*named = false;
	if (!set_name)
		return field_stem;
	stem = svd_arena_printf(
	    emitter->arena, "%s%s_%s", emitter->names->prefix, owner,
	    svd_identifier(emitter->arena, set_name, &changed));
	if (svd_table_find(&emitter->names->globals,
			   svd_arena_printf(emitter->arena, "%s_Enum", stem)))
		return field_stem;
	*named = true;
	return stem;
}

/*
 * Enums for the fields of one register. Sets with the same values share
 * one enum in a header, so a register file of identical fields (GPFSEL0-5,
 * every CLKCTRL's MODULEMODE) costs one enum, named after the set.
 */
static void put_register_enums(struct emitter *emitter, struct svd_buffer *out,
			       const char *owner,
			       const struct svd_member *member)
{
	for (const struct svd_field *field = member->fields; field;
	     field = field->next) {
		if (!field->enums || !svd_field_is_usable(member, field) ||
		    !field_is_representative(field))
			continue;
		for (const struct svd_enum_set *set = field->enums; set;
		     set = set->next) {
			const char *key = enum_content_key(emitter, set);
			const char *existing, *stem, *enum_name;
			bool as_enum = fits_enum(set);
			bool named;

			if (!*key)
				continue;
			key =
			    svd_arena_printf(emitter->arena, "%s%s",
					     enum_usage_infix(field, set), key);
			existing = as_enum
				       ? svd_table_find(&emitter->enums, key)
				       : NULL;
			if (existing) {
				remember_field_enum(emitter, field, set,
						    existing);
				continue;
			}
			stem = enum_stem(emitter, owner, member, field, set,
					 &named);
			/* A set's own name already tells read from write. */
			enum_name = svd_arena_printf(
			    emitter->arena, "%s_%sEnum", stem,
			    named ? "" : enum_usage_infix(field, set));
			if (!svd_names_claim(emitter->names, enum_name, key,
					     &set->location))
				continue;
			put_enum(emitter, out, field, set, stem, enum_name,
				 as_enum);
			if (!as_enum)
				continue;
			svd_table_insert(&emitter->enums, key,
					 (void *)enum_name);
			remember_field_enum(emitter, field, set, enum_name);
			if (emitter->options->enum_strings)
				put_enum_decoder(emitter, out, set, enum_name);
		}
	}
}

void svd_emit_field_enums(struct emitter *emitter, struct svd_buffer *out,
			  struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->kind == SVD_NODE_REGISTER)
			put_register_enums(emitter, out, type->name, member);
}

/* "value" as the register type, whatever the parameter's type. */
static const char *value_type(const struct svd_member *reg)
{
	return svd_register_c_type(reg->bits);
}

static const char *literal_suffix(const struct svd_member *reg)
{
	return reg->bits == 64 ? "ull" : "u";
}

/* Position and index parameter of a field, as C text. */
struct field_shape {
	const char *position;	/* "3u" or "(3u + element * 3u)" */
	const char *parameter;	/* "" or ", uint32_t n" */
	const char *index_type; /* "uint32_t" or the index enum */
	const char *check;	/* index check and reduction, or "" */
	uint64_t mask;		/* unshifted */
};

static bool is_power_of_two(uint64_t value)
{
	return value && !(value & (value - 1));
}

/*
 * An index reduced into 0..count-1 whatever its value, so no accessor
 * shifts past the register or reaches past an array: a mask when count
 * is a power of two (free where the shift instruction masks anyway),
 * else the first element. Which element an out-of-range index selects is
 * unspecified; SVDGEN_DEBUG catches it, and a constant one does not
 * compile.
 */
static const char *reduced_index(struct emitter *emitter, const char *index,
				 uint32_t count)
{
	if (count == 1)
		return "0u";
	if (is_power_of_two(count))
		return svd_arena_printf(emitter->arena, "(%s & %" PRIu32 "u)",
					index, count - 1);
	return svd_arena_printf(emitter->arena, "(%s < %" PRIu32 "u ? %s : 0u)",
				index, count, index);
}

/*
 * The first dimIndex value when the list is the numbers first, first+1,
 * ... in order (the default 0..dim-1 included); false for names or gaps.
 */
static bool numeric_index(const struct svd_dim *dim, uint32_t *first)
{
	uint64_t start = 0;

	for (uint32_t k = 0; k < dim->count; k++) {
		const char *text = dim->index[k];
		uint64_t value = 0;

		if (!*text)
			return false;
		for (const char *c = text; *c; c++) {
			if (*c < '0' || *c > '9' || value > UINT32_MAX)
				return false;
			value = value * 10 + (uint64_t)(*c - '0');
		}
		if (k == 0)
			start = value;
		if (value != start + k || value > UINT32_MAX)
			return false;
	}
	*first = (uint32_t)start;
	return true;
}

/*
 * The enum that names the elements of a non-numeric field list (EN%s with
 * dimIndex A,B,C): STEM_Index with STEM_Index_A = 0 and so on. NULL when
 * the name is taken by something else.
 */
static const char *put_index_enum(struct emitter *emitter,
				  struct svd_buffer *out, const char *stem,
				  const struct svd_field *field)
{
	const char *type_name =
	    svd_arena_printf(emitter->arena, "%s_Index", stem);
	struct svd_buffer body = {0};
	const char *definition;
	const char *existing;

	for (uint32_t k = 0; k < field->dim.count; k++) {
		bool changed;

		svd_buffer_printf(&body, "\t%s_%s = %" PRIu32 ",\n", type_name,
				  svd_identifier(emitter->arena,
						 field->dim.index[k], &changed),
				  k);
	}
	definition =
	    svd_arena_strdup(emitter->arena, body.data ? body.data : "");
	free(body.data);
	existing = svd_table_find(&emitter->names->globals, type_name);
	if (existing)
		return strcmp(existing, definition) == 0 ? type_name : NULL;
	for (uint32_t k = 0; k < field->dim.count; k++) {
		bool changed;
		const char *value = svd_arena_printf(
		    emitter->arena, "%s_%s", type_name,
		    svd_identifier(emitter->arena, field->dim.index[k],
				   &changed));

		if (svd_table_find(&emitter->names->globals, value))
			return NULL;
	}
	svd_names_claim(emitter->names, type_name, definition,
			&field->dim.location);
	for (uint32_t k = 0; k < field->dim.count; k++) {
		bool changed;

		svd_table_insert(
		    &emitter->names->globals,
		    svd_arena_printf(emitter->arena, "%s_%s", type_name,
				     svd_identifier(emitter->arena,
						    field->dim.index[k],
						    &changed)),
		    (void *)"index");
	}
	svd_buffer_printf(
	    out,
	    "/* The elements of %s, for its accessors' index. */\n"
	    "typedef enum {\n%s} %s;\n",
	    svd_strip_dim_marker(emitter->arena, field->dim_template),
	    definition, type_name);
	return type_name;
}

/*
 * The index of a field list is the number in the field's name (FSEL17 is
 * index 17 of GPFSEL1's FSEL10..FSEL19), or an enum of the names.
 */
static struct field_shape shape_of(struct emitter *emitter,
				   struct svd_buffer *out, const char *stem,
				   const struct svd_field *field)
{
	struct field_shape shape;

	shape.mask = svd_width_mask(field->bit_width);
	if (field->dim_template) {
		uint32_t count = field->dim.count;
		uint64_t increment = field->dim.increment;
		const char *offset, *enum_type = NULL;
		uint32_t first = 0;

		if (numeric_index(&field->dim, &first))
			offset = first ? svd_arena_printf(emitter->arena,
							  "(uint32_t)(n - "
							  "%" PRIu32 "u)",
							  first)
				       : "n";
		else if ((enum_type =
			      put_index_enum(emitter, out, stem, field)))
			offset = "(uint32_t)n";
		else
			offset = "n";
		shape.index_type = enum_type ? enum_type : "uint32_t";
		shape.position = svd_arena_printf(
		    emitter->arena, "(%" PRIu32 "u + element * %" PRIu64 "u)",
		    field->bit_offset, increment);
		shape.parameter = svd_arena_printf(emitter->arena, ", %s n",
						   shape.index_type);
		shape.check = svd_arena_printf(
		    emitter->arena,
		    "\tuint32_t element = %s;\n\n"
		    "\tSVDGEN_CHECK_INDEX(%s < %" PRIu32 "u);\n",
		    reduced_index(emitter, offset, count), offset, count);
	} else {
		shape.position = svd_arena_printf(
		    emitter->arena, "%" PRIu32 "u", field->bit_offset);
		shape.parameter = "";
		shape.index_type = NULL;
		shape.check = "";
	}
	return shape;
}

/* Checks that a value fits a field and its write constraint. */
static void put_value_checks(struct svd_buffer *out,
			     const struct svd_member *reg,
			     const struct svd_field *field, const char *value,
			     bool is_enum)
{
	uint64_t limit = svd_width_mask(field->bit_width);
	const struct svd_write_constraint *constraint =
	    &field->write_constraint;

	/*
	 * An enum parameter fits by construction (enum-value-range checks
	 * the SVD), and with short enums the test would always be true.
	 */
	if (is_enum)
		return;
	if (field->bit_width < reg->bits)
		svd_buffer_printf(out,
				  "\tSVDGEN_CHECK_VALUE((uint64_t)%s <= "
				  "0x%" PRIx64 "u);\n",
				  value, limit);
	if (constraint->present && constraint->has_range) {
		if (constraint->minimum > 0)
			svd_buffer_printf(
			    out,
			    "\tSVDGEN_CHECK_VALUE((uint64_t)%s >= "
			    "0x%" PRIx64 "u);\n",
			    value, constraint->minimum);
		if (constraint->maximum < limit)
			svd_buffer_printf(
			    out,
			    "\tSVDGEN_CHECK_VALUE((uint64_t)%s <= "
			    "0x%" PRIx64 "u);\n",
			    value, constraint->maximum);
	}
}

/* Mask of the write-1-to-clear fields of a register. */
static uint64_t w1c_mask(const struct svd_member *reg)
{
	uint64_t mask = 0;

	if (reg->modified_write == SVD_MODIFIED_WRITE_ONE_TO_CLEAR)
		return svd_width_mask(reg->bits);
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (svd_field_is_usable(reg, field) && field_is_w1c(reg, field))
			mask |= svd_width_mask(field->bit_width)
				<< field->bit_offset;
	return mask;
}

/* Do all writable bits of the register clear, set or toggle when written? */
static bool register_writes_are_actions(const struct svd_member *reg)
{
	bool any = false;

	if (writes_are_actions(reg->modified_write))
		return true;
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		if (!svd_field_is_usable(reg, field) ||
		    !is_writable(field_access(reg, field)))
			continue;
		if (!writes_are_actions(field_modified_write(reg, field)))
			return false;
		any = true;
	}
	return any;
}

static bool reads_have_effects(const struct svd_member *reg)
{
	if (reg->read_action)
		return true;
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (field->read_action)
			return true;
	return false;
}

static const char *describe_rules(const struct svd_member *reg, bool readable,
				  bool writable, bool actions, bool effects)
{
	if (!writable)
		return effects ? "read-only; reading has side effects "
				 "(readAction)"
			       : "read-only";
	if (!readable)
		return actions ? "write-only; writing 1 acts on a bit, so "
				 "write masks, never read-modify-write"
			       : "write-only; compose values with the _val "
				 "helpers";
	if (actions)
		return "writing 1 acts on a bit: write masks, never "
		       "read-modify-write";
	if (effects)
		return "reading has side effects (readAction): no "
		       "read-modify-write helpers";
	(void)reg;
	return "read-write";
}

/* Does the register take a write-enable mask in bits 31:16? */
static bool has_write_enable_mask(const struct svd_member *reg)
{
	return svd_member_has_write_enable_mask(reg) && reg->bits == 32;
}

/*
 * A field setter for a write-enable-mask register (svdgen's vendor
 * extension): one write of the field's mask in bits 31:16 and its value in
 * bits 15:0. Nothing is read: a read-modify-write would write back the
 * mask bits as 0 and change nothing, and the other fields keep their
 * values because their enable bits are 0.
 */
static void put_write_enable_set(
    struct emitter *emitter, struct svd_buffer *out, const char *name,
    const char *pointer, const struct svd_member *reg,
    const struct svd_field *field, const struct access_path *path,
    const struct field_shape *shape, const char *value_param, bool is_enum)
{
	const char *location =
	    svd_arena_printf(emitter->arena, "&%s", path->expression);

	svd_buffer_printf(out,
			  "static inline void %s(%s *p%s%s, %s value)\n"
			  "{\n%s%s",
			  name, pointer, path->parameters, shape->parameter,
			  value_param, path->checks, shape->check);
	put_value_checks(out, reg, field, "value", is_enum);
	svd_buffer_printf(
	    out,
	    "\tSVDGEN_WRITE32(%s, (uint32_t)((0x%" PRIx64 "u << (%s + 16u)) |\n"
	    "\t\t\t\t\t(((uint32_t)value & 0x%" PRIx64 "u) << %s)));\n}\n",
	    location, shape->mask, shape->position, shape->mask,
	    shape->position);
}

/* ", uint32_t i, uint32_t j" as the arguments ", i, j". */
static const char *argument_names(struct emitter *emitter,
				  const char *parameters)
{
	struct svd_buffer names = {0};
	const char *result;

	for (const char *c = parameters; *c; c++) {
		if (strncmp(c, "uint32_t ", 9) == 0) {
			c += 8;
			continue;
		}
		svd_buffer_printf(&names, "%c", *c);
	}
	result = svd_arena_strdup(emitter->arena, names.data ? names.data : "");
	free(names.data);
	return result;
}

/*
 * Per-element accessors beside a field list's indexed ones, as macros that
 * pass the element's index (cheap to parse): GPIO_GPFSEL1_FSEL17_set(p, v)
 * is GPIO_GPFSEL1_FSEL_set(p, 17u, v). A name taken is left out.
 */
static void put_element_macros(struct emitter *emitter, struct svd_buffer *out,
			       const char *stem, const struct svd_member *reg,
			       const struct svd_field *list,
			       const struct access_path *path)
{
	static const char *const operations[] = {"get", "val", "set", "clear"};
	const char *list_stem = svd_arena_printf(
	    emitter->arena, "%s_%s", stem, field_base_name(emitter, list));
	const char *arguments = argument_names(emitter, path->parameters);
	const char *index_type =
	    svd_arena_printf(emitter->arena, "%s_Index", list_stem);
	uint32_t first;
	bool numeric = numeric_index(&list->dim, &first);
	bool named =
	    !numeric && svd_table_find(&emitter->names->globals, index_type);

	if (!numeric && !named)
		return;
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		const char *element, *index;
		bool changed;

		if (field->dim_template != list->dim_template)
			continue;
		element = svd_identifier(emitter->arena, field->name, &changed);
		/*
		 * The number itself, not the dimIndex text: "08" would be
		 * an invalid octal constant and "010" the wrong element.
		 */
		index =
		    numeric
			? svd_arena_printf(emitter->arena, "%" PRIu64 "u",
					   (uint64_t)first +
					       (uint64_t)field->dim_position)
			: svd_arena_printf(
			      emitter->arena, "%s_%s", index_type,
			      svd_identifier(
				  emitter->arena,
				  list->dim.index[field->dim_position],
				  &changed));
		for (size_t o = 0; o < sizeof(operations) / sizeof(*operations);
		     o++) {
			const char *target = svd_arena_printf(
			    emitter->arena, "%s_%s", list_stem, operations[o]);
			const char *name =
			    svd_arena_printf(emitter->arena, "%s_%s_%s", stem,
					     element, operations[o]);
			const char *existing =
			    svd_table_find(&emitter->names->globals, target);

			if (!existing || strcmp(existing, "function") != 0 ||
			    svd_table_find(&emitter->names->globals, name))
				continue;
			svd_table_insert(&emitter->names->globals, name,
					 "macro");
			if (o == 1) /* val: no pointer */
				svd_buffer_printf(out,
						  "#define %s(value) %s(%s, "
						  "value)\n",
						  name, target, index);
			else
				svd_buffer_printf(
				    out, "#define %s(p%s%s) %s(p%s, %s%s)\n",
				    name, arguments, o == 2 ? ", value" : "",
				    target, arguments, index,
				    o == 2 ? ", value" : "");
		}
	}
}

/* read, write and the field helpers of one register. */
static void put_register_accessors(struct emitter *emitter,
				   struct svd_buffer *out,
				   const char *type_name,
				   const struct svd_member *reg,
				   const struct access_path *path)
{
	bool readable = is_readable(reg->access);
	bool writable = is_writable(reg->access);
	bool actions = register_writes_are_actions(reg);
	bool effects = reads_have_effects(reg);
	bool write_enable = has_write_enable_mask(reg);
	bool rmw =
	    readable && writable && !actions && !effects && !write_enable;
	uint64_t clear_mask = w1c_mask(reg);
	const char *type = value_type(reg);
	const char *suffix = literal_suffix(reg);
	const char *stem =
	    svd_arena_printf(emitter->arena, "%s%s_%s", emitter->names->prefix,
			     type_name, path->name);
	const char *pointer =
	    svd_arena_printf(emitter->arena, "%s%s_Type",
			     emitter->names->type_prefix, type_name);
	const char *location =
	    svd_arena_printf(emitter->arena, "&%s", path->expression);
	const char *name;

	svd_buffer_printf(
	    out, "\n/* %s: %s */\n", path->name,
	    write_enable
		? "bits 31:16 enable the writes of bits 15:0: field "
		  "writes are one masked write, never a read"
		: describe_rules(reg, readable, writable, actions, effects));
	if (readable &&
	    svd_names_claim_function(
		emitter->names,
		name = svd_arena_printf(emitter->arena, "%s_read", stem),
		&reg->location))
		svd_buffer_printf(out,
				  "static inline %s %s(const %s *p%s)\n{\n%s"
				  "\treturn SVDGEN_READ%u(%s);\n}\n",
				  type, name, pointer, path->parameters,
				  path->checks, reg->bits, location);
	if (writable &&
	    svd_names_claim_function(
		emitter->names,
		name = svd_arena_printf(emitter->arena, "%s_write", stem),
		&reg->location))
		svd_buffer_printf(out,
				  "static inline void %s(%s *p%s, %s value)\n"
				  "{\n%s\tSVDGEN_WRITE%u(%s, value);\n}\n",
				  name, pointer, path->parameters, type,
				  path->checks, reg->bits, location);

	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		enum svd_access access = field_access(reg, field);
		const char *field_stem, *read_enum, *write_enum, *value_param;
		struct field_shape shape;

		if (!svd_field_is_usable(reg, field) ||
		    !field_is_representative(field))
			continue;
		field_stem = svd_arena_printf(emitter->arena, "%s_%s", stem,
					      field_base_name(emitter, field));
		shape = shape_of(emitter, out, field_stem, field);
		read_enum = field_enum(emitter, field, false);
		write_enum = field_enum(emitter, field, true);
		value_param = write_enum ? write_enum : type;

		if (readable && is_readable(access) &&
		    svd_names_claim_function(
			emitter->names,
			name = svd_arena_printf(emitter->arena, "%s_get",
						field_stem),
			&field->location))
			svd_buffer_printf(
			    out,
			    "static inline %s %s(const %s *p%s%s)\n{\n%s%s"
			    "\treturn (%s)((SVDGEN_READ%u(%s) >> %s) & "
			    "0x%" PRIx64 "%s);\n}\n",
			    read_enum ? read_enum : type, name, pointer,
			    path->parameters, shape.parameter, path->checks,
			    shape.check, read_enum ? read_enum : type,
			    reg->bits, location, shape.position, shape.mask,
			    suffix);
		if (!writable || !is_writable(access))
			continue;
		/* The value a field contributes, for composing writes. */
		if (svd_names_claim_function(
			emitter->names,
			name = svd_arena_printf(emitter->arena, "%s_val",
						field_stem),
			&field->location)) {
			svd_buffer_printf(
			    out,
			    "static inline %s %s(%s%s value)\n"
			    "{\n%s",
			    type, name,
			    shape.index_type
				? svd_arena_printf(emitter->arena, "%s n, ",
						   shape.index_type)
				: "",
			    value_param, shape.check);
			put_value_checks(out, reg, field, "value",
					 write_enum != NULL);
			svd_buffer_printf(out,
					  "\treturn (%s)(((%s)value & "
					  "0x%" PRIx64 "%s) << %s);\n}\n",
					  type, type, shape.mask, suffix,
					  shape.position);
		}
		if (write_enable && writable &&
		    svd_names_claim_function(
			emitter->names,
			name = svd_arena_printf(emitter->arena, "%s_set",
						field_stem),
			&field->location))
			put_write_enable_set(emitter, out, name, pointer, reg,
					     field, path, &shape, value_param,
					     write_enum != NULL);
		if (rmw && !field_is_w1c(reg, field) &&
		    svd_names_claim_function(
			emitter->names,
			name = svd_arena_printf(emitter->arena, "%s_set",
						field_stem),
			&field->location)) {
			/*
			 * Writing back a 1 read from a write-1-to-clear bit
			 * would clear an event by accident: write 0 there.
			 */
			svd_buffer_printf(out,
					  "static inline void %s(%s *p%s%s, "
					  "%s value)\n{\n%s%s",
					  name, pointer, path->parameters,
					  shape.parameter, value_param,
					  path->checks, shape.check);
			put_value_checks(out, reg, field, "value",
					 write_enum != NULL);
			svd_buffer_printf(
			    out,
			    "\t%s mask = (%s)(0x%" PRIx64 "%s << %s);\n"
			    "\t%s bits = (%s)(((%s)value & 0x%" PRIx64
			    "%s) << %s);\n"
			    "\t%s old = SVDGEN_READ%u(%s);\n\n",
			    type, type, shape.mask, suffix, shape.position,
			    /* Mask, then shift: the form that compiles to
			     * hand-written code when the shift varies. */
			    type, type, type, shape.mask, suffix,
			    shape.position, type, reg->bits, location);
			if (clear_mask)
				svd_buffer_printf(
				    out,
				    "\t/* 0 to the write-1-to-clear bits */\n"
				    "\tSVDGEN_WRITE%u(%s, (%s)((old & "
				    "~(%s)(mask | 0x%" PRIx64 "%s)) | "
				    "bits));\n}\n",
				    reg->bits, location, type, type, clear_mask,
				    suffix);
			else
				svd_buffer_printf(
				    out,
				    "\tSVDGEN_WRITE%u(%s, (%s)((old "
				    "& ~mask) | bits));\n}\n",
				    reg->bits, location, type);
		}
		if (field_is_w1c(reg, field) &&
		    svd_names_claim_function(
			emitter->names,
			name = svd_arena_printf(emitter->arena, "%s_clear",
						field_stem),
			&field->location)) {
			svd_buffer_printf(out,
					  "static inline void %s(%s *p%s%s)\n"
					  "{\n%s%s",
					  name, pointer, path->parameters,
					  shape.parameter, path->checks,
					  shape.check);
			/*
			 * In a register that also holds ordinary fields,
			 * keep them and write 0 to the other W1C bits.
			 */
			if (clear_mask != svd_width_mask(reg->bits) &&
			    readable && !effects && !actions)
				svd_buffer_printf(
				    out,
				    "\t%s old = SVDGEN_READ%u(%s);\n\n"
				    "\tSVDGEN_WRITE%u(%s, (%s)((old & "
				    "~(%s)0x%" PRIx64 "%s) | (0x%" PRIx64
				    "%s << %s)));\n}\n",
				    type, reg->bits, location, reg->bits,
				    location, type, type, clear_mask, suffix,
				    shape.mask, suffix, shape.position);
			else
				svd_buffer_printf(
				    out,
				    "\tSVDGEN_WRITE%u(%s, (%s)(0x%" PRIx64
				    "%s << %s));\n}\n",
				    reg->bits, location, type, shape.mask,
				    suffix, shape.position);
		}
	}
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (field->dim_template && field->dim_position == 0 &&
		    svd_field_is_usable(reg, field))
			put_element_macros(emitter, out, stem, reg, field,
					   path);
}

/* Accessors for every register under a struct, reached through path. */
static void walk_registers(struct emitter *emitter, struct svd_buffer *out,
			   const char *type_name, const struct svd_struct *type,
			   const struct access_path *path)
{
	static const char index_names[] = "ijklm";

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		struct access_path next = *path;

		next.name = path->name
				? svd_arena_printf(emitter->arena, "%s_%s",
						   path->name, member->c_name)
				: member->c_name;
		next.expression =
		    svd_arena_printf(emitter->arena, "%s%s%s", path->expression,
				     path->name ? "." : "->", member->c_name);
		if (member->is_array) {
			/*
			 * i, j, k, l, m, then i5, i6 ...: any depth of
			 * arrays gets its accessors.
			 */
			const char *index =
			    path->depth < sizeof(index_names) - 1
				? svd_arena_printf(emitter->arena, "%c",
						   index_names[path->depth])
				: svd_arena_printf(emitter->arena, "i%u",
						   path->depth);

			next.expression = svd_arena_printf(
			    emitter->arena, "%s[%s]", next.expression,
			    reduced_index(emitter, index, member->count));
			next.parameters =
			    svd_arena_printf(emitter->arena, "%s, uint32_t %s",
					     path->parameters, index);
			next.checks = svd_arena_printf(
			    emitter->arena,
			    "%s\tSVDGEN_CHECK_INDEX(%s < %" PRIu32 "u);\n",
			    path->checks, index, member->count);
			next.depth = path->depth + 1;
		}
		/* --strict: the value inside the write-only wrapper. */
		if (svd_write_only_wrapper(emitter->names, type, member))
			next.expression = svd_arena_printf(
			    emitter->arena, "%s.value", next.expression);
		if (member->type) {
			next.packed = path->packed || member->type->packed;
			walk_registers(emitter, out, type_name, member->type,
				       &next);
		} else if (next.packed) {
			/*
			 * A packed struct may put a register off its natural
			 * alignment; a pointer to it is not portable and a
			 * full-width access may fault.
			 */
			svd_buffer_printf(
			    out,
			    "\n/* %s: no accessors, the struct "
			    "is packed (unaligned registers) */\n",
			    next.name);
		} else {
			put_register_accessors(emitter, out, type_name, member,
					       &next);
		}
	}
}

void svd_emit_accessors(struct emitter *emitter, struct svd_buffer *out,
			struct svd_struct *type)
{
	struct access_path root = {NULL, "p", "", "", 0, type->packed};

	svd_buffer_printf(out, "\n/* %s accessors */\n", type->name);
	walk_registers(emitter, out, type->name, type, &root);
}

/*
 * The enum names users guess (doc/generated-names.md). Enums are shared by
 * content, so the shared one is named after the first field that has it;
 * each field's values are also spelled as SVDConv spells them (instance,
 * register, field, value: P0_PIN_CNF_DIR_Input, type P0_PIN_CNF_DIR_Enum)
 * and as vendor headers do (type name first: GPIO_PIN_CNF_DIR_Input).
 * They are macros cast to the shared type and typedefs of it, so every
 * spelling passes to the accessors in C and C++. A name already taken is
 * left out.
 */
struct alias_walk {
	struct emitter *emitter;
	struct svd_buffer *out;
	const char *owner; /* "P0" or "GPIO", prefixed */
	bool any;	   /* something printed yet */
};

/* The heading of an owner's aliases, before the first one. */
static void start_aliases(struct alias_walk *walk)
{
	if (walk->any)
		return;
	svd_buffer_printf(walk->out,
			  "\n/* %s: enumerated values by register and field "
			  "*/\n",
			  walk->owner);
	walk->any = true;
}

static void put_set_aliases_as(struct alias_walk *walk, const char *path,
			       const char *field_name,
			       const struct svd_field *representative,
			       const struct svd_enum_set *set);

/*
 * The aliases of one field's set, under the field's name and, for an
 * element of a field list (FSEL%s), under the list's name without %s too:
 * SVDConv names one enum per list, GPIO_GPFSEL0_FSEL_FUNCTION_Enum.
 */
static void put_set_aliases(struct alias_walk *walk, const char *path,
			    const struct svd_field *field,
			    const struct svd_field *representative,
			    const struct svd_enum_set *set)
{
	put_set_aliases_as(walk, path, field->name, representative, set);
	if (field->dim_template && !set->header_enum_name)
		put_set_aliases_as(walk, path,
				   svd_strip_dim_marker(walk->emitter->arena,
							field->dim_template),
				   representative, set);
}

static void put_set_aliases_as(struct alias_walk *walk, const char *path,
			       const char *field_name,
			       const struct svd_field *representative,
			       const struct svd_enum_set *set)
{
	struct emitter *emitter = walk->emitter;
	const char *shared =
	    field_enum(emitter, representative, set->usage == SVD_USAGE_WRITE);
	const char *stem, *type_name;
	bool changed;

	if (set->header_enum_name) {
		/* SVDConv: headerEnumName replaces the whole path. */
		stem = svd_arena_printf(
		    emitter->arena, "%s%s", emitter->names->prefix,
		    svd_identifier(emitter->arena, set->header_enum_name,
				   &changed));
		type_name = svd_arena_printf(emitter->arena, "%s_Enum", stem);
	} else {
		stem = svd_arena_printf(
		    emitter->arena, "%s_%s_%s%s%s", walk->owner, path,
		    svd_identifier(emitter->arena, field_name, &changed),
		    set->name ? "_" : "",
		    set->name
			? svd_identifier(emitter->arena, set->name, &changed)
			: "");
		type_name =
		    svd_arena_printf(emitter->arena, "%s%s_Enum", stem,
				     set->usage == SVD_USAGE_READ    ? "_R"
				     : set->usage == SVD_USAGE_WRITE ? "_W"
								     : "");
	}
	if (shared &&
	    svd_names_claim_quietly(emitter->names, type_name, shared)) {
		start_aliases(walk);
		svd_buffer_printf(walk->out, "typedef %s %s;\n", shared,
				  type_name);
	} else if (!shared) {
		/* Values beyond int: the name is an integer type. */
		const char *integer = "uint32_t";

		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next)
			if (v->value > UINT32_MAX)
				integer = "uint64_t";
		if (svd_names_claim_quietly(emitter->names, type_name,
					    integer)) {
			start_aliases(walk);
			svd_buffer_printf(walk->out, "typedef %s %s;\n",
					  integer, type_name);
		}
	}
	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		const char *name, *text;

		if (v->is_default || !v->name)
			continue;
		name = svd_identifier(
		    emitter->arena,
		    svd_arena_printf(emitter->arena, "%s_%s", stem, v->name),
		    &changed);
		text = shared
			   ? svd_arena_printf(emitter->arena,
					      "((%s)0x%" PRIx64 ")", shared,
					      v->value)
			   : svd_arena_printf(
				 emitter->arena, "(0x%" PRIx64 "%s)", v->value,
				 v->value > UINT32_MAX ? "ULL" : "UL");
		if (svd_names_claim_quietly(emitter->names, name, text)) {
			start_aliases(walk);
			svd_buffer_printf(walk->out, "#define %s %s\n", name,
					  text);
		}
	}
}

static void walk_enum_aliases(struct alias_walk *walk,
			      const struct svd_struct *type, const char *path)
{
	struct emitter *emitter = walk->emitter;

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		bool changed;
		const char *name = svd_identifier(
		    emitter->arena,
		    svd_strip_dim_marker(emitter->arena, member->name),
		    &changed);
		const char *here =
		    path ? svd_arena_printf(emitter->arena, "%s_%s", path, name)
			 : name;
		const struct svd_field *representative = NULL;
		const char *list_path = NULL, *group_path = NULL;

		if (member->type) {
			walk_enum_aliases(walk, member->type, here);
			continue;
		}
		/*
		 * An element of a register list (COMPCTRL0 of COMPCTRL%s):
		 * SVDConv's path names the list twice before the element,
		 * AC_COMPCTRL_COMPCTRL_COMPCTRL0_FLEN_FLENSelect_Enum.
		 */
		/*
		 * A register in an alternateGroup: SVDConv's path adds the
		 * group to the name (Atmel's CMR0_WAVEFORM_MODE in group
		 * WAVEFORM_MODE: TC0_CMR0_WAVEFORM_MODE_WAVEFORM_MODE_...).
		 */
		if (member->node->alternate_group) {
			const char *group = svd_identifier(
			    emitter->arena, member->node->alternate_group,
			    &changed);

			group_path = svd_arena_printf(
			    emitter->arena, "%s%s%s_%s", path ? path : "",
			    path ? "_" : "", name, group);
		}
		if (member->dim_position >= 0 && !member->is_array &&
		    member->node->name && strstr(member->node->name, "%s")) {
			const char *list = svd_identifier(
			    emitter->arena,
			    svd_strip_dim_marker(emitter->arena,
						 member->node->name),
			    &changed);

			list_path = svd_arena_printf(
			    emitter->arena, "%s%s%s_%s_%s", path ? path : "",
			    path ? "_" : "", list, list, name);
		}
		for (const struct svd_field *field = member->fields; field;
		     field = field->next) {
			if (field_is_representative(field))
				representative = field;
			if (!field->enums ||
			    !svd_field_is_usable(member, field) ||
			    !representative)
				continue;
			for (const struct svd_enum_set *set = field->enums; set;
			     set = set->next) {
				put_set_aliases(walk, here, field,
						representative, set);
				if (list_path)
					put_set_aliases(walk, list_path, field,
							representative, set);
				if (group_path)
					put_set_aliases(walk, group_path, field,
							representative, set);
			}
		}
	}
}

void svd_emit_enum_aliases(struct emitter *emitter, struct svd_buffer *out,
			   struct svd_struct *type)
{
	struct alias_walk walk = {emitter, out, NULL, false};

	/* Vendor spelling first: the type's own names. */
	walk.owner = svd_arena_printf(emitter->arena, "%s%s",
				      emitter->names->prefix, type->name);
	walk_enum_aliases(&walk, type, NULL);
	for (const struct svd_instance *i = type->instances; i;
	     i = i->next_of_type) {
		/* SVDConv leaves headerDefinitionsPrefix out here. */
		walk.owner = svd_arena_printf(
		    emitter->arena, "%s%s", emitter->names->prefix, i->c_name);
		walk.any = false;
		walk_enum_aliases(&walk, type, NULL);
	}
}

void svd_emit_share_field_enums(struct emitter *emitter,
				const struct svd_struct *type,
				const struct svd_struct *model)
{
	const struct svd_member *member = type->members;
	const struct svd_member *model_member = model->members;

	/* The shapes are equal: members and fields pair up one to one. */
	for (; member && model_member;
	     member = member->next, model_member = model_member->next) {
		const struct svd_field *field = member->fields;
		const struct svd_field *model_field = model_member->fields;

		if (member->type && model_member->type)
			svd_emit_share_field_enums(emitter, member->type,
						   model_member->type);
		for (; field && model_field;
		     field = field->next, model_field = model_field->next) {
			for (int writing = 0; writing < 2; writing++) {
				const char *name =
				    field_enum(emitter, model_field, writing);

				if (name)
					svd_table_insert(
					    &emitter->field_enums,
					    field_enum_key(emitter, field,
							   writing),
					    (void *)name);
			}
		}
	}
}

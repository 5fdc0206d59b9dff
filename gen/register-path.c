// SPDX-License-Identifier: MIT
/*
 * svdreg's model side: registers found by path in the expanded model that
 * svdgen itself builds, values decoded into fields, and writes planned
 * under the SVD's access rules (the same rules the generated accessors
 * follow: no read of write-only registers, no read-modify-write where a
 * write sets, clears or toggles bits).
 */
#include "register-path.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int svd_registers_load(struct svd_context *context, const char *path,
		       struct svd_expanded *expanded)
{
	/*
	 * Warnings are for people writing SVDs; a recoverable error leaves
	 * out the one element it spoils (--keep-going) and is still shown.
	 */
	for (int id = 0; id < SVD_CHECK_COUNT; id++)
		if (context->diag.severity[id] == SVD_SEVERITY_WARNING)
			context->diag.severity[id] = SVD_SEVERITY_IGNORE;
	context->diag.keep_going = true;
	if (svd_parse_file(context, path) < 0)
		return -1;
	if (svd_derive(context) < 0)
		return -1;
	return svd_expand(context, expanded);
}

/* printf into a message buffer. */
__attribute__((format(printf, 3, 4))) static void
say(char *message, size_t size, const char *format, ...)
{
	va_list args;

	if (!message || !size)
		return;
	va_start(args, format);
	vsnprintf(message, size, format, args);
	va_end(args);
}

static bool same_name(const char *a, const char *b)
{
	return a && b && strcasecmp(a, b) == 0;
}

static bool same_letter(char a, char b)
{
	return tolower((unsigned char)a) == tolower((unsigned char)b);
}

/*
 * Edit distance (insert, delete, replace, swap two neighbours: the
 * optimal string alignment distance), case-insensitive, over three rows.
 */
size_t svd_name_distance(const char *a, const char *b)
{
	size_t length_a = strlen(a), length_b = strlen(b);
	size_t *rows, *before, *previous, *current, result;

	rows = calloc(3 * (length_b + 1), sizeof(*rows));
	if (!rows)
		abort();
	before = rows;
	previous = rows + length_b + 1;
	current = rows + 2 * (length_b + 1);
	for (size_t j = 0; j <= length_b; j++)
		previous[j] = j;
	for (size_t i = 1; i <= length_a; i++) {
		size_t *swap;

		current[0] = i;
		for (size_t j = 1; j <= length_b; j++) {
			size_t best =
			    previous[j - 1] + !same_letter(a[i - 1], b[j - 1]);

			if (previous[j] + 1 < best)
				best = previous[j] + 1;
			if (current[j - 1] + 1 < best)
				best = current[j - 1] + 1;
			if (i > 1 && j > 1 && same_letter(a[i - 1], b[j - 2]) &&
			    same_letter(a[i - 2], b[j - 1]) &&
			    before[j - 2] + 1 < best)
				best = before[j - 2] + 1;
			current[j] = best;
		}
		swap = before;
		before = previous;
		previous = current;
		current = swap;
	}
	result = previous[length_b];
	free(rows);
	return result;
}

/* The closest of the names offered so far, if close enough to suggest. */
struct suggestion {
	const char *wanted;
	const char *best;
	size_t distance;
};

static void offer(struct suggestion *suggestion, const char *candidate)
{
	size_t distance;

	if (!candidate)
		return;
	distance = svd_name_distance(suggestion->wanted, candidate);
	if (!suggestion->best || distance < suggestion->distance) {
		suggestion->best = candidate;
		suggestion->distance = distance;
	}
}

/* The suggestion, when it is a plausible misspelling. */
static const char *suggested(const struct suggestion *suggestion)
{
	size_t limit = strlen(suggestion->wanted) / 3;

	if (limit < 2)
		limit = 2;
	if (!suggestion->best || suggestion->distance > limit)
		return NULL;
	return suggestion->best;
}

const struct svd_instance *
svd_instance_find(const struct svd_expanded *expanded, const char *name)
{
	for (const struct svd_instance *instance = expanded->instances;
	     instance; instance = instance->next)
		if (same_name(instance->name, name))
			return instance;
	return NULL;
}

enum svd_access svd_field_access(const struct svd_member *reg,
				 const struct svd_field *field)
{
	return field->access ? field->access : reg->access;
}

const char *svd_access_name(enum svd_access access)
{
	switch (access) {
	case SVD_ACCESS_READ_ONLY:
		return "read-only";
	case SVD_ACCESS_WRITE_ONLY:
		return "write-only";
	case SVD_ACCESS_WRITE_ONCE:
		return "writeOnce";
	case SVD_ACCESS_READ_WRITE_ONCE:
		return "read-writeOnce";
	default:
		return "read-write";
	}
}

bool svd_access_readable(enum svd_access access)
{
	return access != SVD_ACCESS_WRITE_ONLY &&
	       access != SVD_ACCESS_WRITE_ONCE;
}

bool svd_access_writable(enum svd_access access)
{
	return access != SVD_ACCESS_READ_ONLY;
}

uint64_t svd_field_extract(const struct svd_field *field, uint64_t value)
{
	return (value >> field->bit_offset) & svd_width_mask(field->bit_width);
}

/* Whether an enum set describes values read (or written). */
static bool set_applies(const struct svd_enum_set *set, bool for_write)
{
	if (set->usage == SVD_USAGE_READ_WRITE)
		return true;
	return for_write ? set->usage == SVD_USAGE_WRITE
			 : set->usage == SVD_USAGE_READ;
}

const struct svd_enum_value *svd_field_match_enum(const struct svd_field *field,
						  uint64_t value,
						  bool for_write)
{
	const struct svd_enum_value *fallback = NULL;

	for (const struct svd_enum_set *set = field->enums; set;
	     set = set->next) {
		if (!set_applies(set, for_write))
			continue;
		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next) {
			if (!v->name)
				continue;
			if (v->is_default) {
				if (!fallback)
					fallback = v;
				continue;
			}
			if ((value & v->care_mask) == (v->value & v->care_mask))
				return v;
		}
	}
	return fallback;
}

/* One component of a path: a name and an optional [index]. */
struct component {
	char *name;
	char *index; /* NULL without brackets */
};

/*
 * Split path at dots into components; brackets may hold anything but
 * dots and brackets. Returns the count, or -1 on a syntax error.
 */
static int split_path(struct svd_arena *arena, const char *path,
		      struct component *components, int limit)
{
	int count = 0;
	const char *at = path;

	for (;;) {
		const char *end = at;
		const char *open = NULL, *close = NULL;

		while (*end && *end != '.') {
			if (*end == '[' && !open)
				open = end;
			else if (*end == ']' && open && !close)
				close = end;
			else if (*end == '[' || *end == ']')
				return -1;
			end++;
		}
		if (end == at || count == limit)
			return -1;
		if (open) {
			/* NAME[INDEX] and nothing after the bracket. */
			if (!close || close + 1 != end || open == at ||
			    close == open + 1)
				return -1;
			components[count].name =
			    svd_arena_strndup(arena, at, (size_t)(open - at));
			components[count].index = svd_arena_strndup(
			    arena, open + 1, (size_t)(close - open - 1));
		} else {
			components[count].name =
			    svd_arena_strndup(arena, at, (size_t)(end - at));
			components[count].index = NULL;
		}
		count++;
		if (!*end)
			return count;
		at = end + 1;
	}
}

/* The position of index in a member's dim: a dimIndex string or a number. */
static int64_t find_index(const struct svd_member *member, const char *index)
{
	const struct svd_dim *dim = &member->node->dim;
	char *end;
	unsigned long long number;

	for (uint32_t i = 0; dim->present && dim->index && i < member->count;
	     i++)
		if (same_name(dim->index[i], index))
			return i;
	if (!isdigit((unsigned char)index[0]))
		return -1;
	number = strtoull(index, &end, 10);
	if (*end || number >= member->count)
		return -1;
	return (int64_t)number;
}

/* The index string naming element position of an array member. */
static const char *index_name(struct svd_arena *arena,
			      const struct svd_member *member,
			      uint32_t position)
{
	const struct svd_dim *dim = &member->node->dim;

	if (dim->present && dim->index && position < dim->count)
		return dim->index[position];
	return svd_arena_printf(arena, "%u", position);
}

/* How a member is written in a path ("CH[n]" for arrays). */
static const char *member_pattern(struct svd_arena *arena,
				  const struct svd_member *member)
{
	if (member->is_array)
		return svd_arena_printf(arena, "%s[n]", member->name);
	return member->name;
}

/*
 * The member of type that component names: by name (arrays need an
 * index), or a list element written NAME[INDEX] for NAMEINDEX.
 */
static const struct svd_member *find_member(struct svd_arena *arena,
					    const struct svd_struct *type,
					    const struct component *component)
{
	const char *joined =
	    component->index ? svd_arena_printf(arena, "%s%s", component->name,
						component->index)
			     : NULL;

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		if (same_name(member->name, component->name))
			return member;
		if (joined && !member->is_array &&
		    same_name(member->name, joined))
			return member;
	}
	return NULL;
}

/* The field of reg that component names, or NULL. */
static const struct svd_field *find_field(struct svd_arena *arena,
					  const struct svd_member *reg,
					  const struct component *component)
{
	const char *name =
	    component->index ? svd_arena_printf(arena, "%s%s", component->name,
						component->index)
			     : component->name;

	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (svd_field_is_usable(reg, field) &&
		    same_name(field->name, name))
			return field;
	return NULL;
}

/* "did you mean" text for a missed name, or "". */
static const char *hint(struct svd_arena *arena, const char *prefix,
			const struct suggestion *suggestion)
{
	const char *best = suggested(suggestion);

	if (!best)
		return "";
	return svd_arena_printf(arena, "; did you mean %s%s?", prefix, best);
}

/* The message for a name missing from a struct (registers, clusters). */
static void missing_member(struct svd_arena *arena, const char *where,
			   const struct svd_struct *type,
			   const struct component *component, char *message,
			   size_t size)
{
	struct suggestion suggestion = {.wanted = component->name};

	for (const struct svd_member *member = type->members; member;
	     member = member->next)
		offer(&suggestion, member_pattern(arena, member));
	say(message, size, "no register or cluster '%s' in %s%s",
	    component->name, where,
	    hint(arena, svd_arena_printf(arena, "%s.", where), &suggestion));
}

enum svd_lookup_status svd_register_lookup(struct svd_arena *arena,
					   const struct svd_expanded *expanded,
					   const char *path,
					   struct svd_register_ref *ref,
					   char *message, size_t size)
{
	struct component components[32];
	const struct svd_instance *instance;
	const struct svd_struct *type;
	const char *where;
	uint64_t address;
	int count, i;

	memset(ref, 0, sizeof(*ref));
	count = split_path(arena, path, components,
			   (int)(sizeof(components) / sizeof(components[0])));
	if (count < 2) {
		say(message, size,
		    "'%s' is not a register path: write PERIPHERAL.REGISTER "
		    "or PERIPHERAL.REGISTER.FIELD (CLUSTER[INDEX]. between "
		    "them for clusters)",
		    path);
		return SVD_LOOKUP_SYNTAX;
	}
	instance = svd_instance_find(
	    expanded, components[0].index
			  ? svd_arena_printf(arena, "%s%s", components[0].name,
					     components[0].index)
			  : components[0].name);
	if (!instance) {
		struct suggestion suggestion = {.wanted = components[0].name};

		for (const struct svd_instance *each = expanded->instances;
		     each; each = each->next)
			offer(&suggestion, each->name);
		say(message, size, "no peripheral '%s' in %s%s",
		    components[0].name,
		    expanded->device->name ? expanded->device->name : "the SVD",
		    hint(arena, "", &suggestion));
		return SVD_LOOKUP_NOT_FOUND;
	}
	if (!instance->type) {
		say(message, size, "peripheral %s has no registers",
		    instance->name);
		return SVD_LOOKUP_NO_REGISTERS;
	}
	type = instance->type;
	where = instance->name;
	address = instance->base_address;
	for (i = 1; i < count; i++) {
		const struct svd_member *member;
		int64_t position;
		const char *step;

		member = find_member(arena, type, &components[i]);
		if (!member) {
			missing_member(arena, where, type, &components[i],
				       message, size);
			return SVD_LOOKUP_NOT_FOUND;
		}
		step = member->name;
		address += member->offset;
		if (member->is_array) {
			if (!components[i].index) {
				say(message, size,
				    "%s.%s is an array of %u: give an index, "
				    "%s.%s[0] to %s.%s[%s]",
				    where, member->name, member->count, where,
				    member->name, where, member->name,
				    index_name(arena, member,
					       member->count - 1));
				return SVD_LOOKUP_BAD_INDEX;
			}
			position = find_index(member, components[i].index);
			if (position < 0) {
				say(message, size,
				    "%s.%s has no element [%s]: %u elements, "
				    "[%s] to [%s]",
				    where, member->name, components[i].index,
				    member->count, index_name(arena, member, 0),
				    index_name(arena, member,
					       member->count - 1));
				return SVD_LOOKUP_BAD_INDEX;
			}
			address += (uint64_t)position * member->stride;
			step = svd_arena_printf(
			    arena, "%s[%s]", member->name,
			    index_name(arena, member, (uint32_t)position));
		}
		where = svd_arena_printf(arena, "%s.%s", where, step);
		if (member->kind == SVD_NODE_CLUSTER) {
			if (i + 1 == count) {
				say(message, size,
				    "%s is a cluster, not a register: name "
				    "one of its registers (svdreg list %s)",
				    where, instance->name);
				return SVD_LOOKUP_NOT_FOUND;
			}
			type = member->type;
			continue;
		}
		ref->instance = instance;
		ref->reg = member;
		ref->path = where;
		ref->address = address;
		if (i + 1 == count)
			return SVD_LOOKUP_OK;
		if (i + 2 < count) {
			say(message, size,
			    "%s is a register: after it comes at most a "
			    "field name, not '%s.%s'",
			    where, components[i + 1].name,
			    components[i + 2].name);
			return SVD_LOOKUP_SYNTAX;
		}
		ref->field = find_field(arena, member, &components[i + 1]);
		if (!ref->field) {
			struct suggestion suggestion = {
			    .wanted = components[i + 1].name};

			for (const struct svd_field *field = member->fields;
			     field; field = field->next)
				if (svd_field_is_usable(member, field))
					offer(&suggestion, field->name);
			say(message, size, "no field '%s' in register %s%s",
			    components[i + 1].name, where,
			    hint(arena, svd_arena_printf(arena, "%s.", where),
				 &suggestion));
			return SVD_LOOKUP_NOT_FOUND;
		}
		return SVD_LOOKUP_OK;
	}
	return SVD_LOOKUP_NOT_FOUND; /* not reached: the last step returns */
}

/* Every register under type, array elements one by one. */
static void visit_struct(struct svd_arena *arena,
			 const struct svd_instance *instance,
			 const struct svd_struct *type, const char *prefix,
			 uint64_t base, svd_register_visitor visit, void *data)
{
	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		uint32_t count = member->is_array ? member->count : 1;

		for (uint32_t i = 0; i < count; i++) {
			const char *name =
			    member->is_array
				? svd_arena_printf(arena, "%s[%s]",
						   member->name,
						   index_name(arena, member, i))
				: member->name;
			const char *path =
			    svd_arena_printf(arena, "%s.%s", prefix, name);
			uint64_t address = base + member->offset +
					   (uint64_t)i * member->stride;

			if (member->kind == SVD_NODE_CLUSTER) {
				visit_struct(arena, instance, member->type,
					     path, address, visit, data);
				continue;
			}
			struct svd_register_ref ref = {
			    .instance = instance,
			    .reg = member,
			    .path = path,
			    .address = address,
			};
			visit(&ref, data);
		}
	}
}

void svd_registers_visit(struct svd_arena *arena,
			 const struct svd_instance *instance,
			 svd_register_visitor visit, void *data)
{
	if (instance->type)
		visit_struct(arena, instance, instance->type, instance->name,
			     instance->base_address, visit, data);
}

/* Whether reading the register, or one of its fields, has a side effect. */
static bool read_has_effects(const struct svd_member *reg)
{
	if (reg->read_action)
		return true;
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (svd_field_is_usable(reg, field) && field->read_action)
			return true;
	return false;
}

const char *svd_read_refusal(struct svd_arena *arena,
			     const struct svd_register_ref *ref, bool force)
{
	const struct svd_member *reg = ref->reg;

	if (!svd_access_readable(reg->access))
		return svd_arena_printf(
		    arena,
		    "%s is %s: reading it returns nothing meaningful, so "
		    "svdreg does not",
		    ref->path, svd_access_name(reg->access));
	if (ref->field &&
	    !svd_access_readable(svd_field_access(reg, ref->field)))
		return svd_arena_printf(
		    arena, "%s.%s is %s", ref->path, ref->field->name,
		    svd_access_name(svd_field_access(reg, ref->field)));
	if (!force && read_has_effects(reg))
		return svd_arena_printf(
		    arena,
		    "reading %s has a side effect (readAction in the SVD: "
		    "it may clear flags or pop a FIFO); add --force to read "
		    "it anyway",
		    ref->path);
	return NULL;
}

/* Writes that set, clear or toggle bits instead of storing the value. */
static bool writes_are_actions(enum svd_modified_write modified)
{
	return modified != SVD_MODIFIED_WRITE_UNSET &&
	       modified != SVD_MODIFIED_WRITE_MODIFY;
}

static enum svd_modified_write
field_modified_write(const struct svd_member *reg,
		     const struct svd_field *field)
{
	return field->modified_write ? field->modified_write
				     : reg->modified_write;
}

/*
 * The bits a field writes without effect where it is not the target: a
 * 1 for fields where writing 0 clears, sets or toggles, else 0.
 */
static bool neutral_is_one(enum svd_modified_write modified)
{
	return modified == SVD_MODIFIED_WRITE_ZERO_TO_CLEAR ||
	       modified == SVD_MODIFIED_WRITE_ZERO_TO_SET ||
	       modified == SVD_MODIFIED_WRITE_ZERO_TO_TOGGLE;
}

/* Parse a number written by a user: decimal, 0x hex or 0b binary. */
static int parse_number(const char *text, uint64_t *value)
{
	unsigned base = 10;
	uint64_t result = 0;
	const char *at = text;

	if (at[0] == '0' && (at[1] == 'x' || at[1] == 'X')) {
		base = 16;
		at += 2;
	} else if (at[0] == '0' && (at[1] == 'b' || at[1] == 'B')) {
		base = 2;
		at += 2;
	}
	if (!*at)
		return -1;
	for (; *at; at++) {
		unsigned digit;

		if (isdigit((unsigned char)*at))
			digit = (unsigned)(*at - '0');
		else if (isxdigit((unsigned char)*at))
			digit =
			    (unsigned)(tolower((unsigned char)*at) - 'a' + 10);
		else if (*at == '_')
			continue;
		else
			return -1;
		if (digit >= base || result > (UINT64_MAX - digit) / base)
			return -1;
		result = result * base + digit;
	}
	*value = result;
	return 0;
}

/* The names a field accepts for writing, for messages. */
static const char *enum_names(struct svd_arena *arena,
			      const struct svd_field *field)
{
	const char *list = "";

	for (const struct svd_enum_set *set = field->enums; set;
	     set = set->next) {
		if (!set_applies(set, true))
			continue;
		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next)
			if (v->name && !v->is_default)
				list = svd_arena_printf(arena, "%s%s%s", list,
							*list ? ", " : "",
							v->name);
	}
	return list;
}

/* Whether the field has enumerated values for writing. */
static bool has_write_enums(const struct svd_field *field, bool *open_ended)
{
	bool any = false;

	*open_ended = false;
	for (const struct svd_enum_set *set = field->enums; set;
	     set = set->next) {
		if (!set_applies(set, true))
			continue;
		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next) {
			if (v->is_default)
				*open_ended = true;
			else if (v->name)
				any = true;
		}
	}
	return any;
}

/*
 * The field value text stands for: an enum name, or a number that fits
 * the field, is one of its enums when it has them, and is in the range
 * of its writeConstraint.
 */
static int field_value(struct svd_arena *arena,
		       const struct svd_register_ref *ref, const char *text,
		       uint64_t *value, char *message, size_t size)
{
	const struct svd_field *field = ref->field;
	uint64_t mask = svd_width_mask(field->bit_width);
	const struct svd_write_constraint *constraint =
	    &field->write_constraint;
	bool open_ended;
	bool enums = has_write_enums(field, &open_ended);

	for (const struct svd_enum_set *set = field->enums; set;
	     set = set->next) {
		if (!set_applies(set, true))
			continue;
		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next) {
			if (v->is_default || !same_name(v->name, text))
				continue;
			if (v->care_mask != UINT64_MAX &&
			    (v->care_mask & mask) != mask) {
				say(message, size,
				    "%s.%s: enum %s stands for several "
				    "values (it has x bits); write a number",
				    ref->path, field->name, v->name);
				return -1;
			}
			*value = v->value;
			return 0;
		}
	}
	if (parse_number(text, value) < 0) {
		if (enums)
			say(message, size,
			    "%s.%s: '%s' is neither a number nor one of its "
			    "values (%s)",
			    ref->path, field->name, text,
			    enum_names(arena, field));
		else
			say(message, size,
			    "%s.%s: '%s' is not a number (decimal, 0x hex or "
			    "0b binary)",
			    ref->path, field->name, text);
		return -1;
	}
	if (*value > mask) {
		say(message, size,
		    "%s.%s: %s does not fit in %u bit%s (0 to 0x%llx)",
		    ref->path, field->name, text, field->bit_width,
		    field->bit_width == 1 ? "" : "s", (unsigned long long)mask);
		return -1;
	}
	if (enums && !open_ended &&
	    !svd_field_match_enum(field, *value, true)) {
		say(message, size,
		    "%s.%s: %s is none of the field's values (%s)", ref->path,
		    field->name, text, enum_names(arena, field));
		return -1;
	}
	if (constraint->present && constraint->has_range &&
	    (*value < constraint->minimum || *value > constraint->maximum)) {
		say(message, size,
		    "%s.%s: %s is outside the range the SVD allows "
		    "(%llu to %llu)",
		    ref->path, field->name, text,
		    (unsigned long long)constraint->minimum,
		    (unsigned long long)constraint->maximum);
		return -1;
	}
	return 0;
}

int svd_plan_write(const struct svd_register_ref *ref, const char *text,
		   bool force, struct svd_write_plan *plan, char *message,
		   size_t size)
{
	const struct svd_member *reg = ref->reg;
	const struct svd_field *field = ref->field;
	struct svd_arena scratch;
	uint64_t value, field_mask, keep = 0, neutral = 0;
	bool only_field = false;
	int result = -1;

	memset(plan, 0, sizeof(*plan));
	if (!svd_access_writable(reg->access)) {
		say(message, size, "%s is read-only: writes are refused",
		    ref->path);
		return -1;
	}
	if (!field) {
		if (parse_number(text, &value) < 0) {
			say(message, size,
			    "%s: '%s' is not a number (decimal, 0x hex or "
			    "0b binary)",
			    ref->path, text);
			return -1;
		}
		if (value > svd_width_mask(reg->bits)) {
			say(message, size,
			    "%s: %s does not fit in the %u-bit register",
			    ref->path, text, reg->bits);
			return -1;
		}
		plan->value = value;
		plan->decided = svd_width_mask(reg->bits);
		return 0;
	}
	if (!svd_access_writable(svd_field_access(reg, field))) {
		say(message, size, "%s.%s is read-only: writes are refused",
		    ref->path, field->name);
		return -1;
	}
	svd_arena_init(&scratch);
	if (field_value(&scratch, ref, text, &value, message, size) < 0)
		goto out;
	field_mask = svd_width_mask(field->bit_width) << field->bit_offset;
	plan->decided = field_mask;
	/*
	 * A write-enable-mask register (Rockchip GRF, CRU) changes only
	 * the bits whose enable bit (16 above) is set in the same write: the
	 * field and its enable bits, nothing read.
	 */
	if (svd_member_has_write_enable_mask(reg) && reg->bits == 32 &&
	    field->bit_offset + field->bit_width <= 16) {
		plan->value = (value << field->bit_offset) | (field_mask << 16);
		plan->decided = field_mask | (field_mask << 16);
		result = 0;
		goto out;
	}

	/*
	 * What the other fields get. Where writing sets, clears or toggles
	 * bits, or the register cannot be read, the other fields get the
	 * value that does nothing, and nothing is read; elsewhere they keep
	 * what was read, except bits that act when written back (a 1 read
	 * from a write-1-to-clear flag would clear it) or cannot be read.
	 */
	if (!svd_access_readable(reg->access) ||
	    writes_are_actions(reg->modified_write) ||
	    writes_are_actions(field_modified_write(reg, field)))
		only_field = true;
	if (!only_field) {
		keep = svd_width_mask(reg->bits) & ~field_mask;
		for (const struct svd_field *other = reg->fields; other;
		     other = other->next) {
			uint64_t bits;

			if (other == field || !svd_field_is_usable(reg, other))
				continue;
			bits = svd_width_mask(other->bit_width)
			       << other->bit_offset;
			if (writes_are_actions(
				field_modified_write(reg, other)) ||
			    !svd_access_readable(svd_field_access(reg, other)))
				keep &= ~bits;
			if (neutral_is_one(field_modified_write(reg, other)))
				neutral |= bits;
		}
		if (read_has_effects(reg) && !force) {
			say(message, size,
			    "writing field %s.%s means reading %s first, and "
			    "that read has a side effect (readAction); write "
			    "the whole register, or add --force",
			    ref->path, field->name, ref->path);
			goto out;
		}
		plan->read_first = true;
		plan->keep_mask = keep;
	} else {
		for (const struct svd_field *other = reg->fields; other;
		     other = other->next)
			if (other != field && svd_field_is_usable(reg, other) &&
			    neutral_is_one(field_modified_write(reg, other)))
				neutral |= svd_width_mask(other->bit_width)
					   << other->bit_offset;
		if (neutral_is_one(reg->modified_write))
			neutral |= svd_width_mask(reg->bits) & ~field_mask;
	}
	plan->value = (value << field->bit_offset) | (neutral & ~keep);
	result = 0;
out:
	svd_arena_free(&scratch);
	return result;
}

// SPDX-License-Identifier: MIT
/*
 * From members with byte offsets to C struct bodies: every name made a C
 * identifier, members sorted by offset, gaps filled with RESERVEDn arrays,
 * overlapping members gathered into anonymous unions (with inner structs
 * for members that start later than the union), and each struct's size and
 * alignment computed so the emitted asserts can hold.
 */
#include "layout.h"

#include "naming.h" /* svd_type_prefix */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Naming state for the RESERVEDn members of one struct. */
struct reserved_names {
	unsigned count;
	unsigned alignment;		 /* the widest member's alignment */
	const struct svd_table *members; /* the struct's member names */
};

void svd_report_sanitized(struct svd_diagnostics *diag,
			  const struct svd_location *location, const char *name,
			  const char *result)
{
	switch (svd_reserved_kind(name)) {
	case SVD_RESERVED_KEYWORD:
		svd_report(diag, SVD_CHECK_NAME_SANITIZED, location,
			   "'%s' is a C or C++ keyword; using '%s'", name,
			   result);
		break;
	case SVD_RESERVED_LIBRARY:
		svd_report(diag, SVD_CHECK_NAME_SANITIZED, location,
			   "'%s' is a name of the C library; using '%s'", name,
			   result);
		break;
	case SVD_RESERVED_HEADER:
		svd_report(diag, SVD_CHECK_NAME_SANITIZED, location,
			   "'%s' is a name the generated headers use; using "
			   "'%s'",
			   name, result);
		break;
	default:
		svd_report(diag, SVD_CHECK_NAME_SANITIZED, location,
			   "'%s' is not a C identifier; using '%s'", name,
			   result);
		break;
	}
}

struct layouter {
	struct svd_context *context;
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	/* --prefix and headerDefinitionsPrefix: types and instances. */
	const char *type_prefix;
	/* Global identifiers: type names, instances. */
	struct svd_table globals;
	/* Sanitised names already reported, by place. */
	struct svd_table reported;
};

/* Make name an identifier, warning once per source element if it changed. */
static const char *identifier_for(struct layouter *layouter, const char *name,
				  const struct svd_location *location,
				  bool report)
{
	bool changed;
	const char *result = svd_identifier(layouter->arena, name, &changed);
	const char *key;

	if (!changed || !report)
		return result;
	/* Derived types repeat their base's names: say it once per place. */
	key = svd_arena_printf(layouter->arena, "%s:%lu:%s", location->file,
			       location->line, name);
	if (svd_table_insert(&layouter->reported, key, (void *)key))
		return result;
	svd_report_sanitized(layouter->diag, location, name, result);
	return result;
}

/* The member's C name: prependToName + name + _alternateGroup + append. */
static const char *member_name(struct layouter *layouter,
			       const struct svd_struct *type,
			       const struct svd_member *member)
{
	const struct svd_peripheral *peripheral = type->peripheral;
	const char *name = member->name;

	if (member->kind == SVD_NODE_REGISTER) {
		if (member->node->alternate_group)
			name = svd_arena_printf(layouter->arena, "%s_%s", name,
						member->node->alternate_group);
		if (peripheral &&
		    (peripheral->prepend_to_name || peripheral->append_to_name))
			name =
			    svd_arena_printf(layouter->arena, "%s%s%s",
					     peripheral->prepend_to_name
						 ? peripheral->prepend_to_name
						 : "",
					     name,
					     peripheral->append_to_name
						 ? peripheral->append_to_name
						 : "");
	}
	return identifier_for(layouter, name, &member->location,
			      member->dim_position <= 0);
}

static struct svd_item *new_item(struct layouter *layouter,
				 enum svd_item_kind kind, uint64_t offset,
				 uint64_t size)
{
	struct svd_item *item = svd_arena_alloc(layouter->arena, sizeof(*item));

	item->kind = kind;
	item->offset = offset;
	item->size = size;
	return item;
}

/*
 * RESERVED padding from start for size bytes, in units no wider than the
 * struct's alignment so padding never changes the struct's size.
 */
static struct svd_item *reserved_item(struct layouter *layouter,
				      struct reserved_names *names,
				      uint64_t start, uint64_t size)
{
	struct svd_item *item =
	    new_item(layouter, SVD_ITEM_RESERVED, start, size);
	unsigned unit = 1;

	if (start % 4 == 0 && size % 4 == 0 && names->alignment >= 4)
		unit = 4;
	else if (start % 2 == 0 && size % 2 == 0 && names->alignment >= 2)
		unit = 2;
	item->reserved_unit = unit;
	/* Skip names a register of the SVD already uses. */
	do {
		item->reserved_name =
		    names->count == 0
			? "RESERVED"
			: svd_arena_printf(layouter->arena, "RESERVED%u",
					   names->count);
		names->count++;
	} while (svd_table_find(names->members, item->reserved_name));
	return item;
}

/*
 * Lay members (sorted, non-overlapping) out from start, with padding between
 * them; returns the item list.
 */
static struct svd_item *lay_out_run(struct layouter *layouter,
				    struct svd_member **members, size_t count,
				    uint64_t start,
				    struct reserved_names *reserved)
{
	struct svd_item *list = NULL, **tail = &list;
	uint64_t position = start;

	for (size_t i = 0; i < count; i++) {
		struct svd_item *item;

		if (members[i]->offset > position) {
			*tail = reserved_item(layouter, reserved, position,
					      members[i]->offset - position);
			tail = &(*tail)->next;
		}
		item = new_item(layouter, SVD_ITEM_MEMBER, members[i]->offset,
				svd_member_extent(members[i]));
		item->member = members[i];
		*tail = item;
		tail = &item->next;
		position = members[i]->offset + svd_member_extent(members[i]);
	}
	return list;
}

/*
 * The end of every lane of a union, as a tree of minimums, so that the
 * first lane a member fits in (ending at or before its offset) is found
 * in log(lanes) steps. Lanes not used yet end at 0: the first of them is
 * found when no used lane fits.
 */
struct lane_ends {
	uint64_t *minimum; /* [1] is the root; leaves from [size] */
	size_t size;
};

static bool lane_ends_init(struct lane_ends *ends, size_t count)
{
	ends->size = 1;
	while (ends->size < count)
		ends->size *= 2;
	ends->minimum = calloc(2 * ends->size, sizeof(uint64_t));
	return ends->minimum != NULL;
}

static void lane_ends_free(struct lane_ends *ends)
{
	free(ends->minimum);
}

static uint64_t lane_ends_get(const struct lane_ends *ends, size_t lane)
{
	return ends->minimum[ends->size + lane];
}

static void lane_ends_set(struct lane_ends *ends, size_t lane, uint64_t end)
{
	size_t node = ends->size + lane;

	ends->minimum[node] = end;
	for (node /= 2; node >= 1; node /= 2) {
		uint64_t left = ends->minimum[2 * node],
			 right = ends->minimum[2 * node + 1];

		ends->minimum[node] = left < right ? left : right;
	}
}

/* The first lane ending at or before offset (there always is one). */
static size_t lane_ends_first_free(const struct lane_ends *ends,
				   uint64_t offset)
{
	size_t node = 1;

	while (node < ends->size)
		node =
		    ends->minimum[2 * node] <= offset ? 2 * node : 2 * node + 1;
	return node - ends->size;
}

/*
 * A union for members that overlap. Each member goes into the first lane
 * (an anonymous struct) where it does not overlap what is already there;
 * a lane holding a single member at the union's start is the member itself.
 */
static struct svd_item *lay_out_union(struct layouter *layouter,
				      struct svd_member **members, size_t count,
				      uint64_t start, uint64_t end,
				      struct reserved_names *reserved)
{
	struct svd_item *item =
	    new_item(layouter, SVD_ITEM_UNION, start, end - start);
	struct svd_item **tail = &item->children;
	size_t *lane_of = calloc(count, sizeof(size_t));
	/* Where each lane's members start in lane_members; one extra. */
	size_t *lane_start = calloc(count + 1, sizeof(size_t));
	struct svd_member **lane_members = calloc(count, sizeof(*lane_members));
	struct lane_ends ends;
	size_t lanes = 0;

	if (!lane_of || !lane_start || !lane_members ||
	    !lane_ends_init(&ends, count))
		abort();
	for (size_t i = 0; i < count; i++) {
		size_t lane = lane_ends_first_free(&ends, members[i]->offset);

		if (lane == lanes)
			lanes++;
		lane_of[i] = lane;
		lane_ends_set(&ends, lane,
			      members[i]->offset +
				  svd_member_extent(members[i]));
		lane_start[lane + 1]++;
	}
	/* Each lane's members in their order, by counting (not lanes x
	 * members: a hostile file overlaps 35000 registers). */
	for (size_t lane = 0; lane < lanes; lane++)
		lane_start[lane + 1] += lane_start[lane];
	for (size_t i = 0; i < count; i++)
		lane_members[lane_start[lane_of[i]]++] = members[i];
	for (size_t lane = lanes; lane > 0; lane--)
		lane_start[lane] = lane_start[lane - 1];
	lane_start[0] = 0;
	for (size_t lane = 0; lane < lanes; lane++) {
		struct svd_member **lane_first =
		    lane_members + lane_start[lane];
		size_t n = lane_start[lane + 1] - lane_start[lane];

		if (n == 1 && lane_first[0]->offset == start) {
			*tail = lay_out_run(layouter, lane_first, 1, start,
					    reserved);
		} else {
			struct svd_item *inner =
			    new_item(layouter, SVD_ITEM_STRUCT, start,
				     lane_ends_get(&ends, lane) - start);

			inner->children = lay_out_run(layouter, lane_first, n,
						      start, reserved);
			*tail = inner;
		}
		tail = &(*tail)->next;
	}
	lane_ends_free(&ends);
	free(lane_of);
	free(lane_start);
	free(lane_members);
	return item;
}

static void lay_out_struct(struct layouter *layouter, struct svd_struct *type);

/*
 * Give each member its C name (laying out the cluster types it uses first)
 * and report two members that become one name; returns the member count.
 */
static size_t name_members(struct layouter *layouter, struct svd_struct *type,
			   struct svd_table *names)
{
	size_t count = 0;

	for (struct svd_member *m = type->members; m; m = m->next) {
		const struct svd_member *other;

		if (m->type)
			lay_out_struct(layouter, m->type);
		m->c_name = member_name(layouter, type, m);
		other = svd_table_insert(names, m->c_name, m);
		if (other && strcmp(other->name, m->name) != 0)
			svd_report(layouter->diag, SVD_CHECK_NAME_COLLISION,
				   &m->location,
				   "'%s' and '%s' (line %lu) both become '%s' "
				   "in '%s'",
				   m->name, other->name, other->location.line,
				   m->c_name, type->name);
		count++;
	}
	return count;
}

/*
 * The items for members sorted by offset: a lone member as itself, members
 * that overlap as a union, padding in the gaps. Returns the end offset.
 */
static uint64_t lay_out_groups(struct layouter *layouter,
			       struct svd_member **members, size_t count,
			       bool packed, struct reserved_names *reserved,
			       struct svd_item ***tail)
{
	uint64_t position = 0;

	for (size_t i = 0; i < count;) {
		uint64_t group_start = members[i]->offset;
		uint64_t group_end, union_end;
		unsigned alignment;
		size_t j =
		    svd_overlap_group(members, count, i, packed, &group_end,
				      &union_end, &alignment);

		if (group_start > position) {
			**tail = reserved_item(layouter, reserved, position,
					       group_start - position);
			*tail = &(**tail)->next;
		}
		if (j - i == 1)
			**tail = lay_out_run(layouter, &members[i], 1,
					     group_start, reserved);
		else
			**tail =
			    lay_out_union(layouter, &members[i], j - i,
					  group_start, group_end, reserved);
		while (**tail)
			*tail = &(**tail)->next;
		position = union_end;
		i = j;
	}
	return position;
}

/* Name, sort, group overlaps, pad: the body of one struct type. */
static void lay_out_struct(struct layouter *layouter, struct svd_struct *type)
{
	struct svd_item *list = NULL, **tail = &list;
	struct svd_member **members;
	struct svd_table names;
	struct reserved_names reserved = {0, 1, &names};
	uint64_t position;
	size_t count;

	if (type->items)
		return;
	svd_table_init(&names, layouter->arena);
	count = name_members(layouter, type, &names);
	if (!count)
		return;
	members = svd_members_by_offset(layouter->arena, type, &count);
	/* Relink the list in sorted order, back to front. */
	type->members = NULL;
	for (size_t i = count; i-- > 0;) {
		members[i]->next = type->members;
		type->members = members[i];
	}

	/*
	 * Padding to the size expand.c gave the struct (the array stride or
	 * the alignment), in units no wider than its alignment.
	 */
	reserved.alignment = type->alignment;
	position = lay_out_groups(layouter, members, count, type->packed,
				  &reserved, &tail);
	if (type->size > position)
		*tail = reserved_item(layouter, &reserved, position,
				      type->size - position);
	type->items = list;
}

/* Two peripheral types with one name: fine if they are the same shape. */
static bool same_shape(const struct svd_struct *a, const struct svd_struct *b)
{
	const struct svd_member *x = a->members, *y = b->members;

	if (a->size != b->size)
		return false;
	for (; x && y; x = x->next, y = y->next) {
		if (x->offset != y->offset || x->size != y->size ||
		    x->count != y->count || x->is_array != y->is_array ||
		    strcmp(x->c_name, y->c_name) != 0 || x->access != y->access)
			return false;
		if ((x->type == NULL) != (y->type == NULL))
			return false;
		if (x->type && !same_shape(x->type, y->type))
			return false;
	}
	return !x && !y;
}

static void name_types(struct layouter *layouter, struct svd_expanded *expanded)
{
	struct svd_struct **link = &expanded->types;

	while (*link) {
		struct svd_struct *type = *link;
		struct svd_struct *other;

		type->name =
		    identifier_for(layouter, type->name, &type->location, true);
		other = svd_table_insert(&layouter->globals, type->name, type);
		if (!other) {
			link = &type->next;
			continue;
		}
		if (!same_shape(type, other)) {
			svd_report(layouter->diag, SVD_CHECK_NAME_COLLISION,
				   &type->location,
				   "type '%s_Type' is defined twice with "
				   "different registers (first at line %lu)",
				   type->name, other->location.line);
			link = &type->next;
			continue;
		}
		/* Same name, same shape: one type serves both. */
		for (struct svd_instance *i = type->instances; i;
		     i = i->next_of_type)
			i->type = other;
		{
			struct svd_instance **last = &other->instances;

			while (*last)
				last = &(*last)->next_of_type;
			*last = type->instances;
		}
		*link = type->next;
	}
}

/*
 * Instance pointers and _BASE addresses are object-like macros: a member
 * spelled the same would be replaced by the preprocessor, and the header
 * would not compile under SVDConv's names either. Such a member gets a
 * trailing '_' and a warning.
 */
static void rename_macro_clashes(struct layouter *layouter,
				 const struct svd_table *macros,
				 struct svd_struct *type)
{
	for (struct svd_member *m = type->members; m; m = m->next) {
		const struct svd_instance *instance;
		const char *name;

		/* A list's elements share one type: visit it once. */
		if (m->type && m->dim_position <= 0)
			rename_macro_clashes(layouter, macros, m->type);
		/* The macros carry their prefix; the member does not. */
		instance = svd_table_find(macros, m->c_name);
		if (!instance)
			continue;
		name = svd_arena_printf(layouter->arena, "%s_", m->c_name);
		for (const struct svd_member *o = type->members; o; o = o->next)
			if (strcmp(o->c_name, name) == 0) {
				name = svd_arena_printf(layouter->arena, "%s_",
							name);
				o = type->members;
			}
		if (m->dim_position <= 0)
			svd_report(layouter->diag, SVD_CHECK_NAME_SANITIZED,
				   &m->location,
				   "'%s' in '%s' is spelled like the macro for "
				   "peripheral '%s'; using '%s' (or use "
				   "--prefix)",
				   m->c_name, type->name, instance->name, name);
		m->c_name = name;
	}
}

static void avoid_macro_clashes(struct layouter *layouter,
				struct svd_expanded *expanded)
{
	struct svd_table macros;

	svd_table_init(&macros, layouter->arena);
	for (struct svd_instance *i = expanded->instances; i; i = i->next) {
		svd_table_insert(&macros,
				 svd_arena_printf(layouter->arena, "%s%s",
						  layouter->type_prefix,
						  i->c_name),
				 i);
		svd_table_insert(&macros,
				 svd_arena_printf(layouter->arena, "%s%s_BASE",
						  layouter->type_prefix,
						  i->c_name),
				 i);
	}
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		rename_macro_clashes(layouter, &macros, type);
}

/*
 * Every struct type name, clusters included, must be one C identifier for
 * one shape. A cluster's headerStructName that names a different struct
 * falls back to the cluster's path name, with a warning.
 */
static void register_struct_names(struct layouter *layouter,
				  struct svd_table *names,
				  struct svd_struct *type)
{
	for (struct svd_member *m = type->members; m; m = m->next) {
		struct svd_struct *cluster = m->type, *other;

		if (!cluster || cluster->named)
			continue;
		cluster->named = true;
		register_struct_names(layouter, names, cluster);
		cluster->name = identifier_for(layouter, cluster->name,
					       &cluster->location, true);
		other = svd_table_insert(names, cluster->name, cluster);
		if (!other || same_shape(other, cluster))
			continue;
		if (cluster->path_name &&
		    strcmp(cluster->name, cluster->path_name) != 0) {
			const char *fallback =
			    identifier_for(layouter, cluster->path_name,
					   &cluster->location, false);

			svd_report(layouter->diag, SVD_CHECK_NAME_SANITIZED,
				   &cluster->location,
				   "headerStructName '%s' names another struct "
				   "(line %lu); using '%s'",
				   cluster->name, other->location.line,
				   fallback);
			cluster->name = fallback;
			other = svd_table_insert(names, cluster->name, cluster);
			if (!other || same_shape(other, cluster))
				continue;
		}
		svd_report(
		    layouter->diag, SVD_CHECK_NAME_COLLISION,
		    &cluster->location,
		    "struct '%s_Type' would be defined twice, differently "
		    "(first at line %lu)",
		    cluster->name, other->location.line);
	}
}

int svd_layout(struct svd_context *context, struct svd_expanded *expanded)
{
	const struct svd_options *options = &context->options;
	struct layouter layouter = {
	    context, &context->arena, &context->diag, NULL, {0}, {0}};
	unsigned errors_before = context->diag.errors;
	struct svd_table instances, irqs;

	svd_table_init(&layouter.globals, &context->arena);
	svd_table_init(&layouter.reported, &context->arena);
	svd_table_init(&instances, &context->arena);
	layouter.type_prefix =
	    svd_type_prefix(&context->arena, options->prefix, expanded->device);
	svd_table_init(&irqs, &context->arena);
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		lay_out_struct(&layouter, type);
	name_types(&layouter, expanded);
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		register_struct_names(&layouter, &layouter.globals, type);
	for (struct svd_instance *i = expanded->instances; i; i = i->next) {
		struct svd_instance *other;

		i->c_name = identifier_for(&layouter, i->name,
					   &i->peripheral->location, true);
		other = svd_table_insert(&instances, i->c_name, i);
		if (other && strcmp(other->name, i->name) != 0)
			svd_report(&context->diag, SVD_CHECK_NAME_COLLISION,
				   &i->peripheral->location,
				   "peripherals '%s' and '%s' both become '%s'",
				   i->name, other->name, i->c_name);
	}
	avoid_macro_clashes(&layouter, expanded);
	for (struct svd_irq *irq = expanded->irqs; irq; irq = irq->next) {
		struct svd_irq *other;

		irq->c_name =
		    identifier_for(&layouter, irq->name, &irq->location, true);
		other = svd_table_insert(&irqs, irq->c_name, irq);
		if (other && strcmp(other->name, irq->name) != 0)
			svd_report(&context->diag, SVD_CHECK_NAME_COLLISION,
				   &irq->location,
				   "interrupts '%s' and '%s' both become '%s'",
				   irq->name, other->name, irq->c_name);
	}
	return context->diag.errors > errors_before ? -1 : 0;
}

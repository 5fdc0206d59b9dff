// SPDX-License-Identifier: MIT
/*
 * The C names of the structs layout.c builds: every member made a C
 * identifier (prependToName + name + _alternateGroup + appendToName),
 * RESERVEDn padding, peripheral and cluster type names, instances and
 * interrupts, with the collisions between them reported here.
 *
 * Two passes, because layout sorts each struct's members by offset: the
 * members are named before layout, in SVD order, so that a collision
 * names the member the SVD declares first; the rest is named after it,
 * when the padding exists and types can be compared member by member.
 */
#include "naming.h"

#include "marks.h"

#include <string.h>

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

/* What a pass of this file works with. */
struct layout_namer {
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	struct svd_layout_names *state;
	/* After layout: --prefix and headerDefinitionsPrefix. */
	const char *type_prefix;
	/* After layout: global identifiers, type names and instances. */
	struct svd_table globals;
	/* After layout: structs whose padding is named. */
	struct svd_marks padded;
	/* After layout: cluster types whose name is registered. */
	struct svd_marks cluster_named;
	/*
	 * After layout: the object-like macros the headers define, each
	 * to what it is for ("the macro for peripheral 'P'"): the pointer
	 * and _BASE of each instance, with their prefix, the include
	 * guards, and the _Pos and _Msk of the fields. No member may be
	 * spelled like one: the preprocessor would replace it. Padding
	 * avoids the instance macros (the others end in _H, _REGS, _Pos
	 * and _Msk, which RESERVEDn never does).
	 */
	struct svd_table macros;
	/* After layout: struct types whose field macros are noted. */
	struct svd_marks field_macros_noted;
};

/* Make name an identifier, warning once per source element if it changed. */
static const char *identifier_for(struct layout_namer *namer, const char *name,
				  const struct svd_location *location,
				  bool report)
{
	bool changed;
	const char *result = svd_identifier(namer->arena, name, &changed);
	const char *key;

	if (!changed || !report)
		return result;
	/* Derived types repeat their base's names: say it once per place. */
	key = svd_arena_printf(namer->arena, "%s:%lu:%s", location->file,
			       location->line, name);
	if (svd_table_insert(&namer->state->reported, key, (void *)key))
		return result;
	svd_report_sanitized(namer->diag, location, name, result);
	return result;
}

/* A register's SVD name with _alternateGroup, prependToName, appendToName. */
static const char *decorated_name(struct layout_namer *namer,
				  const struct svd_struct *type,
				  const struct svd_member *member,
				  const char *name)
{
	const struct svd_peripheral *peripheral = type->peripheral;

	if (member->kind != SVD_NODE_REGISTER)
		return name;
	if (member->node->alternate_group)
		name = svd_arena_printf(namer->arena, "%s_%s", name,
					member->node->alternate_group);
	if (peripheral &&
	    (peripheral->prepend_to_name || peripheral->append_to_name))
		name = svd_arena_printf(
		    namer->arena, "%s%s%s",
		    peripheral->prepend_to_name ? peripheral->prepend_to_name
						: "",
		    name,
		    peripheral->append_to_name ? peripheral->append_to_name
					       : "");
	return name;
}

/*
 * Whether the name of member's dim list changes whatever the index: its
 * name with a plain letter for the index (3V3-A for 3V3-%s) is no
 * identifier.
 */
static bool list_name_changes(struct layout_namer *namer,
			      const struct svd_struct *type,
			      const struct svd_member *member)
{
	const char *list = member->node->name;
	const char *marker = strstr(list, "[%s]");
	size_t marker_length = 4;
	const char *neutral;
	bool changed;

	if (!marker) {
		marker = strstr(list, "%s");
		marker_length = 2;
	}
	/* dim without %s numbers the elements at the end of the name. */
	neutral = marker ? svd_arena_printf(namer->arena, "%.*sA%s",
					    (int)(marker - list), list,
					    marker + marker_length)
			 : svd_arena_printf(namer->arena, "%sA", list);
	svd_identifier(namer->arena,
		       decorated_name(namer, type, member, neutral), &changed);
	return changed;
}

/*
 * The member's C name: prependToName + name + _alternateGroup + append.
 * A change every element of a dim list inherits from the list's name
 * (3V3-%s) is reported once, at the first element; a change an element's
 * own index makes (2V of %s, or int, a keyword) is reported at each such
 * element.
 */
static const char *member_name(struct layout_namer *namer,
			       const struct svd_struct *type,
			       const struct svd_member *member)
{
	const char *name = decorated_name(namer, type, member, member->name);
	bool report = member->dim_position <= 0 || svd_is_identifier(name) ||
		      svd_reserved_kind(name) != SVD_RESERVED_NONE ||
		      !list_name_changes(namer, type, member);

	return identifier_for(namer, name, &member->location, report);
}

/*
 * Give each member of type its C name, the members of the cluster types
 * it uses first, and report two members that become one name.
 */
static void name_struct_members(struct layout_namer *namer,
				struct svd_struct *type)
{
	struct svd_table names;
	/* Named already: a list's elements share one cluster type. */
	if (!type->members || type->members->c_name)
		return;
	svd_table_init(&names, namer->arena);
	for (struct svd_member *m = type->members; m; m = m->next) {
		const struct svd_member *other;

		if (m->type)
			name_struct_members(namer, m->type);
		m->c_name = member_name(namer, type, m);
		other = svd_table_insert(&names, m->c_name, m);
		if (other && strcmp(other->name, m->name) != 0)
			svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
				   &m->location,
				   "'%s' and '%s' (line %lu) both become '%s' "
				   "in '%s'",
				   m->name, other->name, other->location.line,
				   m->c_name, type->name);
	}
}

void svd_name_members(struct svd_context *context,
		      struct svd_expanded *expanded,
		      struct svd_layout_names *state)
{
	struct layout_namer namer = {
	    .arena = &context->arena,
	    .diag = &context->diag,
	    .state = state,
	};

	svd_table_init(&state->reported, &context->arena);
	state->errors_before = context->diag.errors;
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		name_struct_members(&namer, type);
}

/* Name the padding among items, in the order it was laid out. */
static void name_reserved_items(struct layout_namer *namer,
				const struct svd_table *members,
				unsigned *count, struct svd_item *items)
{
	for (struct svd_item *item = items; item; item = item->next) {
		if (item->kind != SVD_ITEM_RESERVED) {
			name_reserved_items(namer, members, count,
					    item->children);
			continue;
		}
		/*
		 * Skip names a register of the SVD already uses, and those
		 * of a peripheral's macros, which would replace the member.
		 */
		do {
			item->reserved_name =
			    *count == 0
				? "RESERVED"
				: svd_arena_printf(namer->arena, "RESERVED%u",
						   *count);
			(*count)++;
		} while (svd_table_find(members, item->reserved_name) ||
			 svd_table_find(&namer->macros, item->reserved_name));
	}
}

/* RESERVED, RESERVED1...: the padding of type and of its cluster types. */
static void name_padding(struct layout_namer *namer, struct svd_struct *type)
{
	struct svd_table members;
	unsigned count = 0;

	if (svd_marks_get(&namer->padded, type))
		return;
	svd_marks_set(&namer->padded, type, 1);
	svd_table_init(&members, namer->arena);
	for (struct svd_member *m = type->members; m; m = m->next) {
		if (m->type)
			name_padding(namer, m->type);
		/* Only these can take a padding name. */
		if (strncmp(m->c_name, "RESERVED", 8) == 0)
			svd_table_insert(&members, m->c_name, m);
	}
	name_reserved_items(namer, &members, &count, type->items);
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

/*
 * Peripheral type names: two types of one name and one shape become one
 * type, serving the instances of both; of different shapes, an error.
 */
static void name_peripheral_types(struct layout_namer *namer,
				  struct svd_expanded *expanded)
{
	struct svd_struct **link = &expanded->types;

	while (*link) {
		struct svd_struct *type = *link;
		struct svd_struct *other;

		type->name =
		    identifier_for(namer, type->name, &type->location, true);
		other = svd_table_insert(&namer->globals, type->name, type);
		if (!other) {
			link = &type->next;
			continue;
		}
		if (!same_shape(type, other)) {
			svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
				   &type->location,
				   "type '%s_Type' is defined twice with "
				   "different registers (first at line %lu)",
				   type->name, other->location.line);
			link = &type->next;
			continue;
		}
		/*
		 * One struct, but the accessors and field macros are made
		 * from the first type only: another type's fields or access
		 * rules would be dropped without a word.
		 */
		if (!svd_struct_same_shape(type, other)) {
			svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
				   &type->location,
				   "type '%s_Type' is defined twice with "
				   "different fields or access rules (first at "
				   "line %lu)",
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
 * Every struct type name, clusters included, must be one C identifier for
 * one shape. A cluster's headerStructName that names a different struct
 * falls back to the cluster's path name, with a warning.
 */
static void name_cluster_types(struct layout_namer *namer,
			       struct svd_struct *type)
{
	for (struct svd_member *m = type->members; m; m = m->next) {
		struct svd_struct *cluster = m->type, *other;

		if (!cluster || svd_marks_get(&namer->cluster_named, cluster))
			continue;
		svd_marks_set(&namer->cluster_named, cluster, 1);
		name_cluster_types(namer, cluster);
		cluster->name = identifier_for(namer, cluster->name,
					       &cluster->location, true);
		other =
		    svd_table_insert(&namer->globals, cluster->name, cluster);
		if (!other || svd_struct_same_shape(other, cluster))
			continue;
		if (cluster->path_name &&
		    strcmp(cluster->name, cluster->path_name) != 0) {
			const char *fallback =
			    identifier_for(namer, cluster->path_name,
					   &cluster->location, false);

			svd_report(namer->diag, SVD_CHECK_NAME_SANITIZED,
				   &cluster->location,
				   "headerStructName '%s' names another struct "
				   "(line %lu); using '%s'",
				   cluster->name, other->location.line,
				   fallback);
			cluster->name = fallback;
			other = svd_table_insert(&namer->globals, cluster->name,
						 cluster);
			if (!other || svd_struct_same_shape(other, cluster))
				continue;
		}
		svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
			   &cluster->location,
			   "struct '%s_Type' would be defined twice, "
			   "differently (first at line %lu)",
			   cluster->name, other->location.line);
	}
}

/* The instance names (PERIPH of PERIPH_Type *), each one identifier. */
static void name_instances(struct layout_namer *namer,
			   struct svd_expanded *expanded)
{
	struct svd_table instances;

	svd_table_init(&instances, namer->arena);
	for (struct svd_instance *i = expanded->instances; i; i = i->next) {
		struct svd_instance *other;

		i->c_name = identifier_for(namer, i->name,
					   &i->peripheral->location, true);
		other = svd_table_insert(&instances, i->c_name, i);
		if (other && strcmp(other->name, i->name) != 0)
			svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
				   &i->peripheral->location,
				   "peripherals '%s' and '%s' both become '%s'",
				   i->name, other->name, i->c_name);
	}
}

/* Whether name is the C name of a member of type other than member. */
static bool member_named(const struct svd_struct *type,
			 const struct svd_member *member, const char *name)
{
	for (const struct svd_member *o = type->members; o; o = o->next)
		if (o != member && strcmp(o->c_name, name) == 0)
			return true;
	return false;
}

/*
 * Instance pointers, _BASE addresses, include guards and field _Pos and
 * _Msk are object-like macros: a member spelled the same would be replaced
 * by the preprocessor, and the header would not compile under SVDConv's
 * names either. Such a member gets
 * trailing '_'s, as many as it takes to be neither another member nor
 * another macro, and a warning.
 */
static void rename_macro_clashes(struct layout_namer *namer,
				 struct svd_struct *type)
{
	for (struct svd_member *m = type->members; m; m = m->next) {
		const char *macro, *name;

		/* A list's elements share one type: visit it once. */
		if (m->type && m->dim_position <= 0)
			rename_macro_clashes(namer, m->type);
		/* The macros carry their prefix; the member does not. */
		macro = svd_table_find(&namer->macros, m->c_name);
		if (!macro)
			continue;
		name = m->c_name;
		do
			name = svd_arena_printf(namer->arena, "%s_", name);
		while (member_named(type, m, name) ||
		       svd_table_find(&namer->macros, name));
		svd_report(namer->diag, SVD_CHECK_NAME_SANITIZED, &m->location,
			   "'%s' in '%s' is spelled like %s; using '%s' (or "
			   "use --prefix)",
			   m->c_name, type->name, macro, name);
		m->c_name = name;
	}
}

bool svd_heads_peripheral_array(const struct svd_instance *instance)
{
	const struct svd_peripheral *peripheral = instance->peripheral;

	return peripheral->name && strstr(peripheral->name, "[%s]") &&
	       instance->base_address == peripheral->base_address;
}

/* Note a macro name, prefixed, and the peripheral it comes from. */
static void note_macro(struct layout_namer *namer, const char *name,
		       const char *suffix, const char *peripheral)
{
	svd_table_insert(
	    &namer->macros,
	    svd_arena_printf(namer->arena, "%s%s%s", namer->type_prefix, name,
			     suffix),
	    (void *)svd_arena_printf(
		namer->arena, "the macro for peripheral '%s'", peripheral));
}

/*
 * The macros of every instance, from the names name_instances will give
 * them (it reports; this pass, which runs before the padding is named,
 * does not), and those of a peripheral array (naming.c, name_array),
 * which naming.c may yet leave out: a member avoids them all the same.
 */
static void collect_instance_macros(struct layout_namer *namer,
				    struct svd_expanded *expanded)
{
	for (struct svd_instance *i = expanded->instances; i; i = i->next) {
		bool changed;
		const char *name =
		    svd_identifier(namer->arena, i->name, &changed);

		note_macro(namer, name, "", i->name);
		note_macro(namer, name, "_BASE", i->name);
		if (!svd_heads_peripheral_array(i))
			continue;
		name = svd_identifier(
		    namer->arena,
		    svd_strip_dim_marker(namer->arena, i->peripheral->name),
		    &changed);
		note_macro(namer, name, "", i->peripheral->name);
		note_macro(namer, name, "_BASE", i->peripheral->name);
	}
}

/*
 * The include guards naming.c (svd_name_headers) gives the device header
 * (GUARD_H) and each type's two headers (GUARD_TYPE_H, GUARD_TYPE_H_REGS),
 * from the type names name_peripheral_types gave.
 */
static void collect_guards(struct layout_namer *namer,
			   struct svd_expanded *expanded, const char *prefix)
{
	const char *guard = svd_device_guard(
	    namer->arena, prefix,
	    svd_device_file_stem(namer->arena, expanded->device));
	const char *what = "the include guard of the device header";

	svd_table_insert(&namer->macros,
			 svd_arena_printf(namer->arena, "%s_H", guard),
			 (void *)what);
	for (struct svd_struct *type = expanded->types; type;
	     type = type->next) {
		const char *type_guard = svd_upper_case(
		    namer->arena, svd_arena_printf(namer->arena, "%s_%s_H",
						   guard, type->name));

		what = svd_arena_printf(
		    namer->arena, "the include guard of '%s'", type->name);
		svd_table_insert(&namer->macros, type_guard, (void *)what);
		svd_table_insert(
		    &namer->macros,
		    svd_arena_printf(namer->arena, "%s_REGS", type_guard),
		    (void *)what);
	}
}

/* Whether name ends in suffix, after at least one character. */
static bool ends_with(const char *name, const char *suffix)
{
	size_t length = strlen(name), suffix_length = strlen(suffix);

	return length > suffix_length &&
	       strcmp(name + length - suffix_length, suffix) == 0;
}

/* Whether a member of type, or of a cluster in it, ends in _Pos or _Msk. */
static bool has_field_macro_member(const struct svd_struct *type)
{
	for (const struct svd_member *m = type->members; m; m = m->next)
		if (ends_with(m->c_name, "_Pos") ||
		    ends_with(m->c_name, "_Msk") ||
		    (m->type && has_field_macro_member(m->type)))
			return true;
	return false;
}

/*
 * Note the _Pos and _Msk of the fields of a register, owned by owner: as
 * naming.c (name_field_macros) spells them, prefix owner_REGISTER_FIELD
 * made one identifier, with the register's SVD name and alternateGroup.
 */
static void note_field_macros(struct layout_namer *namer, const char *prefix,
			      const char *owner,
			      const struct svd_member *member)
{
	const char *register_name = member->name;
	const char *first;

	if (member->node->alternate_group)
		register_name =
		    svd_arena_printf(namer->arena, "%s_%s", register_name,
				     member->node->alternate_group);
	first = svd_arena_printf(namer->arena, "%s%s_%s", prefix, owner,
				 register_name);
	for (const struct svd_field *field = member->fields; field;
	     field = field->next) {
		char *stem;
		const char *what;
		size_t length;

		if (!svd_field_is_usable(member, field))
			continue;
		stem = svd_arena_alloc(namer->arena,
				       strlen(first) + strlen(field->name) + 4);
		length = svd_identifier_join(stem, first, field->name);
		what = svd_arena_printf(namer->arena,
					"the macro for field '%s' of '%s' in "
					"'%s'",
					field->name, member->name, owner);
		svd_table_insert(&namer->macros,
				 svd_arena_printf(namer->arena, "%.*s_Pos",
						  (int)length, stem),
				 (void *)what);
		svd_table_insert(&namer->macros,
				 svd_arena_printf(namer->arena, "%.*s_Msk",
						  (int)length, stem),
				 (void *)what);
	}
}

/*
 * The field macros of a type and its clusters. naming.c spells a defined
 * struct's after its headerStructName path, a shared one's after its
 * name: both are noted, so a member avoids whichever is printed.
 */
static void collect_field_macros(struct layout_namer *namer, const char *prefix,
				 struct svd_struct *type)
{
	const char *owners[2] = {type->name, NULL};
	bool changed;

	if (svd_marks_get(&namer->field_macros_noted, type))
		return;
	svd_marks_set(&namer->field_macros_noted, type, 1);
	if (type->macro_name)
		owners[1] =
		    svd_identifier(namer->arena, type->macro_name, &changed);
	for (struct svd_member *m = type->members; m; m = m->next) {
		if (m->type) {
			collect_field_macros(namer, prefix, m->type);
			continue;
		}
		if (m->kind != SVD_NODE_REGISTER)
			continue;
		for (size_t i = 0; i < 2; i++)
			if (owners[i] &&
			    (i == 0 || strcmp(owners[0], owners[1]) != 0))
				note_field_macros(namer, prefix, owners[i], m);
	}
}

/*
 * The _Pos and _Msk of every field, only when some member ends like one:
 * most devices have none, and large ones have hundreds of thousands of
 * fields.
 */
static void collect_all_field_macros(struct layout_namer *namer,
				     struct svd_expanded *expanded,
				     const char *prefix)
{
	struct svd_struct *type;

	for (type = expanded->types; type; type = type->next)
		if (has_field_macro_member(type))
			break;
	if (!type)
		return;
	for (type = expanded->types; type; type = type->next)
		collect_field_macros(namer, prefix, type);
}

/* The IRQn_Type enumerators, each one identifier. */
static void name_irqs(struct layout_namer *namer, struct svd_expanded *expanded)
{
	struct svd_table irqs;

	svd_table_init(&irqs, namer->arena);
	for (struct svd_irq *irq = expanded->irqs; irq; irq = irq->next) {
		struct svd_irq *other;

		irq->c_name =
		    identifier_for(namer, irq->name, &irq->location, true);
		other = svd_table_insert(&irqs, irq->c_name, irq);
		if (other && strcmp(other->name, irq->name) != 0)
			svd_report(namer->diag, SVD_CHECK_NAME_COLLISION,
				   &irq->location,
				   "interrupts '%s' and '%s' both become '%s'",
				   irq->name, other->name, irq->c_name);
	}
}

int svd_name_layout(struct svd_context *context, struct svd_expanded *expanded,
		    struct svd_layout_names *state)
{
	const char *prefix =
	    context->options.prefix ? context->options.prefix : "";
	struct layout_namer namer = {
	    .arena = &context->arena,
	    .diag = &context->diag,
	    .type_prefix = svd_type_prefix(
		&context->arena, context->options.prefix, expanded->device),
	    .state = state,
	};

	svd_table_init(&namer.globals, &context->arena);
	svd_marks_init(&namer.padded, &context->arena);
	svd_marks_init(&namer.cluster_named, &context->arena);
	svd_table_init(&namer.macros, &context->arena);
	svd_marks_init(&namer.field_macros_noted, &context->arena);
	collect_instance_macros(&namer, expanded);
	/* Before the macro clashes rename members: padding avoids the
	 * names the SVD gave. */
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		name_padding(&namer, type);
	name_peripheral_types(&namer, expanded);
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		name_cluster_types(&namer, type);
	name_instances(&namer, expanded);
	/* The type names are final: so are the guards and field macros. */
	collect_guards(&namer, expanded, prefix);
	collect_all_field_macros(&namer, expanded, prefix);
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		rename_macro_clashes(&namer, type);
	name_irqs(&namer, expanded);
	return context->diag.errors > state->errors_before ? -1 : 0;
}

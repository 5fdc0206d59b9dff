// SPDX-License-Identifier: MIT
/*
 * Resolve derivedFrom on peripherals, clusters, registers, fields and
 * enumeratedValues. A derived element takes from its base everything it does
 * not give itself; lists (registers, fields, values) are shared, never
 * copied, since later stages do not modify them. Chains are resolved depth
 * first, so a cycle shows up as an element met again while it is being
 * resolved; references to nothing are errors too.
 */
#include "marks.h"
#include "svd.h"
#include "table.h"

#include <string.h>

enum derive_state {
	DERIVE_UNVISITED = 0,
	DERIVE_IN_PROGRESS,
	DERIVE_DONE,
	DERIVE_CYCLE, /* done, and part of a reported cycle */
};

struct deriver {
	struct svd_context *context;
	struct svd_device *device;
	/*
	 * Name indexes, built on first use, so that each derivedFrom costs
	 * a hash lookup instead of a walk over its siblings: a chain of n
	 * links took n^2 steps. Keyed by the address of a list's first
	 * element (lists are never changed once parsed; merged lists are
	 * new lists).
	 */
	struct svd_table indexes;
	struct svd_table *peripheral_index;
	/* How far each element is resolved (enum derive_state), by address:
	 * the bookkeeping of this stage, kept out of the model. */
	struct svd_marks states;
};

static enum derive_state state_of(const struct deriver *deriver,
				  const void *element)
{
	return (enum derive_state)svd_marks_get(&deriver->states, element);
}

static void set_state(struct deriver *deriver, const void *element,
		      enum derive_state state)
{
	svd_marks_set(&deriver->states, element, state);
}

/* A NUL-terminated copy of name's first length bytes, in the arena. */
static const char *key_of(struct deriver *deriver, const char *name,
			  size_t length)
{
	return svd_arena_strndup(&deriver->context->arena, name, length);
}

/* The index of a list, by kind letter and first element; NULL if new. */
static struct svd_table **index_slot(struct deriver *deriver, char kind,
				     const void *head, bool *made)
{
	const char *key =
	    svd_arena_printf(&deriver->context->arena, "%c%p", kind, head);
	struct svd_table **slot = svd_table_find(&deriver->indexes, key);

	*made = false;
	if (!slot) {
		slot = svd_arena_alloc(&deriver->context->arena, sizeof(*slot));
		*slot =
		    svd_arena_alloc(&deriver->context->arena, sizeof(**slot));
		svd_table_init(*slot, &deriver->context->arena);
		svd_table_insert(&deriver->indexes, key, slot);
		*made = true;
	}
	return slot;
}

static struct svd_peripheral *find_peripheral(struct deriver *deriver,
					      const char *name, size_t length)
{
	if (!deriver->peripheral_index) {
		deriver->peripheral_index = svd_arena_alloc(
		    &deriver->context->arena, sizeof(struct svd_table));
		svd_table_init(deriver->peripheral_index,
			       &deriver->context->arena);
		/* The first of a name wins, as a walk would find it. */
		for (struct svd_peripheral *p = deriver->device->peripherals; p;
		     p = p->next)
			if (p->name)
				svd_table_insert(deriver->peripheral_index,
						 p->name, p);
	}
	return svd_table_find(deriver->peripheral_index,
			      key_of(deriver, name, length));
}

static struct svd_node *find_node(struct deriver *deriver,
				  struct svd_node *list, const char *name,
				  size_t length)
{
	bool made;
	struct svd_table **index;

	if (!list)
		return NULL;
	index = index_slot(deriver, 'n', list, &made);
	if (made)
		for (struct svd_node *node = list; node; node = node->next)
			if (node->name)
				svd_table_insert(*index, node->name, node);
	return svd_table_find(*index, key_of(deriver, name, length));
}

/* Follow a dotted path of cluster/register names from a list. */
static struct svd_node *find_node_path(struct deriver *deriver,
				       struct svd_node *list, const char *path)
{
	struct svd_node *node = NULL;

	for (;;) {
		const char *dot = strchr(path, '.');
		size_t length = dot ? (size_t)(dot - path) : strlen(path);

		node = find_node(deriver, list, path, length);
		if (!node || !dot)
			return node;
		list = node->children;
		path = dot + 1;
	}
}

static void peripheral_resolve(struct deriver *deriver,
			       struct svd_peripheral *peripheral);

/*
 * The registers and clusters a peripheral has after derivation, for path
 * lookups that pass through a derived peripheral.
 */
static struct svd_node *peripheral_children(struct deriver *deriver,
					    struct svd_peripheral *peripheral)
{
	peripheral_resolve(deriver, peripheral);
	return peripheral->children;
}

/*
 * A register or cluster named by derivedFrom, seen from node: a sibling, a
 * name in an enclosing scope, a path relative to the peripheral, or a path
 * starting with a peripheral's name.
 */
static struct svd_node *lookup_node(struct deriver *deriver,
				    struct svd_node *node, const char *name)
{
	struct svd_node *found, *self = NULL;
	const char *dot;

	/*
	 * The element itself is a match only if nothing else is: then the
	 * caller meets it again while resolving and reports the cycle.
	 */
	for (struct svd_node *scope = node->parent; scope;
	     scope = scope->parent) {
		found = find_node_path(deriver, scope->children, name);
		if (found && found != node)
			return found;
		if (found)
			self = found;
	}
	found = find_node_path(deriver, node->peripheral->children, name);
	if (found && found != node)
		return found;
	if (found)
		self = found;
	dot = strchr(name, '.');
	if (dot) {
		struct svd_peripheral *peripheral =
		    find_peripheral(deriver, name, (size_t)(dot - name));

		if (peripheral) {
			found = find_node_path(
			    deriver, peripheral_children(deriver, peripheral),
			    dot + 1);
			if (found)
				return found;
		}
	}
	return self;
}

/* True when name is what template (NAME%s or NAME[%s]) makes for index. */
static bool expands_to(const struct svd_node *template, const char *name)
{
	const char *marker, *suffix;
	size_t prefix_length, suffix_length, name_length = strlen(name);

	if (!template->name || !template->dim.present || !template->dim.index)
		return false;
	marker = strstr(template->name, "%s");
	if (!marker)
		return false;
	suffix = marker + 2;
	prefix_length = (size_t)(marker - template->name);
	if (prefix_length > 0 && marker[-1] == '[' && *suffix == ']') {
		prefix_length--;
		suffix++;
	}
	suffix_length = strlen(suffix);
	if (name_length < prefix_length + suffix_length ||
	    strncmp(name, template->name, prefix_length) != 0 ||
	    strcmp(name + name_length - suffix_length, suffix) != 0)
		return false;
	for (uint32_t i = 0; i < template->dim.count; i++)
		if (strlen(template->dim.index[i]) ==
			name_length - prefix_length - suffix_length &&
		    strncmp(template->dim.index[i], name + prefix_length,
			    name_length - prefix_length - suffix_length) == 0)
			return true;
	return false;
}

/*
 * A derivedFrom naming an element a dim list makes (REG0 of REG%s), which
 * exists only after expansion: the elements share one description, so
 * the template is the base. Siblings and enclosing scopes only.
 */
static struct svd_node *lookup_expanded(struct svd_node *node, const char *name)
{
	if (strchr(name, '.'))
		return NULL;
	for (struct svd_node *scope = node->parent;; scope = scope->parent) {
		struct svd_node *list =
		    scope ? scope->children : node->peripheral->children;

		for (struct svd_node *n = list; n; n = n->next)
			if (n != node && expands_to(n, name))
				return n;
		if (!scope)
			return NULL;
	}
}

void svd_properties_inherit(struct svd_properties *target,
			    const struct svd_properties *source)
{
	if (!target->has_size && source->has_size) {
		target->has_size = true;
		target->size = source->size;
	}
	if (!target->has_access && source->has_access) {
		target->has_access = true;
		target->access = source->access;
	}
	if (!target->has_reset_value && source->has_reset_value) {
		target->has_reset_value = true;
		target->reset_value = source->reset_value;
	}
	if (!target->has_reset_mask && source->has_reset_mask) {
		target->has_reset_mask = true;
		target->reset_mask = source->reset_mask;
	}
}

#define INHERIT(target, source, member)                                        \
	do {                                                                   \
		if (!(target)->member)                                         \
			(target)->member = (source)->member;                   \
	} while (0)

static void node_resolve(struct deriver *deriver, struct svd_node *node);

static void node_list_resolve(struct deriver *deriver, struct svd_node *list)
{
	for (struct svd_node *node = list; node; node = node->next) {
		node_resolve(deriver, node);
		node_list_resolve(deriver, node->children);
	}
}

/* Resolve one register's or cluster's derivedFrom. */
static void node_resolve(struct deriver *deriver, struct svd_node *node)
{
	struct svd_diagnostics *diag = &deriver->context->diag;
	struct svd_node *base;

	if (!node->derived_from || state_of(deriver, node) == DERIVE_DONE)
		return;
	if (state_of(deriver, node) == DERIVE_IN_PROGRESS) {
		svd_report(diag, SVD_CHECK_DERIVE_CYCLE, &node->location,
			   "%s '%s' is derived from itself through '%s'",
			   node->kind == SVD_NODE_REGISTER ? "register"
							   : "cluster",
			   node->name, node->derived_from);
		set_state(deriver, node, DERIVE_DONE);
		node->derived_from = NULL;
		return;
	}
	set_state(deriver, node, DERIVE_IN_PROGRESS);
	base = lookup_node(deriver, node, node->derived_from);
	if (!base) {
		base = lookup_expanded(node, node->derived_from);
		if (base)
			svd_report(diag, SVD_CHECK_DERIVE_EXPANDED,
				   &node->location,
				   "'%s' is derived from '%s', an element of "
				   "'%s'; deriving from '%s'",
				   node->name ? node->name : "?",
				   node->derived_from, base->name, base->name);
	}
	if (!base) {
		svd_report(diag, SVD_CHECK_DERIVE_DANGLING, &node->location,
			   "%s '%s' is derived from '%s', which does not exist",
			   node->kind == SVD_NODE_REGISTER ? "register"
							   : "cluster",
			   node->name ? node->name : "?", node->derived_from);
		set_state(deriver, node, DERIVE_DONE);
		return;
	}
	node_resolve(deriver, base);
	if (base->kind != node->kind) {
		svd_report(
		    diag, SVD_CHECK_DERIVE_DANGLING, &node->location,
		    "%s '%s' is derived from '%s', which is a %s",
		    node->kind == SVD_NODE_REGISTER ? "register" : "cluster",
		    node->name, node->derived_from,
		    base->kind == SVD_NODE_REGISTER ? "register" : "cluster");
		set_state(deriver, node, DERIVE_DONE);
		return;
	}
	node->base = base;
	INHERIT(node, base, description);
	INHERIT(node, base, display_name);
	INHERIT(node, base, alternate_group);
	INHERIT(node, base, header_struct_name);
	INHERIT(node, base, data_type);
	INHERIT(node, base, modified_write);
	INHERIT(node, base, read_action);
	INHERIT(node, base, fields);
	INHERIT(node, base, children);
	if (!node->write_constraint.present)
		node->write_constraint = base->write_constraint;
	if (!node->has_address_offset) {
		node->has_address_offset = base->has_address_offset;
		node->address_offset = base->address_offset;
	}
	svd_properties_inherit(&node->properties, &base->properties);
	set_state(deriver, node, DERIVE_DONE);
}

static struct svd_field *find_field(struct deriver *deriver,
				    struct svd_field *list, const char *name,
				    size_t length)
{
	bool made;
	struct svd_table **index;

	if (!list)
		return NULL;
	index = index_slot(deriver, 'f', list, &made);
	if (made)
		for (struct svd_field *field = list; field; field = field->next)
			if (field->name)
				svd_table_insert(*index, field->name, field);
	return svd_table_find(*index, key_of(deriver, name, length));
}

/*
 * A field named by derivedFrom: a sibling, or a path ending in a field
 * (register.field, cluster.register.field, peripheral.register.field).
 */
static struct svd_field *lookup_field(struct deriver *deriver,
				      struct svd_node *reg, const char *name)
{
	const char *last_dot = strrchr(name, '.');
	char *path;
	struct svd_node *owner;

	if (!last_dot)
		return find_field(deriver, reg->fields, name, strlen(name));
	path = svd_arena_strndup(&deriver->context->arena, name,
				 (size_t)(last_dot - name));
	owner = lookup_node(deriver, reg, path);
	if (!owner || owner->kind != SVD_NODE_REGISTER)
		return NULL;
	node_resolve(deriver, owner);
	return find_field(deriver, owner->fields, last_dot + 1,
			  strlen(last_dot + 1));
}

static void field_resolve(struct deriver *deriver, struct svd_node *reg,
			  struct svd_field *field)
{
	struct svd_diagnostics *diag = &deriver->context->diag;
	struct svd_field *base;
	enum derive_state state;

	if (!field->derived_from)
		return;
	state = state_of(deriver, field);
	if (state == DERIVE_DONE || state == DERIVE_CYCLE)
		return;
	if (state == DERIVE_IN_PROGRESS) {
		svd_report(diag, SVD_CHECK_DERIVE_CYCLE, &field->location,
			   "field '%s' is derived from itself through '%s'",
			   field->name, field->derived_from);
		set_state(deriver, field, DERIVE_CYCLE);
		field->derived_from = NULL;
		return;
	}
	set_state(deriver, field, DERIVE_IN_PROGRESS);
	base = lookup_field(deriver, reg, field->derived_from);
	if (!base) {
		svd_report(diag, SVD_CHECK_DERIVE_DANGLING, &field->location,
			   "field '%s' is derived from '%s', which does not "
			   "exist",
			   field->name ? field->name : "?",
			   field->derived_from);
		set_state(deriver, field, DERIVE_DONE);
		return;
	}
	/* The base may live in another register whose fields come later. */
	field_resolve(deriver, reg, base);
	field->base = base;
	INHERIT(field, base, description);
	INHERIT(field, base, access);
	INHERIT(field, base, modified_write);
	INHERIT(field, base, read_action);
	INHERIT(field, base, enums);
	if (!field->write_constraint.present)
		field->write_constraint = base->write_constraint;
	if (!field->has_bits) {
		field->has_bits = base->has_bits;
		field->bit_offset = base->bit_offset;
		field->bit_width = base->bit_width;
	}
	/* Every field in a reported cycle needs no further message. */
	if (state_of(deriver, base) == DERIVE_CYCLE) {
		set_state(deriver, field, DERIVE_CYCLE);
		return;
	}
	if (!field->has_bits && field->derived_from)
		svd_report(diag, SVD_CHECK_MISSING_ELEMENT, &field->location,
			   "field '%s' has no bit position, here or in '%s'",
			   field->name, field->derived_from);
	set_state(deriver, field, DERIVE_DONE);
}

static struct svd_enum_set *find_enum_set(struct svd_enum_set *list,
					  const char *name,
					  const struct svd_enum_set *except)
{
	for (struct svd_enum_set *set = list; set; set = set->next)
		if (set != except && set->name && strcmp(set->name, name) == 0)
			return set;
	return NULL;
}

/* Search every field of a register tree for an enumeratedValues name. */
static struct svd_enum_set *
find_enum_set_in_tree(struct svd_node *list, const char *name,
		      const struct svd_enum_set *except)
{
	for (struct svd_node *node = list; node; node = node->next) {
		struct svd_enum_set *found;

		for (struct svd_field *field = node->fields; field;
		     field = field->next) {
			found = find_enum_set(field->enums, name, except);
			if (found)
				return found;
		}
		found = find_enum_set_in_tree(node->children, name, except);
		if (found)
			return found;
	}
	return NULL;
}

/*
 * An enumeratedValues set named by derivedFrom: in the same field, the same
 * register, the same peripheral, or by a full path ending in the set's name.
 */
static struct svd_enum_set *lookup_enum_set(struct deriver *deriver,
					    struct svd_node *reg,
					    struct svd_field *field,
					    struct svd_enum_set *set)
{
	const char *name = set->derived_from;
	const char *last_dot = strrchr(name, '.');
	struct svd_enum_set *found;

	if (last_dot) {
		char *field_path = svd_arena_strndup(
		    &deriver->context->arena, name, (size_t)(last_dot - name));
		struct svd_field *owner =
		    lookup_field(deriver, reg, field_path);

		return owner ? find_enum_set(owner->enums, last_dot + 1, set)
			     : NULL;
	}
	found = find_enum_set(field->enums, name, set);
	if (found)
		return found;
	for (struct svd_field *sibling = reg->fields; sibling;
	     sibling = sibling->next) {
		found = find_enum_set(sibling->enums, name, set);
		if (found)
			return found;
	}
	return find_enum_set_in_tree(reg->peripheral->children, name, set);
}

static void enum_set_resolve(struct deriver *deriver, struct svd_node *reg,
			     struct svd_field *field, struct svd_enum_set *set)
{
	struct svd_diagnostics *diag = &deriver->context->diag;
	struct svd_enum_set *base;

	if (!set->derived_from || state_of(deriver, set) == DERIVE_DONE)
		return;
	if (state_of(deriver, set) == DERIVE_IN_PROGRESS) {
		svd_report(diag, SVD_CHECK_DERIVE_CYCLE, &set->location,
			   "enumeratedValues '%s' is derived from itself "
			   "through '%s'",
			   set->name ? set->name : "?", set->derived_from);
		set_state(deriver, set, DERIVE_DONE);
		set->derived_from = NULL;
		return;
	}
	set_state(deriver, set, DERIVE_IN_PROGRESS);
	base = lookup_enum_set(deriver, reg, field, set);
	if (!base) {
		svd_report(diag, SVD_CHECK_DERIVE_DANGLING, &set->location,
			   "enumeratedValues derived from '%s', which does not "
			   "exist",
			   set->derived_from);
		set_state(deriver, set, DERIVE_DONE);
		return;
	}
	/* Resolving the base needs its own field's context; it is a leaf. */
	if (base->derived_from && state_of(deriver, base) != DERIVE_DONE)
		enum_set_resolve(deriver, reg, field, base);
	set->base = base;
	INHERIT(set, base, values);
	INHERIT(set, base, header_enum_name);
	set_state(deriver, set, DERIVE_DONE);
}

static void fields_resolve(struct deriver *deriver, struct svd_node *list)
{
	for (struct svd_node *node = list; node; node = node->next) {
		if (node->kind == SVD_NODE_CLUSTER) {
			fields_resolve(deriver, node->children);
			continue;
		}
		for (struct svd_field *field = node->fields; field;
		     field = field->next) {
			field_resolve(deriver, node, field);
			for (struct svd_enum_set *set = field->enums; set;
			     set = set->next)
				enum_set_resolve(deriver, node, field, set);
		}
	}
}

/*
 * A derived peripheral's registers: the base's, with any of its own that
 * carry the same name replacing them and the rest added.
 */
static struct svd_node *merge_children(struct deriver *deriver,
				       struct svd_node *base_list,
				       struct svd_node *own_list)
{
	struct svd_node *merged = NULL, **tail = &merged;

	if (!own_list)
		return base_list;
	for (struct svd_node *node = base_list; node; node = node->next) {
		struct svd_node *copy;

		if (node->name && find_node(deriver, own_list, node->name,
					    strlen(node->name)))
			continue;
		copy = svd_arena_alloc(&deriver->context->arena, sizeof(*copy));
		*copy = *node;
		copy->next = NULL;
		/* The copy is as far resolved as its original. */
		if (state_of(deriver, node))
			set_state(deriver, copy, state_of(deriver, node));
		*tail = copy;
		tail = &copy->next;
	}
	*tail = own_list;
	return merged;
}

static void peripheral_resolve(struct deriver *deriver,
			       struct svd_peripheral *peripheral)
{
	struct svd_diagnostics *diag = &deriver->context->diag;
	struct svd_peripheral *base;
	const char *name = peripheral->derived_from;

	if (!name || state_of(deriver, peripheral) == DERIVE_DONE)
		return;
	if (state_of(deriver, peripheral) == DERIVE_IN_PROGRESS) {
		svd_report(diag, SVD_CHECK_DERIVE_CYCLE, &peripheral->location,
			   "peripheral '%s' is derived from itself through "
			   "'%s'",
			   peripheral->name, name);
		set_state(deriver, peripheral, DERIVE_DONE);
		peripheral->derived_from = NULL;
		return;
	}
	set_state(deriver, peripheral, DERIVE_IN_PROGRESS);
	base = find_peripheral(deriver, name, strlen(name));
	if (!base) {
		svd_report(diag, SVD_CHECK_DERIVE_DANGLING,
			   &peripheral->location,
			   "peripheral '%s' is derived from '%s', which does "
			   "not exist",
			   peripheral->name ? peripheral->name : "?", name);
		set_state(deriver, peripheral, DERIVE_DONE);
		return;
	}
	peripheral_resolve(deriver, base);
	peripheral->base = base;
	peripheral->shares_base_type =
	    !peripheral->children && !peripheral->address_blocks &&
	    !peripheral->properties.has_size &&
	    !peripheral->header_struct_name && !peripheral->prepend_to_name;
	peripheral->inherits_description = !peripheral->description;
	INHERIT(peripheral, base, description);
	INHERIT(peripheral, base, version);
	INHERIT(peripheral, base, group_name);
	INHERIT(peripheral, base, prepend_to_name);
	INHERIT(peripheral, base, append_to_name);
	INHERIT(peripheral, base, address_blocks);
	svd_properties_inherit(&peripheral->properties, &base->properties);
	peripheral->children =
	    merge_children(deriver, base->children, peripheral->children);
	set_state(deriver, peripheral, DERIVE_DONE);
}

int svd_derive(struct svd_context *context)
{
	struct deriver deriver = {context, context->device, {0}, NULL, {0}};
	unsigned errors_before = context->diag.errors;

	if (!deriver.device)
		return -1;
	svd_table_init(&deriver.indexes, &context->arena);
	svd_marks_init(&deriver.states, &context->arena);
	for (struct svd_peripheral *p = deriver.device->peripherals; p;
	     p = p->next)
		peripheral_resolve(&deriver, p);
	for (struct svd_peripheral *p = deriver.device->peripherals; p;
	     p = p->next) {
		/* A shared list is resolved once, through its owner. */
		if (p->base && p->children == p->base->children)
			continue;
		node_list_resolve(&deriver, p->children);
	}
	for (struct svd_peripheral *p = deriver.device->peripherals; p;
	     p = p->next) {
		if (p->base && p->children == p->base->children)
			continue;
		fields_resolve(&deriver, p->children);
	}
	return context->diag.errors > errors_before ? -1 : 0;
}

// SPDX-License-Identifier: MIT
/*
 * Turn the derived model into what the header will hold: peripheral
 * instances, one struct type per peripheral type and per cluster, members
 * with byte offsets and inherited properties. `NAME[%s]` stays a C array
 * when its elements are contiguous at their own size; `NAME%s` lists, and
 * arrays whose stride a C array cannot express, become separate members.
 */
#include "expand.h"
#include "marks.h"
#include "table.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * Beyond this many registers in one device the input is a dim bomb: the
 * largest vendor files hold some 6000, and each register becomes about a
 * kilobyte of header.
 */
#define MEMBER_LIMIT 262144
/* No peripheral or cluster spans more than this many bytes. */
#define EXTENT_LIMIT (1ULL << 32)
#define FIELD_LIMIT 4096

struct expander {
	struct svd_context *context;
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	struct svd_device *device;
	uint64_t member_count;
	bool over_limit;
	/* Bytes per address unit that offsets are scaled by. */
	uint32_t unit_bytes;
	/* Peripheral types made so far, by owning peripheral. */
	struct svd_table types;
	uint64_t total_weight;
	/* Where the next peripheral type goes in the expanded list. */
	struct svd_struct **types_tail;
	/* The peripheral whose type a sharing peripheral uses, by address. */
	struct svd_table owners;
	/* Peripheral name and cluster names down to the struct being made:
	 * SVDConv names cluster types by it, not by the parent's type. */
	const char *path;
	/* The same with headerStructName where given: svd_struct.macro_name. */
	const char *macro_path;
	/* Struct types whose C size and alignment are known (size_struct). */
	struct svd_marks sized;
};

/* Replace the first "%s" (or "[%s]" when brackets) in name with index. */
static const char *substitute(struct svd_arena *arena, const char *name,
			      const char *index, bool brackets)
{
	const char *marker = strstr(name, brackets ? "[%s]" : "%s");
	size_t marker_length = brackets ? 4 : 2;

	if (!marker)
		return name;
	return svd_arena_printf(arena, "%.*s%s%s", (int)(marker - name), name,
				index, marker + marker_length);
}

/* name without its "[%s]" or "%s" marker. */
const char *svd_strip_dim_marker(struct svd_arena *arena, const char *name)
{
	if (strstr(name, "[%s]"))
		return substitute(arena, name, "", true);
	return substitute(arena, name, "", false);
}

/* A member and its place in the struct's list, for a stable qsort. */
struct member_position {
	struct svd_member *member;
	size_t index;
};

static int compare_member_positions(const void *left, const void *right)
{
	const struct member_position *a = left, *b = right;

	if (a->member->offset != b->member->offset)
		return a->member->offset < b->member->offset ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

struct svd_member **svd_members_by_offset(struct svd_arena *arena,
					  const struct svd_struct *type,
					  size_t *count)
{
	struct member_position *positions;
	struct svd_member **members;
	size_t n = 0;

	for (struct svd_member *m = type->members; m; m = m->next)
		n++;
	*count = n;
	if (!n)
		return NULL;
	positions = svd_arena_alloc(arena, n * sizeof(*positions));
	n = 0;
	for (struct svd_member *m = type->members; m; m = m->next) {
		positions[n].member = m;
		positions[n].index = n;
		n++;
	}
	qsort(positions, n, sizeof(*positions), compare_member_positions);
	members = svd_arena_alloc(arena, n * sizeof(*members));
	for (size_t i = 0; i < n; i++)
		members[i] = positions[i].member;
	return members;
}

/* Bytes for a count of address units. */
static uint64_t units_to_bytes(const struct expander *expander, uint64_t units)
{
	return units * expander->unit_bytes;
}

/*
 * units in bytes into *bytes; false, reported at location, when the bytes
 * are more than 4 GiB: no struct that large compiles for a 32-bit target,
 * and checking here keeps every later sum far from 64-bit wrap-around.
 */
static bool bytes_of(struct expander *expander, uint64_t units,
		     const char *what, const char *name,
		     const struct svd_location *location, uint64_t *bytes)
{
	if (units > EXTENT_LIMIT / expander->unit_bytes) {
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT, location,
			   "'%s' has %s 0x%llx (%u-bit units): more than 4 "
			   "GiB",
			   name, what, (unsigned long long)units,
			   expander->unit_bytes * 8);
		return false;
	}
	*bytes = units * expander->unit_bytes;
	return true;
}

/* Effective properties: own values, else the enclosing ones. */
static struct svd_properties inherit(const struct svd_properties *own,
				     const struct svd_properties *outer)
{
	struct svd_properties result = *own;

	svd_properties_inherit(&result, outer);
	return result;
}

/* Fields with dim lists made into one field per element. */
/* Fields named RESERVED (any case) in list besides field itself. */
static unsigned count_reserved(const struct svd_field *list)
{
	unsigned count = 0;

	for (const struct svd_field *f = list; f; f = f->next)
		count += f->name && strcasecmp(f->name, "reserved") == 0;
	return count;
}

static struct svd_field *expand_fields(struct expander *expander,
				       struct svd_field *list,
				       const struct svd_node *reg,
				       uint32_t bits)
{
	struct svd_field *result = NULL, **tail = &result;
	size_t fields = 0;

	/*
	 * Sixty-four bits hold 64 fields, a few times more with overlapping
	 * alternatives; beyond FIELD_LIMIT the pairwise checks of a hostile
	 * file would run for hours.
	 */
	for (struct svd_field *field = list; field; field = field->next)
		/* A dim beyond the register is reported on its own below. */
		fields += field->dim.present && field->dim.count <= bits
			      ? field->dim.count
			      : 1;
	if (fields > FIELD_LIMIT) {
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT, &reg->location,
			   "register '%s' has %zu fields, more than %d",
			   reg->name, fields, FIELD_LIMIT);
		return NULL;
	}
	/*
	 * NXP Kinetis files name several placeholder fields RESERVED in one
	 * register. They describe nothing to access, and as one name given
	 * twice they would be an error: they are left out, with a warning.
	 */
	unsigned reserved = count_reserved(list);

	if (reserved > 1) {
		const struct svd_field *first = list;

		while (strcasecmp(first->name ? first->name : "", "reserved"))
			first = first->next;
		svd_report(expander->diag, SVD_CHECK_RESERVED_FIELD,
			   &first->location,
			   "register '%s' has %u fields named '%s'; leaving "
			   "them out",
			   reg->name, reserved, first->name);
	}
	for (struct svd_field *field = list; field; field = field->next) {
		uint32_t count = field->dim.present ? field->dim.count : 1;
		const char *template;

		if (reserved > 1 && field->name &&
		    strcasecmp(field->name, "reserved") == 0)
			continue;

		/* Every field has a bit: more of them than bits cannot fit. */
		if (count > bits) {
			svd_report(
			    expander->diag, SVD_CHECK_DIM_INVALID,
			    &field->dim.location,
			    "field '%s' has dim %u, more than the %u bits "
			    "of register '%s'",
			    field->name, count, bits, reg->name);
			continue;
		}

		if (!field->dim.present && field->name &&
		    strstr(field->name, "%s")) {
			svd_report(expander->diag, SVD_CHECK_DIM_INVALID,
				   &field->location,
				   "field '%s' has %%s in its name but no dim",
				   field->name);
			continue;
		}
		/*
		 * The last element must end inside the register; checked in
		 * 64 bits (an increment above 64 can never fit).
		 */
		if (count > 1 &&
		    (field->dim.increment > 64 ||
		     field->bit_offset + field->dim.increment * (count - 1) +
			     field->bit_width >
			 bits)) {
			svd_report(expander->diag, SVD_CHECK_FIELD_RANGE,
				   &field->location,
				   "field '%s' has dim %u and dimIncrement "
				   "%llu: its elements go beyond the %u-bit "
				   "register '%s'",
				   field->name, count,
				   (unsigned long long)field->dim.increment,
				   bits, reg->name);
			continue;
		}
		if (count > 1 && field->dim.increment == 0)
			svd_report(expander->diag, SVD_CHECK_FIELD_OVERLAP,
				   &field->location,
				   "field '%s' has dim %u and dimIncrement 0: "
				   "every element is the same bits",
				   field->name, count);
		/*
		 * The list's own copy of its template: the naming stage tells
		 * one list's elements from another's by this pointer, and the
		 * parser keeps one copy of equal texts (two lists EN%s in one
		 * register would share it).
		 */
		template = field->dim.present
			       ? svd_arena_strdup(expander->arena, field->name)
			       : NULL;
		for (uint32_t i = 0; i < count; i++) {
			struct svd_expanded_field *element =
			    svd_arena_alloc(expander->arena, sizeof(*element));
			struct svd_field *copy = &element->field;

			*copy = *field;
			copy->next = NULL;
			element->dim_position = i;
			if (field->dim.present) {
				bool brackets = strstr(field->name, "[%s]");

				element->dim_template = template;
				copy->name =
				    strstr(field->name, "%s")
					? substitute(
					      expander->arena, field->name,
					      field->dim.index[i], brackets)
					: svd_arena_printf(expander->arena,
							   "%s%s", field->name,
							   field->dim.index[i]);
				copy->bit_offset =
				    field->bit_offset +
				    (uint32_t)(i * field->dim.increment);
				copy->dim.present = false;
			}
			*tail = copy;
			tail = &copy->next;
		}
	}
	return result;
}

static struct svd_struct *expand_struct(struct expander *expander,
					const char *name, bool is_cluster,
					struct svd_node *list,
					const struct svd_properties *outer,
					const struct svd_peripheral *peripheral,
					struct svd_location location);

static struct svd_member *new_member(struct expander *expander,
				     struct svd_node *node, const char *name)
{
	struct svd_member *member =
	    svd_arena_alloc(expander->arena, sizeof(*member));

	member->node = node;
	member->kind = node->kind;
	member->name = name;
	member->count = 1;
	member->dim_position = -1;
	member->location = node->location;
	member->is_alternate = node->alternate_group ||
			       node->alternate_register ||
			       node->alternate_cluster;
	if (++expander->member_count > MEMBER_LIMIT && !expander->over_limit) {
		expander->over_limit = true;
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT,
			   &node->location,
			   "more than %d registers and clusters after "
			   "expanding dim; refusing to go on",
			   MEMBER_LIMIT);
	}
	return member;
}

/* Register properties onto a member; false when the size is unusable. */
static bool set_register(struct expander *expander, struct svd_member *member,
			 struct svd_node *node,
			 const struct svd_properties *properties,
			 struct svd_field *fields)
{
	uint32_t bits = properties->has_size ? properties->size : 32;

	if (bits != 8 && bits != 16 && bits != 32 && bits != 64) {
		svd_report(expander->diag, SVD_CHECK_REGISTER_SIZE,
			   &node->location,
			   "register '%s' is %u bits wide; only 8, 16, 32 and "
			   "64 can be accessed",
			   node->name, bits);
		return false;
	}
	member->bits = bits;
	member->size = bits / 8;
	member->access =
	    properties->has_access ? properties->access : SVD_ACCESS_READ_WRITE;
	member->reset_value = properties->reset_value;
	member->reset_mask =
	    properties->has_reset_mask
		? properties->reset_mask
		: (bits == 64 ? UINT64_MAX : (1ULL << bits) - 1);
	member->modified_write = node->modified_write;
	member->read_action = node->read_action;
	member->fields = fields;
	return true;
}

/* Append the members one register or cluster node makes. */
/* What every member of one register or cluster node shares. */
struct element {
	struct svd_node *node;
	struct svd_struct *type; /* clusters: the element type */
	/* Registers: the effective properties and the expanded fields. */
	const struct svd_properties *properties;
	struct svd_field *fields;
};

/*
 * One member for element at offset, appended at *tail: a cluster whose
 * element takes size bytes, or a register. The caller adds what makes it an
 * array or a list element.
 */
static struct svd_member *append_member(struct expander *expander,
					struct svd_member ***tail,
					const struct element *element,
					const char *name, uint64_t offset,
					uint64_t size)
{
	struct svd_member *member = new_member(expander, element->node, name);

	member->offset = offset;
	if (element->type) {
		member->type = element->type;
		member->size = size;
	} else {
		set_register(expander, member, element->node,
			     element->properties, element->fields);
	}
	**tail = member;
	*tail = &member->next;
	return member;
}

/*
 * The struct type of a cluster, named by its path (or headerStructName),
 * with the path and macro names of its own clusters set while expanding.
 */
static struct svd_struct *
expand_cluster(struct expander *expander, struct svd_struct *owner,
	       struct svd_node *node, const char *name, bool list,
	       const struct svd_properties *properties)
{
	const char *own = svd_strip_dim_marker(expander->arena, name);
	const char *path_name = svd_arena_printf(
	    expander->arena, "%s_%s",
	    expander->path ? expander->path : owner->name, own);
	const char *outer_path = expander->path;
	const char *outer_macro_path = expander->macro_path;
	const char *macro_part = own;
	const char *type_name = path_name;
	struct svd_struct *type;

	/*
	 * SVDConv ignores a headerStructName equal to the cluster's name or
	 * its path: Cypress's MCWDT_STRUCT in SRSS is SRSS_MCWDT_STRUCT_Type,
	 * and Nordic's FICR_INFO gives FICR_INFO_PART_PART_Pos, not
	 * FICR_FICR_INFO_PART_PART_Pos.
	 */
	if (node->header_struct_name &&
	    strcmp(node->header_struct_name, own) != 0 &&
	    strcmp(node->header_struct_name, path_name) != 0) {
		macro_part = node->header_struct_name;
		type_name = node->header_struct_name;
	}
	expander->path = path_name;
	expander->macro_path = svd_arena_printf(
	    expander->arena, "%s_%s",
	    outer_macro_path ? outer_macro_path : owner->name, macro_part);
	/* SVDConv writes no field macros for a cluster list (CH%s): there
	 * the type's name is as good as any, and is what svdgen always
	 * wrote (BCM2711's DMA4_CH_CS_HALT_Msk). */
	if (list)
		expander->macro_path = type_name;
	type = expand_struct(expander, type_name, true, node->children,
			     properties, owner->peripheral, node->location);
	type->macro_name = expander->macro_path;
	expander->path = outer_path;
	expander->macro_path = outer_macro_path;
	type->path_name = path_name;
	type->description = node->description;
	return type;
}

static void size_struct(struct svd_arena *arena, struct svd_marks *sized,
			struct svd_struct *type);

/*
 * The bytes a cluster's element takes in C: its members with the clusters
 * inside at their C size, which is their extent rounded up to their
 * alignment. In a packed struct that padding can reach past the stride
 * even though the registers do not. The cluster is fully expanded, so the
 * types inside can be sized now.
 */
static uint64_t padded_extent(struct expander *expander,
			      struct svd_struct *type)
{
	uint64_t end = 0;

	for (struct svd_member *m = type->members; m; m = m->next) {
		uint64_t member_end;

		if (m->type)
			size_struct(expander->arena, &expander->sized, m->type);
		member_end = m->offset + svd_member_extent(m);
		if (member_end > end)
			end = member_end;
	}
	return end;
}

/*
 * A dim node's members: one C array member when its elements are exactly
 * stride bytes apart and its name says [%s], else one per dimIndex.
 */
static void append_dim_members(struct expander *expander,
			       struct svd_member ***tail,
			       const struct element *element, const char *name,
			       uint64_t offset, uint64_t element_size,
			       bool brackets, bool list)
{
	const struct svd_node *node = element->node;
	uint64_t stride;
	bool fits;

	if (!bytes_of(expander, node->dim.increment, "dimIncrement", name,
		      &node->dim.location, &stride))
		return;
	if (stride == 0 && node->dim.count > 1)
		svd_report(expander->diag, SVD_CHECK_REGISTER_OVERLAP,
			   &node->dim.location,
			   "'%s' has dim %u and dimIncrement 0: every element "
			   "is at offset 0x%llx",
			   name, node->dim.count, (unsigned long long)offset);

	/*
	 * A C array needs elements exactly stride bytes apart: a register of
	 * that size, or a cluster whose struct can be padded to the stride.
	 */
	fits = element->type ? element_size <= stride && stride > 0
			     : stride == element_size;
	if (brackets && fits && element->type) {
		uint64_t padded = padded_extent(expander, element->type);

		if (padded > stride) {
			fits = false;
			if (node->dim.index)
				svd_report(
				    expander->diag,
				    SVD_CHECK_UNALIGNED_REGISTER,
				    &node->dim.location,
				    "elements of '%s' are 0x%llx bytes apart "
				    "but take 0x%llx in C, where the clusters "
				    "inside are padded to their alignment; "
				    "writing them as separate members",
				    name, (unsigned long long)stride,
				    (unsigned long long)padded);
		}
	}
	if (brackets && fits) {
		struct svd_member *member;

		if (element->type)
			element->type->pad_to = stride;
		member =
		    append_member(expander, tail, element,
				  svd_strip_dim_marker(expander->arena, name),
				  offset, stride);
		member->is_array = true;
		member->count = node->dim.count;
		member->stride = stride;
		return;
	}
	if (!node->dim.index) {
		svd_report(expander->diag, SVD_CHECK_DIM_INVALID,
			   &node->dim.location,
			   "'%s' has dim %u but cannot be one C array (its "
			   "dimIncrement is not its size); too many elements "
			   "to spell out",
			   name, node->dim.count);
		return;
	}
	if (!brackets && !list) {
		/*
		 * dim without %s: CMSIS-SVD requires the marker, but vendors
		 * ship it; number the elements as a list would.
		 */
		name = svd_arena_printf(expander->arena, "%s%%s", name);
	}
	for (uint32_t i = 0; i < node->dim.count && !expander->over_limit;
	     i++) {
		struct svd_member *member =
		    append_member(expander, tail, element,
				  substitute(expander->arena, name,
					     node->dim.index[i], brackets),
				  offset + i * stride, element_size);

		member->dim_position = i;
		if (element->type)
			member->stride = stride;
	}
}

/*
 * The members one register or cluster node becomes: one member, one C
 * array member, or a member per element of a dim list.
 */
static void expand_node(struct expander *expander, struct svd_struct *owner,
			struct svd_member ***tail, struct svd_node *node,
			const struct svd_properties *outer)
{
	struct svd_properties properties = inherit(&node->properties, outer);
	struct element element = {node, NULL, &properties, NULL};
	const char *name = node->name;
	uint64_t offset, element_size;
	bool brackets, list;

	if (!name || expander->over_limit)
		return;
	if (!bytes_of(expander, node->address_offset, "addressOffset", name,
		      &node->location, &offset))
		return;
	brackets = strstr(name, "[%s]") != NULL;
	list = !brackets && strstr(name, "%s") != NULL;
	if (!node->dim.present && (brackets || list)) {
		svd_report(expander->diag, SVD_CHECK_DIM_INVALID,
			   &node->location,
			   "'%s' has %%s in its name but no dim", name);
		return;
	}
	/*
	 * Spansion/Cypress FM3 files give registers <size>1</size>, meaning
	 * one byte: the only reading that makes an accessible register, and
	 * SVDConv's. Any other width that is no access size stays an error.
	 */
	if (node->kind == SVD_NODE_REGISTER && properties.has_size &&
	    properties.size == 1) {
		svd_report(expander->diag, SVD_CHECK_REGISTER_SIZE_BYTES,
			   &node->location,
			   "register '%s' has size 1; reading it as 8 bits",
			   name);
		properties.size = 8;
	}
	if (node->kind == SVD_NODE_CLUSTER) {
		element.type = expand_cluster(expander, owner, node, name, list,
					      &properties);
		element_size = element.type->extent;
	} else {
		struct svd_member probe;

		element.fields =
		    expand_fields(expander, node->fields, node,
				  properties.has_size ? properties.size : 32);
		if (!set_register(expander, &probe, node, &properties,
				  element.fields))
			return;
		element_size = probe.size;
	}

	if (!node->dim.present)
		append_member(expander, tail, &element, name, offset,
			      element_size);
	else
		append_dim_members(expander, tail, &element, name, offset,
				   element_size, brackets, list);
}

/* The bytes a member occupies, from the start of its struct. */
static uint64_t member_end(const struct svd_member *member)
{
	if (member->is_array)
		return member->offset +
		       (uint64_t)(member->count - 1) * member->stride +
		       (member->type ? member->type->extent : member->size);
	return member->offset + member->size;
}

/*
 * A struct's members by offset (then by address, so each has one place),
 * and the largest end in any range of them: a max tree over their ends.
 * pad_cluster_lists asks, for each element of a cluster list, whether
 * another member covers the gap after it; asked of every member in turn,
 * a list of 40,000 elements took 13 s.
 */
struct member_ends {
	const struct svd_member **members; /* count of them, sorted */
	uint64_t *tree; /* 2 * count: leaves at count + i, maxima above */
	size_t count;
};

static int compare_member_places(const void *a, const void *b)
{
	const struct svd_member *x = *(const struct svd_member *const *)a;
	const struct svd_member *y = *(const struct svd_member *const *)b;

	if (x->offset != y->offset)
		return x->offset < y->offset ? -1 : 1;
	if (x != y)
		return (uintptr_t)x < (uintptr_t)y ? -1 : 1;
	return 0;
}

static void member_ends_init(struct member_ends *ends,
			     const struct svd_struct *owner)
{
	size_t i = 0;

	ends->count = 0;
	for (const struct svd_member *m = owner->members; m; m = m->next)
		ends->count++;
	ends->members =
	    malloc((ends->count ? ends->count : 1) * sizeof(*ends->members));
	ends->tree =
	    malloc((ends->count ? 2 * ends->count : 1) * sizeof(*ends->tree));
	if (!ends->members || !ends->tree)
		abort();
	for (const struct svd_member *m = owner->members; m; m = m->next)
		ends->members[i++] = m;
	qsort(ends->members, ends->count, sizeof(*ends->members),
	      compare_member_places);
	for (i = 0; i < ends->count; i++)
		ends->tree[ends->count + i] = member_end(ends->members[i]);
	for (i = ends->count; i-- > 1;)
		ends->tree[i] = ends->tree[2 * i] > ends->tree[2 * i + 1]
				    ? ends->tree[2 * i]
				    : ends->tree[2 * i + 1];
}

static void member_ends_free(struct member_ends *ends)
{
	free(ends->members);
	free(ends->tree);
}

/* Where m is among the sorted members. */
static size_t member_place(const struct member_ends *ends,
			   const struct svd_member *m)
{
	size_t low = 0, high = ends->count;

	while (high - low > 1) {
		size_t middle = low + (high - low) / 2;

		if (compare_member_places(&m, &ends->members[middle]) < 0)
			high = middle;
		else
			low = middle;
	}
	return low;
}

/* How many of the sorted members start before end. */
static size_t members_before(const struct member_ends *ends, uint64_t end)
{
	size_t low = 0, high = ends->count;

	while (low < high) {
		size_t middle = low + (high - low) / 2;

		if (ends->members[middle]->offset < end)
			low = middle + 1;
		else
			high = middle;
	}
	return low;
}

/* The largest end among sorted members [first, last). */
static uint64_t largest_end(const struct member_ends *ends, size_t first,
			    size_t last)
{
	uint64_t largest = 0;

	for (first += ends->count, last += ends->count; first < last;
	     first /= 2, last /= 2) {
		if (first & 1) {
			if (ends->tree[first] > largest)
				largest = ends->tree[first];
			first++;
		}
		if (last & 1) {
			last--;
			if (ends->tree[last] > largest)
				largest = ends->tree[last];
		}
	}
	return largest;
}

/* m's end has changed. */
static void member_ends_update(struct member_ends *ends,
			       const struct svd_member *m)
{
	size_t i = member_place(ends, m) + ends->count;

	ends->tree[i] = member_end(m);
	for (i /= 2; i >= 1; i /= 2)
		ends->tree[i] = ends->tree[2 * i] > ends->tree[2 * i + 1]
				    ? ends->tree[2 * i]
				    : ends->tree[2 * i + 1];
}

/*
 * True when no member but m covers any byte of [start, end): none of
 * those that start before end, m aside, ends after start.
 */
static bool bytes_free(const struct member_ends *ends,
		       const struct svd_member *m, uint64_t start, uint64_t end)
{
	size_t before = members_before(ends, end);
	size_t place = member_place(ends, m);

	if (place >= before) /* m starts at or after end */
		return largest_end(ends, 0, before) <= start;
	return largest_end(ends, 0, place) <= start &&
	       largest_end(ends, place + 1, before) <= start;
}

/*
 * The elements of a cluster list (HC%s) are dimIncrement apart, and SVDConv
 * sizes their struct type to it: USB OTG host channels are 32 bytes, not
 * the 24 their registers cover, and code steps from one to the next by
 * that size. The type is padded so where the gap after every element is
 * free; where another register sits in a gap, it keeps its own size. A
 * list's elements follow each other among the members, as expand_node
 * adds them.
 */
static void pad_cluster_lists(struct svd_struct *owner)
{
	struct member_ends ends;
	bool sorted = false;

	for (struct svd_member *m = owner->members; m; m = m->next) {
		struct svd_struct *type = m->type;
		bool fits = true;

		if (!type || m->is_array || m->dim_position != 0 ||
		    m->stride <= type->extent || type->pad_to)
			continue;
		if (!sorted) {
			member_ends_init(&ends, owner);
			sorted = true;
		}
		for (struct svd_member *e = m; e && e->node == m->node && fits;
		     e = e->next)
			if (e->type == type)
				fits = bytes_free(&ends, e,
						  e->offset + type->extent,
						  e->offset + m->stride);
		if (!fits)
			continue;
		type->pad_to = m->stride;
		for (struct svd_member *e = m; e && e->node == m->node;
		     e = e->next)
			if (e->type == type) {
				e->size = m->stride;
				member_ends_update(&ends, e);
			}
	}
	if (sorted)
		member_ends_free(&ends);
}

static struct svd_struct *expand_struct(struct expander *expander,
					const char *name, bool is_cluster,
					struct svd_node *list,
					const struct svd_properties *outer,
					const struct svd_peripheral *peripheral,
					struct svd_location location)
{
	struct svd_struct *type =
	    svd_arena_alloc(expander->arena, sizeof(*type));
	struct svd_member **tail = &type->members;

	type->name = name;
	type->is_cluster = is_cluster;
	type->peripheral = peripheral;
	type->location = location;
	for (struct svd_node *node = list; node; node = node->next)
		expand_node(expander, type, &tail, node, outer);
	pad_cluster_lists(type);
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		uint64_t end = member_end(member);

		if (end > type->extent)
			type->extent = end;
		type->weight += member->type ? member->type->weight : 1;
	}
	/*
	 * Lists of clusters share one struct type but each element gets its
	 * own member, macros and accessors: nested lists multiply.
	 */
	if (type->weight > MEMBER_LIMIT && !expander->over_limit) {
		expander->over_limit = true;
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT, &location,
			   "'%s' holds more than %d registers once its "
			   "cluster lists are spelled out; refusing to go on",
			   name, MEMBER_LIMIT);
	}
	if (type->extent > EXTENT_LIMIT) {
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT, &location,
			   "'%s' spans %llu bytes, more than 4 GiB", name,
			   (unsigned long long)type->extent);
		type->members = NULL;
		type->extent = 0;
	}
	return type;
}

/*
 * Whether element i of peripheral p has a base address and registers that
 * fit in 64 bits; reported at the peripheral when they do not.
 */
static bool instance_fits(struct expander *expander,
			  const struct svd_peripheral *p, uint32_t i,
			  const struct svd_instance *instance,
			  const struct svd_struct *type)
{
	uint64_t step = 0, extent = type ? type->extent : 0;
	bool wraps = false;

	if (p->dim.present && i > 0) {
		uint64_t units = p->dim.increment;

		wraps = units > UINT64_MAX / i;
		units *= i;
		wraps = wraps || units > UINT64_MAX / expander->unit_bytes;
		step = units * expander->unit_bytes;
	}
	if (wraps || p->base_address > UINT64_MAX - step ||
	    (extent && instance->base_address > UINT64_MAX - (extent - 1))) {
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT, &p->location,
			   "peripheral '%s' at 0x%llx with 0x%llx bytes of "
			   "registers runs past the end of the address space",
			   instance->name,
			   (unsigned long long)instance->base_address,
			   (unsigned long long)extent);
		return false;
	}
	return true;
}

/* The name of a peripheral's own C type. */
static const char *type_name(struct expander *expander,
			     const struct svd_peripheral *peripheral)
{
	if (peripheral->header_struct_name)
		return peripheral->header_struct_name;
	return svd_strip_dim_marker(expander->arena, peripheral->name);
}

/*
 * The peripheral whose type p uses: p, or the first of its bases that does
 * not share its own base's type. Remembered for every peripheral walked,
 * so a chain of n derived peripherals costs n steps, not n^2.
 */
static const struct svd_peripheral *type_owner(struct expander *expander,
					       const struct svd_peripheral *p)
{
	const struct svd_peripheral *owner = p, *next;
	const char *key;

	while (owner->shares_base_type && owner->base) {
		key = svd_arena_printf(expander->arena, "%p",
				       (const void *)owner);
		next = svd_table_find(&expander->owners, key);
		owner = next ? next : owner->base;
		if (next)
			break;
	}
	/* Every peripheral on the way now points straight at the owner. */
	while (p != owner && p->shares_base_type && p->base) {
		key = svd_arena_printf(expander->arena, "%p", (const void *)p);
		if (svd_table_insert(&expander->owners, key, (void *)owner))
			break;
		p = p->base;
	}
	return owner;
}

/*
 * The C type of a peripheral: its own, or, for a derived peripheral that
 * adds nothing, its base's, made on first use whatever the file's order.
 */
static struct svd_struct *type_of(struct expander *expander,
				  struct svd_expanded *expanded,
				  const struct svd_peripheral *peripheral)
{
	const char *key;
	struct svd_struct *type;
	struct svd_properties properties;

	peripheral = type_owner(expander, peripheral);
	if (!peripheral->children)
		return NULL;
	key = svd_arena_printf(expander->arena, "%p", (const void *)peripheral);
	type = svd_table_find(&expander->types, key);
	if (type)
		return type;
	properties =
	    inherit(&peripheral->properties, &expander->device->properties);
	/* The peripheral's own name even where headerStructName names its
	 * type: SVDConv's FICR_INFO_Type, DW0_CH_STRUCT_Type. */
	expander->path =
	    svd_strip_dim_marker(expander->arena, peripheral->name);
	expander->macro_path = type_name(expander, peripheral);
	type = expand_struct(expander, type_name(expander, peripheral), false,
			     peripheral->children, &properties, peripheral,
			     peripheral->location);
	type->macro_name = expander->macro_path;
	expander->path = NULL;
	expander->macro_path = NULL;
	svd_table_insert(&expander->types, key, type);
	expander->total_weight += type->weight;
	if (expander->total_weight > MEMBER_LIMIT && !expander->over_limit) {
		expander->over_limit = true;
		svd_report(expander->diag, SVD_CHECK_SIZE_LIMIT,
			   &peripheral->location,
			   "the device holds more than %d registers once "
			   "cluster lists are spelled out; refusing to go on",
			   MEMBER_LIMIT);
	}
	if (!expander->types_tail)
		expander->types_tail = &expanded->types;
	*expander->types_tail = type;
	expander->types_tail = &type->next;
	return type;
}

static int compare_irq(const void *left, const void *right)
{
	const struct svd_irq *a = *(const struct svd_irq *const *)left;
	const struct svd_irq *b = *(const struct svd_irq *const *)right;

	if (a->value != b->value)
		return a->value < b->value ? -1 : 1;
	return strcmp(a->name, b->name);
}

/* One interrupt and its place in the file. */
struct irq_entry {
	struct svd_irq *irq;
	size_t order;
};

/* By name, then in the order written. */
static int compare_irq_entry_name(const void *left, const void *right)
{
	const struct irq_entry *a = left, *b = right;
	int by_name = strcmp(a->irq->name, b->irq->name);

	if (by_name)
		return by_name;
	return a->order < b->order ? -1 : a->order > b->order;
}

/* As IRQn_Type lists them: by number, then name. */
static int compare_irq_entry(const void *left, const void *right)
{
	const struct irq_entry *a = left, *b = right;

	return compare_irq(&a->irq, &b->irq);
}

/*
 * Interrupts of all peripherals, sorted by number. One name given two
 * numbers: the one written first in the file is kept, as SVDConv does
 * (it reports the later one as an error and leaves it out of IRQn_Type),
 * and both are named in the warning; the same name and number twice is
 * one enumerator. The order written decides, not line numbers (a file
 * may be one line), and sorting keeps this linear in the count.
 */
static void collect_irqs(struct expander *expander,
			 struct svd_expanded *expanded)
{
	struct irq_entry *entries;
	size_t count = 0, kept = 0;

	for (struct svd_peripheral *p = expander->device->peripherals; p;
	     p = p->next)
		for (struct svd_interrupt *i = p->interrupts; i; i = i->next)
			count += i->name != NULL;
	if (!count)
		return;
	entries = malloc(count * sizeof(*entries));
	if (!entries)
		abort();
	count = 0;
	for (struct svd_peripheral *p = expander->device->peripherals; p;
	     p = p->next) {
		for (struct svd_interrupt *interrupt = p->interrupts; interrupt;
		     interrupt = interrupt->next) {
			struct svd_irq *irq;

			if (!interrupt->name)
				continue;
			irq = svd_arena_alloc(expander->arena, sizeof(*irq));
			irq->name = interrupt->name;
			irq->description = interrupt->description;
			irq->value = interrupt->value;
			irq->location = interrupt->location;
			entries[count].irq = irq;
			entries[count].order = count;
			count++;
		}
	}
	qsort(entries, count, sizeof(*entries), compare_irq_entry_name);
	/* Until the list is linked, next points at the first of the name. */
	for (size_t i = 0; i < count; i++)
		entries[i].irq->next =
		    i > 0 && strcmp(entries[i - 1].irq->name,
				    entries[i].irq->name) == 0
			? entries[i - 1].irq->next
			: entries[i].irq;
	qsort(entries, count, sizeof(*entries), compare_irq_entry);
	for (size_t i = 0; i < count; i++) {
		struct svd_irq *irq = entries[i].irq;
		struct svd_irq *first = irq->next;

		if (first != irq && first->value != irq->value)
			svd_report(expander->diag, SVD_CHECK_INTERRUPT_CONFLICT,
				   &irq->location,
				   "interrupt '%s' is %lld here but %lld at "
				   "line %lu; keeping %lld, the first",
				   irq->name, (long long)irq->value,
				   (long long)first->value,
				   first->location.line,
				   (long long)first->value);
		if (first == irq)
			entries[kept++].irq = irq;
	}
	for (size_t i = 0; i < kept; i++)
		entries[i].irq->next = i + 1 < kept ? entries[i + 1].irq : NULL;
	expanded->irqs = entries[0].irq;
	free(entries);
}

/* A register narrower than bits, in a tree, or NULL. */
static const struct svd_node *find_narrow_register(const struct svd_node *list,
						   uint32_t bits)
{
	for (const struct svd_node *node = list; node; node = node->next) {
		const struct svd_node *found;

		if (node->kind == SVD_NODE_REGISTER &&
		    node->properties.has_size && node->properties.size < bits)
			return node;
		found = find_narrow_register(node->children, bits);
		if (found)
			return found;
	}
	return NULL;
}

/*
 * True when every offset and dimIncrement in a tree is a multiple of n
 * units and no register is wider than bits (its own size, else the one
 * inherited, given as size).
 */
static bool offsets_multiple_of(const struct svd_node *list, uint64_t n,
				uint32_t size, uint32_t bits)
{
	for (const struct svd_node *node = list; node; node = node->next) {
		uint32_t own =
		    node->properties.has_size ? node->properties.size : size;

		if (node->address_offset % n != 0 ||
		    (node->dim.present && node->dim.increment % n != 0) ||
		    (node->kind == SVD_NODE_REGISTER && own > bits) ||
		    !offsets_multiple_of(node->children, n, own, bits))
			return false;
	}
	return true;
}

/*
 * How many bytes one address unit is. CMSIS-SVD counts offsets in units of
 * addressUnitBits, but some vendors (Espressif) declare 32 while writing
 * byte offsets. A register narrower than the unit cannot exist if the
 * unit were real, so such a file is read as byte-addressed; otherwise
 * offsets are scaled. Both cases are reported; --address-unit-bits
 * decides explicitly.
 */
static uint32_t choose_unit_bytes(struct svd_context *context)
{
	struct svd_device *device = context->device;
	uint32_t bits = device->address_unit_bits;

	if (context->options.address_unit_bits)
		return context->options.address_unit_bits / 8;
	if (bits == 8)
		return 1;
	for (struct svd_peripheral *p = device->peripherals; p; p = p->next) {
		const struct svd_node *narrow =
		    find_narrow_register(p->children, bits);

		if (!narrow)
			continue;
		svd_report(&context->diag, SVD_CHECK_ADDRESS_UNIT_BITS,
			   &narrow->location,
			   "%u-bit register '%s' contradicts addressUnitBits "
			   "%u; reading offsets as bytes (--address-unit-bits "
			   "%u to scale them)",
			   narrow->properties.size, narrow->name, bits, bits);
		return 1;
	}
	/*
	 * Espressif's LP and ULP files (esp32c6-lp, esp32s2-ulp,
	 * esp32s3-ulp) have no narrower register, but every offset is a
	 * multiple of the unit: counted in units, registers one unit wide
	 * would leave three of every four units unused, everywhere. Their
	 * offsets are byte offsets (Espressif's own esp-idf headers put
	 * LP_ANA BOD_MODE1_CNTL at +4, the SVD's offset 0x4), as SVDConv
	 * reads them.
	 */
	bool all_multiples = true;

	for (struct svd_peripheral *p = device->peripherals; p; p = p->next) {
		uint32_t size = p->properties.has_size ? p->properties.size
				: device->properties.has_size
				    ? device->properties.size
				    : 32;

		all_multiples &=
		    offsets_multiple_of(p->children, bits / 8, size, bits);
	}
	if (all_multiples) {
		svd_report(
		    &context->diag, SVD_CHECK_ADDRESS_UNIT_BITS,
		    &device->location,
		    "addressUnitBits %u, but every offset is a multiple "
		    "of %u; reading offsets as bytes (--address-unit-bits "
		    "%u to scale them)",
		    bits, bits / 8, bits);
		return 1;
	}
	svd_report(&context->diag, SVD_CHECK_ADDRESS_UNIT_BITS,
		   &device->location,
		   "addressUnitBits %u: offsets are scaled to %u bytes per "
		   "unit (--address-unit-bits 8 if they are byte offsets)",
		   bits, bits / 8);
	return bits / 8;
}

/* A member's natural alignment: its register's size, or its struct's. */
unsigned svd_member_alignment(const struct svd_member *member)
{
	if (member->type)
		return member->type->alignment;
	return (unsigned)member->size;
}

size_t svd_overlap_group(struct svd_member *const *members, size_t count,
			 size_t first, bool packed, uint64_t *group_end,
			 uint64_t *union_end, unsigned *alignment)
{
	uint64_t start = members[first]->offset;
	size_t next = first + 1;

	*group_end = start + svd_member_extent(members[first]);
	for (;;) {
		while (next < count && members[next]->offset < *group_end) {
			uint64_t end = members[next]->offset +
				       svd_member_extent(members[next]);

			if (end > *group_end)
				*group_end = end;
			next++;
		}
		*union_end = *group_end;
		*alignment = 1;
		if (packed || next - first == 1)
			return next;
		/*
		 * C rounds a union's size up to its widest member's
		 * alignment: a DST word beside a 6-byte lane makes the union
		 * 8 bytes. Members that start inside that rounding join the
		 * union, or they would land later than their offset.
		 */
		for (size_t k = first; k < next; k++)
			if (svd_member_alignment(members[k]) > *alignment)
				*alignment = svd_member_alignment(members[k]);
		*union_end = start + (*group_end - start + *alignment - 1) /
					 *alignment * *alignment;
		if (next == count || members[next]->offset >= *union_end)
			return next;
		*group_end = *union_end;
	}
}

/*
 * True when every union the layout will make starts at a multiple of its
 * alignment; C would otherwise move it, and the struct must be packed.
 */
static bool unions_aligned(struct svd_arena *arena,
			   const struct svd_struct *type)
{
	size_t count;
	struct svd_member **members =
	    svd_members_by_offset(arena, type, &count);

	for (size_t i = 0; i < count;) {
		uint64_t group_end, union_end;
		unsigned alignment;
		size_t next =
		    svd_overlap_group(members, count, i, false, &group_end,
				      &union_end, &alignment);

		if (members[i]->offset % alignment != 0)
			return false;
		i = next;
	}
	return true;
}

/*
 * The C size and alignment of a struct, after the cluster types it holds:
 * the widest member's alignment, or 1 when a member off its natural
 * alignment (reported by the unaligned-register check) or a cluster array
 * stride forces the struct to be packed; the size covers every member,
 * padded to the array stride and then to the alignment, so the size the
 * compiler gives the struct is the one written in its assert.
 */
static void size_struct(struct svd_arena *arena, struct svd_marks *sized,
			struct svd_struct *type)
{
	uint64_t end = 0;

	if (svd_marks_get(sized, type))
		return;
	svd_marks_set(sized, type, 1);
	type->alignment = 1;
	for (struct svd_member *m = type->members; m; m = m->next)
		if (m->type)
			size_struct(arena, sized, m->type);
	if (!type->members)
		return;
	for (struct svd_member *m = type->members; m; m = m->next) {
		unsigned alignment = svd_member_alignment(m);
		uint64_t member_end = m->offset + svd_member_extent(m);

		if (alignment > type->alignment)
			type->alignment = alignment;
		if (m->offset % alignment != 0)
			type->packed = true;
		if (member_end > end)
			end = member_end;
	}
	/* Elements of a cluster array must be exactly their stride apart. */
	if (type->pad_to && type->pad_to % type->alignment != 0)
		type->packed = true;
	if (!type->packed && !unions_aligned(arena, type))
		type->packed = true;
	if (type->packed)
		type->alignment = 1;
	if (type->pad_to > end)
		end = type->pad_to;
	type->size =
	    (end + type->alignment - 1) / type->alignment * type->alignment;
}

/* A peripheral array of this stride uses the type (see array_stride). */
static void note_array_stride(struct svd_struct *type, uint64_t stride)
{
	if (!type->array_stride)
		type->array_stride = stride;
	else if (type->array_stride != stride)
		type->array_stride = UINT64_MAX;
}

/*
 * SVDConv pads the type of a peripheral array to its dimIncrement, so that
 * its pointer to an array of the type (UART[i]) reaches element i. Only
 * trailing reserved bytes are added: every register keeps its offset, and
 * instance pointers their addresses; sizeof grows, as in SVDConv's header.
 */
static void pad_to_array_stride(struct svd_struct *type)
{
	uint64_t stride = type->array_stride;

	if (!stride)
		return;
	if (stride == UINT64_MAX || !type->members || type->size > stride ||
	    stride % type->alignment != 0) {
		type->array_stride = 0;
		return;
	}
	type->size = stride;
}

int svd_expand(struct svd_context *context, struct svd_expanded *expanded)
{
	struct expander expander = {.context = context,
				    .arena = &context->arena,
				    .diag = &context->diag,
				    .device = context->device};
	struct svd_instance **tail;
	unsigned errors_before = context->diag.errors;

	memset(expanded, 0, sizeof(*expanded));
	tail = &expanded->instances;
	expanded->device = context->device;
	expander.unit_bytes = choose_unit_bytes(context);
	svd_marks_init(&expander.sized, &context->arena);
	svd_table_init(&expander.types, &context->arena);
	svd_table_init(&expander.owners, &context->arena);
	for (struct svd_peripheral *p = context->device->peripherals; p;
	     p = p->next) {
		struct svd_struct *type;
		uint32_t count = p->dim.present ? p->dim.count : 1;

		if (!p->name || !p->has_base_address)
			continue;
		type = type_of(&expander, expanded, p);
		if (!p->dim.present && strstr(p->name, "%s")) {
			svd_report(&context->diag, SVD_CHECK_DIM_INVALID,
				   &p->location,
				   "peripheral '%s' has %%s in its name but no "
				   "dim",
				   p->name);
			continue;
		}
		if (type && p->dim.present && strstr(p->name, "[%s]"))
			note_array_stride(
			    type, units_to_bytes(&expander, p->dim.increment));
		for (uint32_t i = 0; i < count; i++) {
			struct svd_instance *instance =
			    svd_arena_alloc(&context->arena, sizeof(*instance));
			bool brackets = strstr(p->name, "[%s]") != NULL;

			instance->peripheral = p;
			instance->type = type;
			instance->name =
			    p->dim.present
				? (strstr(p->name, "%s")
				       ? substitute(&context->arena, p->name,
						    p->dim.index[i], brackets)
				       : svd_arena_printf(&context->arena,
							  "%s%s", p->name,
							  p->dim.index[i]))
				: p->name;
			instance->base_address =
			    p->base_address +
			    units_to_bytes(&expander,
					   (uint64_t)i * p->dim.increment);
			if (!instance_fits(&expander, p, i, instance, type))
				break;
			*tail = instance;
			tail = &instance->next;
			if (type) {
				/* A tail pointer: walking the list made a
				 * chain of n derived peripherals n^2. */
				if (!type->instances_tail)
					type->instances_tail = &type->instances;
				*type->instances_tail = instance;
				type->instances_tail = &instance->next_of_type;
			}
		}
	}
	collect_irqs(&expander, expanded);
	for (struct svd_struct *type = expanded->types; type;
	     type = type->next) {
		size_struct(&context->arena, &expander.sized, type);
		pad_to_array_stride(type);
	}
	return context->diag.errors > errors_before ? -1 : 0;
}

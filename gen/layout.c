// SPDX-License-Identifier: MIT
/*
 * From members with byte offsets to C struct bodies: members sorted by
 * offset, gaps filled with padding, overlapping members gathered into
 * anonymous unions (with inner structs for members that start later than
 * the union), and each struct's size and alignment computed so the emitted
 * asserts can hold. Names are naming-layout.c's: layout needs none.
 */
#include "layout.h"

#include <stdlib.h>

static struct svd_item *new_item(struct svd_arena *arena,
				 enum svd_item_kind kind, uint64_t offset,
				 uint64_t size)
{
	struct svd_item *item = svd_arena_alloc(arena, sizeof(*item));

	item->kind = kind;
	item->offset = offset;
	item->size = size;
	return item;
}

/*
 * Padding from start for size bytes, in units no wider than the struct's
 * alignment (the widest member's) so padding never changes the struct's
 * size. naming-layout.c names it RESERVEDn.
 */
static struct svd_item *reserved_item(struct svd_arena *arena,
				      unsigned alignment, uint64_t start,
				      uint64_t size)
{
	struct svd_item *item = new_item(arena, SVD_ITEM_RESERVED, start, size);
	unsigned unit = 1;

	if (start % 4 == 0 && size % 4 == 0 && alignment >= 4)
		unit = 4;
	else if (start % 2 == 0 && size % 2 == 0 && alignment >= 2)
		unit = 2;
	item->reserved_unit = unit;
	return item;
}

/*
 * Lay members (sorted, non-overlapping) out from start, with padding between
 * them; returns the item list.
 */
static struct svd_item *lay_out_run(struct svd_arena *arena,
				    struct svd_member **members, size_t count,
				    uint64_t start, unsigned alignment)
{
	struct svd_item *list = NULL, **tail = &list;
	uint64_t position = start;

	for (size_t i = 0; i < count; i++) {
		struct svd_item *item;

		if (members[i]->offset > position) {
			*tail = reserved_item(arena, alignment, position,
					      members[i]->offset - position);
			tail = &(*tail)->next;
		}
		item = new_item(arena, SVD_ITEM_MEMBER, members[i]->offset,
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
static struct svd_item *lay_out_union(struct svd_arena *arena,
				      struct svd_member **members, size_t count,
				      uint64_t start, uint64_t end,
				      unsigned alignment)
{
	struct svd_item *item =
	    new_item(arena, SVD_ITEM_UNION, start, end - start);
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
			*tail =
			    lay_out_run(arena, lane_first, 1, start, alignment);
		} else {
			struct svd_item *inner =
			    new_item(arena, SVD_ITEM_STRUCT, start,
				     lane_ends_get(&ends, lane) - start);

			inner->children =
			    lay_out_run(arena, lane_first, n, start, alignment);
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

/*
 * The items for members sorted by offset: a lone member as itself, members
 * that overlap as a union, padding in the gaps. Returns the end offset.
 */
static uint64_t lay_out_groups(struct svd_arena *arena,
			       struct svd_member **members, size_t count,
			       bool packed, unsigned struct_alignment,
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
			**tail =
			    reserved_item(arena, struct_alignment, position,
					  group_start - position);
			*tail = &(**tail)->next;
		}
		/*
		 * Padding in a union's lanes stays within the union's own
		 * alignment: wider units would align and round the union
		 * past union_end, moving every member after it.
		 */
		if (j - i == 1)
			**tail = lay_out_run(arena, &members[i], 1, group_start,
					     struct_alignment);
		else
			**tail =
			    lay_out_union(arena, &members[i], j - i,
					  group_start, group_end, alignment);
		while (**tail)
			*tail = &(**tail)->next;
		position = union_end;
		i = j;
	}
	return position;
}

/* Sort, group overlaps, pad: the body of type and its cluster types. */
static void lay_out_struct(struct svd_arena *arena, struct svd_struct *type)
{
	struct svd_item *list = NULL, **tail = &list;
	struct svd_member **members;
	uint64_t position;
	size_t count;

	/* Laid out already: a list's elements share one cluster type. */
	if (type->items)
		return;
	for (struct svd_member *m = type->members; m; m = m->next)
		if (m->type)
			lay_out_struct(arena, m->type);
	members = svd_members_by_offset(arena, type, &count);
	if (!count)
		return;
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
	position = lay_out_groups(arena, members, count, type->packed,
				  type->alignment, &tail);
	if (type->size > position)
		*tail = reserved_item(arena, type->alignment, position,
				      type->size - position);
	type->items = list;
}

void svd_layout(struct svd_context *context, struct svd_expanded *expanded)
{
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		lay_out_struct(&context->arena, type);
}

/* SPDX-License-Identifier: MIT */
/*
 * The expanded model: what the C header will contain. expand.c builds it from
 * the derived SVD model (dim lists become separate members, dim arrays stay
 * arrays, properties are inherited, offsets are in bytes); check.c validates
 * it; layout.c fills in padding and unions; naming-layout.c and naming.c
 * name everything; the emitters print it.
 */
#ifndef SVDGEN_EXPAND_H
#define SVDGEN_EXPAND_H

#include "svd.h"

struct svd_struct;
struct svd_bitfield_view;

/*
 * A field of an expanded register: the SVD's field, a dim list's element
 * named and placed, and what the later stages need to know of its list.
 * Every field in a member's list is the first member of one of these (C
 * lets a pointer to a struct stand for one to its first member), which
 * svd_field_dim() finds; the SVD model's fields carry none of it.
 */
struct svd_expanded_field {
	struct svd_field field; /* first: what the lists link */
	/* The element's index in its dim list; 0 when not in a list. */
	uint32_t dim_position;
	const char *dim_template; /* the list's name with %s, or NULL */
};

/* What expand.c knows of field, one in a member's list. */
static inline const struct svd_expanded_field *
svd_field_dim(const struct svd_field *field)
{
	return (const struct svd_expanded_field *)field;
}

/* One register or cluster occurrence inside a C struct. */
struct svd_member {
	struct svd_member *next;
	const struct svd_node *node;
	enum svd_node_kind kind;
	/* SVD name with %s resolved ("CH" for an array, "CH0" in a list). */
	const char *name;
	/* C identifier of the member, set by naming-layout.c. */
	const char *c_name;
	uint64_t offset; /* bytes from the start of the enclosing struct */
	bool is_array;
	uint32_t count;	 /* elements; 1 when not an array */
	uint64_t stride; /* bytes between elements */
	uint64_t size;	 /* bytes of one element */
	/* Position in a dim list, or -1. */
	int64_t dim_position;
	bool is_alternate;
	/* Registers: effective properties. */
	uint32_t bits;
	enum svd_access access;
	uint64_t reset_value;
	uint64_t reset_mask;
	enum svd_modified_write modified_write;
	enum svd_read_action read_action;
	/* Dim lists expanded; each the field of a svd_expanded_field. */
	struct svd_field *fields;
	/* Clusters: the element type. */
	struct svd_struct *type;
	/* Set by naming.c: with --strict, the wrapper type of a write-only
	 * register, or NULL. */
	const char *wrapper_name;
	/* Set by naming.c: with --bitfields, the REG_b view, or NULL. */
	const struct svd_bitfield_view *bitfield_view;
	struct svd_location location;
};

/*
 * Whether the register is listed in svdgen's writeEnableMask extension:
 * its bits 31:16 enable the writes of bits 15:0 (Rockchip GRF, CRU).
 */
static inline bool
svd_member_has_write_enable_mask(const struct svd_member *member)
{
	return member->node && member->node->write_enable_mask;
}

enum svd_item_kind {
	SVD_ITEM_MEMBER,
	SVD_ITEM_RESERVED,
	SVD_ITEM_UNION,
	SVD_ITEM_STRUCT, /* an anonymous struct inside a union */
};

/* One line (or block) of a C struct body, made by layout.c. */
struct svd_item {
	struct svd_item *next;
	enum svd_item_kind kind;
	uint64_t offset; /* bytes from the start of the enclosing struct */
	uint64_t size;	 /* bytes this item covers */
	struct svd_member *member; /* SVD_ITEM_MEMBER */
	const char *reserved_name; /* SVD_ITEM_RESERVED: naming-layout.c */
	uint32_t reserved_unit;	   /* bytes per reserved element: 1, 2, 4 */
	struct svd_item *children; /* SVD_ITEM_UNION, SVD_ITEM_STRUCT */
};

/* A C struct type: a peripheral's or a cluster's. */
struct svd_struct {
	struct svd_struct *next;
	/* Name without prefix or "_Type": "GPIO", "DMA_CH". */
	const char *name;
	/* A cluster's name by its path, used if headerStructName clashes. */
	const char *path_name;
	/*
	 * What starts the _Pos/_Msk names of its fields, as SVDConv spells
	 * them: headerStructName, else the name, of the peripheral and of
	 * each cluster down to this struct ("PWM_PWM_SEQ" for Nordic's SEQ).
	 */
	const char *macro_name;
	bool is_cluster;
	const char *description;    /* a cluster's */
	struct svd_member *members; /* in SVD order until layout sorts them */
	/* Bytes the members cover, from offset 0. */
	uint64_t extent;
	/*
	 * Size of the C type, set by expand.c: extent padded to the stride
	 * of a cluster array (pad_to) and to the alignment.
	 */
	uint64_t size;
	/* For cluster arrays: the element stride the struct must fill. */
	uint64_t pad_to;
	/*
	 * For the type of a peripheral array (UART[%s]): its dimIncrement in
	 * bytes, which size then equals, so that SVDConv's UART[i] steps from
	 * element to element; 0 when no such array uses the type, or when
	 * its registers do not fit the stride or arrays of different strides
	 * share it.
	 */
	uint64_t array_stride;
	/* A member off its natural alignment: the struct is packed. */
	bool packed;
	/* Members with cluster lists spelled out: what the header will hold. */
	uint64_t weight;
	unsigned alignment;
	struct svd_item *items;
	const struct svd_peripheral *peripheral;
	struct svd_location location;
	/* Peripheral types: the instances using it, in device order. */
	struct svd_instance *instances;
	/* Where the next one goes, while expanding (NULL: at instances). */
	struct svd_instance **instances_tail;
	/* Set by naming.c: an earlier type of the same shape it aliases. */
	const struct svd_struct *shares;
	/* Set by naming.c for peripheral types: what their headers hold. */
	struct svd_type_names *names;
	/* Set by naming.c: the C type name ("GPIO_Type"), the header files
	 * the type is printed in and their include guards. */
	const char *c_name;
	const char *file_name;
	const char *regs_file_name; /* without accessors */
	const char *guard;
	const char *regs_guard;
};

/* Bytes a member covers: all elements of an array. */
static inline uint64_t svd_member_extent(const struct svd_member *member)
{
	if (member->is_array)
		return (uint64_t)member->count * member->stride;
	return member->type ? member->type->size : member->size;
}

/* A member's natural alignment: its register's size, or its struct's. */
unsigned svd_member_alignment(const struct svd_member *member);

/*
 * The overlap group of members (sorted by offset) that starts at
 * members[first]: returns one past its last member, and sets where its
 * members end, where C ends the union it becomes (rounded up to its
 * alignment; members starting inside that rounding join it) and that
 * alignment. A lone member is a group of one; packed: no rounding.
 */
size_t svd_overlap_group(struct svd_member *const *members, size_t count,
			 size_t first, bool packed, uint64_t *group_end,
			 uint64_t *union_end, unsigned *alignment);

/* One peripheral instance: a base address and a type. */
struct svd_instance {
	struct svd_instance *next;
	struct svd_instance *next_of_type;
	const struct svd_peripheral *peripheral;
	const char *name;   /* %s resolved */
	const char *c_name; /* set by naming-layout.c */
	uint64_t base_address;
	struct svd_struct *type; /* NULL when the peripheral has no registers */
};

/* One IRQn_Type enumerator. */
struct svd_irq {
	struct svd_irq *next;
	const char *name;
	const char *c_name;
	const char *description;
	int64_t value;
	struct svd_location location;
};

struct svd_expanded {
	struct svd_device *device;
	struct svd_instance *instances;
	/* Peripheral types in device order; cluster types hang off members. */
	struct svd_struct *types;
	struct svd_irq *irqs; /* sorted by value */
};

/* expand.c: name without its "[%s]" or "%s" dim marker. */
const char *svd_strip_dim_marker(struct svd_arena *arena, const char *name);

/*
 * expand.c: the struct's members in an array from the arena, sorted by
 * offset; members at one offset keep their order in the list.
 */
struct svd_member **svd_members_by_offset(struct svd_arena *arena,
					  const struct svd_struct *type,
					  size_t *count);

/* expand.c */
int svd_expand(struct svd_context *context, struct svd_expanded *expanded);

/* check.c: run every enabled check; returns -1 when an error was found. */
int svd_check(struct svd_context *context, struct svd_expanded *expanded);

#endif

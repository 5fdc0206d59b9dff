// SPDX-License-Identifier: MIT
/*
 * The naming stage: file names, include guards and C names of the headers,
 * and the one registry of global identifiers through which every name
 * passes, so two things that would be spelled alike are caught here, not
 * by the compiler of whoever includes the header.
 */
#include "naming.h"

#include <ctype.h>
#include <inttypes.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *svd_upper_case(struct svd_arena *arena, const char *text)
{
	char *copy = svd_arena_strdup(arena, text);

	for (char *c = copy; *c; c++)
		*c = (char)toupper((unsigned char)*c);
	return copy;
}

const char *svd_device_guard(struct svd_arena *arena, const char *prefix,
			     const char *stem)
{
	/* Identifiers starting with _ and a capital are reserved in C. */
	return svd_upper_case(
	    arena, svd_arena_printf(arena, "%s%s%s",
				    stem[0] == '_' && !*prefix ? "SVDGEN" : "",
				    prefix, stem));
}

const char *svd_type_prefix(struct svd_arena *arena, const char *prefix,
			    const struct svd_device *device)
{
	return svd_arena_printf(arena, "%s%s", prefix ? prefix : "",
				device->header_definitions_prefix
				    ? device->header_definitions_prefix
				    : "");
}

const char *svd_device_file_stem(struct svd_arena *arena,
				 const struct svd_device *device)
{
	bool changed;

	return svd_file_stem(
	    arena, svd_identifier(arena, device->name, &changed), &changed);
}

/* svd_names_claim, with name's hash worked out by the caller. */
static bool claim_hashed(struct svd_names *names, const char *name,
			 uint64_t hash, const char *definition,
			 const struct svd_location *location)
{
	const char *existing = svd_table_insert_hashed(
	    &names->globals, name, hash, (void *)definition);

	if (!existing)
		return true;
	if (strcmp(existing, definition) != 0)
		svd_report(names->diag, SVD_CHECK_NAME_COLLISION, location,
			   "'%s' would be defined twice, differently", name);
	return false;
}

bool svd_names_claim(struct svd_names *names, const char *name,
		     const char *definition,
		     const struct svd_location *location)
{
	return claim_hashed(
	    names, name,
	    svd_table_hash_add(SVD_TABLE_HASH_START, name, strlen(name)),
	    definition, location);
}

/* svd_names_claim_function, with name's hash worked out by the caller. */
static bool claim_function_hashed(struct svd_names *names, const char *name,
				  uint64_t hash,
				  const struct svd_location *location)
{
	/* One lookup: a taken name keeps what it was taken by. */
	if (svd_table_insert_hashed(&names->globals, name, hash, "function")) {
		svd_report(names->diag, SVD_CHECK_ACCESSOR_COLLISION, location,
			   "no accessor '%s': the name is taken by another "
			   "generated identifier",
			   name);
		return false;
	}
	return true;
}

bool svd_names_claim_function(struct svd_names *names, const char *name,
			      const struct svd_location *location)
{
	return claim_function_hashed(
	    names, name,
	    svd_table_hash_add(SVD_TABLE_HASH_START, name, strlen(name)),
	    location);
}

bool svd_names_claim_quietly(struct svd_names *names, const char *name,
			     const char *definition)
{
	return !svd_table_insert(&names->globals, name, (void *)definition);
}

const char *svd_names_find(const struct svd_names *names, const char *name)
{
	return svd_table_find(&names->globals, name);
}

const char *svd_register_c_type(uint32_t bits)
{
	switch (bits) {
	case 8:
		return "uint8_t";
	case 16:
		return "uint16_t";
	case 64:
		return "uint64_t";
	default:
		return "uint32_t";
	}
}

bool svd_field_is_usable(const struct svd_member *reg,
			 const struct svd_field *field)
{
	return field->has_bits && field->name && field->bit_width > 0 &&
	       field->bit_offset + field->bit_width <= reg->bits;
}

/*
 * With --strict, a write-only register's member is a struct around the
 * value, named after the register; NULL when the member is an ordinary
 * integer.
 */
static const char *write_only_wrapper(struct svd_names *names,
				      const struct svd_struct *owner,
				      const struct svd_member *member)
{
	if (!names->strict || member->type ||
	    (member->access != SVD_ACCESS_WRITE_ONLY &&
	     member->access != SVD_ACCESS_WRITE_ONCE))
		return NULL;
	return svd_arena_printf(names->arena, "%s%s_%s_write_only",
				names->type_prefix, owner->name,
				member->c_name);
}

/*
 * Strings end to end in the arena, JOIN(arena, stem, "_", verb): names on
 * hot paths are made without parsing a format.
 */
#define JOIN(arena, ...)                                                       \
	svd_arena_concat((arena), (const char *const[]){__VA_ARGS__},          \
			 sizeof((const char *const[]){__VA_ARGS__}) /          \
			     sizeof(const char *))

/* Room for a 64-bit number in decimal or hexadecimal, and the end. */
#define NUMBER_SIZE 21

/* value in decimal, as PRIu64 prints it, at the end of buffer. */
static const char *decimal_text(char buffer[NUMBER_SIZE], uint64_t value)
{
	char *out = buffer + NUMBER_SIZE - 1;

	*out = '\0';
	do
		*--out = (char)('0' + value % 10);
	while (value /= 10);
	return out;
}

/* value in lower-case hexadecimal, as PRIx64 prints it. */
static const char *hex_text(char buffer[NUMBER_SIZE], uint64_t value)
{
	char *out = buffer + NUMBER_SIZE - 1;

	*out = '\0';
	do
		*--out = "0123456789abcdef"[value & 15];
	while (value >>= 4);
	return out;
}

/* Append to a singly linked list through its tail pointer. */
#define APPEND(tail, item)                                                     \
	do {                                                                   \
		*(tail) = (item);                                              \
		(tail) = &(item)->next;                                        \
	} while (0)

static void *new_record(struct svd_names *names, size_t size)
{
	/* Zeroed, as every arena block is. */
	return svd_arena_alloc(names->arena, size);
}

/* The enum types one field reads and writes through (NULL: none). */
struct field_enum_slot {
	const struct svd_field *field; /* NULL: a free slot */
	const char *names[2];	       /* reading, writing */
};

/*
 * Enum type names by field, for the whole run: keyed by the field's
 * address itself, one slot for both directions, with no key to format,
 * copy or compare as text. Sized once from the model.
 */
struct field_enum_map {
	struct field_enum_slot *slots;
	size_t capacity; /* a power of two, or 0 */
	size_t count;
};

/* Bits of the filter of member names: 8 KiB, a few thousand names. */
#define MEMBER_FILTER_BITS 65536

/* The walk's state: the run and the enum tables of the current header. */
struct namer {
	struct svd_names *names;
	struct svd_arena *arena;
	const struct svd_options *options;
	struct svd_expanded *expanded;
	/* Enum types of the current header, by content. */
	struct svd_table enums;
	/* Enum type names by field and direction, for the whole run. */
	struct field_enum_map field_enums;
	/* Structs named so far, by address. */
	struct svd_table visited;
	/*
	 * The C names of every struct's members: an enumerated value's
	 * alias is a macro, which would replace such a member, so none is
	 * spelled like one. The filter has the bit of each name's hash
	 * set: most aliases of a large device are ruled out by one bit.
	 */
	struct svd_table members;
	/* --bitfields: instance_macros, made once. */
	struct svd_table instance_macros;
	bool instance_macros_ready;
	uint64_t member_filter[MEMBER_FILTER_BITS / 64];
	/* The _Pos text of each bit offset, made once: "(3UL)". */
	const char *position_texts[64];
	/*
	 * What the naming of one type needs only while it runs (the enums
	 * table, stems, alias templates): freed when the type is named, so
	 * the peak memory holds only what the headers print.
	 */
	struct svd_arena scratch;
	/* What an emitter beside this stage may print, or NULL. */
	struct svd_naming_progress *progress;
	unsigned errors_before; /* the diagnostics' error count at the start */
};

/* The bit of the member filter a name's hash selects. */
static size_t member_filter_bit(uint64_t hash)
{
	return (size_t)(hash >> 48) % MEMBER_FILTER_BITS;
}

/* The member (or REG_b view) named name, of hash, or NULL. */
static const struct svd_member *
member_named_hashed(const struct namer *namer, const char *name, uint64_t hash)
{
	size_t bit = member_filter_bit(hash);

	if (!(namer->member_filter[bit / 64] >> bit % 64 & 1))
		return NULL;
	return svd_table_find_hashed(&namer->members, name, hash);
}

int svd_naming_progress_init(struct svd_naming_progress *progress)
{
	memset(progress, 0, sizeof(*progress));
	if (pthread_mutex_init(&progress->lock, NULL) != 0)
		return -1;
	if (pthread_cond_init(&progress->changed, NULL) != 0) {
		pthread_mutex_destroy(&progress->lock);
		return -1;
	}
	return 0;
}

void svd_naming_progress_destroy(struct svd_naming_progress *progress)
{
	pthread_cond_destroy(&progress->changed);
	pthread_mutex_destroy(&progress->lock);
}

bool svd_naming_wait(struct svd_naming_progress *progress, size_t types)
{
	bool failed;

	if (!progress)
		return true;
	pthread_mutex_lock(&progress->lock);
	while (!progress->failed && !progress->finished &&
	       (!progress->files || progress->types < types))
		pthread_cond_wait(&progress->changed, &progress->lock);
	failed = progress->failed;
	pthread_mutex_unlock(&progress->lock);
	return !failed;
}

/*
 * Tell the emitter that the file names, types more types or (finished)
 * all names are final, or that an error makes its work pointless. The
 * lock also hands it every write made so far.
 */
static void publish(struct namer *namer, size_t types, bool finished)
{
	struct svd_naming_progress *progress = namer->progress;

	if (!progress)
		return;
	pthread_mutex_lock(&progress->lock);
	progress->files = true;
	progress->types += types;
	progress->finished = finished;
	if (namer->names->diag->errors > namer->errors_before)
		progress->failed = true;
	pthread_cond_broadcast(&progress->changed);
	pthread_mutex_unlock(&progress->lock);
}

/*
 * The fields a REG_b view holds, by bit offset: each field that fits the
 * register and overlaps no field taken before it (SVDConv would put a later
 * overlapping field into a second struct of the same name, which does not
 * compile; its _Pos and _Msk still exist). Returns how many.
 */
static size_t view_fields(struct namer *namer, const struct svd_member *member,
			  const struct svd_field ***result)
{
	size_t count = 0, taken = 0;
	const struct svd_field **fields;
	uint64_t used = 0;

	for (const struct svd_field *f = member->fields; f; f = f->next)
		count++;
	fields = svd_arena_alloc(namer->arena,
				 (count ? count : 1) * sizeof(*fields));
	for (const struct svd_field *f = member->fields; f; f = f->next) {
		uint64_t mask;

		if (!svd_field_is_usable(member, f))
			continue;
		mask = f->bit_width >= 64
			   ? UINT64_MAX
			   : ((1ULL << f->bit_width) - 1) << f->bit_offset;
		if (used & mask)
			continue;
		used |= mask;
		/* Insertion by offset; the lists are short. */
		size_t i = taken++;
		while (i > 0 && fields[i - 1]->bit_offset > f->bit_offset) {
			fields[i] = fields[i - 1];
			i--;
		}
		fields[i] = f;
	}
	*result = fields;
	return taken;
}

/*
 * A bit-field's C name: spelled like an instance macro (RP2040's PSM has a
 * field RESETS), the preprocessor would replace it wherever the instances
 * are defined first, so it gets a trailing '_' as members do.
 */
static const char *bitfield_name(struct namer *namer,
				 const struct svd_field *field)
{
	bool changed;
	const char *name = svd_identifier(namer->arena, field->name, &changed);

	for (const struct svd_instance *i = namer->expanded->instances; i;
	     i = i->next) {
		size_t length = strlen(namer->names->type_prefix);

		if (strncmp(name, namer->names->type_prefix, length) != 0)
			continue;
		if (strcmp(name + length, i->c_name) == 0 ||
		    (strncmp(name + length, i->c_name, strlen(i->c_name)) ==
			 0 &&
		     strcmp(name + length + strlen(i->c_name), "_BASE") == 0))
			return svd_arena_printf(namer->arena, "%s_", name);
	}
	return name;
}

/*
 * A register renamed for a macro clash (RTC_CNTL_ in RTC_CNTL_Type, beside
 * the RTC_CNTL instance macro): SVDConv's view keeps the SVD's name,
 * RTC_CNTL_b, which no macro replaces: the name without the underscores
 * svdgen added, besides svdgen's own RTC_CNTL__b. NULL when the member
 * was not renamed so.
 */
static const char *svdconv_view_name(struct namer *namer,
				     const struct svd_member *member)
{
	size_t length = strlen(member->c_name);

	if (!member->name || length < 2 || member->c_name[length - 1] != '_' ||
	    member->name[strlen(member->name) - 1] == '_')
		return NULL;
	while (length > 1 && member->c_name[length - 1] == '_')
		length--;
	return svd_arena_printf(namer->arena, "%.*s_b", (int)length,
				member->c_name);
}

/*
 * With --bitfields: the fields of a register's REG_b view and their names;
 * NULL when the register gets no view.
 */
static const struct svd_bitfield_view *
name_bitfield_view(struct namer *namer, const struct svd_member *member)
{
	struct svd_bitfield_view *view;
	const struct svd_field **fields;
	size_t count;

	if (!namer->options->bitfields || member->type)
		return NULL;
	count = view_fields(namer, member, &fields);
	if (count == 0)
		return NULL;
	view = new_record(namer->names, sizeof(*view));
	view->count = count;
	view->names[0] = svd_arena_printf(namer->arena, "%s_b", member->c_name);
	view->names[1] = svdconv_view_name(namer, member);
	view->fields =
	    svd_arena_alloc(namer->arena, count * sizeof(*view->fields));
	for (size_t i = 0; i < count; i++) {
		view->fields[i].field = fields[i];
		view->fields[i].name = bitfield_name(namer, fields[i]);
	}
	return view;
}

/*
 * The instance macros (pointer and _BASE, and those of a peripheral
 * array), each to its peripheral's name, made the first time a view asks.
 */
static const struct svd_table *instance_macros(struct namer *namer)
{
	const char *prefix = namer->names->type_prefix;

	if (namer->instance_macros_ready)
		return &namer->instance_macros;
	namer->instance_macros_ready = true;
	svd_table_init(&namer->instance_macros, namer->arena);
	for (const struct svd_instance *i = namer->expanded->instances; i;
	     i = i->next) {
		const char *name = i->c_name;
		bool changed;

		for (int pass = 0; pass < 2; pass++) {
			svd_table_insert(&namer->instance_macros,
					 JOIN(namer->arena, prefix, name),
					 (void *)i->name);
			svd_table_insert(
			    &namer->instance_macros,
			    JOIN(namer->arena, prefix, name, "_BASE"),
			    (void *)i->name);
			if (!svd_heads_peripheral_array(i))
				break;
			name = svd_identifier(
			    namer->arena,
			    svd_strip_dim_marker(namer->arena,
						 i->peripheral->name),
			    &changed);
		}
	}
	return &namer->instance_macros;
}

/*
 * A REG_b view is a member of the struct too: it must not share a name
 * with a register (CTRL's view beside a register named CTRL_b), another
 * view or an instance macro (of a peripheral named CTRL_b), which would
 * replace it. svdgen's own view name is an error then; SVDConv's second
 * spelling is only left out.
 */
static void check_view_names(struct namer *namer, struct svd_struct *type)
{
	const struct svd_table *macros = instance_macros(namer);
	struct svd_table members;

	svd_table_init(&members, namer->arena);
	for (struct svd_member *m = type->members; m; m = m->next)
		svd_table_insert(&members, m->c_name, m);
	for (struct svd_member *m = type->members; m; m = m->next) {
		struct svd_bitfield_view *view =
		    (struct svd_bitfield_view *)m->bitfield_view;
		const struct svd_member *other;
		const char *peripheral;

		if (!view)
			continue;
		peripheral = svd_table_find(macros, view->names[0]);
		if (peripheral) {
			svd_report(namer->names->diag, SVD_CHECK_NAME_COLLISION,
				   &m->location,
				   "the bit-field view '%s' of '%s' in '%s' is "
				   "spelled like the macro for peripheral '%s'",
				   view->names[0], m->name, type->name,
				   peripheral);
			m->bitfield_view = NULL;
			continue;
		}
		if (view->names[1] && svd_table_find(macros, view->names[1]))
			view->names[1] = NULL;
		other = svd_table_insert(&members, view->names[0], m);
		if (other) {
			svd_report(namer->names->diag, SVD_CHECK_NAME_COLLISION,
				   &m->location,
				   "the bit-field view '%s' of '%s' takes the "
				   "name of '%s' (line %lu) in '%s'",
				   view->names[0], m->name, other->name,
				   other->location.line, type->name);
			m->bitfield_view = NULL;
			continue;
		}
		if (view->names[1] &&
		    svd_table_insert(&members, view->names[1], m))
			view->names[1] = NULL;
	}
}

/*
 * A struct's C name and those of the cluster types it holds: the
 * headerDefinitionsPrefix names peripheral types only, as in SVDConv's
 * headers (NRF_FICR_Type holds a FICR_INFO_Type).
 */
static void name_struct(struct namer *namer, struct svd_struct *type)
{
	struct svd_names *names = namer->names;

	if (type->c_name)
		return;
	type->c_name = svd_arena_printf(
	    names->arena, "%s%s_Type",
	    type->is_cluster ? names->prefix : names->type_prefix, type->name);
	for (struct svd_member *member = type->members; member;
	     member = member->next) {
		member->wrapper_name = write_only_wrapper(names, type, member);
		member->bitfield_view = name_bitfield_view(namer, member);
		if (member->type)
			name_struct(namer, member->type);
	}
	if (namer->options->bitfields)
		check_view_names(namer, type);
}

/*
 * SVDConv names the device header after the device as the file spells it
 * (ATSAM3N00B.h, RP2040.h); code written against it includes that name.
 * Where ours differs, a forwarding header of that name includes ours.
 */
static void name_forwarding_header(struct svd_names *names,
				   const struct svd_device *device)
{
	const char *spelled, *file;
	bool changed;

	if (!device->name || *names->prefix)
		return;
	/*
	 * Spelled as SVDConv spells it ("units-16" writes units_16.h), as
	 * long as a file name may be, like every file name we write.
	 */
	spelled = svd_foreign_file_stem(
	    names->arena, svd_identifier(names->arena, device->name, &changed));
	file = svd_arena_printf(names->arena, "%s.h", spelled);
	if (strcmp(spelled, names->stem) == 0 ||
	    svd_table_find(&names->files, file))
		return;
	svd_table_insert(&names->files, file, (void *)spelled);
	names->forwarding_file_name = file;
	names->forwarding_device = spelled;
}

/* A header file name for a type, unique ignoring case. */
static const char *type_file_name(struct svd_names *names,
				  const struct svd_struct *type,
				  const char *suffix)
{
	bool changed;
	const char *base = svd_arena_printf(
	    names->arena, "%s_%s%s", names->stem,
	    svd_file_stem(names->arena, type->name, &changed), suffix);
	const char *name = svd_arena_printf(names->arena, "%s.h", base);

	for (unsigned n = 2;
	     svd_table_insert(&names->files, name, (void *)type); n++)
		name = svd_arena_printf(names->arena, "%s_%u.h", base, n);
	return name;
}

/* ---- Access rules ---- */

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

static bool field_is_w1c(const struct svd_member *reg,
			 const struct svd_field *field)
{
	enum svd_modified_write modified =
	    field->modified_write ? field->modified_write : reg->modified_write;

	return modified == SVD_MODIFIED_WRITE_ONE_TO_CLEAR;
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
		if (!writes_are_actions(field->modified_write
					    ? field->modified_write
					    : reg->modified_write))
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

struct svd_register_rules svd_register_rules(const struct svd_member *reg)
{
	struct svd_register_rules rules;

	rules.readable = is_readable(reg->access);
	rules.writable = is_writable(reg->access);
	rules.actions = register_writes_are_actions(reg);
	rules.effects = reads_have_effects(reg);
	/* The enable mask needs bits 31:16 beside the 16 value bits. */
	rules.write_enable =
	    svd_member_has_write_enable_mask(reg) && reg->bits == 32;
	rules.modify = rules.readable && rules.writable && !rules.actions &&
		       !rules.effects && !rules.write_enable;
	rules.clear_mask = w1c_mask(reg);
	rules.clear_keeps_others =
	    rules.clear_mask != svd_width_mask(reg->bits) && rules.readable &&
	    !rules.effects && !rules.actions;
	return rules;
}

struct svd_field_rules svd_field_rules(const struct svd_member *reg,
				       const struct svd_register_rules *rules,
				       const struct svd_field *field)
{
	enum svd_access access = field_access(reg, field);
	bool writable = rules->writable && is_writable(access);
	struct svd_field_rules result;

	result.get = rules->readable && is_readable(access);
	result.value = writable;
	result.set_enable = writable && rules->write_enable;
	/*
	 * Writing back a 1 read from a write-1-to-clear bit would clear an
	 * event by accident: the setter writes 0 there, and a W1C field
	 * has _clear instead.
	 */
	result.set_modify =
	    writable && rules->modify && !field_is_w1c(reg, field);
	result.clear = writable && field_is_w1c(reg, field);
	return result;
}

/* ---- Structs, wrappers, _Pos and _Msk ---- */

/* --strict: the wrapper types of a struct's write-only registers. */
static void name_write_only_wrappers(struct namer *namer,
				     struct svd_wrapper_names ***tail,
				     const struct svd_item *items)
{
	for (const struct svd_item *item = items; item; item = item->next) {
		struct svd_wrapper_names *wrapper;
		const struct svd_member *member = item->member;

		if (item->kind == SVD_ITEM_UNION ||
		    item->kind == SVD_ITEM_STRUCT) {
			name_write_only_wrappers(namer, tail, item->children);
			continue;
		}
		if (item->kind != SVD_ITEM_MEMBER || !member->wrapper_name ||
		    !svd_names_claim(namer->names, member->wrapper_name,
				     "write-only wrapper", &member->location))
			continue;
		wrapper = new_record(namer->names, sizeof(*wrapper));
		wrapper->member = member;
		wrapper->name = member->wrapper_name;
		APPEND(*tail, wrapper);
	}
}

/* The byte svd_identifier_join writes for c. */
static char identifier_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		       (c >= '0' && c <= '9') || c == '_'
		   ? (char)c
		   : '_';
}

/*
 * A _Msk's text, "(0x3UL << STEM_Pos)", from pieces whose lengths are
 * mostly known: one is made for every field of every type.
 */
static const char *mask_text(struct svd_arena *arena, const char *digits,
			     bool wide, const char *pos, size_t pos_length)
{
	size_t digit_length = strlen(digits), suffix_length = wide ? 3 : 2;
	size_t length = 3 + digit_length + suffix_length + 4 + pos_length + 1;
	char text[256], *out = text;

	if (length >= sizeof(text))
		return JOIN(arena, "(0x", digits, wide ? "ULL" : "UL", " << ",
			    pos, ")");
	memcpy(out, "(0x", 3);
	out += 3;
	memcpy(out, digits, digit_length);
	out += digit_length;
	memcpy(out, "ULL", suffix_length);
	out += suffix_length;
	memcpy(out, " << ", 4);
	out += 4;
	memcpy(out, pos, pos_length);
	out += pos_length;
	*out = ')';
	return svd_arena_strndup(arena, text, length);
}

/* _Pos and _Msk for the fields of one register. */
static void name_field_macros(struct namer *namer,
			      struct svd_macro_names ***tail, const char *owner,
			      const struct svd_member *member)
{
	struct svd_names *names = namer->names;
	struct svd_arena *arena = names->arena;
	/*
	 * SVDConv's spelling: the register's own name and alternateGroup,
	 * without prependToName and appendToName (ATSAMD21's HMATRIXB_
	 * prefix makes the member HMATRIXB_SFR0, its field HMATRIX_SFR0_SFR).
	 */
	const char *register_name =
	    member->node->alternate_group
		? JOIN(arena, member->name, "_", member->node->alternate_group)
		: member->name;
	/* What every field's stem starts with, before the '_'. */
	const char *register_stem =
	    JOIN(arena, names->prefix, owner, "_", register_name);
	size_t register_length = strlen(register_stem);
	/*
	 * That part as svd_identifier_join writes it, with the '_', made and
	 * hashed once for all the register's fields; a stem that begins no
	 * reserved name needs no reserved-name search per field.
	 */
	char joined_scratch[256];
	char *joined = register_length + 3 > sizeof(joined_scratch)
			   ? svd_arena_alloc(arena, register_length + 3)
			   : joined_scratch;
	size_t joined_length = 0;
	uint64_t joined_hash;
	bool maybe_reserved;

	if (*register_stem >= '0' && *register_stem <= '9')
		joined[joined_length++] = '_';
	for (size_t c = 0; c < register_length; c++)
		joined[joined_length++] =
		    identifier_byte((unsigned char)register_stem[c]);
	joined[joined_length++] = '_';
	joined_hash =
	    svd_table_hash_add(SVD_TABLE_HASH_START, joined, joined_length);
	maybe_reserved = svd_reserved_prefix(joined, joined_length);

	for (const struct svd_field *field = member->fields; field;
	     field = field->next) {
		struct svd_macro_names *macro;
		const char *field_name;
		char scratch[256], offset[NUMBER_SIZE], mask[NUMBER_SIZE];
		char *stem = scratch;
		size_t size, length, field_length;
		uint64_t stem_hash;
		bool changed;

		if (!svd_field_is_usable(member, field))
			continue;
		/* The sanitized name is made only to be reported. */
		if (member->dim_position <= 0 &&
		    !svd_is_identifier(field->name)) {
			field_name =
			    svd_identifier(arena, field->name, &changed);
			svd_report_sanitized(names->diag, &field->location,
					     field->name, field_name);
		}
		/*
		 * Sanitized whole, as SVDConv spells it: P_R_3V3_Pos. The
		 * stem and "_Pos" or "_Msk" after it, in scratch space.
		 */
		field_length = strlen(field->name);
		size = register_length + field_length + 4 + 4;
		if (size > sizeof(scratch))
			stem = svd_arena_alloc(arena, size);
		/* svd_identifier_join(stem, register_stem, field->name). */
		memcpy(stem, joined, joined_length);
		length = joined_length;
		for (size_t c = 0; c < field_length; c++)
			stem[length++] =
			    identifier_byte((unsigned char)field->name[c]);
		stem[length] = '\0';
		stem_hash = svd_table_hash_add(
		    joined_hash, stem + joined_length, length - joined_length);
		if (maybe_reserved &&
		    svd_reserved_kind(stem) != SVD_RESERVED_NONE) {
			stem[length++] = '_';
			stem[length] = '\0';
			stem_hash = svd_table_hash_add(stem_hash, "_", 1);
		}
		macro = new_record(names, sizeof(*macro));
		macro->field = field;
		macro->mask = field->bit_width >= 64
				  ? UINT64_MAX
				  : (1ULL << field->bit_width) - 1;
		memcpy(stem + length, "_Pos", 4);
		macro->pos = svd_arena_strndup(arena, stem, length + 4);
		memcpy(stem + length, "_Msk", 4);
		macro->msk = svd_arena_strndup(arena, stem, length + 4);
		macro->pos_text = field->bit_offset < 64
				      ? namer->position_texts[field->bit_offset]
				      : NULL;
		if (!macro->pos_text) {
			macro->pos_text = JOIN(
			    arena, "(", decimal_text(offset, field->bit_offset),
			    "UL)");
			if (field->bit_offset < 64)
				namer->position_texts[field->bit_offset] =
				    macro->pos_text;
		}
		macro->msk_text =
		    mask_text(arena, hex_text(mask, macro->mask),
			      field->bit_offset + field->bit_width > 32,
			      macro->pos, length + 4);
		/* The stem's hash and the suffix's bytes. */
		if (!claim_hashed(names, macro->pos,
				  svd_table_hash_add(stem_hash, "_Pos", 4),
				  macro->pos_text, &field->location))
			macro->pos = NULL;
		if (!claim_hashed(names, macro->msk,
				  svd_table_hash_add(stem_hash, "_Msk", 4),
				  macro->msk_text, &field->location))
			macro->msk = NULL;
		APPEND(*tail, macro);
	}
}

static void name_field_enums(struct namer *namer, struct svd_enum_names ***tail,
			     const struct svd_struct *type);

/* The key of a pointer in the namer's tables: its address in hex. */
static const char *address_key(struct namer *namer, const void *address)
{
	char digits[NUMBER_SIZE];

	return svd_arena_strdup(namer->arena,
				hex_text(digits, (uintptr_t)address));
}

static bool visit(struct namer *namer, const struct svd_struct *type)
{
	return svd_table_insert(&namer->visited, address_key(namer, type),
				(void *)type) == NULL;
}

static void name_struct_definition(struct namer *namer,
				   struct svd_struct_names ***tail,
				   struct svd_struct *type);

/* A struct and the cluster types it uses, each before its first use. */
static void name_struct_definition(struct namer *namer,
				   struct svd_struct_names ***tail,
				   struct svd_struct *type)
{
	struct svd_struct_names *record;
	struct svd_wrapper_names **wrappers;
	struct svd_macro_names **macros;
	struct svd_enum_names **enums;
	const char *owner;
	bool changed;

	visit(namer, type);
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->type && visit(namer, member->type))
			name_struct_definition(namer, tail, member->type);
	if (!svd_names_claim(namer->names, type->c_name, "struct",
			     &type->location))
		return;
	record = new_record(namer->names, sizeof(*record));
	record->print = SVD_STRUCT_DEFINE;
	record->type = type;
	wrappers = &record->wrappers;
	macros = &record->macros;
	enums = &record->enums;
	APPEND(*tail, record);
	name_write_only_wrappers(namer, &wrappers, type->items);
	owner = type->macro_name
		    ? svd_identifier(namer->arena, type->macro_name, &changed)
		    : type->name;
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->kind == SVD_NODE_REGISTER)
			name_field_macros(namer, &macros, owner, member);
	name_field_enums(namer, &enums, type);
}

/*
 * A type of the same shape as an earlier one: its struct names become
 * typedefs of the earlier type's, and its SVDConv names (_Pos, _Msk)
 * stay.
 */
static void name_shared_struct(struct namer *namer,
			       struct svd_struct_names ***tail,
			       const struct svd_struct *type,
			       const struct svd_struct *model)
{
	const struct svd_member *member = type->members;
	const struct svd_member *model_member = model->members;
	struct svd_struct_names *record;
	struct svd_macro_names **macros;

	for (; member && model_member;
	     member = member->next, model_member = model_member->next)
		if (member->type && model_member->type)
			name_shared_struct(namer, tail, member->type,
					   model_member->type);
	record = new_record(namer->names, sizeof(*record));
	record->print = SVD_STRUCT_MACROS;
	record->type = type;
	record->model = model;
	if (strcmp(type->c_name, model->c_name) != 0 &&
	    svd_names_claim(namer->names, type->c_name, "struct",
			    &type->location))
		record->print = SVD_STRUCT_ALIAS;
	macros = &record->macros;
	APPEND(*tail, record);
	for (member = type->members; member; member = member->next)
		if (member->kind == SVD_NODE_REGISTER)
			name_field_macros(namer, &macros, type->name, member);
}

/*
 * The first slot to probe for field: the address's bits above the
 * alignment of a model node, mixed so that nodes allocated one after
 * another spread over the table.
 */
static size_t field_enum_home(const struct field_enum_map *map,
			      const struct svd_field *field)
{
	uint64_t bits = (uint64_t)(uintptr_t)field >> 4;

	return (size_t)((bits * 0x9e3779b97f4a7c15ULL) >> 32) &
	       (map->capacity - 1);
}

/* The slot of field, or the free slot where it would go. */
static struct field_enum_slot *field_enum_slot(const struct field_enum_map *map,
					       const struct svd_field *field)
{
	size_t slot = field_enum_home(map, field);

	while (map->slots[slot].field && map->slots[slot].field != field)
		slot = (slot + 1) & (map->capacity - 1);
	return &map->slots[slot];
}

/* Move the map to capacity slots (a power of two). */
static void field_enum_resize(struct namer *namer, size_t capacity)
{
	struct field_enum_map *map = &namer->field_enums;
	struct field_enum_slot *old = map->slots;
	size_t old_capacity = map->capacity;

	map->slots = svd_arena_alloc(namer->arena, capacity * sizeof(*old));
	map->capacity = capacity;
	for (size_t i = 0; i < old_capacity; i++)
		if (old[i].field)
			*field_enum_slot(map, old[i].field) = old[i];
	svd_arena_release(namer->arena, old);
}

/* Room for count fields without growing, at most three quarters full. */
static void field_enum_reserve(struct namer *namer, size_t count)
{
	size_t capacity =
	    namer->field_enums.capacity ? namer->field_enums.capacity : 64;

	while (count * 4 > capacity * 3)
		capacity *= 2;
	if (capacity != namer->field_enums.capacity)
		field_enum_resize(namer, capacity);
}

/*
 * Record name as the enum type field uses for reading or for writing,
 * unless one is recorded already: the first one stays.
 */
static void field_enum_insert(struct namer *namer,
			      const struct svd_field *field, bool writing,
			      const char *name)
{
	struct field_enum_slot *slot;

	field_enum_reserve(namer, namer->field_enums.count + 1);
	slot = field_enum_slot(&namer->field_enums, field);
	if (!slot->field) {
		slot->field = field;
		namer->field_enums.count++;
	}
	if (!slot->names[writing])
		slot->names[writing] = name;
}

/* The enum type for reading or writing a field, or NULL. */
static const char *field_enum(struct namer *namer,
			      const struct svd_field *field, bool writing)
{
	if (!namer->field_enums.capacity)
		return NULL;
	return field_enum_slot(&namer->field_enums, field)->names[writing];
}

/* A shared type's fields take their model's enums. */
static void share_field_enums(struct namer *namer,
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
			share_field_enums(namer, member->type,
					  model_member->type);
		for (; field && model_field;
		     field = field->next, model_field = model_field->next) {
			for (int writing = 0; writing < 2; writing++) {
				const char *name =
				    field_enum(namer, model_field, writing);

				if (name)
					field_enum_insert(namer, field, writing,
							  name);
			}
		}
	}
}

/* ---- Field enums ---- */

/*
 * name as svd_identifier spells it, for a piece of a longer name that is
 * copied: name itself when it needs no change (most do), else a copy.
 */
static const char *identifier_piece(struct svd_arena *arena, const char *name)
{
	bool changed;

	return svd_is_identifier(name) ? name
				       : svd_identifier(arena, name, &changed);
}

/*
 * The name a field's accessors and enums use: a dim list FSEL%s is one
 * indexed field FSEL; its first element stands for all.
 */
static const char *field_base_name(struct namer *namer,
				   const struct svd_field *field)
{
	const char *name =
	    svd_field_dim(field)->dim_template
		? svd_strip_dim_marker(&namer->scratch,
				       svd_field_dim(field)->dim_template)
		: field->name;

	/* Only ever a piece of a longer name, which is copied. */
	return identifier_piece(&namer->scratch, name);
}

/* Fields of a dim list after the first are covered by the first. */
static bool field_is_representative(const struct svd_field *field)
{
	return !svd_field_dim(field)->dim_template ||
	       svd_field_dim(field)->dim_position == 0;
}

/* Do all of a set's values fit a C enum (int)? */
static bool fits_enum(const struct svd_enum_set *set)
{
	for (const struct svd_enum_value *v = set->values; v; v = v->next)
		if (!v->is_default && v->value > INT_MAX)
			return false;
	return true;
}

/* Digits of value in hexadecimal. */
static size_t hex_length(uint64_t value)
{
	size_t digits = 1;

	while (value >>= 4)
		digits++;
	return digits;
}

/*
 * A key equal for sets with the same names and values, after infix:
 * NAME=value/care_mask; per value, the numbers in hex. NULL when the set
 * names no value. Measured, then written: one copy, no format.
 */
static const char *enum_content_key(struct namer *namer, const char *infix,
				    const struct svd_enum_set *set)
{
	size_t infix_length = strlen(infix), length = infix_length;
	char *key, *out;

	for (const struct svd_enum_value *v = set->values; v; v = v->next)
		if (!v->is_default && v->name)
			length += strlen(v->name) + hex_length(v->value) +
				  hex_length(v->care_mask) + 3;
	if (length == infix_length)
		return NULL;
	/* In scratch space: a key is kept only with a new enum. */
	key = svd_arena_alloc(&namer->scratch, length + 1);
	memcpy(key, infix, infix_length);
	out = key + infix_length;
	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		char digits[NUMBER_SIZE];
		const char *number;
		size_t part;

		if (v->is_default || !v->name)
			continue;
		part = strlen(v->name);
		memcpy(out, v->name, part);
		out += part;
		*out++ = '=';
		number = hex_text(digits, v->value);
		part = strlen(number);
		memcpy(out, number, part);
		out += part;
		*out++ = '/';
		number = hex_text(digits, v->care_mask);
		part = strlen(number);
		memcpy(out, number, part);
		out += part;
		*out++ = ';';
	}
	*out = '\0';
	return key;
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

static void remember_field_enum(struct namer *namer,
				const struct svd_field *field,
				const struct svd_enum_set *set,
				const char *enum_name)
{
	if (set->usage != SVD_USAGE_WRITE)
		field_enum_insert(namer, field, false, enum_name);
	if (set->usage != SVD_USAGE_READ)
		field_enum_insert(namer, field, true, enum_name);
}

/* The struct member named name, or NULL. */
static const struct svd_member *member_named(const struct namer *namer,
					     const char *name)
{
	return member_named_hashed(
	    namer, name,
	    svd_table_hash_add(SVD_TABLE_HASH_START, name, strlen(name)));
}

/* The values of one enum: a name given twice differently is reported. */
static void name_enum_values(struct namer *namer, struct svd_enum_names *record,
			     const char *stem)
{
	struct svd_value_names **tail = &record->values;

	for (const struct svd_enum_value *v = record->set->values; v;
	     v = v->next) {
		struct svd_value_names *value;
		const char *name, *text, *existing;
		const struct svd_member *member;
		char digits[NUMBER_SIZE];
		bool changed;

		if (v->is_default || !v->name)
			continue;
		/* Sanitized whole, as SVDConv spells it: a value named 3v3
		 * makes STEM_3v3, not STEM__3v3; NULL makes STEM_NULL. */
		name = svd_identifier(namer->arena,
				      JOIN(namer->arena, stem, "_", v->name),
				      &changed);
		text = JOIN(namer->arena, "0x", hex_text(digits, v->value),
			    record->as_enum	    ? ""
			    : v->value > UINT32_MAX ? "ULL"
						    : "UL");
		/* Not a C enum: each value is a macro. */
		member = record->as_enum ? NULL : member_named(namer, name);
		if (member) {
			svd_report(
			    namer->names->diag, SVD_CHECK_DUPLICATE_ENUM,
			    &v->location,
			    "enumerated value '%s' would be the macro '%s', "
			    "which would replace the member of that name "
			    "(line %lu); left out",
			    v->name, name, member->location.line);
			continue;
		}
		existing = svd_names_find(namer->names, name);
		if (existing && strcmp(existing, text) != 0) {
			svd_report(
			    namer->names->diag, SVD_CHECK_DUPLICATE_ENUM,
			    &v->location,
			    "enumerated value '%s' would be '%s', which is "
			    "already defined differently; left out",
			    v->name, name);
			continue;
		}
		if (!svd_names_claim(namer->names, name, text, &v->location))
			continue;
		value = new_record(namer->names, sizeof(*value));
		value->value = v;
		value->name = name;
		value->text = text;
		APPEND(tail, value);
	}
}

/* --enum-strings: a decoder returning each value's name. */
static void name_decoder(struct namer *namer, struct svd_enum_names *record,
			 const char *decoder)
{
	struct svd_value_names **tail = &record->decoded;

	record->decoder = decoder;
	for (const struct svd_enum_value *v = record->set->values; v;
	     v = v->next) {
		struct svd_value_names *value;
		bool changed;

		if (v->is_default || !v->name)
			continue;
		value = new_record(namer->names, sizeof(*value));
		value->value = v;
		value->name = svd_identifier(namer->arena, v->name, &changed);
		APPEND(tail, value);
	}
}

/*
 * The stem of a new enum: TYPE_SETNAME when the SVD names the set and that
 * name is free, else the field's own TYPE_REG_FIELD.
 */
static const char *enum_stem(struct namer *namer, const char *owner,
			     const struct svd_member *member,
			     const struct svd_field *field,
			     const struct svd_enum_set *set, bool *named)
{
	/* Only a piece of the names made from it, which are copied. */
	struct svd_arena *scratch = &namer->scratch;
	const char *prefix = namer->names->prefix;
	const char *field_stem =
	    JOIN(scratch, prefix, owner, "_", member->c_name, "_",
		 field_base_name(namer, field));
	const char *set_name =
	    set->header_enum_name ? set->header_enum_name : set->name;
	const char *stem;
	bool changed;

	*named = false;
	if (!set_name)
		return field_stem;
	stem = JOIN(scratch, prefix, owner, "_",
		    svd_identifier(scratch, set_name, &changed));
	if (svd_names_find(namer->names, JOIN(scratch, stem, "_Enum")))
		return field_stem;
	*named = true;
	return stem;
}

/*
 * The stem of a field list's enum when the list's name is taken: two lists
 * EN%s of one register (EN0-1 and EN2-3) have one name, EN. When that name
 * is taken, each element's accessors take its own name (P_R_EN2_get), so
 * the enum takes the list's first element's name: P_R_EN2_Enum. If that
 * is taken too, the enum is left out and its fields stay integers. Sets
 * *enum_name and returns the stem, or returns NULL. key is the set's
 * content, the definition a name of the same enum is claimed with.
 */
static const char *list_enum_stem(struct namer *namer, const char *owner,
				  const struct svd_member *member,
				  const struct svd_field *field,
				  const struct svd_enum_set *set,
				  const char *key, const char **enum_name)
{
	const char *taken = *enum_name, *existing;
	const char *stem = JOIN(&namer->scratch, namer->names->prefix, owner,
				"_", member->c_name, "_",
				identifier_piece(&namer->scratch, field->name));

	*enum_name = svd_arena_printf(namer->arena, "%s_%sEnum", stem,
				      enum_usage_infix(field, set));
	existing = svd_names_find(namer->names, *enum_name);
	if (!existing || strcmp(existing, key) == 0)
		return stem;
	svd_report(namer->names->diag, SVD_CHECK_DUPLICATE_ENUM, &set->location,
		   "no enum for field list '%s': '%s' and '%s' are already "
		   "defined; its accessors take integers",
		   svd_field_dim(field)->dim_template, taken, *enum_name);
	return NULL;
}

/*
 * Enums for the fields of one register. Sets with the same values share
 * one enum in a header, so a register file of identical fields (GPFSEL0-5,
 * every CLKCTRL's MODULEMODE) costs one enum, named after the set.
 */
static void name_register_enums(struct namer *namer,
				struct svd_enum_names ***tail,
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
			const char *key = enum_content_key(
			    namer, enum_usage_infix(field, set), set);
			const char *existing, *stem, *enum_name, *decoder;
			const char *taken;
			struct svd_enum_names *record;
			bool as_enum = fits_enum(set);
			bool named;

			if (!key)
				continue;
			existing =
			    as_enum ? svd_table_find(&namer->enums, key) : NULL;
			if (existing) {
				remember_field_enum(namer, field, set,
						    existing);
				continue;
			}
			stem =
			    enum_stem(namer, owner, member, field, set, &named);
			/* A set's own name already tells read from write. */
			enum_name = svd_arena_printf(
			    namer->arena, "%s_%sEnum", stem,
			    named ? "" : enum_usage_infix(field, set));
			taken = svd_names_find(namer->names, enum_name);
			if (taken && strcmp(taken, key) != 0 &&
			    svd_field_dim(field)->dim_template) {
				stem =
				    list_enum_stem(namer, owner, member, field,
						   set, key, &enum_name);
				if (!stem)
					continue;
			}
			if (!svd_names_claim(
				namer->names, enum_name,
				svd_arena_strdup(namer->arena, key),
				&set->location))
				continue;
			record = new_record(namer->names, sizeof(*record));
			record->field = field;
			record->set = set;
			record->name = enum_name;
			record->as_enum = as_enum;
			name_enum_values(namer, record, stem);
			/* Every value left out (its name taken): an empty
			 * enum is not C, the integer typedef is. */
			if (!record->values)
				record->as_enum = as_enum = false;
			APPEND(*tail, record);
			if (!as_enum)
				continue;
			svd_table_insert(&namer->enums, key, (void *)enum_name);
			remember_field_enum(namer, field, set, enum_name);
			if (!namer->options->enum_strings)
				continue;
			decoder = svd_arena_printf(namer->arena, "%s_to_str",
						   enum_name);
			if (svd_names_claim(namer->names, decoder, "function",
					    &set->location))
				name_decoder(namer, record, decoder);
		}
	}
}

static void name_field_enums(struct namer *namer, struct svd_enum_names ***tail,
			     const struct svd_struct *type)
{
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->kind == SVD_NODE_REGISTER)
			name_register_enums(namer, tail, type->name, member);
}

/* ---- Instances ---- */

/*
 * A peripheral array (UART[%s]): SVDConv also names the array's base,
 * UART_BASE, the first element's address, and UART, a pointer to
 * UART_ARRAYType (an array of one UART_Type) there: UART[i] steps by the
 * type's size, which expand.c pads to the dimIncrement as SVDConv does
 * (array_stride). UART0..UART5 stay the elements. Nothing for other
 * instances; a name that is taken is left out.
 */
static void name_array(struct namer *namer, struct svd_instance_names *record,
		       const struct svd_struct *type,
		       const char **array_typedef_done)
{
	const struct svd_instance *instance = record->instance;
	const struct svd_peripheral *peripheral = instance->peripheral;
	const char *stem, *base, *pointer, *array_type;
	bool changed;

	if (!svd_heads_peripheral_array(instance))
		return;
	stem = svd_arena_printf(
	    namer->arena, "%s%s", namer->names->type_prefix,
	    svd_identifier(namer->arena,
			   svd_strip_dim_marker(namer->arena, peripheral->name),
			   &changed));
	base = svd_arena_printf(namer->arena, "%s_BASE", stem);
	if (!svd_names_claim_quietly(namer->names, base,
				     svd_arena_printf(namer->arena,
						      "0x%" PRIx64,
						      instance->base_address)))
		return;
	record->array_base = base;
	if (!type->array_stride)
		return;
	/* SVDConv names the array type after the struct type. */
	array_type = svd_arena_printf(namer->arena, "%s%s_ARRAYType",
				      namer->names->type_prefix, type->name);
	if (!*array_typedef_done) {
		if (!svd_names_claim_quietly(namer->names, array_type,
					     type->c_name))
			return;
		*array_typedef_done = array_type;
		record->array_typedef = array_type;
	}
	pointer = stem;
	if (!svd_names_claim_quietly(namer->names, pointer, base))
		return;
	record->array_type = array_type;
	record->array_pointer = pointer;
}

/* _BASE and the instance pointer of every peripheral using a type. */
static void name_instances(struct namer *namer, struct svd_type_names *record,
			   const struct svd_struct *type)
{
	struct svd_names *names = namer->names;
	struct svd_instance_names **tail = &record->instances;

	for (struct svd_instance *i = type->instances; i; i = i->next_of_type) {
		struct svd_instance_names *instance =
		    new_record(names, sizeof(*instance));
		const char *base = svd_arena_printf(
		    namer->arena, "%s%s_BASE", names->type_prefix, i->c_name);
		const char *pointer = svd_arena_printf(
		    namer->arena, "%s%s", names->type_prefix, i->c_name);

		instance->instance = i;
		instance->base_macro = base;
		record->array_names |= svd_heads_peripheral_array(i);
		if (svd_names_claim(names, base,
				    svd_arena_printf(namer->arena, "0x%" PRIx64,
						     i->base_address),
				    &i->peripheral->location))
			instance->base = base;
		if (svd_names_claim(names, pointer, base,
				    &i->peripheral->location))
			instance->pointer = pointer;
		APPEND(tail, instance);
	}
}

/*
 * The peripheral arrays' extra names, once every instance of every type
 * has its own: those are the names the SVD asked for, and an extra name
 * that would take one of them is left out instead.
 */
static void name_arrays(struct namer *namer)
{
	for (struct svd_struct *type = namer->expanded->types; type;
	     type = type->next) {
		const char *array_typedef_done = NULL;

		for (struct svd_instance_names *instance =
			 type->names->instances;
		     instance; instance = instance->next)
			name_array(namer, instance, type, &array_typedef_done);
	}
}

/* ---- Accessors ---- */

/* A register reached from the peripheral pointer, with its array indices. */
struct access_path {
	const char *name;	/* member names joined by '_' */
	const char *expression; /* "p->CH[i].CFG" */
	const char *parameters; /* ", uint32_t i" */
	const char *checks;	/* "\tSVDGEN_CHECK_INDEX(i < 2u);\n" */
	unsigned depth;		/* array indices so far */
	bool packed;		/* reached through a packed struct */
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
static const char *reduced_index(struct namer *namer, const char *index,
				 uint32_t count)
{
	if (count == 1)
		return "0u";
	if (is_power_of_two(count))
		return svd_arena_printf(namer->arena, "(%s & %" PRIu32 "u)",
					index, count - 1);
	return svd_arena_printf(namer->arena, "(%s < %" PRIu32 "u ? %s : 0u)",
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
static const struct svd_index_enum *
name_index_enum(struct namer *namer, const char *stem,
		const struct svd_field *field)
{
	struct svd_names *names = namer->names;
	struct svd_index_enum *result = new_record(names, sizeof(*result));
	struct svd_value_names **tail = &result->values;
	struct svd_buffer body = {0};
	const char *definition, *existing;

	result->name = svd_arena_printf(namer->arena, "%s_Index", stem);
	result->list = svd_strip_dim_marker(namer->arena,
					    svd_field_dim(field)->dim_template);
	for (uint32_t k = 0; k < field->dim.count; k++) {
		struct svd_value_names *value =
		    new_record(names, sizeof(*value));
		bool changed;

		value->name = svd_arena_printf(
		    namer->arena, "%s_%s", result->name,
		    svd_identifier(namer->arena, field->dim.index[k],
				   &changed));
		value->text = svd_arena_printf(namer->arena, "%" PRIu32, k);
		svd_buffer_printf(&body, "\t%s = %s,\n", value->name,
				  value->text);
		APPEND(tail, value);
	}
	definition = svd_arena_strdup(namer->arena, body.data ? body.data : "");
	free(body.data);
	existing = svd_names_find(names, result->name);
	if (existing)
		return strcmp(existing, definition) == 0 ? result : NULL;
	for (const struct svd_value_names *v = result->values; v; v = v->next)
		if (svd_names_find(names, v->name))
			return NULL;
	svd_names_claim(names, result->name, definition, &field->dim.location);
	for (const struct svd_value_names *v = result->values; v; v = v->next)
		svd_table_insert(&names->globals, v->name, (void *)"index");
	result->define = true;
	return result;
}

/*
 * Position and index parameter of a field. The index of a field list is
 * the number in the field's name (FSEL17 is index 17 of GPFSEL1's
 * FSEL10..FSEL19), or an enum of the names.
 */
static void shape_field(struct namer *namer, struct svd_field_accessors *shape,
			const char *stem, const struct svd_field *field)
{
	struct svd_arena *arena = namer->arena;

	shape->mask = svd_width_mask(field->bit_width);
	if (svd_field_dim(field)->dim_template) {
		uint32_t count = field->dim.count;
		uint64_t increment = field->dim.increment;
		const char *offset;
		uint32_t first = 0;

		if (numeric_index(&field->dim, &first))
			offset = first ? svd_arena_printf(arena,
							  "(uint32_t)(n - "
							  "%" PRIu32 "u)",
							  first)
				       : "n";
		else if ((shape->index_enum =
			      name_index_enum(namer, stem, field)))
			offset = "(uint32_t)n";
		else
			offset = "n";
		shape->index_type =
		    shape->index_enum ? shape->index_enum->name : "uint32_t";
		shape->position = svd_arena_printf(
		    arena, "(%" PRIu32 "u + element * %" PRIu64 "u)",
		    field->bit_offset, increment);
		shape->parameter =
		    svd_arena_printf(arena, ", %s n", shape->index_type);
		shape->check = svd_arena_printf(
		    arena,
		    "\tuint32_t element = %s;\n\n"
		    "\tSVDGEN_CHECK_INDEX(%s < %" PRIu32 "u);\n",
		    reduced_index(namer, offset, count), offset, count);
	} else {
		char offset[NUMBER_SIZE];

		shape->position =
		    JOIN(arena, decimal_text(offset, field->bit_offset), "u");
		shape->parameter = "";
		shape->index_type = NULL;
		shape->check = "";
	}
}

/* ", uint32_t i, uint32_t j" as the arguments ", i, j". */
static const char *argument_names(struct namer *namer, const char *parameters)
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
	result = svd_arena_strdup(namer->arena, names.data ? names.data : "");
	free(names.data);
	return result;
}

/* An element accessor's name, claimed quietly; NULL when taken. */
static const char *element_accessor(struct namer *namer, const char *stem,
				    const char *verb)
{
	const char *name = svd_arena_printf(namer->arena, "%s_%s", stem, verb);

	return svd_names_claim_quietly(namer->names, name, "function") ? name
								       : NULL;
}

/*
 * Accessors of one element of a field list whose list accessor for an
 * operation was refused (another field of the register took its name
 * first: a second list EN%s, or a field EN): EN2 is its own field then, at
 * its own bits, as if the SVD had listed it alone. A macro calling the
 * list accessor of that name would reach the other field's bits. A name
 * taken is left out, as for element macros.
 */
static void name_element_accessors(struct namer *namer,
				   struct svd_field_accessors ***fields,
				   const char *stem,
				   const struct svd_field_accessors *list,
				   const struct svd_field_rules *can,
				   const struct svd_field *element)
{
	struct svd_arena *arena = namer->arena;
	struct svd_names *names = namer->names;
	struct svd_field_accessors *accessors;
	bool changed;
	const char *element_stem;
	char offset[NUMBER_SIZE];
	/* Each operation the list may have and has not. */
	bool refused_get = can->get && !list->get;
	bool refused_value = can->value && !list->value;
	bool refused_set = (can->set_enable || can->set_modify) && !list->set;
	bool refused_clear = can->clear && !list->clear;

	if (!refused_get && !refused_value && !refused_set && !refused_clear)
		return;
	element_stem =
	    svd_arena_printf(arena, "%s_%s", stem,
			     svd_identifier(arena, element->name, &changed));
	accessors = new_record(names, sizeof(*accessors));
	accessors->field = element;
	accessors->read_enum = list->read_enum;
	accessors->write_enum = list->write_enum;
	accessors->mask = list->mask;
	accessors->position =
	    JOIN(arena, decimal_text(offset, element->bit_offset), "u");
	accessors->parameter = "";
	accessors->check = "";
	accessors->set_enable = can->set_enable;
	if (refused_get)
		accessors->get = element_accessor(namer, element_stem, "get");
	if (refused_value)
		accessors->value = element_accessor(namer, element_stem, "val");
	if (refused_set)
		accessors->set = element_accessor(namer, element_stem, "set");
	if (refused_clear)
		accessors->clear =
		    element_accessor(namer, element_stem, "clear");
	if (accessors->get || accessors->value || accessors->set ||
	    accessors->clear)
		APPEND(*fields, accessors);
}

/*
 * Per-element accessors beside a field list's indexed ones, as macros that
 * pass the element's index (cheap to parse): GPIO_GPFSEL1_FSEL17_set(p, v)
 * is GPIO_GPFSEL1_FSEL_set(p, 17u, v). Only a list accessor the list owns
 * is called: where its name went to another field, the element gets an
 * accessor of its own (name_element_accessors). A name taken is left out.
 */
static void name_element_macros(struct namer *namer,
				struct svd_element_macro ***tail,
				struct svd_field_accessors ***fields,
				const char *stem, const struct svd_member *reg,
				const struct svd_field_accessors *list_names,
				const struct svd_field_rules *can,
				const struct access_path *path)
{
	static const char *const operations[] = {"get", "val", "set", "clear"};
	struct svd_names *names = namer->names;
	struct svd_arena *arena = namer->arena;
	const struct svd_field *list = list_names->field;
	const char *owned[] = {list_names->get, list_names->value,
			       list_names->set, list_names->clear};
	const struct svd_index_enum *index_enum = list_names->index_enum;
	const char *arguments = argument_names(namer, path->parameters);
	uint32_t first = 0;
	bool numeric = numeric_index(&list->dim, &first);

	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		const char *element, *index;
		bool changed;

		if (svd_field_dim(field)->dim_template !=
		    svd_field_dim(list)->dim_template)
			continue;
		name_element_accessors(namer, fields, stem, list_names, can,
				       field);
		element = svd_identifier(arena, field->name, &changed);
		/*
		 * The number itself, not the dimIndex text: "08" would be
		 * an invalid octal constant and "010" the wrong element. A
		 * list of names without its own index enum (the name went to
		 * another list's) takes the element's position, as its list
		 * accessor's uint32_t index does.
		 */
		if (numeric || !index_enum)
			index = svd_arena_printf(
			    arena, "%" PRIu64 "u",
			    (uint64_t)first +
				(uint64_t)svd_field_dim(field)->dim_position);
		else
			index = svd_arena_printf(
			    arena, "%s_%s", index_enum->name,
			    svd_identifier(
				arena,
				list->dim
				    .index[svd_field_dim(field)->dim_position],
				&changed));
		for (size_t o = 0; o < sizeof(operations) / sizeof(*operations);
		     o++) {
			struct svd_element_macro *macro;
			const char *name = svd_arena_printf(
			    arena, "%s_%s_%s", stem, element, operations[o]);

			if (!owned[o] || svd_names_find(names, name))
				continue;
			svd_table_insert(&names->globals, name, "macro");
			macro = new_record(names, sizeof(*macro));
			macro->name = name;
			macro->target = owned[o];
			macro->index = index;
			macro->arguments = arguments;
			macro->operation = o;
			APPEND(*tail, macro);
		}
	}
}

/*
 * The stem of accessor names, with the '_' after it hashed once for all
 * the verbs.
 */
struct accessor_stem {
	const char *text;
	size_t length;
	uint64_t hash;
};

static struct accessor_stem accessor_stem(const char *text)
{
	size_t length = strlen(text);
	uint64_t hash = svd_table_hash_add(SVD_TABLE_HASH_START, text, length);

	return (struct accessor_stem){text, length,
				      svd_table_hash_add(hash, "_", 1)};
}

/* Claim an accessor name made of stem and verb; NULL when taken. */
static const char *accessor(struct namer *namer,
			    const struct accessor_stem *stem, const char *verb,
			    const struct svd_location *location)
{
	size_t verb_length = strlen(verb);
	size_t length = stem->length + 1 + verb_length;
	char scratch[256];
	char *buffer = length < sizeof(scratch)
			   ? scratch
			   : svd_arena_alloc(namer->arena, length + 1);
	const char *name;

	memcpy(buffer, stem->text, stem->length);
	buffer[stem->length] = '_';
	memcpy(buffer + stem->length + 1, verb, verb_length);
	name = svd_arena_strndup(namer->arena, buffer, length);
	return claim_function_hashed(
		   namer->names, name,
		   svd_table_hash_add(stem->hash, verb, verb_length), location)
		   ? name
		   : NULL;
}

/* The accessors of one register and of its fields. */
static void name_register_accessors(struct namer *namer,
				    struct svd_register_accessors *record,
				    const char *type_name,
				    const struct access_path *path)
{
	const struct svd_member *reg = record->reg;
	const char *stem = JOIN(namer->arena, namer->names->prefix, type_name,
				"_", path->name);
	struct svd_field_accessors **fields = &record->fields;
	struct svd_element_macro **macros = &record->element_macros;
	struct accessor_stem register_stem = accessor_stem(stem);
	/* The last field's own accessors; element ones come after. */
	struct svd_field_accessors *last_field = NULL;

	record->rules = svd_register_rules(reg);
	if (record->rules.readable)
		record->read =
		    accessor(namer, &register_stem, "read", &reg->location);
	if (record->rules.writable)
		record->write =
		    accessor(namer, &register_stem, "write", &reg->location);
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		struct svd_field_rules can;
		struct svd_field_accessors *names;
		struct accessor_stem field_accessors;
		const char *field_stem, *base;
		size_t base_length;

		if (!svd_field_is_usable(reg, field) ||
		    !field_is_representative(field))
			continue;
		can = svd_field_rules(reg, &record->rules, field);
		names = new_record(namer->names, sizeof(*names));
		names->field = field;
		base = field_base_name(namer, field);
		base_length = strlen(base);
		field_stem = JOIN(&namer->scratch, stem, "_", base);
		/* The register's hashed stem, the field's name and '_'. */
		field_accessors = (struct accessor_stem){
		    field_stem, register_stem.length + 1 + base_length,
		    svd_table_hash_add(svd_table_hash_add(register_stem.hash,
							  base, base_length),
				       "_", 1)};
		shape_field(namer, names, field_stem, field);
		names->read_enum = field_enum(namer, field, false);
		names->write_enum = field_enum(namer, field, true);
		if (can.get)
			names->get = accessor(namer, &field_accessors, "get",
					      &field->location);
		if (can.value)
			names->value = accessor(namer, &field_accessors, "val",
						&field->location);
		if (can.set_enable)
			names->set = accessor(namer, &field_accessors, "set",
					      &field->location);
		names->set_enable = names->set != NULL;
		if (can.set_modify)
			names->set = accessor(namer, &field_accessors, "set",
					      &field->location);
		if (can.clear)
			names->clear = accessor(namer, &field_accessors,
						"clear", &field->location);
		APPEND(fields, names);
		last_field = names;
	}
	/*
	 * After every field's own accessors, so an element never takes a
	 * name a field would have had.
	 */
	for (struct svd_field_accessors *list = record->fields; list;
	     list = list == last_field ? NULL : list->next) {
		struct svd_field_rules can;

		if (!svd_field_dim(list->field)->dim_template)
			continue;
		can = svd_field_rules(reg, &record->rules, list->field);
		name_element_macros(namer, &macros, &fields, stem, reg, list,
				    &can, path);
	}
}

/* Accessors for every register under a struct, reached through path. */
static void walk_registers(struct namer *namer,
			   struct svd_register_accessors ***tail,
			   const char *type_name, const struct svd_struct *type,
			   const struct access_path *path)
{
	static const char index_names[] = "ijklm";
	struct svd_arena *arena = namer->arena;

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		struct access_path next = *path;
		struct svd_register_accessors *record;

		next.name = path->name
				? JOIN(arena, path->name, "_", member->c_name)
				: member->c_name;
		next.expression = JOIN(arena, path->expression,
				       path->name ? "." : "->", member->c_name);
		if (member->is_array) {
			/*
			 * i, j, k, l, m, then i5, i6 ...: any depth of
			 * arrays gets its accessors.
			 */
			const char *index =
			    path->depth < sizeof(index_names) - 1
				? svd_arena_printf(arena, "%c",
						   index_names[path->depth])
				: svd_arena_printf(arena, "i%u", path->depth);

			char count[NUMBER_SIZE];

			next.expression = JOIN(
			    arena, next.expression, "[",
			    reduced_index(namer, index, member->count), "]");
			next.parameters =
			    JOIN(arena, path->parameters, ", uint32_t ", index);
			next.checks = JOIN(
			    arena, path->checks, "\tSVDGEN_CHECK_INDEX(", index,
			    " < ", decimal_text(count, member->count), "u);\n");
			next.depth = path->depth + 1;
		}
		/* --strict: the value inside the write-only wrapper. */
		if (member->wrapper_name)
			next.expression =
			    JOIN(arena, next.expression, ".value");
		if (member->type) {
			next.packed = path->packed || member->type->packed;
			walk_registers(namer, tail, type_name, member->type,
				       &next);
			continue;
		}
		record = new_record(namer->names, sizeof(*record));
		record->reg = member;
		record->path = next.name;
		record->location = JOIN(arena, "&", next.expression);
		record->parameters = next.parameters;
		record->checks = next.checks;
		/*
		 * A packed struct may put a register off its natural
		 * alignment; a pointer to it is not portable and a
		 * full-width access may fault.
		 */
		record->packed = next.packed;
		if (!record->packed)
			name_register_accessors(namer, record, type_name,
						&next);
		APPEND(*tail, record);
	}
}

/* ---- Enum spellings ---- */

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

/*
 * One enum set's aliases with the owner left out: what every owner of a
 * type shares, worked out once per type. The names differ per owner only
 * by the owner in front.
 */
/* Bytes of a name, and how many. */
struct name_piece {
	const char *text;
	size_t length;
};

struct alias_template {
	struct alias_template *next;
	/* headerEnumName's stem, the same for every owner; else NULL. */
	const char *fixed_stem;
	/* After "owner_": the path, the field and the set's name. */
	const char *suffix;
	const char *usage; /* "_R", "_W" or "" */
	const char *target;
	const char *shared; /* the shared enum, or NULL */
	const struct svd_enum_set *set;
	/*
	 * Per value, in set order: its name as an identifier (NULL: none)
	 * and that name's length, and the text its alias stands for, which
	 * the value and the shared enum decide, not the owner.
	 */
	const char **value_names;
	size_t *value_lengths;
	const char **value_texts;
	size_t longest_value; /* of value_lengths */
	/*
	 * What follows the owner's part (or, with a fixed stem, the whole):
	 * in the type's name (suffix, usage, "_Enum"), and in the values'
	 * joined stem (the suffix as svd_identifier_join writes it, '_').
	 */
	struct name_piece type_tail;
	struct name_piece joined_tail;
};

/* The owner's part of every name under it, hashed once per owner. */
struct alias_owner {
	struct name_piece type;	  /* "owner_" */
	struct name_piece joined; /* as svd_identifier_join writes it */
	uint64_t type_hash, joined_hash;
	/* Whether a reserved name may start with joined. */
	bool reserved;
};

struct alias_walk {
	struct namer *namer;
	/*
	 * The type's templates and what only they use, freed when the type
	 * is done: the names claimed and their texts go to the run's arena.
	 */
	struct svd_arena *scratch;
	struct svd_alias_group *group;
	struct svd_alias **tail;
	struct alias_template **templates;
	struct alias_owner owner;
};

/*
 * Take name (length bytes, hash as svd_table_hash_add makes it) for an
 * alias, in one probe of the registry: its entry, or NULL when it is
 * taken. name may be scratch space: it is copied only when it is free.
 */
static struct svd_table_entry *take_alias_name(struct alias_walk *walk,
					       const char *name, size_t length,
					       uint64_t hash)
{
	if (member_named_hashed(walk->namer, name, hash))
		return NULL;
	return svd_table_take_hashed(&walk->namer->names->globals, name, length,
				     hash);
}

/* An alias of target under the name of entry, just taken. */
static void add_alias(struct alias_walk *walk, bool is_type,
		      struct svd_table_entry *entry, const char *target)
{
	struct svd_alias *alias;

	entry->value = (void *)target;
	alias = new_record(walk->namer->names, sizeof(*alias));
	alias->is_type = is_type;
	alias->name = entry->key;
	alias->target = target;
	APPEND(walk->tail, alias);
}

/* Claim name for an alias of target, unless it is taken. */
static void claim_alias(struct alias_walk *walk, bool is_type, const char *name,
			size_t length, uint64_t hash, const char *target)
{
	struct svd_table_entry *entry =
	    take_alias_name(walk, name, length, hash);

	if (entry)
		add_alias(walk, is_type, entry, target);
}

/*
 * ((shared)0x1f), as "((%s)0x%" PRIx64 ")" would print it, without the
 * format: one is written for every enumerated value of every type.
 */
static const char *cast_value_text(struct svd_arena *arena, const char *shared,
				   uint64_t value)
{
	size_t shared_length = strlen(shared), digits = hex_length(value);
	/* "((", shared, ")0x", the digits and ")". */
	size_t length = shared_length + digits + 6;
	char scratch[256];
	char *text = length < sizeof(scratch)
			 ? scratch
			 : svd_arena_alloc(arena, length + 1);
	char *out;

	memcpy(text, "((", 2);
	memcpy(text + 2, shared, shared_length);
	out = text + 2 + shared_length;
	memcpy(out, ")0x", 3);
	out += 3;
	for (size_t i = digits; i > 0; i--) {
		out[i - 1] = "0123456789abcdef"[value & 15];
		value >>= 4;
	}
	out[digits] = ')';
	/* Packed with the other strings, not aligned as a block is. */
	return svd_arena_strndup(arena, text, length);
}

/* What an alias of value stands for: typed as the shared enum if any. */
static const char *value_alias_text(struct svd_arena *arena, const char *shared,
				    uint64_t value)
{
	return shared ? cast_value_text(arena, shared, value)
		      : svd_arena_printf(arena, "(0x%" PRIx64 "%s)", value,
					 value > UINT32_MAX ? "ULL" : "UL");
}

/* One enumerated value under another name, typed as the shared enum. */
static void add_value_alias(struct alias_walk *walk, const char *name,
			    const char *shared, uint64_t value)
{
	size_t length = strlen(name);
	struct svd_table_entry *entry = take_alias_name(
	    walk, name, length,
	    svd_table_hash_add(SVD_TABLE_HASH_START, name, length));

	/* The text is made only for a name that was free. */
	if (entry)
		add_alias(walk, false, entry,
			  value_alias_text(walk->namer->arena, shared, value));
}

/*
 * A value with don't-care bits (#1x): SVDConv writes one enumerator per
 * value it matches, the value in decimal after the name (D1-H's CC_20_30
 * of 0b1x: ..._CC_20_30_2 and ..._CC_20_30_3). Up to 8 such bits (256
 * names); past that SVDConv's list is no spelling anyone types.
 */
static void add_dont_care_aliases(struct alias_walk *walk, const char *name,
				  const char *shared,
				  const struct svd_enum_value *value)
{
	uint64_t free_bits = ~value->care_mask;
	uint64_t subset = 0;
	int count = 0;

	for (uint64_t bits = free_bits; bits; bits &= bits - 1)
		count++;
	if (count > 8)
		return;
	/* Every subset of the free bits, the empty one first. */
	do {
		uint64_t matched = (value->value & value->care_mask) | subset;

		add_value_alias(walk,
				svd_arena_printf(walk->scratch, "%s_%" PRIu64,
						 name, matched),
				shared, matched);
		subset = (subset - free_bits) & free_bits;
	} while (subset);
}

/*
 * text as svd_identifier_join writes it after a separator: every byte
 * outside [A-Za-z0-9_] is '_'; lead adds a '_' first when text starts with
 * a digit, as at the start of a name. Then the '_' before a value.
 */
static struct name_piece joined_piece(struct svd_arena *arena, const char *text,
				      bool lead)
{
	size_t length = strlen(text), out = 0;
	char *joined = svd_arena_alloc(arena, length + 3);

	if (lead && *text >= '0' && *text <= '9')
		joined[out++] = '_';
	for (size_t c = 0; c < length; c++)
		joined[out++] = identifier_byte((unsigned char)text[c]);
	joined[out++] = '_';
	joined[out] = '\0';
	return (struct name_piece){joined, out};
}

/* A template's tails, after its owner's part. */
static void name_template_tails(struct svd_arena *arena,
				struct alias_template *template)
{
	const char *stem =
	    template->fixed_stem ? template->fixed_stem : template->suffix;
	const char *type = JOIN(arena, stem, template->usage, "_Enum");

	template->type_tail = (struct name_piece){type, strlen(type)};
	template->joined_tail =
	    joined_piece(arena, stem, template->fixed_stem != NULL);
}

/* Records one set's aliases, with the owner left out, for replay_aliases. */
static void name_set_aliases_as(struct alias_walk *walk, const char *path,
				const char *field_name,
				const struct svd_field *representative,
				const struct svd_enum_set *set)
{
	struct namer *namer = walk->namer;
	struct svd_arena *arena = walk->scratch;
	struct alias_template *template =
	    svd_arena_alloc(arena, sizeof(*template));
	size_t count = 0, i = 0;
	bool changed;

	memset(template, 0, sizeof(*template));
	template->set = set;
	template->shared =
	    field_enum(namer, representative, set->usage == SVD_USAGE_WRITE);
	if (set->header_enum_name) {
		/* SVDConv: headerEnumName replaces the whole path. */
		template->fixed_stem = JOIN(
		    arena, namer->names->prefix,
		    svd_identifier(arena, set->header_enum_name, &changed));
		template->usage = "";
	} else {
		template->usage = set->usage == SVD_USAGE_READ	  ? "_R"
				  : set->usage == SVD_USAGE_WRITE ? "_W"
								  : "";
		template->suffix =
		    JOIN(arena, path, "_", identifier_piece(arena, field_name),
			 set->name ? "_" : "",
			 set->name ? identifier_piece(arena, set->name) : "");
	}
	if (template->shared) {
		template->target = template->shared;
	} else {
		/* Values beyond int: the name is an integer type. */
		template->target = "uint32_t";
		for (const struct svd_enum_value *v = set->values; v;
		     v = v->next)
			if (v->value > UINT32_MAX)
				template->target = "uint64_t";
	}
	for (const struct svd_enum_value *v = set->values; v; v = v->next)
		count++;
	if (!count)
		count = 1;
	template->value_names = svd_arena_alloc(arena, count * sizeof(char *));
	template->value_lengths =
	    svd_arena_alloc(arena, count * sizeof(size_t));
	template->value_texts = svd_arena_alloc(arena, count * sizeof(char *));
	for (const struct svd_enum_value *v = set->values; v; v = v->next) {
		char *name = NULL;
		size_t length = 0;

		if (!v->is_default && v->name) {
			length = strlen(v->name);
			name = svd_arena_alloc(arena, length + 1);
			for (size_t c = 0; c < length; c++)
				name[c] =
				    identifier_byte((unsigned char)v->name[c]);
			name[length] = '\0';
			template->value_texts[i] = value_alias_text(
			    namer->arena, template->shared, v->value);
			if (length > template->longest_value)
				template->longest_value = length;
		}
		template->value_names[i] = name;
		template->value_lengths[i++] = length;
	}
	name_template_tails(arena, template);
	*walk->templates = template;
	walk->templates = &template->next;
}

/*
 * One set's aliases under the walk's owner, in the order and spelling
 * svdgen always claimed them: the type, then each value. The names are
 * made in scratch space from the owner's part and the template's, with
 * their hashes: the owner's part was hashed once for all its sets, a
 * value's name adds only the value's own bytes.
 */
static void replay_aliases(struct alias_walk *walk,
			   const struct alias_template *template)
{
	static const struct alias_owner no_owner = {
	    {"", 0}, {"", 0}, SVD_TABLE_HASH_START, SVD_TABLE_HASH_START, true};
	const struct alias_owner *owner =
	    template->fixed_stem ? &no_owner : &walk->owner;
	const struct name_piece *tail = &template->type_tail;
	size_t length = owner->type.length + tail->length;
	size_t joined = owner->joined.length + template->joined_tail.length;
	/* The type's name, or the joined stem, a value, a '_' and the end. */
	size_t size = joined + template->longest_value + 2;
	char scratch[256];
	char *buffer = scratch;
	uint64_t joined_hash;
	bool maybe_reserved;
	size_t i = 0;

	if (size < length + 1)
		size = length + 1;
	if (size > sizeof(scratch))
		buffer = svd_arena_alloc(walk->scratch, size);
	memcpy(buffer, owner->type.text, owner->type.length);
	memcpy(buffer + owner->type.length, tail->text, tail->length);
	buffer[length] = '\0';
	claim_alias(
	    walk, true, buffer, length,
	    svd_table_hash_add(owner->type_hash, tail->text, tail->length),
	    template->target);
	tail = &template->joined_tail;
	memcpy(buffer, owner->joined.text, owner->joined.length);
	memcpy(buffer + owner->joined.length, tail->text, tail->length);
	joined_hash =
	    svd_table_hash_add(owner->joined_hash, tail->text, tail->length);
	/* Most stems begin no reserved name: then no value's name is one. */
	maybe_reserved = owner->reserved && svd_reserved_prefix(buffer, joined);
	for (const struct svd_enum_value *v = template->set->values; v;
	     v = v->next, i++) {
		const char *value_name = template->value_names[i];
		size_t value_length = template->value_lengths[i];
		size_t out = joined + value_length;
		uint64_t hash;

		if (!value_name)
			continue;
		memcpy(buffer + joined, value_name, value_length);
		buffer[out] = '\0';
		hash =
		    svd_table_hash_add(joined_hash, value_name, value_length);
		if (maybe_reserved &&
		    svd_reserved_kind(buffer) != SVD_RESERVED_NONE) {
			buffer[out++] = '_';
			buffer[out] = '\0';
			hash = svd_table_hash_add(hash, "_", 1);
		}
		claim_alias(walk, false, buffer, out, hash,
			    template->value_texts[i]);
		if (v->care_mask != UINT64_MAX)
			add_dont_care_aliases(walk, buffer, template->shared,
					      v);
	}
}

/*
 * The aliases of one field's set, under the field's name and, for an
 * element of a field list (FSEL%s), under the list's name without %s too:
 * SVDConv names one enum per list, GPIO_GPFSEL0_FSEL_FUNCTION_Enum.
 */
static void name_set_aliases(struct alias_walk *walk, const char *path,
			     const struct svd_field *field,
			     const struct svd_field *representative,
			     const struct svd_enum_set *set)
{
	name_set_aliases_as(walk, path, field->name, representative, set);
	if (svd_field_dim(field)->dim_template && !set->header_enum_name)
		name_set_aliases_as(
		    walk, path,
		    svd_strip_dim_marker(walk->scratch,
					 svd_field_dim(field)->dim_template),
		    representative, set);
}

/*
 * A register in an alternateGroup: SVDConv's path adds the group to the
 * name (Atmel's CMR0_WAVEFORM_MODE in group WAVEFORM_MODE:
 * TC0_CMR0_WAVEFORM_MODE_WAVEFORM_MODE_...). NULL for other registers.
 */
static const char *svdconv_group_path(struct namer *namer, const char *path,
				      const char *name,
				      const struct svd_member *member)
{
	bool changed;

	if (!member->node->alternate_group)
		return NULL;
	return svd_arena_printf(
	    namer->arena, "%s%s%s_%s", path ? path : "", path ? "_" : "", name,
	    svd_identifier(namer->arena, member->node->alternate_group,
			   &changed));
}

/*
 * An element of a register list (COMPCTRL0 of COMPCTRL%s): SVDConv's path
 * names the list twice before the element,
 * AC_COMPCTRL_COMPCTRL_COMPCTRL0_FLEN_FLENSelect_Enum. The list's first
 * name and the element carry the register's alternateGroup, the second
 * does not (Kinetis DMA: DMA_TCD_NBYTES_MLOFFNO_DMA_TCD_NBYTES_MLOFFNO_
 * TCD0_NBYTES_MLOFFNO_DMA_SMLOE_Enum). NULL for other registers. With
 * with_group false, the path without the group, which svdgen offered
 * before it followed SVDConv there.
 */
static const char *svdconv_list_path(struct namer *namer, const char *path,
				     const char *name,
				     const struct svd_member *member,
				     bool with_group)
{
	const char *list, *group = "", *separator = "";
	bool changed;

	if (member->dim_position < 0 || member->is_array ||
	    !member->node->name || !strstr(member->node->name, "%s"))
		return NULL;
	list = svd_identifier(
	    namer->arena,
	    svd_strip_dim_marker(namer->arena, member->node->name), &changed);
	if (member->node->alternate_group && with_group) {
		group = svd_identifier(namer->arena,
				       member->node->alternate_group, &changed);
		separator = "_";
	}
	return svd_arena_printf(namer->arena, "%s%s%s%s%s_%s_%s%s%s",
				path ? path : "", path ? "_" : "", list,
				separator, group, list, name, separator, group);
}

/*
 * The first element of a cluster list (channel0 of channel%s): SVDConv
 * names the enums of its registers once, by the list without %s
 * (Kendryte k210: I2S0_channel_rcr_wlen_WLEN_Enum). NULL for other
 * members, and for the later elements, whose names would be the same.
 */
static const char *svdconv_cluster_list_path(struct namer *namer,
					     const char *path,
					     const struct svd_member *member)
{
	bool changed;

	if (member->dim_position != 0 || member->is_array ||
	    !member->node->name || !strstr(member->node->name, "%s"))
		return NULL;
	return svd_arena_printf(
	    namer->arena, "%s%s%s", path ? path : "", path ? "_" : "",
	    svd_identifier(
		namer->arena,
		svd_strip_dim_marker(namer->arena, member->node->name),
		&changed));
}

static void walk_enum_aliases(struct alias_walk *walk,
			      const struct svd_struct *type, const char *path)
{
	struct namer *namer = walk->namer;
	struct svd_arena *arena = walk->scratch;

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		const char *name = identifier_piece(
		    arena, svd_strip_dim_marker(arena, member->name));
		const char *here = path ? JOIN(arena, path, "_", name) : name;
		const struct svd_field *representative = NULL;
		const char *list_path, *group_path, *old_list_path = NULL;

		if (member->type) {
			const char *list =
			    svdconv_cluster_list_path(namer, path, member);

			walk_enum_aliases(walk, member->type, here);
			if (list)
				walk_enum_aliases(walk, member->type, list);
			continue;
		}
		group_path = svdconv_group_path(namer, path, name, member);
		list_path = svdconv_list_path(namer, path, name, member, true);
		if (group_path)
			old_list_path =
			    svdconv_list_path(namer, path, name, member, false);
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
				name_set_aliases(walk, here, field,
						 representative, set);
				if (list_path)
					name_set_aliases(walk, list_path, field,
							 representative, set);
				if (group_path)
					name_set_aliases(walk, group_path,
							 field, representative,
							 set);
				if (old_list_path)
					name_set_aliases(walk, old_list_path,
							 field, representative,
							 set);
			}
		}
	}
}

/* One owner's aliases: a group, kept when it holds any. */
static void name_alias_group(struct namer *namer, struct svd_arena *scratch,
			     struct svd_alias_group ***tail,
			     const struct alias_template *templates,
			     const char *owner)
{
	struct svd_alias_group *group =
	    new_record(namer->names, sizeof(*group));
	struct alias_walk walk = {.namer = namer,
				  .scratch = scratch,
				  .group = group,
				  .tail = &group->aliases};
	struct alias_owner *part = &walk.owner;

	group->owner = owner;
	part->type.text = JOIN(scratch, owner, "_");
	part->type.length = strlen(part->type.text);
	part->type_hash = svd_table_hash_add(
	    SVD_TABLE_HASH_START, part->type.text, part->type.length);
	part->joined = joined_piece(scratch, owner, true);
	part->joined_hash = svd_table_hash_add(
	    SVD_TABLE_HASH_START, part->joined.text, part->joined.length);
	part->reserved =
	    svd_reserved_prefix(part->joined.text, part->joined.length);
	for (const struct alias_template *t = templates; t; t = t->next)
		replay_aliases(&walk, t);
	if (group->aliases)
		APPEND(*tail, group);
}

static void name_enum_aliases(struct namer *namer,
			      struct svd_type_names *record,
			      const struct svd_struct *type)
{
	struct svd_alias_group **tail = &record->aliases;
	const char *prefix = namer->names->prefix;
	struct alias_template *templates = NULL;
	struct svd_arena *scratch = &namer->scratch;
	struct alias_walk walk = {
	    .namer = namer, .scratch = scratch, .templates = &templates};

	/* What every owner shares: once per type, not once per instance. */
	walk_enum_aliases(&walk, type, NULL);
	/* Vendor spelling first: the type's own names. */
	name_alias_group(namer, scratch, &tail, templates,
			 JOIN(namer->arena, prefix, type->name));
	/* SVDConv leaves headerDefinitionsPrefix out here. */
	for (const struct svd_instance *i = type->instances; i;
	     i = i->next_of_type)
		name_alias_group(namer, scratch, &tail, templates,
				 JOIN(namer->arena, prefix, i->c_name));
}

/* ---- The umbrella header: interrupts, processor configuration ---- */

enum core_kind {
	CORE_ARMV6M = 1,       /* no MemManage, BusFault, UsageFault... */
	CORE_SECURE_FAULT = 2, /* Armv8-M mainline: SecureFault_IRQn */
};

struct core_exception {
	const char *name;
	int value;
	unsigned only; /* 0, or the kind of core it needs */
	bool armv7m_only;
	const char *description;
};

static const struct core_exception core_exceptions[] = {
    {"Reset", -15, 0, false, "Reset Vector"},
    {"NonMaskableInt", -14, 0, false, "Non maskable interrupt"},
    {"HardFault", -13, 0, false, "Hard fault"},
    {"MemoryManagement", -12, 0, true, "Memory management fault"},
    {"BusFault", -11, 0, true, "Bus fault"},
    {"UsageFault", -10, 0, true, "Usage fault"},
    {"SecureFault", -9, CORE_SECURE_FAULT, true, "Secure fault"},
    {"SVCall", -5, 0, false, "System service call via SVC"},
    {"DebugMonitor", -4, 0, true, "Debug monitor"},
    {"PendSV", -2, 0, false, "Pendable request for system service"},
    {"SysTick", -1, 0, false, "System tick timer"},
};

/* CMSIS configuration macros a core's header reads (SVDConv writes them
 * for the core, and any other the file names). */
enum core_feature {
	FEATURE_VTOR = 1 << 0,
	FEATURE_MPU = 1 << 1,
	FEATURE_FPU = 1 << 2,
	FEATURE_FPU_DP = 1 << 3,
	FEATURE_ICACHE = 1 << 4,
	FEATURE_DCACHE = 1 << 5,
	FEATURE_ITCM = 1 << 6,
	FEATURE_DTCM = 1 << 7,
	FEATURE_SAU = 1 << 8,
	FEATURE_DSP = 1 << 9,
	FEATURE_PMU = 1 << 10,
};

#define FEATURES_V8M_MAIN                                                      \
	(FEATURE_VTOR | FEATURE_MPU | FEATURE_FPU | FEATURE_FPU_DP |           \
	 FEATURE_SAU)
#define FEATURES_V81M (FEATURES_V8M_MAIN | FEATURE_DSP | FEATURE_PMU)

struct core {
	const char *name;   /* as <cpu><name> spells it */
	const char *macro;  /* __MACRO_REV */
	const char *header; /* CMSIS-Core header, NULL for Cortex-A */
	unsigned kind;
	unsigned features;
};

/*
 * Arm cores as CMSIS-SVD names them. Which configuration macros each gets
 * and which exceptions it has: ARM's CMSIS-Core headers (core_cmX.h read
 * __VTOR_PRESENT only on Armv6-M/Armv8-M baseline and later cores, the
 * cache and TCM macros on Cortex-M7...), as SVDConv 3.3 writes them.
 */
static const struct core cores[] = {
    {"CM0", "CM0", "core_cm0.h", CORE_ARMV6M, 0},
    {"CM0PLUS", "CM0PLUS", "core_cm0plus.h", CORE_ARMV6M, FEATURE_VTOR},
    {"CM0+", "CM0PLUS", "core_cm0plus.h", CORE_ARMV6M, FEATURE_VTOR},
    {"CM1", "CM1", "core_cm1.h", CORE_ARMV6M, 0},
    {"SC000", "SC000", "core_sc000.h", CORE_ARMV6M, FEATURE_VTOR},
    {"CM23", "CM23", "core_cm23.h", CORE_ARMV6M, FEATURE_VTOR | FEATURE_SAU},
    {"ARMV8MBL", "ARMV8MBL", "core_armv8mbl.h", CORE_ARMV6M,
     FEATURE_VTOR | FEATURE_SAU},
    {"CM3", "CM3", "core_cm3.h", 0, FEATURE_MPU},
    {"SC300", "SC300", "core_sc300.h", 0, FEATURE_MPU},
    {"CM4", "CM4", "core_cm4.h", 0, FEATURE_MPU | FEATURE_FPU},
    {"CM7", "CM7", "core_cm7.h", 0,
     FEATURE_MPU | FEATURE_FPU | FEATURE_FPU_DP | FEATURE_ICACHE |
	 FEATURE_DCACHE | FEATURE_ITCM | FEATURE_DTCM},
    {"CM33", "CM33", "core_cm33.h", CORE_SECURE_FAULT, FEATURES_V8M_MAIN},
    {"CM35", "CM35", "core_cm35.h", CORE_SECURE_FAULT, FEATURES_V8M_MAIN},
    {"CM35P", "CM35P", "core_cm35p.h", CORE_SECURE_FAULT, FEATURES_V8M_MAIN},
    {"ARMV8MML", "ARMV8MML", "core_armv8mml.h", CORE_SECURE_FAULT,
     FEATURES_V8M_MAIN},
    {"SMC1", "SMC1", "core_starmc1.h", CORE_SECURE_FAULT, FEATURES_V8M_MAIN},
    {"CM52", "CM52", "core_cm52.h", CORE_SECURE_FAULT, FEATURES_V81M},
    {"CM55", "CM55", "core_cm55.h", CORE_SECURE_FAULT, FEATURES_V81M},
    {"CM85", "CM85", "core_cm85.h", CORE_SECURE_FAULT, FEATURES_V81M},
    {"ARMV81MML", "ARMV81MML", "core_armv81mml.h", CORE_SECURE_FAULT,
     FEATURES_V81M},
    {"CA5", "CA5", NULL, 0, 0},
    {"CA7", "CA7", NULL, 0, 0},
    {"CA8", "CA8", NULL, 0, 0},
    {"CA9", "CA9", NULL, 0, 0},
    {"CA15", "CA15", NULL, 0, 0},
    {"CA17", "CA17", NULL, 0, 0},
    {"CA53", "CA53", NULL, 0, 0},
    {"CA57", "CA57", NULL, 0, 0},
    {"CA72", "CA72", NULL, 0, 0},
    /* CMSIS-SVD's name for any other processor: SVDConv writes __OTHER_REV
     * and what the file gives (bcm2835's ARM1176). */
    {"other", "OTHER", NULL, 0, 0},
};

/* The Arm core a <cpu> names (case as SVDConv ignores it), or NULL. */
static const struct core *find_core(const struct svd_cpu *cpu)
{
	if (!cpu->present || !cpu->name)
		return NULL;
	for (size_t i = 0; i < sizeof(cores) / sizeof(cores[0]); i++)
		if (strcasecmp(cpu->name, cores[i].name) == 0)
			return &cores[i];
	return NULL;
}

/* The CMSIS core header for a cpu name, or NULL when it is not Cortex-M. */
static const char *cmsis_core(const struct svd_cpu *cpu, bool *armv6m)
{
	const struct core *core = find_core(cpu);

	if (!core || !core->header)
		return NULL;
	*armv6m = core->kind & CORE_ARMV6M;
	return core->header;
}

static void add_irq(struct namer *namer, struct svd_irq_names ***tail,
		    const char *name, int64_t value, const char *description,
		    const struct svd_irq *irq,
		    const struct svd_location *location)
{
	struct svd_irq_names *record;

	if (!svd_names_claim(namer->names, name,
			     svd_arena_printf(namer->arena, "%" PRId64, value),
			     location))
		return;
	record = new_record(namer->names, sizeof(*record));
	record->name = name;
	record->value = value;
	record->description = description;
	record->irq = irq;
	APPEND(*tail, record);
}

/* IRQn_Type: the core's exceptions, then the device's interrupts. */
static void name_irqs(struct namer *namer)
{
	struct svd_names *names = namer->names;
	const struct svd_cpu *cpu = &namer->expanded->device->cpu;
	bool armv6m = false;
	const char *core = cmsis_core(cpu, &armv6m);
	const char *type =
	    svd_arena_printf(namer->arena, "%sIRQn_Type", names->prefix);
	struct svd_location location = namer->expanded->device->location;
	struct svd_irq_names **tail = &names->irqs;

	if (!core && !namer->expanded->irqs) {
		names->no_irqs = true;
		return;
	}
	if (!svd_names_claim(names, type, "enum", &location))
		return;
	names->irq_type = type;
	names->core_exceptions = core != NULL;
	if (core) {
		for (size_t i = 0;
		     i < sizeof(core_exceptions) / sizeof(core_exceptions[0]);
		     i++) {
			if (armv6m && core_exceptions[i].armv7m_only)
				continue;
			if (core_exceptions[i].only &&
			    !(find_core(cpu)->kind & core_exceptions[i].only))
				continue;
			add_irq(namer, &tail,
				svd_arena_printf(namer->arena, "%s%s_IRQn",
						 names->prefix,
						 core_exceptions[i].name),
				core_exceptions[i].value,
				core_exceptions[i].description, NULL,
				&location);
		}
	}
	for (const struct svd_irq *irq = namer->expanded->irqs; irq;
	     irq = irq->next)
		add_irq(namer, &tail,
			svd_arena_printf(namer->arena, "%s%s_IRQn",
					 names->prefix, irq->c_name),
			irq->value, NULL, irq, &irq->location);
}

/* One configuration macro, claimed like every other identifier. */
static void add_configuration(struct namer *namer,
			      struct svd_configuration ***tail,
			      const char *name, unsigned value,
			      const char *what)
{
	/* A revision reads as 0xMMmm, like CMSIS-Core's own. */
	const char *text =
	    strstr(name, "_REV")
		? svd_arena_printf(namer->arena, "0x%04xU", value)
		: svd_arena_printf(namer->arena, "%u", value);
	struct svd_configuration *record;

	if (!svd_names_claim(namer->names, name, text,
			     &namer->expanded->device->cpu.location))
		return;
	record = new_record(namer->names, sizeof(*record));
	record->name = name;
	record->text = text;
	record->what = what;
	APPEND(*tail, record);
}
static void name_cpu_configuration(struct namer *namer)
{
	struct svd_names *names = namer->names;
	struct svd_configuration **tail = &names->configurations;
	const struct svd_cpu *cpu = &namer->expanded->device->cpu;
	const struct core *core = find_core(cpu);
	unsigned major = 0, minor = 0;
	unsigned features, given = cpu->given;
	uint32_t priority_bits = cpu->nvic_prio_bits;
	bool changed;

	/* --prefix is for two devices in one translation unit; these names
	 * cannot be prefixed, so they come only with --cmsis there. */
	if (*names->prefix && !namer->options->cmsis_includes)
		return;
	/* Without a core svdgen knows, --cmsis says so in a comment. */
	names->cpu_section = namer->options->cmsis_includes;
	if (!core)
		return;
	names->cpu_section = true;
	names->cpu_known = true;
	features = core->features;
	if (cpu->revision)
		sscanf(cpu->revision, "r%up%u", &major, &minor);
	/* CMSIS-Core wants 2 to 8; SVDConv writes 4 for anything else. */
	if (!(given & SVD_CPU_GIVEN_NVIC_PRIO_BITS) || priority_bits < 2 ||
	    priority_bits > 8)
		priority_bits = 4;
	add_configuration(
	    namer, &tail,
	    svd_arena_printf(namer->arena, "__%s_REV", core->macro),
	    (major & 0xff) << 8 | (minor & 0xff), "core revision");
	add_configuration(namer, &tail, "__NVIC_PRIO_BITS", priority_bits,
			  "bits of interrupt priority");
	add_configuration(namer, &tail, "__Vendor_SysTickConfig",
			  cpu->vendor_systick_config,
			  "1: the vendor's SysTick_Config");
	if ((features & FEATURE_VTOR) || (given & SVD_CPU_GIVEN_VTOR))
		add_configuration(namer, &tail, "__VTOR_PRESENT",
				  cpu->vtor_present, "vector table offset");
	if ((features & FEATURE_MPU) || (given & SVD_CPU_GIVEN_MPU))
		add_configuration(namer, &tail, "__MPU_PRESENT",
				  cpu->mpu_present, "MPU present");
	if ((features & FEATURE_FPU) || (given & SVD_CPU_GIVEN_FPU))
		add_configuration(namer, &tail, "__FPU_PRESENT",
				  cpu->fpu_present, "FPU present");
	if ((features & FEATURE_FPU_DP) || (given & SVD_CPU_GIVEN_FPU_DP))
		add_configuration(namer, &tail, "__FPU_DP", cpu->fpu_dp,
				  "double-precision FPU");
	if ((features & FEATURE_DSP) || (given & SVD_CPU_GIVEN_DSP))
		add_configuration(namer, &tail, "__DSP_PRESENT",
				  cpu->dsp_present, "DSP extension");
	if ((features & FEATURE_ICACHE) || (given & SVD_CPU_GIVEN_ICACHE))
		add_configuration(namer, &tail, "__ICACHE_PRESENT",
				  cpu->icache_present, "instruction cache");
	if ((features & FEATURE_DCACHE) || (given & SVD_CPU_GIVEN_DCACHE))
		add_configuration(namer, &tail, "__DCACHE_PRESENT",
				  cpu->dcache_present, "data cache");
	if ((features & FEATURE_ITCM) || (given & SVD_CPU_GIVEN_ITCM))
		add_configuration(namer, &tail, "__ITCM_PRESENT",
				  cpu->itcm_present, "instruction TCM");
	if ((features & FEATURE_DTCM) || (given & SVD_CPU_GIVEN_DTCM))
		add_configuration(namer, &tail, "__DTCM_PRESENT",
				  cpu->dtcm_present, "data TCM");
	if ((features & FEATURE_SAU) || (given & SVD_CPU_GIVEN_SAU))
		add_configuration(namer, &tail, "__SAUREGION_PRESENT",
				  cpu->sau_regions > 0, "SAU regions");
	if ((features & FEATURE_PMU) || (given & SVD_CPU_GIVEN_PMU)) {
		add_configuration(namer, &tail, "__PMU_PRESENT",
				  cpu->pmu_present, "PMU present");
		add_configuration(namer, &tail, "__PMU_NUM_EVENTCNT",
				  cpu->pmu_event_counters,
				  "PMU event counters");
	}
	if (given & SVD_CPU_GIVEN_MVE) {
		add_configuration(namer, &tail, "__MVE_PRESENT",
				  cpu->mve_present, "MVE present");
		add_configuration(namer, &tail, "__MVE_FP", cpu->mve_fp,
				  "floating-point MVE");
	}
	if (!namer->options->cmsis_includes || !core->header)
		return;
	names->core_header = core->header;
	/* CMSIS keeps the device name's case here. */
	names->system_header = svd_arena_printf(
	    namer->arena, "system_%s.h",
	    svd_foreign_file_stem(namer->arena,
				  svd_identifier(namer->arena,
						 namer->expanded->device->name,
						 &changed)));
}

/* _BASE of the peripherals without registers, in the umbrella header. */
static void name_bare_instances(struct namer *namer)
{
	struct svd_names *names = namer->names;
	struct svd_instance_names **tail = &names->bare_instances;

	for (struct svd_instance *i = namer->expanded->instances; i;
	     i = i->next) {
		struct svd_instance_names *record;
		const char *base;

		if (i->type)
			continue;
		base = svd_arena_printf(namer->arena, "%s%s_BASE",
					names->type_prefix, i->c_name);
		if (!svd_names_claim(names, base,
				     svd_arena_printf(namer->arena,
						      "0x%" PRIx64,
						      i->base_address),
				     &i->peripheral->location))
			continue;
		record = new_record(names, sizeof(*record));
		record->instance = i;
		record->base = base;
		APPEND(tail, record);
	}
}

/*
 * Macros that build systems commonly define on the compiler's command line:
 * automake without AC_CONFIG_HEADERS passes -DPACKAGE=... -DVERSION=... and
 * the other AC_INIT names, and many projects pass -DDEBUG. Vendor SVDs name
 * registers after some of them (Nordic's FICR INFO.PACKAGE, Espressif's
 * VERSION), and such a macro would turn the struct member into a string.
 */
static const char *const build_macro_names[] = {
    "PACKAGE",		 "VERSION",	    "PACKAGE_NAME",
    "PACKAGE_TARNAME",	 "PACKAGE_VERSION", "PACKAGE_STRING",
    "PACKAGE_BUGREPORT", "PACKAGE_URL",	    "DEBUG",
};

/* True when a member of type, or of a cluster type it holds, is named name. */
static bool type_has_member(const struct svd_struct *type, const char *name)
{
	for (const struct svd_member *member = type->members; member;
	     member = member->next)
		if (strcmp(member->c_name, name) == 0 ||
		    (member->type && type_has_member(member->type, name)))
			return true;
	return false;
}

/*
 * The build macros a type's members are spelled like, which its headers
 * hide while they are read: a NULL-terminated list.
 */
static const char **name_build_macros(struct namer *namer,
				      const struct svd_struct *type)
{
	size_t total = sizeof(build_macro_names) / sizeof(build_macro_names[0]);
	const char **list =
	    svd_arena_alloc(namer->arena, (total + 1) * sizeof(*list));
	size_t count = 0;

	for (size_t i = 0; i < total; i++)
		if (type_has_member(type, build_macro_names[i]))
			list[count++] = build_macro_names[i];
	list[count] = NULL;
	return list;
}

/*
 * Every peripheral type's names, in the order its headers print them, so
 * the first of two things spelled alike is the one that is kept.
 */
static void name_types(struct namer *namer)
{
	struct svd_struct *type;

	/*
	 * Every instance's _BASE and pointer first: they are the names a
	 * user reaches each peripheral by, and no name of an earlier type's
	 * header may take one of them.
	 */
	for (type = namer->expanded->types; type; type = type->next) {
		type->names = new_record(namer->names, sizeof(*type->names));
		name_instances(namer, type->names, type);
	}
	/* What every header includes and is called is final now, and each
	 * type's record is there to be filled. */
	publish(namer, 0, false);
	for (type = namer->expanded->types; type; type = type->next) {
		struct svd_type_names *record = type->names;
		struct svd_struct_names **structs = &record->structs;
		struct svd_register_accessors **registers = &record->registers;
		struct access_path root = {NULL, "p", "", "", 0, type->packed};

		record->build_macros = name_build_macros(namer, type);
		svd_arena_init(&namer->scratch);
		/* Enums merge within one header: each compiles alone. */
		svd_table_init(&namer->enums, &namer->scratch);
		type->shares = svd_shared_type(namer->expanded, type);
		if (type->shares) {
			name_shared_struct(namer, &structs, type, type->shares);
			share_field_enums(namer, type, type->shares);
		} else {
			name_struct_definition(namer, &structs, type);
		}
		if (!type->shares && !namer->options->no_accessors)
			walk_registers(namer, &registers, type->name, type,
				       &root);
		/* After the accessors, which keep their names. */
		name_enum_aliases(namer, record, type);
		svd_arena_free(&namer->scratch);
		publish(namer, 1, false);
	}
	name_arrays(namer);
}

/* Note name, of member or of its REG_b view, as a member's name. */
static void note_member_name(struct namer *namer,
			     const struct svd_member *member, const char *name)
{
	uint64_t hash =
	    svd_table_hash_add(SVD_TABLE_HASH_START, name, strlen(name));
	size_t bit = member_filter_bit(hash);

	svd_table_insert_hashed(&namer->members, name, hash, (void *)member);
	namer->member_filter[bit / 64] |= 1ULL << bit % 64;
}

/*
 * Note the C names of the members of type and of its clusters, and those
 * of their REG_b views.
 */
static void note_member_names(struct namer *namer,
			      const struct svd_struct *type)
{
	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		const struct svd_bitfield_view *view = member->bitfield_view;

		note_member_name(namer, member, member->c_name);
		for (size_t i = 0; view && i < 2; i++)
			if (view->names[i])
				note_member_name(namer, member, view->names[i]);
		/* A list's elements share one type: visit it once. */
		if (member->type && member->dim_position <= 0)
			note_member_names(namer, member->type);
	}
}

/*
 * About how many global names the headers of type will claim: a large
 * device claims hundreds of thousands, and a registry that doubles its
 * way there rewrites every slot at each step, each time a cache miss.
 * Per field its _Pos and _Msk and, with accessors, about three more; per
 * enumerated value its enumerator and about three aliases; per register
 * its read and write accessors. Close on the large STM32 files; the
 * registry still grows past a low guess.
 */
static size_t estimate_claims(const struct svd_struct *type, bool accessors,
			      size_t *enum_fields)
{
	size_t claims = 0;

	for (const struct svd_member *member = type->members; member;
	     member = member->next) {
		if (member->type) {
			claims += estimate_claims(member->type, accessors,
						  enum_fields);
			continue;
		}
		claims += accessors ? 2 : 0;
		for (const struct svd_field *field = member->fields; field;
		     field = field->next) {
			claims += accessors ? 5 : 2;
			*enum_fields += field->enums != NULL;
			for (const struct svd_enum_set *set = field->enums; set;
			     set = set->next) {
				const struct svd_enum_set *own =
				    set->base && !set->values ? set->base : set;

				for (const struct svd_enum_value *value =
					 own->values;
				     value; value = value->next)
					claims += 4;
			}
		}
	}
	return claims;
}

/*
 * estimate_claims of every type, and each instance's _BASE and pointer;
 * in enum_fields, how many fields have enums.
 */
static size_t estimate_device_claims(const struct svd_expanded *expanded,
				     bool accessors, size_t *enum_fields)
{
	size_t claims = 0;

	for (const struct svd_instance *instance = expanded->instances;
	     instance; instance = instance->next)
		claims += 2;
	for (const struct svd_struct *type = expanded->types; type;
	     type = type->next)
		claims += estimate_claims(type, accessors, enum_fields);
	return claims;
}

int svd_name_headers(struct svd_context *context, struct svd_expanded *expanded,
		     const struct svd_options *options, struct svd_names *names,
		     struct svd_naming_progress *progress)
{
	struct svd_arena *arena = &context->arena;
	size_t claims, enum_fields = 0;
	struct namer namer = {.names = names,
			      .arena = arena,
			      .options = options,
			      .expanded = expanded,
			      .progress = progress,
			      .errors_before = context->diag.errors};
	bool changed;

	memset(names, 0, sizeof(*names));
	svd_table_init(&namer.visited, arena);
	svd_table_init(&namer.members, arena);
	names->arena = arena;
	names->diag = &context->diag;
	names->prefix = options->prefix ? options->prefix : "";
	names->strict = options->strict;
	svd_table_init(&names->globals, arena);
	/*
	 * An eighth short of the estimate: one that crosses a power of two
	 * doubles the array for nothing (STM32WBA54's 48,506 names fit
	 * 65,536 slots, its estimate of 54,000 does not), one that falls
	 * short costs one move.
	 */
	claims = estimate_device_claims(expanded, !options->no_accessors,
					&enum_fields);
	svd_table_reserve(&names->globals, claims - claims / 8);
	/* The field-enum map grows past the estimate if it must. */
	field_enum_reserve(&namer, enum_fields);
	svd_table_init(&names->files, arena);
	names->type_prefix =
	    svd_type_prefix(arena, names->prefix, expanded->device);
	names->stem = svd_device_file_stem(arena, expanded->device);
	/* The device name becomes file names: say when it changes. */
	svd_identifier(arena, expanded->device->name, &changed);
	if (changed)
		svd_report_sanitized(&context->diag,
				     &expanded->device->name_location,
				     expanded->device->name, names->stem);
	names->guard = svd_device_guard(arena, names->prefix, names->stem);
	names->device_file_name = svd_arena_printf(arena, "%s.h", names->stem);
	names->common_file_name =
	    svd_arena_printf(arena, "%s_common.h", names->stem);
	svd_table_insert(&names->files, names->device_file_name, expanded);
	svd_table_insert(&names->files, names->common_file_name, expanded);
	name_forwarding_header(names, expanded->device);
	for (struct svd_struct *type = expanded->types; type;
	     type = type->next) {
		/*
		 * Each type has two headers: TYPE_regs.h (struct, _Pos and
		 * _Msk, enums, instances), which the umbrella includes, and
		 * TYPE.h, which adds the accessors and every spelling of
		 * the enumerated values.
		 */
		type->file_name = type_file_name(names, type, "");
		type->regs_file_name = type_file_name(names, type, "_regs");
		type->guard = svd_upper_case(
		    arena, svd_arena_printf(arena, "%s_%s_H", names->guard,
					    type->name));
		type->regs_guard =
		    svd_arena_printf(arena, "%s_REGS", type->guard);
		name_struct(&namer, type);
	}
	/* With the REG_b views, which are members too. */
	for (struct svd_struct *type = expanded->types; type; type = type->next)
		note_member_names(&namer, type);
	name_types(&namer);
	name_irqs(&namer);
	name_cpu_configuration(&namer);
	name_bare_instances(&namer);
	publish(&namer, 0, true);
	return context->diag.errors > namer.errors_before ? -1 : 0;
}

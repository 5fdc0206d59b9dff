// SPDX-License-Identifier: MIT
/*
 * XML to the raw model. The only file that sees libxml2, and only its SAX
 * events (SAX1 where namespaces make no difference, SAX2 otherwise),
 * pulled through its public parser API: they build a compact tree
 * of our own (interned element names, text kept only where an element has
 * no children and then once per distinct text, one arena freed as soon as
 * the model is built), so libxml2's DOM, several times the size of the
 * file, is never made. Children are found by name, never by position,
 * because real SVDs break the schema's order.
 * External entities are never loaded and documents that declare entities
 * are refused, so an SVD cannot make us read other files or expand a bomb.
 */
/* POSIX.1-2008: open_memstream and O_CLOEXEC, whatever -std says. */
#ifndef _POSIX_C_SOURCE
#define _POSIX_C_SOURCE 200809L
#endif
#include "svd.h"
#include "output.h"
#include "names.h"
#include "table.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <libxml/parser.h>

/* The most dim elements any one list (one member each) may have. */
#define SVD_DIM_LIMIT 65536
/*
 * A plain register or cluster array NAME[%s] without dimIndex is one C
 * array member whatever its length (Nordic nrf9220's STM DATA[%s] has
 * 16777216 bytes); only its extent is limited, later.
 */
#define SVD_ARRAY_LIMIT (1u << 28)

/* One XML element as the SAX events describe it. */
struct xml_element {
	const char *name;	  /* interned */
	const char *text;	  /* leaf text, trimmed; "" otherwise */
	const char *derived_from; /* the one attribute SVD uses */
	unsigned name_id;	  /* its number: see struct interned_name */
	unsigned line;		  /* libxml2 counts lines in an int */
	struct xml_element *children, *next;
	struct xml_element *last, *parent; /* while building */
};

/* Room for every element name and name list this file looks up. */
#define NAME_CACHE_SIZE 512
/*
 * Names numbered below this (SVD has about 120) have a bit in a name set
 * and a slot in the child index; others are compared one by one.
 */
#define NAME_ID_LIMIT 256

/* An element name, interned, numbered in the order first met. */
struct interned_name {
	const char *text;
	unsigned id;
	bool prefixed; /* has a colon, which SAX1 leaves in */
};

/* A static list of names, interned: their ids as bits, and the names. */
struct name_set {
	uint64_t bits[NAME_ID_LIMIT / 64];
	const struct interned_name **names; /* NULL-terminated */
};

/*
 * Element names, interned: each distinct name is one pointer, so that
 * elements compare by address. A name arrives either as a string from
 * libxml2's dictionary (one address per name for the whole parse) or as
 * one of this file's literals, and the cache maps such an address to the
 * interned name, so each is hashed once rather than on every element.
 */
struct element_names {
	struct svd_table table;	 /* text -> struct interned_name */
	struct svd_arena *arena; /* the tree's */
	unsigned count;
	struct {
		const void *address; /* NULL: a free slot */
		const void *value;
	} cache[NAME_CACHE_SIZE];
	size_t cached;
	/*
	 * The children of one element by name id, the last of each name:
	 * the model asks one element for a dozen children in turn. A slot
	 * counts only when its generation is the index's.
	 */
	const struct xml_element *indexed; /* NULL: none */
	unsigned generation;
	struct {
		unsigned generation;
		struct xml_element *child;
	} index[NAME_ID_LIMIT];
};

struct parser {
	struct svd_context *context;
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	const char *file;
	unsigned xml_errors;
	struct element_names *names; /* the tree's */
	/* Peripherals already converted while the file was read. */
	struct early_peripheral *early, **early_tail;
};

/*
 * A <peripheral> converted into the model as soon as its end tag is read,
 * so that only one peripheral's elements are ever held as a tree. Its
 * diagnostics are kept and printed when parse_device reaches it, so they
 * come out in the same order as when the whole tree was converted at the
 * end; a parse that fails later takes them back.
 */
struct early_peripheral {
	struct early_peripheral *next;
	const struct xml_element *element; /* what is left of it: no children */
	struct svd_peripheral *model;
	char *messages; /* as svd_report printed them, or NULL */
	size_t messages_length;
	unsigned printed, errors, warnings;
};

static struct svd_location node_location(const struct parser *parser,
					 const struct xml_element *node)
{
	struct svd_location location = {parser->file, node->line};
	return location;
}

static const struct interned_name *intern_name(struct element_names *names,
					       const char *name)
{
	struct interned_name *known = svd_table_find(&names->table, name);

	if (known)
		return known;
	known = svd_arena_alloc(names->arena, sizeof(*known));
	known->text = svd_arena_strdup(names->arena, name);
	known->id = names->count++;
	known->prefixed = strchr(name, ':') != NULL;
	svd_table_insert(&names->table, known->text, known);
	return known;
}

/* Addresses are aligned: mix the high bits into the low ones. */
static size_t cache_slot(const void *address)
{
	uint64_t hash = (uint64_t)(uintptr_t)address;

	hash ^= hash >> 33;
	hash *= 0xff51afd7ed558ccdULL;
	hash ^= hash >> 33;
	return (size_t)hash & (NAME_CACHE_SIZE - 1);
}

/* What address maps to, or NULL; *slot is where it would go. */
static const void *cache_find(struct element_names *names, const void *address,
			      size_t *slot)
{
	size_t i = cache_slot(address);

	while (names->cache[i].address && names->cache[i].address != address)
		i = (i + 1) & (NAME_CACHE_SIZE - 1);
	*slot = i;
	return names->cache[i].value;
}

/* Remember value for address while the cache is at most half full. */
static void cache_store(struct element_names *names, size_t slot,
			const void *address, const void *value)
{
	if (names->cached * 2 >= NAME_CACHE_SIZE)
		return;
	names->cache[slot].address = address;
	names->cache[slot].value = value;
	names->cached++;
}

/* The interned form of name, a string that never moves (a literal). */
static const struct interned_name *literal_name(struct element_names *names,
						const char *name)
{
	size_t slot;
	const struct interned_name *interned = cache_find(names, name, &slot);

	if (!interned) {
		interned = intern_name(names, name);
		cache_store(names, slot, name, interned);
	}
	return interned;
}

/* The interned forms of a NULL-terminated static list of names. */
static const struct name_set *literal_names(struct element_names *names,
					    const char *const *list)
{
	size_t slot, count = 0;
	struct name_set *set =
	    (struct name_set *)cache_find(names, list, &slot);

	if (set)
		return set;
	while (list[count])
		count++;
	set = svd_arena_alloc(names->arena, sizeof(*set));
	set->names =
	    svd_arena_alloc(names->arena, (count + 1) * sizeof(*set->names));
	for (size_t i = 0; i < count; i++) {
		const struct interned_name *name = intern_name(names, list[i]);

		set->names[i] = name;
		if (name->id < NAME_ID_LIMIT)
			set->bits[name->id / 64] |= (uint64_t)1
						    << (name->id % 64);
	}
	cache_store(names, slot, list, set);
	return set;
}

/* Whether an element's name is in set. */
static bool is_listed(const struct xml_element *node,
		      const struct name_set *set)
{
	if (node->name_id < NAME_ID_LIMIT)
		return set->bits[node->name_id / 64] >> (node->name_id % 64) &
		       1;
	for (const struct interned_name **name = set->names; *name; name++)
		if (node->name == (*name)->text)
			return true;
	return false;
}

/* Forget the child index: the tree it points into changes or goes. */
static void forget_child_index(struct element_names *names)
{
	names->indexed = NULL;
}

static bool is_element(const struct xml_element *node, const char *name)
{
	return strcmp(node->name, name) == 0;
}

/*
 * The child element called name, or NULL. When a vendor gives an element
 * twice the last one wins, as in SVDConv (GD32VF103's DMA1 lists DMA0's
 * base address first and its own second); a warning says so.
 */
static struct xml_element *find_child(const struct parser *parser,
				      const struct xml_element *parent,
				      const char *name)
{
	struct element_names *names = parser->names;
	struct xml_element *found = NULL;
	const struct interned_name *interned = literal_name(names, name);

	if (interned->id < NAME_ID_LIMIT) {
		if (names->indexed != parent) {
			names->generation++;
			for (struct xml_element *child = parent->children;
			     child; child = child->next) {
				if (child->name_id >= NAME_ID_LIMIT)
					continue;
				names->index[child->name_id].generation =
				    names->generation;
				names->index[child->name_id].child = child;
			}
			names->indexed = parent;
		}
		return names->index[interned->id].generation ==
			       names->generation
			   ? names->index[interned->id].child
			   : NULL;
	}
	/* Element names are interned: they compare as pointers. */
	for (struct xml_element *child = parent->children; child;
	     child = child->next)
		if (child->name == interned->text)
			found = child;
	return found;
}

/* Elements CMSIS-SVD allows more than once in one parent. */
static const char *const repeatable_names[] = {
    "peripheral", "register",	     "cluster",
    "field",	  "enumeratedValue", "enumeratedValues",
    "interrupt",  "addressBlock",    "registers",
    NULL};

/*
 * Edit distance between two element names, letter case ignored, or limit
 * + 1 when it is larger than limit (names are short: at most 40 letters
 * are compared).
 */
static unsigned name_distance(const char *a, const char *b, unsigned limit)
{
	unsigned row[41], length_a = (unsigned)strlen(a),
			  length_b = (unsigned)strlen(b);

	if (length_a > 40 || length_b > 40 ||
	    (length_a > length_b ? length_a - length_b : length_b - length_a) >
		limit)
		return limit + 1;
	for (unsigned j = 0; j <= length_b; j++)
		row[j] = j;
	for (unsigned i = 1; i <= length_a; i++) {
		unsigned diagonal = row[0];

		row[0] = i;
		for (unsigned j = 1; j <= length_b; j++) {
			unsigned above = row[j];
			unsigned cost = tolower((unsigned char)a[i - 1]) !=
					tolower((unsigned char)b[j - 1]);
			unsigned best = diagonal + cost;

			if (above + 1 < best)
				best = above + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diagonal = above;
			row[j] = best;
		}
	}
	return row[length_b] > limit ? limit + 1 : row[length_b];
}

/*
 * The known name an unknown one was probably meant to be: the same but
 * for letter case, or one or two edits away (one for short names), so
 * <bitwidth> and <bitWdth> find <bitWidth>. NULL when none is close.
 */
static const char *closest_name(const char *name, const char *const *known)
{
	unsigned limit = strlen(name) < 6 ? 1 : 2;
	const char *best = NULL;
	unsigned best_distance = limit + 1;

	for (const char *const *candidate = known; *candidate; candidate++) {
		unsigned distance = name_distance(name, *candidate, limit);

		if (distance < best_distance) {
			best = *candidate;
			best_distance = distance;
		}
	}
	return best;
}

/*
 * Warn about children that CMSIS-SVD does not define here (they are
 * ignored, so a misspelt <bitwidth> would silently leave a field one bit
 * wide), and about elements given twice. known ends with NULL.
 */
static void check_children(struct parser *parser,
			   const struct xml_element *parent,
			   const char *const *known)
{
	bool check_unknown =
	    svd_check_enabled(parser->diag, SVD_CHECK_UNKNOWN_ELEMENT);
	const struct name_set *allowed = literal_names(parser->names, known);
	const struct name_set *repeatable =
	    literal_names(parser->names, repeatable_names);

	for (struct xml_element *child = parent->children; child;
	     child = child->next) {
		struct svd_location location;
		bool found = !check_unknown || is_listed(child, allowed);

		if (!found) {
			const char *meant = closest_name(child->name, known);

			location = node_location(parser, child);
			if (meant)
				svd_report(parser->diag,
					   SVD_CHECK_UNKNOWN_ELEMENT, &location,
					   "unknown element <%s> in <%s>; did "
					   "you mean <%s>?",
					   child->name, parent->name, meant);
			else
				svd_report(parser->diag,
					   SVD_CHECK_UNKNOWN_ELEMENT, &location,
					   "unknown element <%s> in <%s>",
					   child->name, parent->name);
			continue;
		}
		if (is_listed(child, repeatable))
			continue;
		/* Names are interned: the same name is the same pointer. */
		for (struct xml_element *later = child->next; later;
		     later = later->next) {
			if (later->name != child->name)
				continue;
			location = node_location(parser, child);
			svd_report(parser->diag, SVD_CHECK_DUPLICATE_ELEMENT,
				   &location,
				   "<%s> given twice in <%s>; the last is used",
				   child->name, parent->name);
			break;
		}
	}
}

/*
 * The element's text, trimmed when the tree was built and already in the
 * model's arena (shared with every equal text: see struct text_pool).
 */
static const char *element_text(struct parser *parser,
				const struct xml_element *node)
{
	(void)parser;
	return node->text;
}

/* Text of child name, or NULL when there is no such child. */
static const char *child_text(struct parser *parser,
			      const struct xml_element *parent,
			      const char *name)
{
	struct xml_element *child = find_child(parser, parent, name);

	if (!child)
		return NULL;
	/* An empty name would become '_': nothing anyone meant. */
	if (strcmp(name, "name") == 0 && !*child->text) {
		struct svd_location location = node_location(parser, child);

		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
			   "<%s> has an empty <name>", parent->name);
	}
	return element_text(parser, child);
}

/* The derivedFrom attribute in the arena, or NULL. */
static const char *derived_from(struct parser *parser,
				const struct xml_element *node)
{
	return svd_arena_strdup(parser->arena, node->derived_from);
}

/* Report a missing required child of parent. */
static void report_missing(struct parser *parser,
			   const struct xml_element *parent, const char *name)
{
	struct svd_location location = node_location(parser, parent);
	const char *what = child_text(parser, parent, "name");

	if (what)
		svd_report(parser->diag, SVD_CHECK_MISSING_ELEMENT, &location,
			   "<%s> '%s' has no <%s>", parent->name, what, name);
	else
		svd_report(parser->diag, SVD_CHECK_MISSING_ELEMENT, &location,
			   "<%s> has no <%s>", parent->name, name);
}

/*
 * Read child name as an integer into value. Returns true when the child is
 * present and valid; reports invalid text.
 */
static bool child_integer(struct parser *parser,
			  const struct xml_element *parent, const char *name,
			  uint64_t *value)
{
	struct xml_element *child = find_child(parser, parent, name);
	struct svd_location location;
	const char *text;

	if (!child)
		return false;
	text = element_text(parser, child);
	if (svd_parse_integer(text, value) == 0)
		return true;
	location = node_location(parser, child);
	svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
		   "<%s> '%s' is not a valid number", name, text);
	return false;
}

/* Same, limited to 32 bits. */
static bool child_u32(struct parser *parser, const struct xml_element *parent,
		      const char *name, uint32_t *value)
{
	uint64_t wide;
	struct svd_location location;

	if (!child_integer(parser, parent, name, &wide))
		return false;
	if (wide > UINT32_MAX) {
		location =
		    node_location(parser, find_child(parser, parent, name));
		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
			   "<%s> %llu is out of range", name,
			   (unsigned long long)wide);
		return false;
	}
	*value = (uint32_t)wide;
	return true;
}

static bool child_bool(struct parser *parser, const struct xml_element *parent,
		       const char *name, bool *value)
{
	struct xml_element *child = find_child(parser, parent, name);
	struct svd_location location;
	const char *text;

	if (!child)
		return false;
	text = element_text(parser, child);
	if (strcmp(text, "true") == 0 || strcmp(text, "1") == 0) {
		*value = true;
		return true;
	}
	if (strcmp(text, "false") == 0 || strcmp(text, "0") == 0) {
		*value = false;
		return true;
	}
	location = node_location(parser, child);
	svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
		   "<%s> '%s' is not true or false", name, text);
	return false;
}

/* Look text up in a NULL-terminated table; returns its index + 1 or 0. */
static int lookup_keyword(const char *text, const char *const *table)
{
	for (int i = 0; table[i]; i++)
		if (strcmp(text, table[i]) == 0)
			return i + 1;
	return 0;
}

static const char *const access_keywords[] = {"read-only",	"write-only",
					      "read-write",	"writeOnce",
					      "read-writeOnce", NULL};
static const char *const modified_write_keywords[] = {
    "oneToClear",   "oneToSet", "oneToToggle", "zeroToClear", "zeroToSet",
    "zeroToToggle", "clear",	"set",	       "modify",      NULL};
static const char *const read_action_keywords[] = {"clear", "set", "modify",
						   "modifyExternal", NULL};
static const char *const usage_keywords[] = {"read-write", "read", "write",
					     NULL};

/* Read a keyword child; returns 0 when absent or invalid (reported). */
static int child_keyword(struct parser *parser,
			 const struct xml_element *parent, const char *name,
			 const char *const *table)
{
	struct xml_element *child = find_child(parser, parent, name);
	struct svd_location location;
	const char *text;
	int value;

	if (!child)
		return 0;
	text = element_text(parser, child);
	value = lookup_keyword(text, table);
	if (value)
		return value;
	location = node_location(parser, child);
	/* Spellings vendors ship for the access keywords. */
	if (table == access_keywords &&
	    (strcmp(text, "read") == 0 || strcmp(text, "write") == 0)) {
		value = text[0] == 'r' ? SVD_ACCESS_READ_ONLY
				       : SVD_ACCESS_WRITE_ONLY;
		svd_report(parser->diag, SVD_CHECK_NONSTANDARD_VALUE, &location,
			   "<%s> '%s' should be '%s'", name, text,
			   table[value - 1]);
		return value;
	}
	for (int i = 0; table[i]; i++) {
		if (strcasecmp(text, table[i]) == 0) {
			svd_report(parser->diag, SVD_CHECK_NONSTANDARD_VALUE,
				   &location, "<%s> '%s' should be '%s'", name,
				   text, table[i]);
			return i + 1;
		}
	}
	svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
		   "<%s> '%s' is not a valid value", name, text);
	return 0;
}

static void parse_properties(struct parser *parser,
			     const struct xml_element *node,
			     struct svd_properties *properties)
{
	int access;

	properties->has_size =
	    child_u32(parser, node, "size", &properties->size);
	access = child_keyword(parser, node, "access", access_keywords);
	if (access) {
		properties->has_access = true;
		properties->access = (enum svd_access)access;
	}
	properties->has_reset_value =
	    child_integer(parser, node, "resetValue", &properties->reset_value);
	properties->has_reset_mask =
	    child_integer(parser, node, "resetMask", &properties->reset_mask);
}

static struct svd_enum_set *parse_enum_set(struct parser *parser,
					   const struct xml_element *node);

/* dim, dimIncrement, dimIndex, dimName, dimArrayIndex. */
static void parse_dim(struct parser *parser, const struct xml_element *node,
		      struct svd_dim *dim)
{
	struct xml_element *dim_node = find_child(parser, node, "dim");
	struct xml_element *array_index;
	const char *index_text, *name;
	uint64_t count, limit = SVD_DIM_LIMIT;

	if (!dim_node)
		return;
	dim->location = node_location(parser, dim_node);
	if (!child_integer(parser, node, "dim", &count))
		return;
	name = child_text(parser, node, "name");
	if ((is_element(node, "register") || is_element(node, "cluster")) &&
	    name && strstr(name, "[%s]") &&
	    !find_child(parser, node, "dimIndex"))
		limit = SVD_ARRAY_LIMIT;
	if (count == 0 || count > limit) {
		svd_report(parser->diag, SVD_CHECK_DIM_INVALID, &dim->location,
			   "dim %llu is outside 1..%llu",
			   (unsigned long long)count,
			   (unsigned long long)limit);
		return;
	}
	if (!child_integer(parser, node, "dimIncrement", &dim->increment)) {
		if (!find_child(parser, node, "dimIncrement"))
			report_missing(parser, node, "dimIncrement");
		return;
	}
	dim->count = (uint32_t)count;
	index_text = child_text(parser, node, "dimIndex");
	/* No index strings for a long plain array: it is never spelled out
	 * (expand.c refuses to), and they would cost more than the file. */
	if (count > SVD_DIM_LIMIT)
		dim->index = NULL;
	else if (svd_parse_dim_index(parser->arena, index_text, dim->count,
				     &dim->index) < 0) {
		struct svd_location location =
		    node_location(parser, find_child(parser, node, "dimIndex"));
		svd_report(parser->diag, SVD_CHECK_DIM_INVALID, &location,
			   "dimIndex '%s' does not give %u names", index_text,
			   dim->count);
		dim->count = 0;
		return;
	}
	dim->dim_name = child_text(parser, node, "dimName");
	array_index = find_child(parser, node, "dimArrayIndex");
	if (array_index) {
		static const char *const known[] = {"headerEnumName",
						    "enumeratedValue", NULL};
		check_children(parser, array_index, known);
		dim->array_index = parse_enum_set(parser, array_index);
	}
	dim->present = true;
}

static struct svd_enum_value *parse_enum_value(struct parser *parser,
					       const struct xml_element *node)
{
	static const char *const known[] = {"name", "description", "value",
					    "isDefault", NULL};
	struct svd_enum_value *value =
	    svd_arena_alloc(parser->arena, sizeof(*value));
	struct xml_element *value_node;

	check_children(parser, node, known);
	value->location = node_location(parser, node);
	value->name = child_text(parser, node, "name");
	value->description = child_text(parser, node, "description");
	child_bool(parser, node, "isDefault", &value->is_default);
	value_node = find_child(parser, node, "value");
	if (value_node) {
		const char *text = element_text(parser, value_node);

		if (svd_parse_enum_value(text, &value->value,
					 &value->care_mask) < 0) {
			struct svd_location location =
			    node_location(parser, value_node);
			svd_report(
			    parser->diag, SVD_CHECK_INVALID_VALUE, &location,
			    "enumerated value '%s' is not a number", text);
		}
	} else if (!value->is_default) {
		report_missing(parser, node, "value");
	}
	if (!value->name)
		report_missing(parser, node, "name");
	return value;
}

static struct svd_enum_set *parse_enum_set(struct parser *parser,
					   const struct xml_element *node)
{
	static const char *const known[] = {"name", "headerEnumName", "usage",
					    "enumeratedValue", NULL};
	struct svd_enum_set *set = svd_arena_alloc(parser->arena, sizeof(*set));
	struct svd_enum_value **tail = &set->values;
	int usage;

	if (is_element(node, "enumeratedValues"))
		check_children(parser, node, known);
	set->location = node_location(parser, node);
	set->name = child_text(parser, node, "name");
	set->header_enum_name = child_text(parser, node, "headerEnumName");
	set->derived_from = derived_from(parser, node);
	usage = child_keyword(parser, node, "usage", usage_keywords);
	set->usage =
	    usage ? (enum svd_enum_usage)(usage - 1) : SVD_USAGE_READ_WRITE;
	for (struct xml_element *child = node->children; child;
	     child = child->next) {
		if (!is_element(child, "enumeratedValue"))
			continue;
		*tail = parse_enum_value(parser, child);
		tail = &(*tail)->next;
	}
	return set;
}

static void parse_write_constraint(struct parser *parser,
				   const struct xml_element *node,
				   struct svd_write_constraint *constraint)
{
	struct xml_element *wc = find_child(parser, node, "writeConstraint");
	struct xml_element *range;

	if (!wc)
		return;
	constraint->present = true;
	child_bool(parser, wc, "writeAsRead", &constraint->write_as_read);
	child_bool(parser, wc, "useEnumeratedValues",
		   &constraint->use_enumerated_values);
	range = find_child(parser, wc, "range");
	if (range) {
		bool has_min = child_integer(parser, range, "minimum",
					     &constraint->minimum);
		bool has_max = child_integer(parser, range, "maximum",
					     &constraint->maximum);
		constraint->has_range = has_min && has_max;
	}
}

static struct svd_field *parse_field(struct parser *parser,
				     const struct xml_element *node)
{
	static const char *const known[] = {"name",
					    "description",
					    "bitOffset",
					    "bitWidth",
					    "lsb",
					    "msb",
					    "bitRange",
					    "access",
					    "modifiedWriteValues",
					    "writeConstraint",
					    "readAction",
					    "enumeratedValues",
					    "dim",
					    "dimIncrement",
					    "dimIndex",
					    "dimName",
					    "dimArrayIndex",
					    NULL};
	struct svd_field *field =
	    svd_arena_alloc(parser->arena, sizeof(*field));
	struct svd_enum_set **tail = &field->enums;
	struct xml_element *range;
	uint32_t offset, width, msb, lsb;
	struct svd_location location;
	int keyword;

	check_children(parser, node, known);
	field->location = location = node_location(parser, node);
	field->name = child_text(parser, node, "name");
	field->description = child_text(parser, node, "description");
	field->derived_from = derived_from(parser, node);
	parse_dim(parser, node, &field->dim);
	if (child_u32(parser, node, "bitOffset", &offset)) {
		field->bit_offset = offset;
		field->bit_width = 1;
		if (child_u32(parser, node, "bitWidth", &width))
			field->bit_width = width;
		field->has_bits = true;
	} else if (child_u32(parser, node, "lsb", &lsb)) {
		if (child_u32(parser, node, "msb", &msb)) {
			field->bit_offset = lsb;
			field->bit_width = msb - lsb + 1;
			field->has_bits = msb >= lsb;
			if (msb < lsb)
				svd_report(parser->diag,
					   SVD_CHECK_INVALID_VALUE, &location,
					   "field '%s' has msb %u below lsb %u",
					   field->name ? field->name : "?", msb,
					   lsb);
		} else {
			report_missing(parser, node, "msb");
		}
	} else if ((range = find_child(parser, node, "bitRange"))) {
		const char *text = element_text(parser, range);

		if (svd_parse_bit_range(text, &msb, &lsb) == 0 && msb >= lsb) {
			field->bit_offset = lsb;
			field->bit_width = msb - lsb + 1;
			field->has_bits = true;
		} else {
			location = node_location(parser, range);
			svd_report(parser->diag, SVD_CHECK_INVALID_VALUE,
				   &location, "bitRange '%s' is not [msb:lsb]",
				   text);
		}
	}
	keyword = child_keyword(parser, node, "access", access_keywords);
	field->access = (enum svd_access)keyword;
	keyword = child_keyword(parser, node, "modifiedWriteValues",
				modified_write_keywords);
	field->modified_write = (enum svd_modified_write)keyword;
	keyword =
	    child_keyword(parser, node, "readAction", read_action_keywords);
	field->read_action = (enum svd_read_action)keyword;
	parse_write_constraint(parser, node, &field->write_constraint);
	for (struct xml_element *child = node->children; child;
	     child = child->next) {
		if (!is_element(child, "enumeratedValues"))
			continue;
		*tail = parse_enum_set(parser, child);
		tail = &(*tail)->next;
	}
	if (!field->name)
		report_missing(parser, node, "name");
	else if (!field->has_bits && !field->derived_from &&
		 !find_child(parser, node, "bitRange") &&
		 !find_child(parser, node, "lsb") &&
		 !find_child(parser, node, "bitOffset"))
		svd_report(parser->diag, SVD_CHECK_MISSING_ELEMENT, &location,
			   "field '%s' has no bitOffset, lsb/msb or bitRange",
			   field->name);
	return field;
}

static struct svd_node *parse_node_list(struct parser *parser,
					const struct xml_element *parent,
					struct svd_node *cluster,
					struct svd_peripheral *peripheral);

/* Common to registers and clusters. */
static void parse_node_common(struct parser *parser,
			      const struct xml_element *node,
			      struct svd_node *block)
{
	block->location = node_location(parser, node);
	block->name = child_text(parser, node, "name");
	block->description = child_text(parser, node, "description");
	block->derived_from = derived_from(parser, node);
	parse_dim(parser, node, &block->dim);
	block->has_address_offset = child_integer(parser, node, "addressOffset",
						  &block->address_offset);
	parse_properties(parser, node, &block->properties);
	if (!block->name)
		report_missing(parser, node, "name");
	else if (!block->has_address_offset &&
		 !find_child(parser, node, "addressOffset"))
		report_missing(parser, node, "addressOffset");
}

static struct svd_node *parse_register(struct parser *parser,
				       const struct xml_element *node)
{
	static const char *const known[] = {"name",
					    "displayName",
					    "description",
					    "alternateGroup",
					    "alternateRegister",
					    "addressOffset",
					    "size",
					    "access",
					    "protection",
					    "resetValue",
					    "resetMask",
					    "dataType",
					    "modifiedWriteValues",
					    "writeConstraint",
					    "readAction",
					    "fields",
					    "dim",
					    "dimIncrement",
					    "dimIndex",
					    "dimName",
					    "dimArrayIndex",
					    NULL};
	static const char *const known_fields[] = {"field", NULL};
	struct svd_node *block = svd_arena_alloc(parser->arena, sizeof(*block));
	struct svd_field **tail = &block->fields;
	struct xml_element *fields;
	int keyword;

	check_children(parser, node, known);
	block->kind = SVD_NODE_REGISTER;
	parse_node_common(parser, node, block);
	block->display_name = child_text(parser, node, "displayName");
	block->alternate_group = child_text(parser, node, "alternateGroup");
	block->alternate_register =
	    child_text(parser, node, "alternateRegister");
	block->data_type = child_text(parser, node, "dataType");
	keyword = child_keyword(parser, node, "modifiedWriteValues",
				modified_write_keywords);
	block->modified_write = (enum svd_modified_write)keyword;
	keyword =
	    child_keyword(parser, node, "readAction", read_action_keywords);
	block->read_action = (enum svd_read_action)keyword;
	parse_write_constraint(parser, node, &block->write_constraint);
	fields = find_child(parser, node, "fields");
	if (fields) {
		check_children(parser, fields, known_fields);
		for (struct xml_element *child = fields->children; child;
		     child = child->next) {
			if (!is_element(child, "field"))
				continue;
			*tail = parse_field(parser, child);
			tail = &(*tail)->next;
		}
	}
	return block;
}

static struct svd_node *parse_cluster(struct parser *parser,
				      const struct xml_element *node,
				      struct svd_peripheral *peripheral)
{
	static const char *const known[] = {"name",
					    "description",
					    "alternateCluster",
					    "headerStructName",
					    "addressOffset",
					    "size",
					    "access",
					    "protection",
					    "resetValue",
					    "resetMask",
					    "register",
					    "cluster",
					    "dim",
					    "dimIncrement",
					    "dimIndex",
					    "dimName",
					    "dimArrayIndex",
					    NULL};
	struct svd_node *block = svd_arena_alloc(parser->arena, sizeof(*block));

	check_children(parser, node, known);
	block->kind = SVD_NODE_CLUSTER;
	parse_node_common(parser, node, block);
	block->alternate_cluster = child_text(parser, node, "alternateCluster");
	block->header_struct_name =
	    child_text(parser, node, "headerStructName");
	block->children = parse_node_list(parser, node, block, peripheral);
	return block;
}

/* The <register> and <cluster> children of parent, in document order. */
static struct svd_node *parse_node_list(struct parser *parser,
					const struct xml_element *parent,
					struct svd_node *cluster,
					struct svd_peripheral *peripheral)
{
	struct svd_node *list = NULL, **tail = &list;

	for (struct xml_element *child = parent->children; child;
	     child = child->next) {
		struct svd_node *block;

		if (is_element(child, "register"))
			block = parse_register(parser, child);
		else if (is_element(child, "cluster"))
			block = parse_cluster(parser, child, peripheral);
		else
			continue;
		block->parent = cluster;
		block->peripheral = peripheral;
		*tail = block;
		tail = &block->next;
	}
	return list;
}

/* Give every node of a tree its peripheral (clusters are parsed first). */
static void set_peripheral(struct svd_node *list,
			   struct svd_peripheral *peripheral)
{
	for (struct svd_node *block = list; block; block = block->next) {
		block->peripheral = peripheral;
		set_peripheral(block->children, peripheral);
	}
}

static struct svd_peripheral *parse_peripheral(struct parser *parser,
					       const struct xml_element *node)
{
	static const char *const known[] = {"name",
					    "version",
					    "description",
					    "alternatePeripheral",
					    "groupName",
					    "prependToName",
					    "appendToName",
					    "headerStructName",
					    "disableCondition",
					    "baseAddress",
					    "size",
					    "access",
					    "protection",
					    "resetValue",
					    "resetMask",
					    "addressBlock",
					    "interrupt",
					    "registers",
					    "dim",
					    "dimIncrement",
					    "dimIndex",
					    "dimName",
					    "dimArrayIndex",
					    NULL};
	static const char *const known_block[] = {"offset", "size", "usage",
						  "protection", NULL};
	static const char *const known_interrupt[] = {"name", "description",
						      "value", NULL};
	static const char *const known_registers[] = {"register", "cluster",
						      NULL};
	struct svd_peripheral *peripheral =
	    svd_arena_alloc(parser->arena, sizeof(*peripheral));
	struct svd_address_block **block_tail = &peripheral->address_blocks;
	struct svd_interrupt **interrupt_tail = &peripheral->interrupts;
	struct xml_element *registers;

	check_children(parser, node, known);
	peripheral->location = node_location(parser, node);
	peripheral->name = child_text(parser, node, "name");
	peripheral->version = child_text(parser, node, "version");
	peripheral->description = child_text(parser, node, "description");
	peripheral->group_name = child_text(parser, node, "groupName");
	peripheral->prepend_to_name = child_text(parser, node, "prependToName");
	peripheral->append_to_name = child_text(parser, node, "appendToName");
	peripheral->header_struct_name =
	    child_text(parser, node, "headerStructName");
	peripheral->alternate_peripheral =
	    child_text(parser, node, "alternatePeripheral");
	peripheral->derived_from = derived_from(parser, node);
	parse_dim(parser, node, &peripheral->dim);
	peripheral->has_base_address = child_integer(
	    parser, node, "baseAddress", &peripheral->base_address);
	parse_properties(parser, node, &peripheral->properties);
	if (!peripheral->name)
		report_missing(parser, node, "name");
	else if (!find_child(parser, node, "baseAddress"))
		report_missing(parser, node, "baseAddress");

	for (struct xml_element *child = node->children; child;
	     child = child->next) {
		if (is_element(child, "addressBlock")) {
			struct svd_address_block *block =
			    svd_arena_alloc(parser->arena, sizeof(*block));

			check_children(parser, child, known_block);
			block->location = node_location(parser, child);
			child_integer(parser, child, "offset", &block->offset);
			child_integer(parser, child, "size", &block->size);
			block->usage = child_text(parser, child, "usage");
			*block_tail = block;
			block_tail = &block->next;
		} else if (is_element(child, "interrupt")) {
			struct svd_interrupt *interrupt =
			    svd_arena_alloc(parser->arena, sizeof(*interrupt));
			uint64_t value;

			check_children(parser, child, known_interrupt);
			interrupt->location = node_location(parser, child);
			interrupt->name = child_text(parser, child, "name");
			interrupt->description =
			    child_text(parser, child, "description");
			if (!interrupt->name)
				report_missing(parser, child, "name");
			if (child_integer(parser, child, "value", &value)) {
				if (value > 0x7fffffff) {
					svd_report(parser->diag,
						   SVD_CHECK_INVALID_VALUE,
						   &interrupt->location,
						   "interrupt value %llu is "
						   "out of range",
						   (unsigned long long)value);
					continue;
				}
				interrupt->value = (int64_t)value;
			} else {
				if (!find_child(parser, child, "value"))
					report_missing(parser, child, "value");
				continue;
			}
			*interrupt_tail = interrupt;
			interrupt_tail = &interrupt->next;
		}
	}
	/* Some vendors split the registers over several <registers>. */
	for (registers = node->children; registers;
	     registers = registers->next) {
		struct svd_node **tail = &peripheral->children;

		if (!is_element(registers, "registers"))
			continue;
		while (*tail)
			tail = &(*tail)->next;
		check_children(parser, registers, known_registers);
		*tail = parse_node_list(parser, registers, NULL, peripheral);
	}
	set_peripheral(peripheral->children, peripheral);
	return peripheral;
}

/*
 * CMSIS's rNpM, each number 0-255 (it becomes one byte of __<core>_REV),
 * as digits only: no sign, no space, nothing after.
 */
static bool is_cpu_revision(const char *text)
{
	for (int part = 0; part < 2; part++) {
		unsigned value = 0;
		const char *start;

		if (*text++ != (part == 0 ? 'r' : 'p'))
			return false;
		for (start = text; *text >= '0' && *text <= '9'; text++) {
			value = value * 10 + (unsigned)(*text - '0');
			if (value > 255)
				return false;
		}
		if (text == start)
			return false;
	}
	return *text == '\0';
}

static void parse_cpu(struct parser *parser, const struct xml_element *node,
		      struct svd_cpu *cpu)
{
	static const char *const known[] = {"name",
					    "revision",
					    "endian",
					    "mpuPresent",
					    "fpuPresent",
					    "fpuDP",
					    "dspPresent",
					    "icachePresent",
					    "dcachePresent",
					    "itcmPresent",
					    "dtcmPresent",
					    "vtorPresent",
					    "nvicPrioBits",
					    "vendorSystickConfig",
					    "deviceNumInterrupts",
					    "sauNumRegions",
					    "sauRegionsConfig",
					    "pmuPresent",
					    "pmuNumEventCounters",
					    "mvePresent",
					    "mveFP",
					    NULL};
	uint64_t count;

	check_children(parser, node, known);
	cpu->present = true;
	cpu->location = node_location(parser, node);
	cpu->name = child_text(parser, node, "name");
	cpu->revision = child_text(parser, node, "revision");
	if (cpu->revision && !is_cpu_revision(cpu->revision)) {
		svd_report(parser->diag, SVD_CHECK_NONSTANDARD_VALUE,
			   &cpu->location,
			   "cpu revision '%s' is not rNpM with N and M from 0 "
			   "to 255; it is read as r0p0",
			   cpu->revision);
		cpu->revision = NULL;
	}
	cpu->endian = child_text(parser, node, "endian");
	/* The CMSIS configuration macros are written for what a file names
	 * (as SVDConv does), so remember which it names. */
	if (child_bool(parser, node, "mpuPresent", &cpu->mpu_present))
		cpu->given |= SVD_CPU_GIVEN_MPU;
	if (child_bool(parser, node, "fpuPresent", &cpu->fpu_present))
		cpu->given |= SVD_CPU_GIVEN_FPU;
	if (child_bool(parser, node, "fpuDP", &cpu->fpu_dp))
		cpu->given |= SVD_CPU_GIVEN_FPU_DP;
	if (child_bool(parser, node, "dspPresent", &cpu->dsp_present))
		cpu->given |= SVD_CPU_GIVEN_DSP;
	if (child_bool(parser, node, "icachePresent", &cpu->icache_present))
		cpu->given |= SVD_CPU_GIVEN_ICACHE;
	if (child_bool(parser, node, "dcachePresent", &cpu->dcache_present))
		cpu->given |= SVD_CPU_GIVEN_DCACHE;
	if (child_bool(parser, node, "itcmPresent", &cpu->itcm_present))
		cpu->given |= SVD_CPU_GIVEN_ITCM;
	if (child_bool(parser, node, "dtcmPresent", &cpu->dtcm_present))
		cpu->given |= SVD_CPU_GIVEN_DTCM;
	if (child_bool(parser, node, "pmuPresent", &cpu->pmu_present))
		cpu->given |= SVD_CPU_GIVEN_PMU;
	child_u32(parser, node, "pmuNumEventCounters",
		  &cpu->pmu_event_counters);
	if (child_bool(parser, node, "mvePresent", &cpu->mve_present))
		cpu->given |= SVD_CPU_GIVEN_MVE;
	child_u32(parser, node, "mveFP", &cpu->mve_fp);
	if (child_u32(parser, node, "sauNumRegions", &cpu->sau_regions) ||
	    find_child(parser, node, "sauRegionsConfig"))
		cpu->given |= SVD_CPU_GIVEN_SAU;
	/* CMSIS-SVD: without vtorPresent, VTOR is assumed present. */
	cpu->vtor_present = true;
	if (child_bool(parser, node, "vtorPresent", &cpu->vtor_present))
		cpu->given |= SVD_CPU_GIVEN_VTOR;
	if (child_u32(parser, node, "nvicPrioBits", &cpu->nvic_prio_bits))
		cpu->given |= SVD_CPU_GIVEN_NVIC_PRIO_BITS;
	child_bool(parser, node, "vendorSystickConfig",
		   &cpu->vendor_systick_config);
	cpu->device_num_interrupts = -1;
	if (child_integer(parser, node, "deviceNumInterrupts", &count) &&
	    count <= 0x7fffffff)
		cpu->device_num_interrupts = (int64_t)count;
}

/*
 * The register called name among the peripheral's top-level registers, or
 * NULL.
 */
static struct svd_node *find_register(struct svd_peripheral *peripheral,
				      const char *name)
{
	for (struct svd_node *node = peripheral->children; node;
	     node = node->next)
		if (node->kind == SVD_NODE_REGISTER && node->name &&
		    strcmp(node->name, name) == 0)
			return node;
	return NULL;
}

/*
 * Mark one register as taking a write-enable mask in bits 31:16, after
 * checking that its fields leave those bits free.
 */
static void mark_write_enable_mask(struct parser *parser,
				   const struct xml_element *at,
				   struct svd_node *reg)
{
	struct svd_location location = node_location(parser, at);

	if (reg->properties.has_size && reg->properties.size != 32) {
		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
			   "writeEnableMask: register '%s' is %u bits wide; "
			   "the mask needs a 32-bit register",
			   reg->name, reg->properties.size);
		return;
	}
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		if (!field->has_bits ||
		    field->bit_offset + field->bit_width <= 16)
			continue;
		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE, &location,
			   "writeEnableMask: field '%s.%s' reaches bit %u, "
			   "but bits 31:16 of a write-enable-mask register "
			   "are the mask",
			   reg->name, field->name ? field->name : "?",
			   field->bit_offset + field->bit_width - 1);
		return;
	}
	reg->write_enable_mask = true;
}

/*
 * svdgen's vendor extension (doc/svdgen.1, WRITE-ENABLE MASK): in
 * <vendorExtensions><svdgen>, each <writeEnableMask> names a <peripheral>
 * and, optionally, <register>s of it (none: all its registers) whose bits
 * 31:16 say which of bits 15:0 a write changes, as Rockchip's GRF and CRU
 * do. Other tools ignore vendorExtensions, as the CMSIS-SVD spec says.
 */
static void parse_svdgen_extensions(struct parser *parser,
				    const struct xml_element *root,
				    struct svd_device *device)
{
	struct xml_element *extensions, *ours;

	extensions = find_child(parser, root, "vendorExtensions");
	ours = extensions ? find_child(parser, extensions, "svdgen") : NULL;
	if (!ours)
		return;
	for (struct xml_element *entry = ours->children; entry;
	     entry = entry->next) {
		struct svd_location location = node_location(parser, entry);
		struct svd_peripheral *peripheral = device->peripherals;
		const char *name;
		bool named = false;

		if (!is_element(entry, "writeEnableMask"))
			continue;
		name = child_text(parser, entry, "peripheral");
		if (!name) {
			report_missing(parser, entry, "peripheral");
			continue;
		}
		while (peripheral && (!peripheral->name ||
				      strcmp(peripheral->name, name) != 0))
			peripheral = peripheral->next;
		if (!peripheral) {
			svd_report(parser->diag, SVD_CHECK_INVALID_VALUE,
				   &location,
				   "writeEnableMask names peripheral '%s', "
				   "which the device does not have",
				   name);
			continue;
		}
		for (struct xml_element *child = entry->children; child;
		     child = child->next) {
			struct svd_node *reg;

			if (!is_element(child, "register"))
				continue;
			named = true;
			reg = find_register(peripheral,
					    element_text(parser, child));
			if (reg) {
				mark_write_enable_mask(parser, child, reg);
				continue;
			}
			location = node_location(parser, child);
			svd_report(parser->diag, SVD_CHECK_INVALID_VALUE,
				   &location,
				   "writeEnableMask names register '%s', which "
				   "peripheral '%s' does not have",
				   element_text(parser, child), name);
		}
		if (named)
			continue;
		for (struct svd_node *node = peripheral->children; node;
		     node = node->next)
			if (node->kind == SVD_NODE_REGISTER)
				mark_write_enable_mask(parser, entry, node);
	}
}

static void parse_device(struct parser *parser, const struct xml_element *root)
{
	static const char *const known[] = {"vendor",
					    "vendorID",
					    "name",
					    "series",
					    "version",
					    "description",
					    "licenseText",
					    "cpu",
					    "headerSystemFilename",
					    "headerDefinitionsPrefix",
					    "addressUnitBits",
					    "width",
					    "size",
					    "access",
					    "protection",
					    "resetValue",
					    "resetMask",
					    "peripherals",
					    "vendorExtensions",
					    NULL};
	static const char *const known_peripherals[] = {"peripheral", NULL};
	struct svd_device *device =
	    svd_arena_alloc(parser->arena, sizeof(*device));
	struct svd_peripheral **tail = &device->peripherals;
	struct svd_location location = node_location(parser, root);
	struct xml_element *peripherals, *cpu;
	struct early_peripheral *next_early = parser->early;

	parser->context->device = device;
	check_children(parser, root, known);
	device->location = location;
	device->name = child_text(parser, root, "name");
	device->name_location =
	    find_child(parser, root, "name")
		? node_location(parser, find_child(parser, root, "name"))
		: location;
	device->vendor = child_text(parser, root, "vendor");
	device->version = child_text(parser, root, "version");
	device->description = child_text(parser, root, "description");
	device->header_definitions_prefix =
	    child_text(parser, root, "headerDefinitionsPrefix");
	/* It starts type and macro names: nothing but identifier text. */
	if (device->header_definitions_prefix &&
	    !svd_is_identifier_prefix(device->header_definitions_prefix)) {
		struct svd_location prefix_location = node_location(
		    parser,
		    find_child(parser, root, "headerDefinitionsPrefix"));

		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE,
			   &prefix_location,
			   "headerDefinitionsPrefix '%s' is not the start of a "
			   "C identifier",
			   device->header_definitions_prefix);
		device->header_definitions_prefix = NULL;
	}
	device->address_unit_bits = 8;
	if (child_u32(parser, root, "addressUnitBits",
		      &device->address_unit_bits) &&
	    (device->address_unit_bits == 0 ||
	     device->address_unit_bits % 8 != 0 ||
	     device->address_unit_bits > 64)) {
		struct svd_location unit_location = node_location(
		    parser, find_child(parser, root, "addressUnitBits"));
		svd_report(parser->diag, SVD_CHECK_INVALID_VALUE,
			   &unit_location,
			   "addressUnitBits %u is not 8, 16, 32 or 64",
			   device->address_unit_bits);
		device->address_unit_bits = 8;
	}
	device->width = 32;
	child_u32(parser, root, "width", &device->width);
	parse_properties(parser, root, &device->properties);
	cpu = find_child(parser, root, "cpu");
	if (cpu)
		parse_cpu(parser, cpu, &device->cpu);
	if (!device->name) {
		report_missing(parser, root, "name");
		device->name = "device";
	}
	peripherals = find_child(parser, root, "peripherals");
	if (!peripherals) {
		report_missing(parser, root, "peripherals");
		return;
	}
	check_children(parser, peripherals, known_peripherals);
	for (struct xml_element *child = peripherals->children; child;
	     child = child->next) {
		struct early_peripheral *early = next_early;

		if (!is_element(child, "peripheral"))
			continue;
		/* Converted already (all are, unless diagnostics are capped):
		 * its messages come out here, in document order. Both lists
		 * are in document order: the search goes on from the last. */
		while (early && early->element != child)
			early = early->next;
		if (early) {
			next_early = early->next;
			if (early->messages_length)
				fwrite(early->messages, 1,
				       early->messages_length,
				       parser->diag->stream);
			parser->diag->printed += early->printed;
			early->printed = early->errors = early->warnings = 0;
			*tail = early->model;
		} else {
			*tail = parse_peripheral(parser, child);
		}
		tail = &(*tail)->next;
	}
	parse_svdgen_extensions(parser, root, device);
}

/*
 * Forget the peripherals converted early and not used (all of them when
 * the parse failed; those of an earlier <peripherals> given twice): their
 * diagnostics were never printed, and no longer count.
 */
static void drop_early_peripherals(struct parser *parser)
{
	struct early_peripheral *early = parser->early;

	while (early) {
		parser->diag->errors -= early->errors;
		parser->diag->warnings -= early->warnings;
		free(early->messages);
		early = early->next;
	}
	parser->early = NULL;
	parser->early_tail = &parser->early;
}

/*
 * Leaf text, each distinct string stored once in the model's arena. The
 * model lives until the headers are written, and vendors repeat the same
 * descriptions thousands of times: STM32H573's 5.7 MB of leaf text the
 * model reads holds 1.1 MB of distinct strings. The table itself is in
 * the tree's arena, freed after parsing.
 */
struct text_entry {
	const char *text; /* NULL: a free slot */
	size_t length;
	uint64_t hash;
};

struct text_pool {
	struct svd_arena *arena;       /* the strings': the model's */
	struct svd_arena *table_arena; /* the entries': the tree's */
	struct text_entry *entries;
	size_t capacity; /* a power of two */
	size_t count;
};

/* Eight bytes a step: leaf text is most of what a large SVD holds. */
static uint64_t hash_text(const char *text, size_t length)
{
	const uint64_t multiplier = 0xff51afd7ed558ccdULL;
	uint64_t hash = 0x9e3779b97f4a7c15ULL ^ length;
	uint64_t word;

	for (; length >= 8; text += 8, length -= 8) {
		memcpy(&word, text, 8);
		hash = (hash ^ word) * multiplier;
		hash ^= hash >> 32;
	}
	word = 0;
	for (size_t i = 0; i < length; i++)
		word |= (uint64_t)(unsigned char)text[i] << (8 * i);
	hash = (hash ^ word) * multiplier;
	return hash ^ (hash >> 29);
}

static struct text_entry *find_text_slot(struct text_entry *entries,
					 size_t capacity, const char *text,
					 size_t length, uint64_t hash)
{
	size_t mask = capacity - 1;
	size_t slot = (size_t)hash & mask;

	while (entries[slot].text &&
	       (entries[slot].hash != hash || entries[slot].length != length ||
		memcmp(entries[slot].text, text, length) != 0))
		slot = (slot + 1) & mask;
	return &entries[slot];
}

/* The pooled copy of text, which need not end in a NUL. */
static const char *pool_text(struct text_pool *pool, const char *text,
			     size_t length)
{
	uint64_t hash = hash_text(text, length);
	struct text_entry *slot;

	if (length == 0)
		return "";
	/* At most half full: probes stay short. */
	if ((pool->count + 1) * 2 > pool->capacity) {
		size_t capacity = pool->capacity ? pool->capacity * 2 : 1024;
		struct text_entry *entries = svd_arena_alloc(
		    pool->table_arena, capacity * sizeof(*entries));

		for (size_t i = 0; i < pool->capacity; i++)
			if (pool->entries[i].text)
				*find_text_slot(
				    entries, capacity, pool->entries[i].text,
				    pool->entries[i].length,
				    pool->entries[i].hash) = pool->entries[i];
		svd_arena_release(pool->table_arena, pool->entries);
		pool->entries = entries;
		pool->capacity = capacity;
	}
	slot =
	    find_text_slot(pool->entries, pool->capacity, text, length, hash);
	if (!slot->text) {
		slot->text = svd_arena_strndup(pool->arena, text, length);
		slot->length = length;
		slot->hash = hash;
		pool->count++;
	}
	return slot->text;
}

/* State of the SAX2 callbacks while they build the element tree. */
struct tree_builder {
	xmlParserCtxtPtr xml;
	struct parser *parser;	 /* where libxml2's errors are reported */
	struct svd_arena *arena; /* the tree's, freed after parsing */
	struct element_names names;
	struct xml_element document;
	struct xml_element *current;
	struct svd_buffer text; /* of the current element, while a leaf */
	struct text_pool texts;
	/*
	 * The <device><peripherals><peripheral> being read, whose elements
	 * go to peripheral_arena until it is converted and they are freed.
	 */
	struct xml_element *peripheral;
	struct svd_arena peripheral_arena;
	/* Peripherals converted that list registers of their own. */
	size_t own_types;
	size_t depth;
	bool too_deep;
	/* Where a DOCTYPE was met that the byte scan missed (UTF-16). */
	unsigned long doctype_line;
	/*
	 * Whether libxml2's push parser runs (see build_tree); the pull
	 * parser reports no error, it says it failed.
	 */
	bool push;
	bool pull_failed;
	/*
	 * Whether libxml2 reports SAX2 events, which resolve namespaces;
	 * without, a start tag with namespaces sets needs_namespaces.
	 */
	bool namespaces;
	bool needs_namespaces;
	/*
	 * Whether the pull parser looks for a lone CR in what it reads
	 * (see svd_parse_memory), how far it has read, and whether it
	 * found one.
	 */
	bool find_lone_cr;
	size_t read;
	bool lone_cr;
};

/*
 * libxml2's structured error callback, given to this parse alone through
 * its SAX handler (no process-wide state): report its errors as ours.
 */
static void report_xml_error(void *data, xmlErrorPtr error)
{
	struct tree_builder *builder = data;
	struct parser *parser = builder->parser;
	struct svd_location location = {parser->file,
					(unsigned long)error->line};
	char message[512];
	size_t length;

	if (error->level < XML_ERR_ERROR)
		return;
	if (!builder->push) {
		builder->pull_failed = true;
		xmlStopParser(builder->xml);
		return;
	}
	/* Cascading errors after the first add nothing a user can act on. */
	if (parser->xml_errors++ >= 1)
		return;
	snprintf(message, sizeof(message), "%s",
		 error->message ? error->message : "malformed XML");
	length = strlen(message);
	while (length &&
	       (message[length - 1] == '\n' || message[length - 1] == ' '))
		message[--length] = '\0';
	/* One diagnostic, one line: libxml2 wraps some of its messages. */
	for (char *c = message; *c; c++)
		if (*c == '\n')
			*c = ' ';
	svd_report(parser->diag,
		   error->code == XML_ERR_ENTITY_LOOP ||
			   error->code == XML_ERR_ENTITY_BOUNDARY
		       ? SVD_CHECK_XML_ENTITY
		       : SVD_CHECK_XML_SYNTAX,
		   &location, "%s", message);
}

/*
 * libxml2's error callback for SAX1 events (see build_tree), which only
 * the pull parser gets: it fails, and the push parser reports.
 */
static void on_pull_error(void *data, const char *message, ...)
{
	struct tree_builder *builder = data;

	(void)message;
	builder->pull_failed = true;
	xmlStopParser(builder->xml);
}

/*
 * Find a document type declaration in the prolog, before libxml2 sees the
 * file: SVD has no DTD, and one is how entity bombs and external entities
 * get in. Returns its line, or 0 when there is none. *entities tells
 * whether it declares entities.
 */
static unsigned long find_doctype(const char *data, size_t size, bool *entities,
				  size_t *stop)
{
	unsigned long line = 1;
	size_t i = 0;

	*stop = size; /* where the root element starts, if it is seen */

	while (i < size) {
		if (data[i] == '\n') {
			line++;
			i++;
		} else if (data[i] == ' ' || data[i] == '\t' ||
			   data[i] == '\r' || (unsigned char)data[i] == 0xef ||
			   (unsigned char)data[i] == 0xbb ||
			   (unsigned char)data[i] == 0xbf) {
			i++; /* white space, or a UTF-8 byte order mark */
		} else if (size - i >= 4 && memcmp(data + i, "<!--", 4) == 0) {
			for (i += 4; i < size; i++) {
				if (data[i] == '\n')
					line++;
				else if (size - i >= 3 &&
					 memcmp(data + i, "-->", 3) == 0)
					break;
			}
			i += 3;
		} else if (size - i >= 2 && memcmp(data + i, "<?", 2) == 0) {
			for (i += 2; i < size; i++) {
				if (data[i] == '\n')
					line++;
				else if (size - i >= 2 &&
					 memcmp(data + i, "?>", 2) == 0)
					break;
			}
			i += 2;
		} else if (size - i >= 9 &&
			   memcmp(data + i, "<!DOCTYPE", 9) == 0) {
			const char *end = memchr(data + i, '>', size - i);
			const char *subset = memchr(data + i, '[', size - i);

			*entities = false;
			/* An internal subset runs to "]>"; look inside. */
			if (subset && (!end || subset < end)) {
				for (const char *c = subset;
				     c + 8 <= data + size; c++) {
					if (memcmp(c, "<!ENTITY", 8) == 0) {
						*entities = true;
						break;
					}
					if (c[0] == ']' && c[1] == '>')
						break;
				}
			}
			return line;
		} else {
			*stop = i;
			return 0; /* the root element: the prolog is over */
		}
	}
	return 0;
}

/*
 * Both passes read the same way: nothing from the network, line numbers
 * past 65535, CDATA as text.
 */
#define XML_OPTIONS (XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA)

/* SVD nests a dozen levels; far more is a hostile file, not a register map. */
#define XML_DEPTH_LIMIT 256

/*
 * The interned form of a name from libxml2. Its dictionary gives a name
 * the same address for the whole parse: the address is looked up first.
 */
static const struct interned_name *intern(struct tree_builder *builder,
					  const xmlChar *name)
{
	struct element_names *names = &builder->names;
	size_t slot;
	const struct interned_name *interned = cache_find(names, name, &slot);

	if (interned)
		return interned;
	interned = intern_name(names, (const char *)name);
	if (xmlDictOwns(builder->xml->dict, name) == 1)
		cache_store(names, slot, name, interned);
	return interned;
}

/* Whether element is a <peripheral> in <device><peripherals>. */
static bool is_peripheral_element(const struct tree_builder *builder,
				  const struct xml_element *element)
{
	const struct xml_element *list = element->parent, *device;

	if (list == &builder->document ||
	    (device = list->parent) == &builder->document)
		return false;
	return device->parent == &builder->document &&
	       strcmp(element->name, "peripheral") == 0 &&
	       strcmp(list->name, "peripherals") == 0 &&
	       strcmp(device->name, "device") == 0;
}

/*
 * Convert the peripheral just read into the model, its diagnostics kept
 * for later, and free its elements.
 */
static void convert_peripheral(struct tree_builder *builder,
			       struct xml_element *element)
{
	struct parser *parser = builder->parser;
	struct svd_diagnostics *diag = parser->diag;
	struct early_peripheral *early =
	    svd_arena_alloc(builder->arena, sizeof(*early));
	unsigned printed = diag->printed, errors = diag->errors,
		 warnings = diag->warnings;
	FILE *stream = diag->stream, *capture = NULL;

	if (stream) {
		capture =
		    open_memstream(&early->messages, &early->messages_length);
		if (!capture) {
			fputs("svdgen: out of memory\n", stderr);
			abort();
		}
		diag->stream = capture;
	}
	early->element = element;
	early->model = parse_peripheral(parser, element);
	if (capture) {
		fclose(capture);
		diag->stream = stream;
	}
	early->printed = diag->printed - printed;
	early->errors = diag->errors - errors;
	early->warnings = diag->warnings - warnings;
	diag->printed = printed;
	*parser->early_tail = early;
	parser->early_tail = &early->next;
	element->children = element->last = NULL;
	element->text = "";
	forget_child_index(&builder->names);
	svd_arena_free(&builder->peripheral_arena);
	builder->peripheral = NULL;
	/* Without registers of its own, a peripheral has no header of its
	 * own: it has none, or its base's. */
	if (early->model && early->model->children)
		builder->own_types++;
	if (parser->context->peripherals_read)
		parser->context->peripherals_read(
		    parser->context->peripherals_read_argument,
		    builder->own_types);
}

/*
 * Add an element called interned under the current one; returns it and, in
 * *arena, where its strings go, or NULL when it nests too deep.
 */
static struct xml_element *start_element(struct tree_builder *builder,
					 const struct interned_name *interned,
					 struct svd_arena **arena)
{
	struct xml_element *parent = builder->current;
	struct xml_element *element;

	if (++builder->depth > XML_DEPTH_LIMIT) {
		if (!builder->too_deep)
			xmlStopParser(builder->xml);
		builder->too_deep = true;
		return NULL;
	}
	*arena =
	    builder->peripheral ? &builder->peripheral_arena : builder->arena;
	element = svd_arena_alloc(*arena, sizeof(*element));
	element->name = interned->text;
	element->name_id = interned->id;
	element->text = "";
	element->line = (unsigned)builder->xml->input->line;
	element->parent = parent;
	if (parent->last)
		parent->last->next = element;
	else
		parent->children = element;
	parent->last = element;
	builder->current = element;
	builder->text.length = 0;
	if (!builder->peripheral && builder->parser->early_tail &&
	    is_peripheral_element(builder, element))
		builder->peripheral = element;
	return element;
}

/* The SAX2 start of an element: names without their prefix. */
static void on_start_element(void *data, const xmlChar *localname,
			     const xmlChar *prefix, const xmlChar *uri,
			     int namespace_count, const xmlChar **namespaces,
			     int attribute_count, int defaulted_count,
			     const xmlChar **attributes)
{
	struct tree_builder *builder = data;
	struct svd_arena *arena;
	struct xml_element *element =
	    start_element(builder, intern(builder, localname), &arena);

	(void)prefix;
	(void)uri;
	(void)namespace_count;
	(void)namespaces;
	(void)defaulted_count;
	if (!element)
		return;
	/* Five pointers per attribute: name, prefix, URI, value, end. */
	for (int i = 0; i < attribute_count; i++) {
		const xmlChar **attribute = attributes + 5 * i;

		if (strcmp((const char *)attribute[0], "derivedFrom") == 0)
			element->derived_from = svd_arena_strndup(
			    arena, (const char *)attribute[3],
			    (size_t)(attribute[4] - attribute[3]));
	}
}

/* The one namespace SVD files declare, for xs:noNamespaceSchemaLocation. */
static const char schema_instance_namespace[] =
    "http://www.w3.org/2001/XMLSchema-instance";

/*
 * Whether SAX2 would see these SAX1 attributes (name, value pairs) as
 * SAX1 does, bar prefixes, and find no namespace error in them: no
 * attribute or one prefix, declared on the element itself as the
 * schema-instance namespace, and used only there. What SVD files do; the
 * rest is left to SAX2, which checks namespaces.
 */
static bool is_plain_start_tag(const xmlChar **attributes)
{
	const char *declared = NULL;
	size_t declared_length = 0;
	bool prefixed = false;

	for (const xmlChar **pair = attributes; pair && pair[0]; pair += 2) {
		const char *name = (const char *)pair[0];
		const char *colon = strchr(name, ':');

		if (!colon) {
			if (strcmp(name, "xmlns") == 0)
				return false;
		} else if (strncmp(name, "xmlns:", 6) == 0) {
			const char *prefix = name + 6;

			if (declared || !*prefix || strchr(prefix, ':') ||
			    strcmp(prefix, "xml") == 0 ||
			    strcmp(prefix, "xmlns") == 0 ||
			    strcmp((const char *)pair[1],
				   schema_instance_namespace) != 0)
				return false;
			declared = prefix;
			declared_length = strlen(prefix);
		} else {
			/* What SAX2 reads as a prefix and a local name. */
			if (strchr(colon + 1, ':') ||
			    !(isalpha((unsigned char)colon[1]) ||
			      colon[1] == '_'))
				return false;
			prefixed = true;
		}
	}
	if (!prefixed)
		return true;
	if (!declared)
		return false;
	for (const xmlChar **pair = attributes; pair[0]; pair += 2) {
		const char *name = (const char *)pair[0];
		const char *colon = strchr(name, ':');

		if (colon && strncmp(name, "xmlns:", 6) != 0 &&
		    ((size_t)(colon - name) != declared_length ||
		     memcmp(name, declared, declared_length) != 0))
			return false;
	}
	return true;
}

/*
 * The SAX1 start of an element, which libxml2 reaches with less work: it
 * resolves no namespaces. A start tag whose names SAX2 would read
 * differently stops the parse, to be read again with SAX2.
 */
static void on_start_element_sax1(void *data, const xmlChar *name,
				  const xmlChar **attributes)
{
	struct tree_builder *builder = data;
	const struct interned_name *interned = intern(builder, name);
	struct svd_arena *arena;
	struct xml_element *element;

	if (interned->prefixed ||
	    (attributes && !is_plain_start_tag(attributes))) {
		builder->needs_namespaces = true;
		xmlStopParser(builder->xml);
		return;
	}
	element = start_element(builder, interned, &arena);
	if (!element || !attributes)
		return;
	for (const xmlChar **pair = attributes; pair[0]; pair += 2) {
		const char *attribute = (const char *)pair[0];
		const char *colon = strchr(attribute, ':');

		/* A namespace declaration is no attribute to SAX2. */
		if (colon && strncmp(attribute, "xmlns:", 6) == 0)
			continue;
		if (strcmp(colon ? colon + 1 : attribute, "derivedFrom") == 0)
			element->derived_from =
			    svd_arena_strdup(arena, (const char *)pair[1]);
	}
}

static bool is_xml_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void end_element(struct tree_builder *builder)
{
	struct xml_element *element = builder->current;

	if (builder->depth-- > XML_DEPTH_LIMIT)
		return;
	if (!element->children && builder->text.length) {
		const char *start = builder->text.data;
		const char *end = start + builder->text.length;

		while (start < end && is_xml_space(*start))
			start++;
		while (end > start && is_xml_space(end[-1]))
			end--;
		element->text =
		    pool_text(&builder->texts, start, (size_t)(end - start));
	}
	builder->text.length = 0;
	builder->current = element->parent;
	if (element == builder->peripheral)
		convert_peripheral(builder, element);
}

static void on_end_element(void *data, const xmlChar *localname,
			   const xmlChar *prefix, const xmlChar *uri)
{
	(void)localname;
	(void)prefix;
	(void)uri;
	end_element(data);
}

static void on_end_element_sax1(void *data, const xmlChar *name)
{
	(void)name;
	end_element(data);
}

/* Text matters only in elements without children (the SVD's leaves). */
static void on_characters(void *data, const xmlChar *text, int length)
{
	struct tree_builder *builder = data;

	if (builder->depth > XML_DEPTH_LIMIT || builder->current->children ||
	    builder->current == &builder->document)
		return;
	svd_buffer_append(&builder->text, (const char *)text, (size_t)length);
}

/*
 * A DOCTYPE in an encoding find_doctype cannot read (UTF-16): refused like
 * one it can, before libxml2 reads any declaration inside it.
 */
static void on_doctype(void *data, const xmlChar *name,
		       const xmlChar *external_id, const xmlChar *system_id)
{
	struct tree_builder *builder = data;

	(void)name;
	(void)external_id;
	(void)system_id;
	if (!builder->doctype_line)
		builder->doctype_line =
		    (unsigned long)builder->xml->input->line;
	xmlStopParser(builder->xml);
}

/*
 * The document, as libxml2 pulls it a block at a time: from memory, or
 * from a regular file through a small buffer (fd >= 0), which spares the
 * run a copy of the whole file and the page faults of its memory.
 */
struct xml_source {
	struct tree_builder *builder;
	/* Memory: the document. A file: the buffer, whose data[0] is the
	 * file's byte at offset. */
	const char *data;
	size_t size; /* memory: the document's; a file: bytes read so far */
	int fd;	     /* -1: memory */
	char *buffer;
	size_t offset;
	uint64_t limit;	    /* a file: more bytes fail the pass */
	bool end;	    /* a file: read to its end */
	bool failed;	    /* a file: could not be read, or grew past limit */
	struct stat status; /* a file: before the pass */
};

/*
 * Whether a file read as it was parsed changed meanwhile: rewritten in
 * place, its first bytes and its last could come from two versions.
 */
static bool stream_changed(const struct xml_source *source)
{
	struct stat now;

	return fstat(source->fd, &now) != 0 ||
	       now.st_size != source->status.st_size ||
	       now.st_mtim.tv_sec != source->status.st_mtim.tv_sec ||
	       now.st_mtim.tv_nsec != source->status.st_mtim.tv_nsec ||
	       now.st_ctim.tv_sec != source->status.st_ctim.tv_sec ||
	       now.st_ctim.tv_nsec != source->status.st_ctim.tv_nsec;
}

/* A file is read through a buffer of this size. */
#define STREAM_BUFFER_SIZE (64 * 1024)

/*
 * Where the first CR not followed by a LF is in data[start, end), or NULL.
 * data has size bytes: the byte after end may be looked at.
 */
static const char *find_lone_cr(const char *data, size_t size, size_t start,
				size_t end)
{
	/* From CR to CR: most files end every line in CR LF. */
	for (const char *cr = memchr(data + start, '\r', end - start); cr;
	     cr = memchr(cr + 1, '\r', end - (size_t)(cr + 1 - data))) {
		size_t i = (size_t)(cr - data);

		if (i + 1 == size || data[i + 1] != '\n')
			return cr;
	}
	return NULL;
}

/*
 * A file: move the bytes after the first consumed ones (those libxml2 has
 * had) to the start of the buffer and read more behind them, up to the
 * end of the file. Returns false when the file cannot be read or grew
 * past the limit.
 */
static bool fill_stream(struct xml_source *source, size_t consumed)
{
	size_t kept = source->size - consumed;

	memmove(source->buffer, source->buffer + (consumed - source->offset),
		kept);
	source->offset = consumed;
	while (!source->end && kept < STREAM_BUFFER_SIZE) {
		ssize_t got = read(source->fd, source->buffer + kept,
				   STREAM_BUFFER_SIZE - kept);

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return false;
		if (got == 0)
			source->end = true;
		kept += (size_t)got;
		source->size += (size_t)got;
	}
	return source->size <= source->limit;
}

static int read_source(void *context, char *buffer, int length)
{
	struct xml_source *source = context;
	struct tree_builder *builder = source->builder;
	const char *data = source->data;
	size_t start = builder->read, end, size;

	if (source->fd >= 0) {
		/* Bytes from the buffer, one kept behind them (for a CR). */
		if (source->failed)
			return 0;
		if (!source->end && source->size - start < (size_t)length + 1 &&
		    !fill_stream(source, start)) {
			source->failed = true;
			return 0;
		}
		data = source->buffer;
		start -= source->offset;
		size = source->size - source->offset;
		end = source->end ? size : size - 1;
	} else {
		size = source->size;
		end = size;
	}
	if (end - start > (size_t)length)
		end = start + (size_t)length;
	/*
	 * Looked for here, in bytes about to be read anyway. The parse then
	 * ends as at the end of the file (libxml2 must not be stopped while
	 * it reads): this pass fails, whatever it says.
	 */
	if (builder->find_lone_cr && find_lone_cr(data, size, start, end)) {
		builder->lone_cr = true;
		return 0;
	}
	memcpy(buffer, data + start, end - start);
	builder->read += end - start;
	return (int)(end - start);
}

/* Push data to libxml2 in chunks; returns whether it is well-formed. */
static int push_document(struct tree_builder *builder, xmlSAXHandler *handler,
			 const char *file, const char *data, size_t size)
{
	/* Small enough that libxml2 never holds a second copy of a big file. */
	const size_t chunk = 256 * 1024;
	size_t first = size < 4 ? size : 4;
	int well_formed;

	/* The first bytes let libxml2 detect the encoding before the rest. */
	builder->xml =
	    xmlCreatePushParserCtxt(handler, builder, data, (int)first, file);
	if (!builder->xml)
		return 0;
	xmlCtxtUseOptions(builder->xml, XML_OPTIONS);
	for (size_t done = first;;) {
		size_t length = size - done < chunk ? size - done : chunk;
		bool last = done + length == size;

		if (xmlParseChunk(builder->xml, data + done, (int)length,
				  last) != 0 ||
		    last)
			break;
		done += length;
	}
	well_formed = builder->xml->wellFormed;
	xmlFreeParserCtxt(builder->xml);
	return well_formed;
}

/*
 * What libxml2 prints during the pull pass (see pull_document): not
 * printed, but the pass fails, so that the push pass prints it, even
 * where libxml2 itself goes on (bytes it cannot decode after the root).
 */
static void discard_generic_error(void *context, const char *format, ...)
{
	struct tree_builder *builder = context;

	(void)format;
	builder->pull_failed = true;
}

/*
 * Let libxml2 pull data through read_source; returns whether it is
 * well-formed. libxml2 then holds a few kilobytes of the document at a
 * time and copies each byte once, where the push parser appends every
 * chunk to its buffer and moves what is left: STM32H573 took 437M
 * instructions that way, 357M so.
 */
static int pull_document(struct tree_builder *builder, xmlSAXHandler *handler,
			 struct xml_source *source)
{
	/*
	 * libxml2 prints some errors (encoding conversion) through its
	 * generic error function, not the handler: this pass is only a
	 * question, so they are silenced here, fail it and are printed by
	 * the push pass.
	 */
	xmlGenericErrorFunc saved_function = xmlGenericError;
	void *saved_context = xmlGenericErrorContext;
	int well_formed;

	builder->xml =
	    xmlCreateIOParserCtxt(handler, builder, read_source, NULL, source,
				  XML_CHAR_ENCODING_NONE);
	if (!builder->xml)
		return 0;
	xmlCtxtUseOptions(builder->xml, XML_OPTIONS);
	xmlSetGenericErrorFunc(builder, discard_generic_error);
	xmlParseDocument(builder->xml);
	xmlSetGenericErrorFunc(saved_context, saved_function);
	/*
	 * The pull parser takes a NUL byte for the end of the document: one
	 * past the root element would hide what follows it. A pass that
	 * did not read and consume every byte fails, and the push parser
	 * says why; so does one whose file changed size or could not be
	 * read.
	 */
	well_formed = builder->xml->wellFormed && !builder->pull_failed &&
		      !builder->lone_cr && builder->read == source->size &&
		      (source->fd < 0 || (source->end && !source->failed)) &&
		      builder->xml->input->cur == builder->xml->input->end;
	xmlFreeParserCtxt(builder->xml);
	return well_formed;
}

/*
 * Run libxml2's SAX2 parser over data into builder. No DTD is loaded,
 * nothing outside the file is read (NONET), and entities never reach this
 * point: svd_parse_memory refuses documents that declare any.
 */
static int build_tree(struct parser *parser, struct tree_builder *builder,
		      const char *data, size_t size, struct xml_source *stream)
{
	struct xml_source memory = {
	    .builder = builder, .data = data, .size = size, .fd = -1};
	xmlSAXHandler handler;
	int well_formed;

	memset(&handler, 0, sizeof(handler));
	/*
	 * libxml2 gives SAX1 events only to a handler without the SAX2
	 * magic number, and then errors go to its error callbacks, not to
	 * serror: only the pull parser runs so, and it only needs to know
	 * that there was an error.
	 */
	if (builder->namespaces) {
		handler.initialized = XML_SAX2_MAGIC;
		handler.startElementNs = on_start_element;
		handler.endElementNs = on_end_element;
		handler.serror = report_xml_error;
	} else {
		handler.initialized = 1;
		handler.startElement = on_start_element_sax1;
		handler.endElement = on_end_element_sax1;
		handler.error = on_pull_error;
		handler.fatalError = on_pull_error;
	}
	handler.characters = on_characters;
	handler.cdataBlock = on_characters;
	handler.internalSubset = on_doctype;
	builder->parser = parser;
	/*
	 * Once per process (later calls return at once); it also lets
	 * svd_parse_release() free the tables libxml2 sets up lazily.
	 */
	xmlInitParser();
	builder->current = &builder->document;
	well_formed =
	    builder->push
		? push_document(builder, &handler, parser->file, data, size)
		: pull_document(builder, &handler, stream ? stream : &memory);
	free(builder->text.data);
	return well_formed && !builder->too_deep && !builder->needs_namespaces
		   ? 0
		   : -1;
}

/* Parse a copy of data whose lone CRs are LFs. */
static int parse_with_line_feeds(struct svd_context *context, const char *name,
				 const char *data, size_t size)
{
	char *copy = malloc(size);
	int result;

	if (!copy) {
		fputs("svdgen: out of memory\n", stderr);
		abort();
	}
	memcpy(copy, data, size);
	for (size_t i = 0; i < size; i++)
		if (copy[i] == '\r' && (i + 1 == size || copy[i + 1] != '\n'))
			copy[i] = '\n';
	result = svd_parse_memory(context, name, copy, size);
	free(copy);
	return result;
}

/* parse_document's answer when a file must be read whole and parsed so. */
#define PARSE_READ_WHOLE 1

/*
 * Parse data, or with stream not NULL the file it reads, which must then
 * pass on the first try: a file that needs a second pass (malformed, with
 * namespaces, a document type, lone CRs or a prolog longer than the
 * buffer) returns PARSE_READ_WHOLE before anything is reported.
 */
static int parse_document(struct svd_context *context, const char *name,
			  const char *data, size_t size,
			  struct xml_source *stream)
{
	struct parser parser = {.context = context,
				.arena = &context->arena,
				.diag = &context->diag,
				.file =
				    svd_arena_strdup(&context->arena, name)};
	unsigned errors_before = context->diag.errors;
	struct svd_location location = {parser.file, 1};
	struct svd_arena tree_arena;
	struct tree_builder builder;
	struct xml_element *root;
	bool may_have_lone_cr;
	int result;

	if (stream) {
		/* The start of the file stands in for it until the pass. */
		if (!fill_stream(stream, 0))
			return PARSE_READ_WHOLE;
		data = stream->buffer;
		size = stream->size;
	}
	if (size == 0) {
		svd_report(&context->diag, SVD_CHECK_XML_SYNTAX, &location,
			   "the file is empty");
		return -1;
	}
	if (size > INT32_MAX) {
		svd_report(&context->diag, SVD_CHECK_SIZE_LIMIT, &location,
			   "the file is larger than 2 GiB");
		return -1;
	}
	/*
	 * Lines ending in a lone CR (old Mac files): XML reads a lone CR as
	 * a LF anyway, but libxml2 and find_doctype count lines by LF, and
	 * every diagnostic would say line 1, so such a file is read again
	 * with LFs (see parse_with_line_feeds). Not for UTF-16 or UTF-32,
	 * whose byte 0x0d may be half of another character. The pull parser
	 * looks for one as it reads: a separate pass over a large file
	 * reads it from memory twice.
	 */
	may_have_lone_cr = !memchr(data, '\0', size < 4 ? size : 4) &&
			   !(size >= 2 && ((unsigned char)data[0] == 0xfe ||
					   (unsigned char)data[0] == 0xff));
	{
		bool entities = false;
		size_t prolog;
		unsigned long doctype =
		    find_doctype(data, size, &entities, &prolog);

		if (stream && (doctype || (prolog == size && !stream->end)))
			return PARSE_READ_WHOLE;
		if (doctype) {
			if (may_have_lone_cr &&
			    find_lone_cr(data, size, 0, size))
				return parse_with_line_feeds(context, name,
							     data, size);
			location.line = doctype;
			svd_report(
			    &context->diag, SVD_CHECK_XML_ENTITY, &location,
			    entities ? "the file declares entities; SVD "
				       "files must not"
				     : "the file has a document type "
				       "declaration; SVD files must not");
			return -1;
		}
	}
	/*
	 * The pull parser first, as it is cheaper, with SAX1 events, which
	 * cost libxml2 less again (STM32H573: 318M instructions against
	 * 356M for an empty SAX2 handler); with SAX2 events if the file
	 * uses namespaces beyond what SVD files do. A document the pull
	 * parser fails on is read again by the push parser with SAX2
	 * events, whose diagnostics (libxml2 words some errors differently
	 * in the two) are the ones svdgen has always given. What a failed
	 * pass made is dropped unprinted.
	 */
	for (int pass = 0;; pass++) {
		bool push = pass == 2;

		svd_arena_init(&tree_arena);
		memset(&builder, 0, sizeof(builder));
		builder.push = push;
		builder.namespaces = pass > 0;
		builder.find_lone_cr = may_have_lone_cr && !push;
		builder.arena = &tree_arena;
		svd_table_init(&builder.names.table, &tree_arena);
		builder.names.arena = &tree_arena;
		builder.texts.arena = parser.arena;
		builder.texts.table_arena = &tree_arena;
		parser.names = &builder.names;
		parser.xml_errors = 0;
		/* A cap on printed messages counts them in the order printed:
		 * then the tree is converted whole, at the end. */
		parser.early = NULL;
		parser.early_tail = context->diag.limit ? NULL : &parser.early;
		if (stream)
			stream->builder = &builder;
		result = build_tree(&parser, &builder, data, size, stream);
		svd_arena_free(&builder.peripheral_arena);
		if (stream && (result != 0 || builder.doctype_line ||
			       stream_changed(stream))) {
			drop_early_peripherals(&parser);
			svd_arena_free(&tree_arena);
			return PARSE_READ_WHOLE;
		}
		/*
		 * Before a pass counts, or the push parser reports lines,
		 * the rest of the file is looked at too.
		 */
		if (!push && !stream && may_have_lone_cr &&
		    (builder.lone_cr ||
		     find_lone_cr(data, size, builder.read, size))) {
			drop_early_peripherals(&parser);
			svd_arena_free(&tree_arena);
			return parse_with_line_feeds(context, name, data, size);
		}
		if (push || (result == 0 && !builder.doctype_line))
			break;
		drop_early_peripherals(&parser);
		svd_arena_free(&tree_arena);
		/* Only a file with namespaces is pulled with SAX2. */
		if (pass == 0 && !builder.needs_namespaces)
			pass++;
	}
	if (result < 0 || builder.doctype_line) {
		drop_early_peripherals(&parser);
		if (builder.doctype_line) {
			location.line = builder.doctype_line;
			svd_report(&context->diag, SVD_CHECK_XML_ENTITY,
				   &location,
				   "the file has a document type declaration; "
				   "SVD files must not");
		} else if (builder.too_deep)
			svd_report(&context->diag, SVD_CHECK_SIZE_LIMIT,
				   &location, "elements nest more than %d deep",
				   XML_DEPTH_LIMIT);
		else if (!parser.xml_errors)
			svd_report(&context->diag, SVD_CHECK_XML_SYNTAX,
				   &location,
				   "the file is not well-formed XML");
		svd_arena_free(&tree_arena);
		return -1;
	}
	root = builder.document.children;
	if (!root || !is_element(root, "device")) {
		drop_early_peripherals(&parser);
		location.line = root ? root->line : 1;
		svd_report(&context->diag, SVD_CHECK_WRONG_ROOT, &location,
			   "root element is <%s>, expected <device>",
			   root ? root->name : "none");
		svd_arena_free(&tree_arena);
		return -1;
	}
	parse_device(&parser, root);
	drop_early_peripherals(&parser);
	svd_arena_free(&tree_arena);
	return context->diag.errors > errors_before ? -1 : 0;
}

int svd_parse_memory(struct svd_context *context, const char *name,
		     const char *data, size_t size)
{
	context->input_read_whole = true;
	return parse_document(context, name, data, size, NULL);
}

/* Report that path is over limit bytes, and fail. */
static int report_too_large(struct svd_context *context, const char *path,
			    uint64_t limit)
{
	struct svd_location location = {path, 1};

	svd_report(&context->diag, SVD_CHECK_SIZE_LIMIT, &location,
		   "the file is larger than %llu bytes (see --max-size)",
		   (unsigned long long)limit);
	return -1;
}

int svd_parse_file(struct svd_context *context, const char *path)
{
	uint64_t limit = context->options.max_input_size
			     ? context->options.max_input_size
			     : SVD_DEFAULT_INPUT_SIZE_LIMIT;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat status;
	char *data = NULL;
	size_t size = 0, capacity = 0;
	bool regular;
	int result;

	if (fd < 0) {
		svd_report(&context->diag, SVD_CHECK_IO, NULL,
			   "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	if (limit > INT32_MAX)
		limit = INT32_MAX; /* what libxml2 takes in one buffer */
	/* A regular file says its size: a huge or sparse one is refused
	 * before a byte is read. Pipes and devices are read up to the
	 * limit and no further. */
	regular = fstat(fd, &status) == 0 && S_ISREG(status.st_mode);
	if (regular && (uint64_t)status.st_size > limit) {
		close(fd);
		return report_too_large(context, path, limit);
	}
	/*
	 * A well-formed file is parsed as it is read; any other is read
	 * again, whole, for the passes that report.
	 */
	if (regular && status.st_size > 0) {
		char *buffer = malloc(STREAM_BUFFER_SIZE);
		struct xml_source stream = {.data = buffer,
					    .fd = fd,
					    .buffer = buffer,
					    .limit = limit,
					    .status = status};

		result = buffer
			     ? parse_document(context, path, NULL, 0, &stream)
			     : PARSE_READ_WHOLE;
		free(buffer);
		if (result != PARSE_READ_WHOLE) {
			context->input_read_whole = false;
			close(fd);
			return result;
		}
		if (lseek(fd, 0, SEEK_SET) != 0) {
			svd_report(&context->diag, SVD_CHECK_IO, NULL,
				   "cannot read %s: %s", path, strerror(errno));
			close(fd);
			return -1;
		}
	}
	/*
	 * A regular file's buffer is its size plus the byte that shows it
	 * grew, allocated once: growing by doubling copied it and touched
	 * twice the pages. Not a mapping of the file: a file truncated
	 * while it is parsed would kill the run with SIGBUS instead of
	 * ending in a short read and an XML error.
	 */
	if (regular && status.st_size > 0)
		capacity = (size_t)status.st_size + 1;
	data = capacity ? malloc(capacity) : NULL;
	if (!data)
		capacity = 0; /* the loop grows it, or says it cannot */
	for (;;) {
		ssize_t got;

		if (size == capacity) {
			char *bigger;

			if (size > limit) {
				free(data);
				close(fd);
				return report_too_large(context, path, limit);
			}
			/* Room for one byte past the limit, to see it. */
			capacity = capacity ? capacity * 2 : 1 << 20;
			if (capacity > limit + 1)
				capacity = (size_t)limit + 1;
			bigger = realloc(data, capacity);
			if (!bigger) {
				free(data);
				close(fd);
				svd_report(&context->diag, SVD_CHECK_SIZE_LIMIT,
					   NULL, "out of memory reading %s",
					   path);
				return -1;
			}
			data = bigger;
		}
		got = read(fd, data + size, capacity - size);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			svd_report(&context->diag, SVD_CHECK_IO, NULL,
				   "cannot read %s: %s", path, strerror(errno));
			free(data);
			close(fd);
			return -1;
		}
		if (got == 0)
			break;
		size += (size_t)got;
	}
	close(fd);
	if (size > limit) {
		free(data);
		return report_too_large(context, path, limit);
	}
	result = svd_parse_memory(context, path, data, size);
	free(data);
	return result;
}

void svd_parse_release(void)
{
	xmlCleanupParser();
}

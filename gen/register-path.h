/* SPDX-License-Identifier: MIT */
/*
 * What svdreg knows about registers, apart from touching them: loading an
 * SVD through the generator's own stages (parse, derive, expand), finding
 * a register or field by its path ("GPIO.GPFSEL1.FSEL17", "DMA.CH[3].CS"),
 * decoding a value into fields and enums, and deciding how a write is done
 * under the register's access rules. Nothing here maps or touches memory,
 * so all of it can be tested on a host.
 */
#ifndef SVDGEN_REGISTER_PATH_H
#define SVDGEN_REGISTER_PATH_H

#include "expand.h"
#include "naming.h" /* svd_field_is_usable */

/* Room for a message about a path or a value. */
#define SVD_MESSAGE_SIZE 512

/* One register (and maybe one of its fields) found by its path. */
struct svd_register_ref {
	const struct svd_instance *instance;
	const struct svd_member *reg;
	/* "GPIO.GPFSEL1" or "DMA.CH[3].CS": names as the SVD spells them. */
	const char *path;
	uint64_t address;
	const struct svd_field *field; /* NULL: the whole register */
};

/*
 * Read an SVD into context and expanded, with the generator's stages.
 * Errors are printed as file:line: error: ... on the context's stream;
 * warnings are not (svdreg is not a linter). Returns 0 or -1.
 */
int svd_registers_load(struct svd_context *context, const char *path,
		       struct svd_expanded *expanded);

/* Why a lookup failed. */
enum svd_lookup_status {
	SVD_LOOKUP_OK = 0,
	SVD_LOOKUP_SYNTAX,	 /* not PERIPH.REG[.FIELD] */
	SVD_LOOKUP_NOT_FOUND,	 /* no such peripheral, register, field */
	SVD_LOOKUP_BAD_INDEX,	 /* an index missing, extra or out of range */
	SVD_LOOKUP_NO_REGISTERS, /* a peripheral without registers */
};

/*
 * Find path, case-insensitively. On failure message says what is wrong
 * and, for a name that is not there, which name was probably meant.
 */
enum svd_lookup_status svd_register_lookup(struct svd_arena *arena,
					   const struct svd_expanded *expanded,
					   const char *path,
					   struct svd_register_ref *ref,
					   char *message, size_t size);

/* The peripheral instance called name (case-insensitive), or NULL. */
const struct svd_instance *
svd_instance_find(const struct svd_expanded *expanded, const char *name);

/* Calls visit for every register of an instance, array elements apart. */
typedef void (*svd_register_visitor)(const struct svd_register_ref *ref,
				     void *data);
void svd_registers_visit(struct svd_arena *arena,
			 const struct svd_instance *instance,
			 svd_register_visitor visit, void *data);

/* The field's effective access: its own, else the register's. */
enum svd_access svd_field_access(const struct svd_member *reg,
				 const struct svd_field *field);
/* "read-only", "write-only", "read-write", "writeOnce", "read-writeOnce". */
const char *svd_access_name(enum svd_access access);
bool svd_access_readable(enum svd_access access);
bool svd_access_writable(enum svd_access access);

/* The field's value inside a register value. */
uint64_t svd_field_extract(const struct svd_field *field, uint64_t value);
/* The enumerated value that value matches, for reading or writing. */
const struct svd_enum_value *svd_field_match_enum(const struct svd_field *field,
						  uint64_t value,
						  bool for_write);

/*
 * Why a read of the register would be refused, or NULL when it is
 * allowed: write-only registers never, registers (or fields) whose read
 * has a side effect (readAction) only with force.
 */
const char *svd_read_refusal(struct svd_arena *arena,
			     const struct svd_register_ref *ref, bool force);

/*
 * How a write is carried out: the register is set to value when
 * read_first is false, else to (old & keep_mask) | value with old read
 * once just before.
 */
struct svd_write_plan {
	bool read_first;
	uint64_t keep_mask;
	uint64_t value;
	/*
	 * The bits this write sets on purpose: the field's (and, on a
	 * write-enable-mask register, their enable bits), or all.
	 */
	uint64_t decided;
};

/*
 * Plan the write of text (a number, or an enum name for a field) to ref
 * under the register's access rules. Returns 0, or -1 with message saying
 * why it is refused; force allows the read before a field write on a
 * register whose read has a side effect.
 */
int svd_plan_write(const struct svd_register_ref *ref, const char *text,
		   bool force, struct svd_write_plan *plan, char *message,
		   size_t size);

/* Edit distance between two names, ignoring case; for "did you mean". */
size_t svd_name_distance(const char *a, const char *b);

#endif

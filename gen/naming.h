/* SPDX-License-Identifier: MIT */
/*
 * The naming stage, between layout and emit: every file name, include
 * guard and global identifier of the generated headers is made here, and
 * every collision between them is found and reported here. The emitters
 * print what it decided and cannot fail.
 */
#ifndef SVDGEN_NAMING_H
#define SVDGEN_NAMING_H

#include "emit.h"

#include <pthread.h>

/*
 * What a register allows, from its access, modifiedWriteValues, readAction
 * and write-enable mask: which accessors it gets and how they write.
 */
struct svd_register_rules {
	bool readable;	   /* _read and field _get */
	bool writable;	   /* _write and the field writers */
	bool actions;	   /* every writable bit sets, clears or toggles */
	bool effects;	   /* reading has side effects (readAction) */
	bool write_enable; /* bits 31:16 enable the writes of bits 15:0 */
	bool modify;	   /* read-modify-write field setters are safe */
	/* The write-1-to-clear bits, which a write must give 0 to keep. */
	uint64_t clear_mask;
	/* A field's _clear keeps the register's other fields (reads it). */
	bool clear_keeps_others;
};

/* The accessors one field of a register gets. */
struct svd_field_rules {
	bool get;	 /* read the field */
	bool value;	 /* _val: the field's bits of a register value */
	bool set_enable; /* _set as one write with the enable mask */
	bool set_modify; /* _set as read-modify-write */
	bool clear;	 /* _clear of a write-1-to-clear field */
};

struct svd_register_rules svd_register_rules(const struct svd_member *reg);
struct svd_field_rules svd_field_rules(const struct svd_member *reg,
				       const struct svd_register_rules *rules,
				       const struct svd_field *field);

/* A field in a register's REG_b view (--bitfields), and its C name. */
struct svd_bitfield {
	const struct svd_field *field;
	const char *name;
};

/* The fields of a REG_b view, by bit offset. */
struct svd_bitfield_view {
	/* REG_b, and SVDConv's spelling where it differs, or NULL. */
	const char *names[2];
	size_t count;
	struct svd_bitfield *fields;
};

/* A --strict wrapper type defined before its struct. */
struct svd_wrapper_names {
	struct svd_wrapper_names *next;
	const struct svd_member *member;
	const char *name;
};

/* A field's _Pos and _Msk; a name is NULL when it is not printed. */
struct svd_macro_names {
	struct svd_macro_names *next;
	const struct svd_field *field;
	const char *pos, *pos_text;
	const char *msk, *msk_text;
	uint64_t mask;
};

/* One enumerated value printed in an enum. */
struct svd_value_names {
	struct svd_value_names *next;
	const struct svd_enum_value *value;
	const char *name;
	const char *text;
};

/* A field enum defined in a header, with its values and decoder. */
struct svd_enum_names {
	struct svd_enum_names *next;
	const struct svd_field *field;
	const struct svd_enum_set *set;
	const char *name;
	bool as_enum; /* a C enum; else #defines and an integer typedef */
	struct svd_value_names *values;
	const char *decoder; /* --enum-strings: NAME_to_str, or NULL */
	/* The decoder's values; name is the string it returns. */
	struct svd_value_names *decoded;
};

enum svd_struct_print {
	SVD_STRUCT_DEFINE, /* the typedef, its asserts, macros and enums */
	SVD_STRUCT_ALIAS,  /* typedef of the model's type, and macros */
	SVD_STRUCT_MACROS, /* macros only: the model's name is the same */
};

/* One struct of a peripheral header, in print order. */
struct svd_struct_names {
	struct svd_struct_names *next;
	enum svd_struct_print print;
	const struct svd_struct *type;
	const struct svd_struct *model; /* ALIAS: the type it names */
	struct svd_wrapper_names *wrappers;
	struct svd_macro_names *macros;
	struct svd_enum_names *enums;
};

/* A peripheral's _BASE and pointer macros; NULL when not printed. */
struct svd_instance_names {
	struct svd_instance_names *next;
	const struct svd_instance *instance;
	const char *base;
	const char *pointer;
	const char *base_macro; /* the _BASE name, printed or not */
	const char *array_base; /* SVDConv's UART_BASE of UART[%s], or NULL */
	/*
	 * SVDConv's UART: a pointer to UART_ARRAYType (an array of one
	 * UART_Type, padded to the stride) at UART_BASE; NULL when not
	 * printed. array_typedef: the typedef to print first, or NULL when
	 * an earlier instance of the type printed it.
	 */
	const char *array_pointer;
	const char *array_type;
	const char *array_typedef;
};

/* The index enum of a field list with named elements. */
struct svd_index_enum {
	const char *name;
	const char *list; /* the field list's name without %s */
	struct svd_value_names *values;
	bool define; /* printed here; else defined earlier alike */
};

/* The accessors of one field, and how they reach it. */
struct svd_field_accessors {
	struct svd_field_accessors *next;
	const struct svd_field *field;
	/* NULL when the field has no such accessor or the name is taken. */
	const char *get, *value, *set, *clear;
	bool set_enable; /* set writes the enable mask, never reads */
	const char *read_enum, *write_enum; /* NULL: the register type */
	const struct svd_index_enum *index_enum;
	const char *position;	/* "3u" or "(3u + element * 3u)" */
	const char *parameter;	/* "" or ", uint32_t n" */
	const char *index_type; /* NULL, "uint32_t" or the index enum */
	const char *check;	/* index check and reduction, or "" */
	uint64_t mask;		/* unshifted */
};

/* A macro for one element of a field list: FSEL17_set(p, v). */
struct svd_element_macro {
	struct svd_element_macro *next;
	const char *name;
	const char *target;
	const char *index;
	const char *arguments; /* ", i, j" */
	enum {
		SVD_ELEMENT_GET,
		SVD_ELEMENT_VALUE,
		SVD_ELEMENT_SET,
		SVD_ELEMENT_CLEAR
	} operation;
};

/* A register reached from the peripheral pointer, with its accessors. */
struct svd_register_accessors {
	struct svd_register_accessors *next;
	const struct svd_member *reg;
	const char *path;	/* member names joined by '_' */
	const char *location;	/* "&p->CH[i].CFG" */
	const char *parameters; /* ", uint32_t i" */
	const char *checks;	/* "\tSVDGEN_CHECK_INDEX(i < 2u);\n" */
	bool packed;		/* in a packed struct: no accessors */
	struct svd_register_rules rules;
	const char *read, *write; /* NULL when none */
	struct svd_field_accessors *fields;
	struct svd_element_macro *element_macros;
};

/* One spelling of an enum type or value (typedef or #define). */
struct svd_alias {
	struct svd_alias *next;
	bool is_type;
	const char *name;
	const char *target;
};

/* The aliases under one owner (type or instance name). */
struct svd_alias_group {
	struct svd_alias_group *next;
	const char *owner;
	struct svd_alias *aliases;
};

/* Everything named in one peripheral type's two headers. */
struct svd_type_names {
	/* An instance gets a peripheral array's names, which are made after
	 * every type's own: its headers wait for the end of naming. */
	bool array_names;
	/* Build-system macros (PACKAGE, DEBUG...) a member is spelled like,
	 * hidden while the headers are read; NULL-terminated. */
	const char **build_macros;
	struct svd_struct_names *structs;
	struct svd_instance_names *instances;
	struct svd_register_accessors *registers;
	struct svd_alias_group *aliases;
};

/* A processor exception or device interrupt of IRQn_Type. */
struct svd_irq_names {
	struct svd_irq_names *next;
	const char *name;
	int64_t value;
	const char *description; /* NULL: from irq */
	const struct svd_irq *irq;
};

/* One CMSIS-Core configuration macro. */
struct svd_configuration {
	struct svd_configuration *next;
	const char *name;
	const char *text;
	const char *what;
};

struct svd_names {
	struct svd_arena *arena;
	struct svd_diagnostics *diag;
	const char *prefix; /* --prefix, or "" */
	/* prefix plus the SVD's headerDefinitionsPrefix: types, instances. */
	const char *type_prefix;
	const char *stem;  /* device file stem, lower case */
	const char *guard; /* device part of include guards, upper case */
	const char *device_file_name; /* the umbrella header */
	const char *common_file_name;
	/* SVDConv's name for the device header when ours differs, or NULL. */
	const char *forwarding_file_name;
	const char *forwarding_device; /* the device as that file spells it */
	bool strict;		       /* --strict */
	/* IRQn_Type, or NULL when it is not printed. */
	const char *irq_type;
	bool no_irqs;	      /* the device lists none */
	bool core_exceptions; /* irqs start with the core's exceptions */
	struct svd_irq_names *irqs;
	/* CMSIS-Core configuration: printed when cpu_section. */
	bool cpu_section;
	bool cpu_known; /* a core svdgen knows */
	struct svd_configuration *configurations;
	const char *core_header;   /* --cmsis: core_cmX.h, or NULL */
	const char *system_header; /* --cmsis: system_X.h */
	/* _BASE of peripherals without registers; pointer is NULL. */
	struct svd_instance_names *bare_instances;
	/* Global identifiers: name -> definition text. */
	struct svd_table globals;
	/* Header file names taken, lower case. */
	struct svd_table files;
};

/*
 * How far the naming stage has got, for an emitter on another thread that
 * prints each peripheral type's headers as soon as its names are final:
 * file names and include guards first, then the types in list order, then
 * the rest (interrupts, CMSIS configuration, peripheral arrays). A type's
 * names never change once it is done, so what the emitter prints is what
 * it would print after the whole stage.
 */
struct svd_naming_progress {
	pthread_mutex_t lock;
	pthread_cond_t changed;
	bool files;    /* file names, include guards, C type names */
	size_t types;  /* peripheral types named, in list order */
	bool finished; /* every name */
	bool failed;   /* an error was reported: emitting is pointless */
};

/* Returns 0, or -1 when the system refuses a lock (then nobody waits). */
int svd_naming_progress_init(struct svd_naming_progress *progress);
void svd_naming_progress_destroy(struct svd_naming_progress *progress);

/*
 * For the emitter: wait until file names and the first types peripheral
 * types are named (SIZE_MAX: all of naming). Returns false when naming
 * failed, and at once when progress is NULL (naming is over) true.
 */
bool svd_naming_wait(struct svd_naming_progress *progress, size_t types);

/*
 * Name the headers of expanded: file names, include guards, C type names.
 * Returns 0, or -1 after reporting an error. progress, unless NULL, tells
 * an emitter running beside it what is final.
 */
int svd_name_headers(struct svd_context *context, struct svd_expanded *expanded,
		     const struct svd_options *options, struct svd_names *names,
		     struct svd_naming_progress *progress);

/* What naming-layout.c's two passes share. */
struct svd_layout_names {
	/* Sanitised names already reported, by place: said once. */
	struct svd_table reported;
	/* Errors reported before the first pass. */
	unsigned errors_before;
};

/*
 * naming-layout.c, before svd_layout: each member's C identifier, in SVD
 * order (layout sorts members by offset), and collisions between them.
 */
void svd_name_members(struct svd_context *context,
		      struct svd_expanded *expanded,
		      struct svd_layout_names *state);

/*
 * naming-layout.c, after svd_layout: RESERVEDn padding, peripheral and
 * cluster type names, instances, members spelled like an instance macro
 * and interrupts. Returns 0, or -1 when either pass reported an error.
 */
int svd_name_layout(struct svd_context *context, struct svd_expanded *expanded,
		    struct svd_layout_names *state);

/* naming-layout.c: whether instance is the first of a peripheral array
 * (UART[%s]), which also gets the array's macros UART and UART_BASE. */
bool svd_heads_peripheral_array(const struct svd_instance *instance);

/* naming-layout.c: report that name was changed to result, in the one
 * wording used. */
void svd_report_sanitized(struct svd_diagnostics *diag,
			  const struct svd_location *location, const char *name,
			  const char *result);

/* naming-share.c: same C layout, access rules and fields? */
bool svd_struct_same_shape(const struct svd_struct *a,
			   const struct svd_struct *b);
/* naming-share.c: the earlier peripheral type type can share, or NULL. */
const struct svd_struct *svd_shared_type(const struct svd_expanded *expanded,
					 const struct svd_struct *type);

/* --prefix plus the device's headerDefinitionsPrefix. */
const char *svd_type_prefix(struct svd_arena *arena, const char *prefix,
			    const struct svd_device *device);

/*
 * Claim a global identifier for a definition. Returns true when it should
 * be emitted; false when the same definition is already there. A different
 * definition under the same name is reported as a collision.
 */
bool svd_names_claim(struct svd_names *names, const char *name,
		     const char *definition,
		     const struct svd_location *location);

/* Claim a function name; a name taken is reported and refused. */
bool svd_names_claim_function(struct svd_names *names, const char *name,
			      const struct svd_location *location);

/* Claim a name quietly: false when taken, whatever by. */
bool svd_names_claim_quietly(struct svd_names *names, const char *name,
			     const char *definition);

/* The definition text claimed under name, or NULL. */
const char *svd_names_find(const struct svd_names *names, const char *name);

/* The C type a register of bits is declared with ("uint32_t"). */
const char *svd_register_c_type(uint32_t bits);

/*
 * The stem of every include guard (TEST of TEST_H, TEST_P_H): the device
 * file stem after prefix, in upper case.
 */
const char *svd_device_guard(struct svd_arena *arena, const char *prefix,
			     const char *stem);

/* text in upper case, copied into arena. */
const char *svd_upper_case(struct svd_arena *arena, const char *text);

/*
 * Whether a field can have macros, accessors and a bit-field: it is named
 * and positioned inside its register.
 */
bool svd_field_is_usable(const struct svd_member *reg,
			 const struct svd_field *field);

#endif

/* SPDX-License-Identifier: MIT */
/*
 * The svdgen model: one struct per CMSIS-SVD element, each carrying the
 * place in the file it came from. parse.c fills it, derive.c resolves
 * derivedFrom and inherited properties, expand.c turns dim arrays and lists
 * into instances, check.c validates, layout.c computes the C structure,
 * naming-layout.c and naming.c name everything and the emitters print it.
 * Nothing here depends on libxml2.
 */
#ifndef SVDGEN_SVD_H
#define SVDGEN_SVD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

enum svd_access {
	SVD_ACCESS_UNSET = 0,
	SVD_ACCESS_READ_ONLY,
	SVD_ACCESS_WRITE_ONLY,
	SVD_ACCESS_READ_WRITE,
	SVD_ACCESS_WRITE_ONCE,
	SVD_ACCESS_READ_WRITE_ONCE,
};

enum svd_modified_write {
	SVD_MODIFIED_WRITE_UNSET = 0,
	SVD_MODIFIED_WRITE_ONE_TO_CLEAR,
	SVD_MODIFIED_WRITE_ONE_TO_SET,
	SVD_MODIFIED_WRITE_ONE_TO_TOGGLE,
	SVD_MODIFIED_WRITE_ZERO_TO_CLEAR,
	SVD_MODIFIED_WRITE_ZERO_TO_SET,
	SVD_MODIFIED_WRITE_ZERO_TO_TOGGLE,
	SVD_MODIFIED_WRITE_CLEAR,
	SVD_MODIFIED_WRITE_SET,
	SVD_MODIFIED_WRITE_MODIFY,
};

enum svd_read_action {
	SVD_READ_ACTION_UNSET = 0,
	SVD_READ_ACTION_CLEAR,
	SVD_READ_ACTION_SET,
	SVD_READ_ACTION_MODIFY,
	SVD_READ_ACTION_MODIFY_EXTERNAL,
};

enum svd_enum_usage {
	SVD_USAGE_READ_WRITE = 0,
	SVD_USAGE_READ,
	SVD_USAGE_WRITE,
};

/*
 * Register properties that are inherited down the tree
 * (device -> peripheral -> cluster -> register).
 */
struct svd_properties {
	bool has_size, has_access, has_reset_value, has_reset_mask;
	uint32_t size; /* in bits */
	enum svd_access access;
	uint64_t reset_value;
	uint64_t reset_mask;
};

/*
 * derive.c: fill the properties target lacks from source, the one rule for
 * derivedFrom (from the base) and for nesting (from the enclosing element).
 */
void svd_properties_inherit(struct svd_properties *target,
			    const struct svd_properties *source);

/* dim, dimIncrement, dimIndex, dimName and dimArrayIndex of one element. */
struct svd_dim {
	bool present;
	uint32_t count;
	uint64_t increment; /* in address units */
	char **index;	    /* count strings: dimIndex or 0..count-1 */
	const char *dim_name;
	struct svd_enum_set *array_index; /* dimArrayIndex, may be NULL */
	struct svd_location location;
};

struct svd_enum_value {
	struct svd_enum_value *next;
	const char *name;
	const char *description;
	uint64_t value;
	/* Bits that matter: 0 where a #-binary value has an x. */
	uint64_t care_mask;
	bool is_default;
	struct svd_location location;
};

struct svd_enum_set {
	struct svd_enum_set *next;
	const char *name;
	const char *header_enum_name;
	const char *derived_from;
	enum svd_enum_usage usage;
	struct svd_enum_value *values;
	struct svd_location location;
	/* Set by derive.c: the set this one was derived from, resolved. */
	struct svd_enum_set *base;
};

struct svd_write_constraint {
	bool present;
	bool write_as_read;
	bool use_enumerated_values;
	bool has_range;
	uint64_t minimum, maximum;
};

struct svd_field {
	struct svd_field *next;
	const char *name;
	const char *description;
	const char *derived_from;
	struct svd_dim dim;
	bool has_bits;
	uint32_t bit_offset;
	uint32_t bit_width;
	enum svd_access access;
	enum svd_modified_write modified_write;
	enum svd_read_action read_action;
	struct svd_write_constraint write_constraint;
	struct svd_enum_set *enums; /* up to two sets, by usage */
	struct svd_location location;
	struct svd_field *base;
};

enum svd_node_kind {
	SVD_NODE_REGISTER,
	SVD_NODE_CLUSTER,
};

/* A register or a cluster: both are addressable blocks in a peripheral. */
struct svd_node {
	struct svd_node *next;
	enum svd_node_kind kind;
	const char *name;
	const char *display_name;
	const char *description;
	const char *alternate_group;	/* registers */
	const char *alternate_register; /* registers */
	const char *alternate_cluster;	/* clusters */
	const char *header_struct_name; /* clusters */
	const char *derived_from;
	const char *data_type;
	struct svd_dim dim;
	uint64_t address_offset; /* in address units, relative to parent */
	bool has_address_offset;
	struct svd_properties properties;
	enum svd_modified_write modified_write;
	enum svd_read_action read_action;
	struct svd_write_constraint write_constraint;
	struct svd_field *fields;  /* registers */
	struct svd_node *children; /* clusters */
	struct svd_node *parent;   /* NULL at peripheral level */
	struct svd_peripheral *peripheral;
	struct svd_location location;
	struct svd_node *base;
	/*
	 * svdgen's vendor extension: bits 31:16 enable the writes of bits
	 * 15:0 (Rockchip GRF, CRU). Field writes are then one masked write.
	 */
	bool write_enable_mask;
};

struct svd_address_block {
	struct svd_address_block *next;
	uint64_t offset;
	uint64_t size;
	const char *usage;
	struct svd_location location;
};

struct svd_interrupt {
	struct svd_interrupt *next;
	const char *name;
	const char *description;
	int64_t value;
	struct svd_location location;
};

struct svd_peripheral {
	struct svd_peripheral *next;
	const char *name;
	const char *version;
	const char *description;
	const char *group_name;
	const char *prepend_to_name;
	const char *append_to_name;
	const char *header_struct_name;
	const char *alternate_peripheral;
	const char *derived_from;
	struct svd_dim dim;
	uint64_t base_address;
	bool has_base_address;
	struct svd_properties properties;
	struct svd_address_block *address_blocks;
	struct svd_interrupt *interrupts;
	struct svd_node *children;
	struct svd_location location;
	struct svd_peripheral *base;
	/*
	 * Set by derive.c: true when this peripheral was derived and adds
	 * nothing of its own, so it shares its base's C type.
	 */
	bool shares_base_type;
	/* Set by derive.c: the description is its base's, not its own. */
	bool inherits_description;
};

/* Bits of svd_cpu.given: the <cpu> element names this property. */
enum {
	SVD_CPU_GIVEN_MPU = 1 << 0,
	SVD_CPU_GIVEN_FPU = 1 << 1,
	SVD_CPU_GIVEN_FPU_DP = 1 << 2,
	SVD_CPU_GIVEN_DSP = 1 << 3,
	SVD_CPU_GIVEN_ICACHE = 1 << 4,
	SVD_CPU_GIVEN_DCACHE = 1 << 5,
	SVD_CPU_GIVEN_ITCM = 1 << 6,
	SVD_CPU_GIVEN_DTCM = 1 << 7,
	SVD_CPU_GIVEN_VTOR = 1 << 8,
	SVD_CPU_GIVEN_SAU = 1 << 9,
	SVD_CPU_GIVEN_PMU = 1 << 10,
	SVD_CPU_GIVEN_MVE = 1 << 11,
	SVD_CPU_GIVEN_NVIC_PRIO_BITS = 1 << 12,
};

struct svd_cpu {
	bool present;
	const char *name;
	const char *revision;
	const char *endian;
	bool mpu_present, fpu_present, fpu_dp, icache_present, dcache_present;
	bool vtor_present;
	bool dsp_present, itcm_present, dtcm_present;
	bool pmu_present, mve_present;
	uint32_t mve_fp;
	uint32_t pmu_event_counters;
	/* Which of the flags above the file sets (SVDCPU_GIVEN_*). */
	unsigned given;
	uint32_t sau_regions;
	uint32_t nvic_prio_bits;
	bool vendor_systick_config;
	int64_t device_num_interrupts;
	struct svd_location location;
};

struct svd_device {
	const char *name;
	struct svd_location name_location;
	const char *vendor;
	const char *version;
	const char *description;
	const char *header_definitions_prefix;
	uint32_t address_unit_bits;
	uint32_t width;
	struct svd_properties properties;
	struct svd_cpu cpu;
	struct svd_peripheral *peripherals;
	struct svd_location location;
};

/*
 * What the command line asks for, in one place every stage reads (through
 * its context): the parser its size limit, expand.c the address unit, the
 * naming and layout the prefix, the emitters what to print, svd_run where
 * to write.
 */
struct svd_options {
	const char *prefix;	 /* prepended to every global identifier */
	const char *source_name; /* the SVD's file name, for the banner */
	bool cmsis_includes;	 /* include core_cmX.h and system_X.h */
	bool no_accessors;	 /* plain CMSIS output only */
	bool enum_strings;	 /* _to_str decoders for enums */
	bool strict;		 /* write-only members cannot be read */
	bool bitfields;		 /* REG_b views, as SVDConv --fields=struct */
	/* --jobs: 1 runs the stages one after another on one thread; 0
	 * (the default) or more lets the emitters run beside naming and
	 * the output files be created ahead, on two more threads. */
	unsigned jobs;
	/* --address-unit-bits: overrides the file's addressUnitBits (0: no). */
	uint32_t address_unit_bits;
	/* --max-size: the largest input read, in bytes (0: the default). */
	uint64_t max_input_size;
	const char *output_directory; /* NULL: validate only */
	/* -MD / -MF / -MT: a make dependency file for the headers. */
	bool depfile_default; /* -MD: DIR/<device>.d */
	const char *depfile;
	const char *depfile_target;
};

/*
 * One run of the generator: owns the arena every model node lives in, the
 * diagnostics collected so far and the options the stages follow.
 */
struct svd_context {
	struct svd_arena arena;
	struct svd_diagnostics diag;
	struct svd_device *device;
	struct svd_options options;
	/*
	 * How the input was read: whole into memory before the parse (from
	 * memory, a pipe, or a file the first pass could not take), or
	 * parsed as it was read. For tests and statistics.
	 */
	bool input_read_whole;
	/*
	 * Called, when not NULL, as the parse reads each peripheral, with
	 * how many of those read so far list registers of their own: each is
	 * a peripheral type of its own (one derived without registers shares
	 * its base's), so a run that writes headers opens their files ahead
	 * from this count.
	 */
	void (*peripherals_read)(void *argument, size_t own_types);
	void *peripherals_read_argument;
};

/* The input size limit when none is given: 256 MiB (16 times the
 * largest vendor SVD we know, STM32H573 at 16 MB). */
#define SVD_DEFAULT_INPUT_SIZE_LIMIT (256ULL << 20)

void svd_context_init(struct svd_context *context);
void svd_context_free(struct svd_context *context);

/* parse.c: read an SVD file into context->device. Returns 0 or -1. */
int svd_parse_file(struct svd_context *context, const char *path);
/* Same, from memory; name is used in diagnostics. */
int svd_parse_memory(struct svd_context *context, const char *name,
		     const char *data, size_t size);
/*
 * Free what the XML library keeps for the whole process (its encoding
 * tables): for a program's exit, once no parse will follow, so that leak
 * checkers see nothing left.
 */
void svd_parse_release(void);

/* number.c: CMSIS-SVD scaledNonNegativeInteger and friends. */
int svd_parse_integer(const char *text, uint64_t *value);
int svd_parse_enum_value(const char *text, uint64_t *value,
			 uint64_t *care_mask);
int svd_parse_bit_range(const char *text, uint32_t *msb, uint32_t *lsb);
/* The mask of a field width bits wide, 64 included. */
uint64_t svd_width_mask(uint32_t width);
int svd_parse_dim_index(struct svd_arena *arena, const char *text,
			uint32_t count, char ***index_out);

/* derive.c: resolve derivedFrom at every level and inherit properties. */
int svd_derive(struct svd_context *context);

#endif

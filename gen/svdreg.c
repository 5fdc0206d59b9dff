// SPDX-License-Identifier: MIT
/*
 * svdreg: read, write and decode any register of an SVD by name on a
 * running board. The SVD is read by svdgen's own stages; memory is mapped
 * through libsvdhal, a page at a time, and every register is accessed
 * once, at its own width, through a volatile pointer. Everything that can
 * be refused is refused before anything is mapped or written.
 *
 * Exit status: 0 done, 1 refused or failed, 2 usage.
 */
#define _GNU_SOURCE /* strcasecmp, readlink */

#include "config.h"

#include "register-path.h"
#include "svd-hal.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef SVDREG_SVD_DIR
#define SVDREG_SVD_DIR "/usr/local/share/svdgen/svd"
#endif

enum exit_status {
	EXIT_OK = 0,
	EXIT_REFUSED = 1,
	EXIT_USAGE = 2,
};

/*
 * The SoCs svdreg knows by name: --soc NAME reads NAME.svd from the SVD
 * folder, and the name hal/ detects on the board picks the same entry
 * when no --soc is given; gpiomem_block names the peripheral that
 * /dev/gpiomem maps (Raspberry Pi only). A new SoC is one line here and
 * its SVD in svd/.
 */
static const struct soc_entry {
	const char *name;
	const char *gpiomem_block;
} socs[] = {
    {"bcm2835", "GPIO"}, {"bcm2837", "GPIO"}, {"bcm2711", "GPIO"},
    {"am335x", NULL},	 {"rk3288", NULL},
};

#define SOC_COUNT (sizeof(socs) / sizeof(socs[0]))

struct options {
	const char *svd;
	const char *soc;
	const char *mem;
	bool json;
	bool force;
	bool trace;
};

/* One mapped range of the device, kept for the command's other accesses. */
struct mapping {
	struct mapping *next;
	enum svd_hal_device device;
	uint64_t start; /* offset in the device */
	uint64_t length;
	struct svd_hal_map *map;
};

/* How registers are reached: which device, and what is mapped so far. */
struct memory {
	struct svd_hal_paths paths;
	const char *mem;		 /* --mem FILE, or NULL */
	const struct svd_instance *gpio; /* the block /dev/gpiomem maps */
	bool gpiomem_failed;
	bool trace;
	struct mapping *mappings;
};

/* The register values read so far: each register is read once. */
struct read_value {
	struct read_value *next;
	const struct svd_member *reg;
	uint64_t address;
	uint64_t value;
};

struct session {
	struct options options;
	struct svd_context context;
	struct svd_expanded expanded;
	const struct soc_entry *soc;
	struct memory memory;
	struct read_value *values;
	int name_width; /* of the field names of the register printed */
};

static void print_usage(FILE *stream)
{
	fputs("Usage: svdreg [OPTION]... COMMAND [ARGUMENT]...\n"
	      "Read, write and decode registers by name on a running board.\n"
	      "\n"
	      "Commands:\n"
	      "  list [PERIPH]                 peripherals, or a peripheral's "
	      "registers\n"
	      "  read PERIPH.REG[.FIELD]...    the value, then each field "
	      "decoded\n"
	      "  write PERIPH.REG=VALUE...     a whole register\n"
	      "  write PERIPH.REG.FIELD=VALUE|ENUM...\n"
	      "                                one field, under the register's "
	      "access rules\n"
	      "  dump PERIPH                   every readable register, "
	      "decoded\n"
	      "\n"
	      "Options:\n"
	      "      --svd=FILE    the register description to use\n"
	      "      --soc=NAME    a shipped SVD: bcm2835, bcm2837, bcm2711, "
	      "am335x,\n"
	      "                    rk3288\n"
	      "                    (default: detected from the device tree)\n"
	      "      --mem=FILE    FILE stands for physical memory (registers "
	      "at their\n"
	      "                    physical addresses); no device is used\n"
	      "      --json        machine-readable output for list, read and "
	      "dump\n"
	      "      --force       read registers whose read has a side effect "
	      "(readAction)\n"
	      "      --trace       print every register access on stderr\n"
	      "  -h, --help        show this help and exit\n"
	      "  -V, --version     show the version and exit\n"
	      "\n"
	      "Paths are case-insensitive; clusters and arrays take an index: "
	      "DMA.CH[3].CS.\n"
	      "Numbers are decimal, 0x hex or 0b binary.\n"
	      "Exit status: 0 done, 1 refused or failed, 2 usage errors.\n",
	      stream);
}

/* Print "svdreg: MESSAGE" on stderr. */
__attribute__((format(printf, 1, 2))) static void complain(const char *format,
							   ...)
{
	va_list args;

	fputs("svdreg: ", stderr);
	va_start(args, format);
	vfprintf(stderr, format, args);
	va_end(args);
	fputc('\n', stderr);
}

static const struct soc_entry *find_soc_by_name(const char *name)
{
	for (size_t i = 0; i < SOC_COUNT; i++)
		if (strcasecmp(socs[i].name, name) == 0)
			return &socs[i];
	return NULL;
}

static bool is_file(const char *path)
{
	struct stat status;

	return stat(path, &status) == 0 && S_ISREG(status.st_mode);
}

/*
 * Where NAME.svd is: $SVDREG_SVD_DIR when set (used or refused, never
 * replaced), else the data folder configure chose, else share/svdgen/svd
 * beside the program's bin/ (an installation moved, or made with `make
 * install prefix=...'), else svd/ beside the program (the build tree).
 */
static char *find_soc_svd(const char *name)
{
	const char *override = getenv("SVDREG_SVD_DIR");
	char exe[PATH_MAX], *path;
	ssize_t length;

	if (override && *override) {
		if (asprintf(&path, "%s/%s.svd", override, name) < 0)
			abort();
		if (is_file(path))
			return path;
		complain("no %s.svd in %s (SVDREG_SVD_DIR)", name, override);
		free(path);
		return NULL;
	}
	if (asprintf(&path, "%s/%s.svd", SVDREG_SVD_DIR, name) < 0)
		abort();
	if (is_file(path))
		return path;
	free(path);
	length = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (length > 0) {
		char *slash;

		exe[length] = '\0';
		slash = strrchr(exe, '/');
		if (slash)
			*slash = '\0';
		if (asprintf(&path, "%s/../share/svdgen/svd/%s.svd", exe,
			     name) < 0)
			abort();
		if (is_file(path))
			return path;
		free(path);
		if (asprintf(&path, "%s/svd/%s.svd", exe, name) < 0)
			abort();
		if (is_file(path))
			return path;
		free(path);
	}
	complain("cannot find %s.svd: not in %s, nor in ../share/svdgen/svd "
		 "or svd/ beside svdreg; install svdgen, set SVDREG_SVD_DIR, "
		 "or give --svd FILE",
		 name, SVDREG_SVD_DIR);
	return NULL;
}

/* The SoC from the device tree, for a run without --soc or --svd. */
static const struct soc_entry *detect_soc(void)
{
	struct svd_hal_error err = {0};
	const struct soc_entry *soc;
	const char *name;
	char board[192];

	if (svd_hal_detect_soc(NULL, &name, board, sizeof(board), &err) < 0) {
		complain("%s", err.message);
		complain("name the SoC with --soc (bcm2835, bcm2837, bcm2711, "
			 "am335x, rk3288) or the SVD with --svd FILE");
		return NULL;
	}
	soc = find_soc_by_name(name);
	if (!soc)
		complain("%s is a %s, for which svdreg ships no SVD; give "
			 "--svd FILE",
			 board[0] ? board : "this board", name);
	return soc;
}

/*
 * With --soc on real memory: the device tree, when it names another
 * SoC, would have the registers at other addresses. Refuse then.
 */
static int check_soc_matches_board(const struct soc_entry *soc)
{
	struct svd_hal_error err = {0};
	const struct soc_entry *found;
	const char *name;
	char board[192];

	if (svd_hal_detect_soc(NULL, &name, board, sizeof(board), &err) < 0)
		return 0; /* no device tree to contradict --soc */
	found = find_soc_by_name(name);
	if (!found || found == soc)
		return 0;
	complain("--soc %s, but the device tree says this is a %s (%s): its "
		 "registers are elsewhere; nothing was mapped or written",
		 soc->name, found->name, board);
	return -1;
}

/* ---- memory ---- */

static uint64_t page_size(void)
{
	return (uint64_t)sysconf(_SC_PAGESIZE);
}

/*
 * The device and offset for a register: --mem FILE always; on a
 * Raspberry Pi /dev/gpiomem for the GPIO block (no root needed), falling
 * back to /dev/mem only where gpiomem does not exist and was not named
 * in the environment; /dev/mem for everything else.
 */
/* Whether the user named a device path in the environment variable. */
static bool is_named(const char *variable)
{
	const char *value = getenv(variable);

	return value && *value;
}

static enum svd_hal_device choose_device(const struct memory *memory,
					 uint64_t address, uint32_t bytes,
					 uint64_t *offset)
{
	const struct svd_instance *gpio = memory->gpio;

	*offset = address;
	if (memory->mem || !gpio || memory->gpiomem_failed)
		return SVD_HAL_DEVICE_DEVMEM;
	/*
	 * A /dev/mem stand-in named in the environment is used, never
	 * bypassed for the real /dev/gpiomem; only a gpiomem named as well
	 * is used beside it.
	 */
	if (is_named("SVD_HAL_DEVMEM") && !is_named("SVD_HAL_GPIOMEM"))
		return SVD_HAL_DEVICE_DEVMEM;
	if (address < gpio->base_address ||
	    address + bytes > gpio->base_address + gpio->type->extent)
		return SVD_HAL_DEVICE_DEVMEM;
	*offset = address - gpio->base_address;
	return SVD_HAL_DEVICE_GPIOMEM;
}

/* A pointer to bytes at address, mapping its page(s) if not yet mapped. */
static volatile void *map_register(struct memory *memory, uint64_t address,
				   uint32_t bytes)
{
	struct svd_hal_error err = {0};
	enum svd_hal_device device;
	struct mapping *mapping;
	uint64_t offset, page = page_size();

	device = choose_device(memory, address, bytes, &offset);
	for (mapping = memory->mappings; mapping; mapping = mapping->next)
		if (mapping->device == device && offset >= mapping->start &&
		    offset + bytes <= mapping->start + mapping->length)
			return (char *)svd_hal_map_pointer(mapping->map) +
			       (offset - mapping->start);

	mapping = calloc(1, sizeof(*mapping));
	if (!mapping)
		abort();
	mapping->device = device;
	mapping->start = offset & ~(page - 1);
	mapping->length =
	    ((offset + bytes + page - 1) & ~(page - 1)) - mapping->start;
	if (svd_hal_map_open(&memory->paths, device, mapping->start,
			     (size_t)mapping->length, &mapping->map,
			     &err) < 0) {
		free(mapping);
		if (device == SVD_HAL_DEVICE_GPIOMEM && err.code == ENOENT &&
		    !is_named("SVD_HAL_GPIOMEM")) {
			memory->gpiomem_failed = true;
			return map_register(memory, address, bytes);
		}
		complain("%s", err.message);
		return NULL;
	}
	mapping->next = memory->mappings;
	memory->mappings = mapping;
	return (char *)svd_hal_map_pointer(mapping->map) +
	       (offset - mapping->start);
}

static void unmap_all(struct memory *memory)
{
	while (memory->mappings) {
		struct mapping *next = memory->mappings->next;

		svd_hal_map_close(memory->mappings->map);
		free(memory->mappings);
		memory->mappings = next;
	}
}

/* One volatile access of the register's width. Returns 0 or -1. */
static int access_read(struct memory *memory, uint64_t address, uint32_t bits,
		       uint64_t *value)
{
	volatile void *pointer = map_register(memory, address, bits / 8);

	if (!pointer)
		return -1;
	switch (bits) {
	case 8:
		*value = *(volatile uint8_t *)pointer;
		break;
	case 16:
		*value = *(volatile uint16_t *)pointer;
		break;
	case 32:
		*value = *(volatile uint32_t *)pointer;
		break;
	default:
		*value = *(volatile uint64_t *)pointer;
		break;
	}
	if (memory->trace)
		fprintf(stderr,
			"svdreg: trace: read%u 0x%08" PRIx64 " -> 0x%0*" PRIx64
			"\n",
			bits, address, (int)(bits / 4), *value);
	return 0;
}

static int access_write(struct memory *memory, uint64_t address, uint32_t bits,
			uint64_t value)
{
	volatile void *pointer = map_register(memory, address, bits / 8);

	if (!pointer)
		return -1;
	switch (bits) {
	case 8:
		*(volatile uint8_t *)pointer = (uint8_t)value;
		break;
	case 16:
		*(volatile uint16_t *)pointer = (uint16_t)value;
		break;
	case 32:
		*(volatile uint32_t *)pointer = (uint32_t)value;
		break;
	default:
		*(volatile uint64_t *)pointer = value;
		break;
	}
	if (memory->trace)
		fprintf(stderr,
			"svdreg: trace: write%u 0x%08" PRIx64 " <- 0x%0*" PRIx64
			"\n",
			bits, address, (int)(bits / 4), value);
	return 0;
}

/* The register's value, read once per command. */
static int read_register(struct session *session,
			 const struct svd_register_ref *ref, uint64_t *value)
{
	struct read_value *known;

	for (known = session->values; known; known = known->next)
		if (known->reg == ref->reg && known->address == ref->address) {
			*value = known->value;
			return 0;
		}
	if (access_read(&session->memory, ref->address, ref->reg->bits, value) <
	    0)
		return -1;
	known = svd_arena_alloc(&session->context.arena, sizeof(*known));
	known->reg = ref->reg;
	known->address = ref->address;
	known->value = *value;
	known->next = session->values;
	session->values = known;
	return 0;
}

/* ---- output ---- */

/* A JSON string: quotes, backslashes and control characters escaped. */
static void put_json_string(const char *text)
{
	putchar('"');
	for (const unsigned char *c = (const unsigned char *)text; c && *c;
	     c++) {
		if (*c == '"' || *c == '\\')
			printf("\\%c", *c);
		else if (*c < 0x20)
			printf("\\u%04x", *c);
		else
			putchar(*c);
	}
	putchar('"');
}

/* A description on one line: runs of white space become one space. */
static void put_one_line(const char *text, int limit)
{
	bool space = false;
	int printed = 0;

	for (const char *c = text; c && *c && printed < limit; c++) {
		if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\r') {
			space = printed > 0;
			continue;
		}
		if (space) {
			putchar(' ');
			printed++;
			space = false;
		}
		putchar(*c);
		printed++;
	}
}

static int hex_digits(uint32_t bits)
{
	return (int)(bits / 4);
}

/* The "[msb:lsb]" of a field. */
static const char *bit_range(struct svd_arena *arena,
			     const struct svd_field *field)
{
	if (field->bit_width == 1)
		return svd_arena_printf(arena, "[%u]", field->bit_offset);
	return svd_arena_printf(arena, "[%u:%u]",
				field->bit_offset + field->bit_width - 1,
				field->bit_offset);
}

/* One field of a decoded register. */
static void put_field(struct session *session, const struct svd_member *reg,
		      const struct svd_field *field, uint64_t value, bool first)
{
	bool readable = svd_access_readable(svd_field_access(reg, field));
	uint64_t field_value = svd_field_extract(field, value);
	const struct svd_enum_value *match =
	    readable ? svd_field_match_enum(field, field_value, false) : NULL;

	if (session->options.json) {
		printf("%s{\"name\": ", first ? "" : ", ");
		put_json_string(field->name);
		printf(", \"lsb\": %u, \"msb\": %u, \"access\": \"%s\", "
		       "\"value\": ",
		       field->bit_offset,
		       field->bit_offset + field->bit_width - 1,
		       svd_access_name(svd_field_access(reg, field)));
		if (readable)
			printf("%" PRIu64, field_value);
		else
			fputs("null", stdout);
		fputs(", \"enum\": ", stdout);
		if (match)
			put_json_string(match->name);
		else
			fputs("null", stdout);
		putchar('}');
		return;
	}
	printf("  %-*s %-8s ", session->name_width, field->name,
	       bit_range(&session->context.arena, field));
	if (!readable) {
		printf("(%s)\n", svd_access_name(svd_field_access(reg, field)));
		return;
	}
	printf("0x%" PRIx64, field_value);
	if (match)
		printf("  %s", match->name);
	putchar('\n');
}

/* A register's value and its fields (only ref->field when set). */
static void put_register(struct session *session,
			 const struct svd_register_ref *ref, uint64_t value,
			 bool first)
{
	const struct svd_member *reg = ref->reg;
	bool first_field = true;

	if (session->options.json) {
		printf("%s{\"path\": ", first ? "" : ",\n ");
		put_json_string(ref->path);
		printf(", \"address\": %" PRIu64 ", \"bits\": %u, \"access\": "
		       "\"%s\", \"value\": %" PRIu64 ", \"fields\": [",
		       ref->address, reg->bits, svd_access_name(reg->access),
		       value);
	} else {
		printf("%s 0x%08" PRIx64 " = 0x%0*" PRIx64 "\n", ref->path,
		       ref->address, hex_digits(reg->bits), value);
	}
	session->name_width = 8;
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next)
		if (svd_field_is_usable(reg, field) &&
		    (int)strlen(field->name) > session->name_width)
			session->name_width = (int)strlen(field->name);
	for (const struct svd_field *field = reg->fields; field;
	     field = field->next) {
		if (!svd_field_is_usable(reg, field))
			continue;
		if (ref->field && field != ref->field)
			continue;
		put_field(session, reg, field, value, first_field);
		first_field = false;
	}
	if (session->options.json)
		fputs("]}", stdout);
}

/* ---- commands ---- */

/* Look a path up; complain and return -1 with the exit status in *status. */
static int lookup(struct session *session, const char *path,
		  struct svd_register_ref *ref, int *status)
{
	char message[SVD_MESSAGE_SIZE];

	if (svd_register_lookup(&session->context.arena, &session->expanded,
				path, ref, message,
				sizeof(message)) != SVD_LOOKUP_OK) {
		complain("%s", message);
		*status = EXIT_USAGE;
		return -1;
	}
	return 0;
}

static int command_read(struct session *session, int count, char **paths)
{
	struct svd_register_ref *refs;
	int status = EXIT_OK;

	if (count == 0) {
		complain("read: name at least one register "
			 "(PERIPH.REG or PERIPH.REG.FIELD)");
		return EXIT_USAGE;
	}
	refs = svd_arena_alloc(&session->context.arena,
			       sizeof(*refs) * (size_t)count);
	for (int i = 0; i < count; i++)
		if (lookup(session, paths[i], &refs[i], &status) < 0)
			return status;
	/* Every refusal before the first access. */
	for (int i = 0; i < count; i++) {
		const char *refusal = svd_read_refusal(
		    &session->context.arena, &refs[i], session->options.force);

		if (refusal) {
			complain("%s; nothing was read", refusal);
			return EXIT_REFUSED;
		}
	}
	if (session->options.json)
		putchar('[');
	for (int i = 0; i < count; i++) {
		uint64_t value;

		if (read_register(session, &refs[i], &value) < 0) {
			status = EXIT_REFUSED;
			break;
		}
		put_register(session, &refs[i], value, i == 0);
	}
	if (session->options.json)
		puts("]");
	return status;
}

/* One write of a command, planned, and merged per register. */
struct planned_write {
	struct svd_register_ref ref;
	struct svd_write_plan plan;
	uint64_t decided; /* bits the write sets; the rest kept or neutral */
	bool merged;	  /* folded into an earlier write of its register */
};

/*
 * Fold write b into a, of the same register: one access per register.
 * Returns -1 when one of them needs a read and the other forbids it.
 */
static int merge_writes(struct planned_write *a, const struct planned_write *b)
{
	if (a->plan.read_first && b->plan.read_first) {
		a->plan.keep_mask &= b->plan.keep_mask;
		a->plan.value =
		    (a->plan.value & b->plan.keep_mask) | b->plan.value;
	} else if (!a->plan.read_first && !b->plan.read_first) {
		a->plan.value = (a->plan.value & ~b->decided) |
				(b->plan.value & b->decided);
	} else if (a->decided == svd_width_mask(a->ref.reg->bits)) {
		/*
		 * a decides every bit without reading: b's field goes into
		 * it, and the register still is not read.
		 */
		a->plan.value = (a->plan.value & ~b->decided) |
				(b->plan.value & b->decided);
	} else if (b->decided == svd_width_mask(a->ref.reg->bits)) {
		a->plan = b->plan;
	} else {
		/*
		 * One write must not read the register (its bits act when
		 * written), the other must: one access cannot do both.
		 */
		return -1;
	}
	a->decided |= b->decided;
	return 0;
}

static int command_write(struct session *session, int count, char **arguments)
{
	struct planned_write *writes;
	int status = EXIT_OK;

	if (count == 0) {
		complain("write: give PERIPH.REG=VALUE or "
			 "PERIPH.REG.FIELD=VALUE");
		return EXIT_USAGE;
	}
	writes = svd_arena_alloc(&session->context.arena,
				 sizeof(*writes) * (size_t)count);
	/* Every write planned, and every refusal, before the first access. */
	for (int i = 0; i < count; i++) {
		char *equals = strchr(arguments[i], '=');
		char message[SVD_MESSAGE_SIZE];
		struct planned_write *write = &writes[i];

		if (!equals || equals == arguments[i] || !equals[1]) {
			complain("write: '%s' is not PATH=VALUE", arguments[i]);
			return EXIT_USAGE;
		}
		*equals = '\0';
		if (lookup(session, arguments[i], &write->ref, &status) < 0)
			return status;
		if (svd_plan_write(&write->ref, equals + 1,
				   session->options.force, &write->plan,
				   message, sizeof(message)) < 0) {
			complain("%s; nothing was written", message);
			return EXIT_REFUSED;
		}
		write->decided = write->plan.decided;
		for (int j = 0; j < i; j++) {
			struct planned_write *earlier = &writes[j];

			if (earlier->merged ||
			    earlier->ref.address != write->ref.address ||
			    earlier->ref.reg != write->ref.reg)
				continue;
			if (merge_writes(earlier, write) < 0) {
				complain("%s: these writes cannot share one "
					 "access (one reads the register, "
					 "one must not); give them in two "
					 "commands; nothing was written",
					 write->ref.path);
				return EXIT_REFUSED;
			}
			write->merged = true;
			break;
		}
	}
	/* Every page mapped before the first access: a failure writes none. */
	for (int i = 0; i < count; i++)
		if (!writes[i].merged &&
		    !map_register(&session->memory, writes[i].ref.address,
				  writes[i].ref.reg->bits / 8))
			return EXIT_REFUSED;
	for (int i = 0; i < count && status == EXIT_OK; i++) {
		struct planned_write *write = &writes[i];
		uint64_t value = write->plan.value;

		if (write->merged)
			continue;
		if (write->plan.read_first) {
			uint64_t old;

			if (access_read(&session->memory, write->ref.address,
					write->ref.reg->bits, &old) < 0) {
				status = EXIT_REFUSED;
				break;
			}
			value = (old & write->plan.keep_mask) | value;
		}
		if (access_write(&session->memory, write->ref.address,
				 write->ref.reg->bits, value) < 0)
			status = EXIT_REFUSED;
	}
	return status;
}

/* list PERIPH: one register per line (or JSON object). */
struct list_state {
	struct session *session;
	bool first;
};

static void list_one_register(const struct svd_register_ref *ref, void *data)
{
	struct list_state *state = data;
	const struct svd_member *reg = ref->reg;

	if (state->session->options.json) {
		printf("%s{\"path\": ", state->first ? "" : ",\n ");
		put_json_string(ref->path);
		printf(", \"offset\": %" PRIu64 ", \"address\": %" PRIu64
		       ", \"bits\": %u, \"access\": \"%s\", \"reset\": %" PRIu64
		       ", \"read_action\": %s, \"description\": ",
		       ref->address - ref->instance->base_address, ref->address,
		       reg->bits, svd_access_name(reg->access),
		       reg->reset_value, reg->read_action ? "true" : "false");
		put_json_string(reg->node->description ? reg->node->description
						       : "");
		putchar('}');
	} else {
		printf("%-32s +0x%04" PRIx64 " 0x%08" PRIx64 " %2u %-14s ",
		       ref->path, ref->address - ref->instance->base_address,
		       ref->address, reg->bits, svd_access_name(reg->access));
		put_one_line(reg->node->description, 60);
		putchar('\n');
	}
	state->first = false;
}

static int command_list(struct session *session, int count, char **arguments)
{
	const struct svd_instance *instance;
	bool json = session->options.json;
	bool first = true;

	if (count > 1) {
		complain("list: at most one peripheral");
		return EXIT_USAGE;
	}
	if (count == 0) {
		if (json)
			putchar('[');
		for (instance = session->expanded.instances; instance;
		     instance = instance->next) {
			const char *description =
			    instance->peripheral->description;

			if (json) {
				printf("%s{\"name\": ", first ? "" : ",\n ");
				put_json_string(instance->name);
				printf(", \"base_address\": %" PRIu64
				       ", \"registers\": %s, \"description\": ",
				       instance->base_address,
				       instance->type ? "true" : "false");
				put_json_string(description ? description : "");
				putchar('}');
			} else {
				printf("%-20s 0x%08" PRIx64 " ", instance->name,
				       instance->base_address);
				put_one_line(description, 60);
				putchar('\n');
			}
			first = false;
		}
		if (json)
			puts("]");
		return EXIT_OK;
	}
	instance = svd_instance_find(&session->expanded, arguments[0]);
	if (!instance) {
		char message[SVD_MESSAGE_SIZE];
		struct svd_register_ref ref;

		/* The lookup's message has the "did you mean". */
		svd_register_lookup(&session->context.arena, &session->expanded,
				    svd_arena_printf(&session->context.arena,
						     "%s.X", arguments[0]),
				    &ref, message, sizeof(message));
		complain("%s", message);
		return EXIT_USAGE;
	}
	struct list_state state = {.session = session, .first = true};

	if (json)
		putchar('[');
	svd_registers_visit(&session->context.arena, instance,
			    list_one_register, &state);
	if (json)
		puts("]");
	return EXIT_OK;
}

/* dump PERIPH: every readable register, decoded. */
struct dump_state {
	struct session *session;
	bool first;
	int status;
	unsigned skipped;
};

static void dump_one_register(const struct svd_register_ref *ref, void *data)
{
	struct dump_state *state = data;
	struct session *session = state->session;
	uint64_t value;

	if (state->status != EXIT_OK)
		return;
	if (!svd_access_readable(ref->reg->access))
		return;
	if (svd_read_refusal(&session->context.arena, ref,
			     session->options.force)) {
		/* Said on stderr so the output stays what was read. */
		complain("%s not read: its read has a side effect "
			 "(readAction); --force reads it",
			 ref->path);
		state->skipped++;
		return;
	}
	if (read_register(session, ref, &value) < 0) {
		state->status = EXIT_REFUSED;
		return;
	}
	put_register(session, ref, value, state->first);
	state->first = false;
}

static int command_dump(struct session *session, int count, char **arguments)
{
	const struct svd_instance *instance;
	struct dump_state state = {.session = session, .first = true};

	if (count != 1) {
		complain("dump: name one peripheral");
		return EXIT_USAGE;
	}
	instance = svd_instance_find(&session->expanded, arguments[0]);
	if (!instance || !instance->type) {
		char message[SVD_MESSAGE_SIZE];
		struct svd_register_ref ref;

		svd_register_lookup(&session->context.arena, &session->expanded,
				    svd_arena_printf(&session->context.arena,
						     "%s.X", arguments[0]),
				    &ref, message, sizeof(message));
		complain("%s", message);
		return EXIT_USAGE;
	}
	if (session->options.json)
		putchar('[');
	svd_registers_visit(&session->context.arena, instance,
			    dump_one_register, &state);
	if (session->options.json)
		puts("]");
	return state.status;
}

/* ---- start ---- */

/* Pick and load the SVD; returns an exit status. */
static int load_svd(struct session *session)
{
	const struct options *options = &session->options;
	char *owned = NULL;
	const char *path = options->svd;
	int status = EXIT_OK;

	if (options->soc) {
		session->soc = find_soc_by_name(options->soc);
		if (!session->soc) {
			complain("unknown --soc '%s': svdreg knows bcm2835, "
				 "bcm2837, bcm2711, am335x and rk3288 (or give "
				 "--svd FILE)",
				 options->soc);
			return EXIT_USAGE;
		}
	} else if (!options->svd) {
		session->soc = detect_soc();
		if (!session->soc)
			return EXIT_REFUSED;
	}
	if (!path) {
		path = owned = find_soc_svd(session->soc->name);
		if (!path)
			return EXIT_REFUSED;
	}
	/* libsvdgen would say this under svdgen's name. */
	if (access(path, R_OK) < 0) {
		complain("cannot open %s: %s", path, strerror(errno));
		free(owned);
		return EXIT_REFUSED;
	}
	if (svd_registers_load(&session->context, path, &session->expanded) <
	    0) {
		complain("cannot use %s: see the errors above", path);
		status = EXIT_REFUSED;
	}
	free(owned);
	return status;
}

/* Set up how memory is reached, before the first access. */
static int prepare_memory(struct session *session)
{
	struct memory *memory = &session->memory;

	memory->trace = session->options.trace;
	if (session->options.mem) {
		struct stat status;

		/*
		 * Checked here: libsvdhal would explain a missing /dev/mem,
		 * not a missing file.
		 */
		if (stat(session->options.mem, &status) < 0) {
			complain("--mem %s: %s (make one with truncate -s "
				 "SIZE %s)",
				 session->options.mem, strerror(errno),
				 session->options.mem);
			return -1;
		}
		if (!S_ISREG(status.st_mode) && !S_ISCHR(status.st_mode)) {
			complain("--mem %s is neither a file nor a memory "
				 "device",
				 session->options.mem);
			return -1;
		}
		/* Given as the devmem path, so no variable can replace it. */
		memory->mem = session->options.mem;
		memory->paths.devmem = session->options.mem;
		return 0;
	}
	if (session->soc && session->options.soc &&
	    check_soc_matches_board(session->soc) < 0)
		return -1;
	if (session->soc && session->soc->gpiomem_block) {
		memory->gpio = svd_instance_find(&session->expanded,
						 session->soc->gpiomem_block);
		if (memory->gpio && !memory->gpio->type)
			memory->gpio = NULL;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static const struct option long_options[] = {
	    {"svd", required_argument, NULL, 's'},
	    {"soc", required_argument, NULL, 'c'},
	    {"mem", required_argument, NULL, 'm'},
	    {"json", no_argument, NULL, 'j'},
	    {"force", no_argument, NULL, 'f'},
	    {"trace", no_argument, NULL, 't'},
	    {"help", no_argument, NULL, 'h'},
	    {"version", no_argument, NULL, 'V'},
	    {NULL, 0, NULL, 0}};
	static const struct {
		const char *name;
		int (*run)(struct session *, int, char **);
		bool touches_memory;
	} commands[] = {
	    {"list", command_list, false},
	    {"read", command_read, true},
	    {"write", command_write, true},
	    {"dump", command_dump, true},
	};
	struct session session;
	const char *command;
	int option, status = EXIT_USAGE;
	size_t i;

	atexit(svd_parse_release);
	memset(&session, 0, sizeof(session));
	opterr = 0;
	while ((option = getopt_long(argc, argv, "hV", long_options, NULL)) !=
	       -1) {
		switch (option) {
		case 's':
			session.options.svd = optarg;
			break;
		case 'c':
			session.options.soc = optarg;
			break;
		case 'm':
			session.options.mem = optarg;
			break;
		case 'j':
			session.options.json = true;
			break;
		case 'f':
			session.options.force = true;
			break;
		case 't':
			session.options.trace = true;
			break;
		case 'h':
			print_usage(stdout);
			return EXIT_OK;
		case 'V':
			printf("svdreg (%s) %s\n", PACKAGE_NAME,
			       PACKAGE_VERSION);
			return EXIT_OK;
		default:
			if (strncmp(argv[optind - 1], "--", 2) == 0)
				complain("option '%s' is unknown or needs "
					 "an argument",
					 argv[optind - 1]);
			else
				complain("option '-%c' is unknown", optopt);
			fputs("Try 'svdreg --help'.\n", stderr);
			return EXIT_USAGE;
		}
	}
	if (session.options.svd && session.options.soc) {
		complain("--svd and --soc both name the SVD: give one");
		return EXIT_USAGE;
	}
	if (optind >= argc) {
		complain("no command: list, read, write or dump");
		fputs("Try 'svdreg --help'.\n", stderr);
		return EXIT_USAGE;
	}
	command = argv[optind++];
	for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		if (strcmp(commands[i].name, command) == 0)
			break;
	if (i == sizeof(commands) / sizeof(commands[0])) {
		complain("unknown command '%s': list, read, write or dump",
			 command);
		return EXIT_USAGE;
	}
	if (session.options.json && strcmp(command, "write") == 0) {
		complain("--json is for list, read and dump; write prints "
			 "nothing");
		return EXIT_USAGE;
	}

	svd_context_init(&session.context);
	status = load_svd(&session);
	if (status == EXIT_OK && commands[i].touches_memory &&
	    prepare_memory(&session) < 0)
		status = EXIT_REFUSED;
	if (status == EXIT_OK)
		status =
		    commands[i].run(&session, argc - optind, argv + optind);
	unmap_all(&session.memory);
	svd_context_free(&session.context);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		complain("cannot write the output: %s", strerror(errno));
		status = EXIT_REFUSED;
	}
	return status;
}

// SPDX-License-Identifier: MIT
/*
 * The naming stage: file names, include guards and C names of the headers,
 * and the one registry of global identifiers through which every name
 * passes, so two things that would be spelled alike are caught here, not
 * by the compiler of whoever includes the header.
 */
#include "naming.h"

#include <ctype.h>
#include <string.h>

const char *svd_upper_case(struct svd_arena *arena, const char *text)
{
	char *copy = svd_arena_strdup(arena, text);

	for (char *c = copy; *c; c++)
		*c = (char)toupper((unsigned char)*c);
	return copy;
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

bool svd_names_claim(struct svd_names *names, const char *name,
		     const char *definition,
		     const struct svd_location *location)
{
	const char *existing =
	    svd_table_insert(&names->globals, name, (void *)definition);

	if (!existing)
		return true;
	if (strcmp(existing, definition) != 0)
		svd_report(names->diag, SVD_CHECK_NAME_COLLISION, location,
			   "'%s' would be defined twice, differently", name);
	return false;
}

bool svd_names_claim_function(struct svd_names *names, const char *name,
			      const struct svd_location *location)
{
	if (svd_table_find(&names->globals, name)) {
		svd_report(names->diag, SVD_CHECK_ACCESSOR_COLLISION, location,
			   "no accessor '%s': the name is taken by another "
			   "generated identifier",
			   name);
		return false;
	}
	svd_table_insert(&names->globals, name, "function");
	return true;
}

bool svd_names_claim_quietly(struct svd_names *names, const char *name,
			     const char *definition)
{
	if (svd_table_find(&names->globals, name))
		return false;
	svd_table_insert(&names->globals, name, (void *)definition);
	return true;
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

const char *svd_write_only_wrapper(struct svd_names *names,
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
 * A struct's C name and those of the cluster types it holds: the
 * headerDefinitionsPrefix names peripheral types only, as in SVDConv's
 * headers (NRF_FICR_Type holds a FICR_INFO_Type).
 */
static void name_struct(struct svd_names *names, struct svd_struct *type)
{
	if (type->c_name)
		return;
	type->c_name = svd_arena_printf(
	    names->arena, "%s%s_Type",
	    type->is_cluster ? names->prefix : names->type_prefix, type->name);
	for (struct svd_member *member = type->members; member;
	     member = member->next)
		if (member->type)
			name_struct(names, member->type);
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

int svd_name_headers(struct svd_context *context, struct svd_expanded *expanded,
		     const struct svd_emit_options *options,
		     struct svd_names *names)
{
	struct svd_arena *arena = &context->arena;
	unsigned errors_before = context->diag.errors;
	bool changed;

	memset(names, 0, sizeof(*names));
	names->arena = arena;
	names->diag = &context->diag;
	names->prefix = options->prefix ? options->prefix : "";
	names->strict = options->strict;
	svd_table_init(&names->globals, arena);
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
	/* Identifiers starting with _ and a capital are reserved in C. */
	names->guard = svd_upper_case(
	    arena, svd_arena_printf(
		       arena, "%s%s%s",
		       names->stem[0] == '_' && !*names->prefix ? "SVDGEN" : "",
		       names->prefix, names->stem));
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
		name_struct(names, type);
	}
	return context->diag.errors > errors_before ? -1 : 0;
}

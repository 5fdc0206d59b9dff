// SPDX-License-Identifier: MIT
/*
 * Typed inline accessors on top of the SVDConv structs: read and write per
 * register, get/set/val per field, _clear for write-1-to-clear fields, and
 * field enums merged by content. Which accessors a register gets and what
 * they are called, naming.c decided (svd_register_rules); this file prints
 * them. Every access goes through SVDGEN_READn and SVDGEN_WRITEn, which a
 * simulator or a trace may define first.
 */
#include "emit-internal.h"

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

/* One enum: the typedef and its values, or #defines when not an int. */
static void put_enum(struct svd_buffer *out, const struct svd_enum_names *e)
{
	if (e->as_enum)
		svd_buffer_puts(out, "typedef enum {\n");
	for (const struct svd_value_names *n = e->values; n; n = n->next) {
		const struct svd_enum_value *v = n->value;

		if (e->as_enum)
			svd_buffer_printf(out, "\t%s = %s,", n->name, n->text);
		else
			svd_buffer_printf(out, "#define %s (%s)", n->name,
					  n->text);
		svd_buffer_puts(out, " /*!< ");
		svd_put_comment_text(out,
				     v->description ? v->description : v->name);
		if (v->care_mask != UINT64_MAX)
			svd_buffer_printf(
			    out,
			    " (bits of mask 0x%" PRIx64 " match any value)",
			    (uint64_t)(~v->care_mask &
				       svd_width_mask(e->field->bit_width)));
		svd_buffer_puts(out, " */\n");
	}
	if (e->as_enum) {
		svd_buffer_printf(out, "} %s;\n", e->name);
	} else {
		/* Values beyond int cannot be enumerators in ISO C; the set's
		 * name still names a type, as in SVDConv's headers. */
		bool wide = false;

		for (const struct svd_enum_value *v = e->set->values; v;
		     v = v->next)
			wide |= v->value > UINT32_MAX;
		svd_buffer_printf(out, "typedef %s %s;\n",
				  wide ? "uint64_t" : "uint32_t", e->name);
	}
}

/* With --enum-strings: the name of a value, or NULL. */
static void put_enum_decoder(struct svd_buffer *out,
			     const struct svd_enum_names *e)
{
	svd_buffer_printf(out,
			  "/* The name of a %s value, or NULL. */\n"
			  "static inline const char *%s(%s value)\n{\n"
			  "\tuint64_t bits = (uint64_t)value;\n\n",
			  e->name, e->decoder, e->name);
	for (const struct svd_value_names *n = e->decoded; n; n = n->next)
		svd_buffer_printf(out,
				  "\tif ((bits & 0x%" PRIx64 "u) == 0x%" PRIx64
				  "u)\n\t\treturn \"%s\";\n",
				  n->value->care_mask & 0xffffffffu,
				  n->value->value & n->value->care_mask &
				      0xffffffffu,
				  n->name);
	svd_buffer_puts(out, "\treturn NULL;\n}\n");
}

void svd_emit_field_enums(struct svd_buffer *out,
			  const struct svd_enum_names *enums)
{
	for (const struct svd_enum_names *e = enums; e; e = e->next) {
		put_enum(out, e);
		if (e->decoder)
			put_enum_decoder(out, e);
	}
}

/* One register's accessors being printed. */
struct register_printer {
	struct svd_buffer *out;
	const struct svd_register_accessors *reg;
	const char *pointer; /* the peripheral type */
	const char *type;    /* the register's C type */
	const char *suffix;  /* of its literals: "u" or "ull" */
	unsigned bits;
};

/* The comment above a register's accessors: the rules they follow. */
static void put_rules_comment(const struct register_printer *p)
{
	const struct svd_register_rules *rules = &p->reg->rules;
	const char *text;

	if (rules->write_enable)
		text = "bits 31:16 enable the writes of bits 15:0: field "
		       "writes are one masked write, never a read";
	else if (!rules->writable)
		text = rules->effects ? "read-only; reading has side effects "
					"(readAction)"
				      : "read-only";
	else if (!rules->readable)
		text = rules->actions
			   ? "write-only; writing 1 acts on a bit, so "
			     "write masks, never read-modify-write"
			   : "write-only; compose values with the _val "
			     "helpers";
	else if (rules->actions)
		text = "writing 1 acts on a bit: write masks, never "
		       "read-modify-write";
	else if (rules->effects)
		text = "reading has side effects (readAction): no "
		       "read-modify-write helpers";
	else
		text = "read-write";
	svd_buffer_printf(p->out, "\n/* %s: %s */\n", p->reg->path, text);
}

static void put_register_read(const struct register_printer *p)
{
	const struct svd_register_accessors *reg = p->reg;

	svd_buffer_printf(p->out,
			  "static inline %s %s(const %s *p%s)\n{\n%s"
			  "\treturn SVDGEN_READ%u(%s);\n}\n",
			  p->type, reg->read, p->pointer, reg->parameters,
			  reg->checks, p->bits, reg->location);
}

static void put_register_write(const struct register_printer *p)
{
	const struct svd_register_accessors *reg = p->reg;

	svd_buffer_printf(p->out,
			  "static inline void %s(%s *p%s, %s value)\n"
			  "{\n%s\tSVDGEN_WRITE%u(%s, value);\n}\n",
			  reg->write, p->pointer, reg->parameters, p->type,
			  reg->checks, p->bits, reg->location);
}

/* The enum naming the elements of a field list, for its index. */
static void put_index_enum(const struct register_printer *p,
			   const struct svd_field_accessors *f)
{
	svd_buffer_printf(
	    p->out,
	    "/* The elements of %s, for its accessors' index. */\n"
	    "typedef enum {\n",
	    f->index_enum->list);
	for (const struct svd_value_names *v = f->index_enum->values; v;
	     v = v->next)
		svd_buffer_printf(p->out, "\t%s = %s,\n", v->name, v->text);
	svd_buffer_printf(p->out, "} %s;\n", f->index_enum->name);
}

/* Checks that a value fits a field and its write constraint. */
static void put_value_checks(const struct register_printer *p,
			     const struct svd_field_accessors *f)
{
	const struct svd_field *field = f->field;
	uint64_t limit = svd_width_mask(field->bit_width);
	const struct svd_write_constraint *constraint =
	    &field->write_constraint;

	/*
	 * An enum parameter fits by construction (enum-value-range checks
	 * the SVD), and with short enums the test would always be true.
	 */
	if (f->write_enum)
		return;
	if (field->bit_width < p->bits)
		svd_buffer_printf(p->out,
				  "\tSVDGEN_CHECK_VALUE((uint64_t)value <= "
				  "0x%" PRIx64 "u);\n",
				  limit);
	if (constraint->present && constraint->has_range) {
		if (constraint->minimum > 0)
			svd_buffer_printf(
			    p->out,
			    "\tSVDGEN_CHECK_VALUE((uint64_t)value >= "
			    "0x%" PRIx64 "u);\n",
			    constraint->minimum);
		if (constraint->maximum < limit)
			svd_buffer_printf(
			    p->out,
			    "\tSVDGEN_CHECK_VALUE((uint64_t)value <= "
			    "0x%" PRIx64 "u);\n",
			    constraint->maximum);
	}
}

static void put_field_get(const struct register_printer *p,
			  const struct svd_field_accessors *f)
{
	const struct svd_register_accessors *reg = p->reg;
	const char *type = f->read_enum ? f->read_enum : p->type;

	svd_buffer_printf(p->out,
			  "static inline %s %s(const %s *p%s%s)\n{\n%s%s"
			  "\treturn (%s)((SVDGEN_READ%u(%s) >> %s) & "
			  "0x%" PRIx64 "%s);\n}\n",
			  type, f->get, p->pointer, reg->parameters,
			  f->parameter, reg->checks, f->check, type, p->bits,
			  reg->location, f->position, f->mask, p->suffix);
}

/* The value a field contributes, for composing writes. */
static void put_field_value(const struct register_printer *p,
			    const struct svd_field_accessors *f)
{
	svd_buffer_printf(p->out, "static inline %s %s(", p->type, f->value);
	if (f->index_type)
		svd_buffer_printf(p->out, "%s n, ", f->index_type);
	svd_buffer_printf(p->out, "%s value)\n{\n%s",
			  f->write_enum ? f->write_enum : p->type, f->check);
	put_value_checks(p, f);
	svd_buffer_printf(
	    p->out, "\treturn (%s)(((%s)value & 0x%" PRIx64 "%s) << %s);\n}\n",
	    p->type, p->type, f->mask, p->suffix, f->position);
}

/* The start of a field writer, up to its checks. */
static void put_field_writer_head(const struct register_printer *p,
				  const struct svd_field_accessors *f,
				  const char *name, bool takes_value)
{
	const struct svd_register_accessors *reg = p->reg;

	svd_buffer_printf(p->out, "static inline void %s(%s *p%s%s", name,
			  p->pointer, reg->parameters, f->parameter);
	if (takes_value)
		svd_buffer_printf(p->out, ", %s value",
				  f->write_enum ? f->write_enum : p->type);
	svd_buffer_printf(p->out, ")\n{\n%s%s", reg->checks, f->check);
}

/*
 * A field setter for a write-enable-mask register (svdgen's vendor
 * extension): one write of the field's mask in bits 31:16 and its value in
 * bits 15:0. Nothing is read: a read-modify-write would write back the
 * mask bits as 0 and change nothing, and the other fields keep their
 * values because their enable bits are 0.
 */
static void put_field_set_enable(const struct register_printer *p,
				 const struct svd_field_accessors *f)
{
	put_field_writer_head(p, f, f->set, true);
	put_value_checks(p, f);
	svd_buffer_printf(
	    p->out,
	    "\tSVDGEN_WRITE32(%s, (uint32_t)((0x%" PRIx64 "u << (%s + 16u)) |\n"
	    "\t\t\t\t\t(((uint32_t)value & 0x%" PRIx64 "u) << %s)));\n}\n",
	    p->reg->location, f->mask, f->position, f->mask, f->position);
}

/* A read-modify-write field setter. */
static void put_field_set_modify(const struct register_printer *p,
				 const struct svd_field_accessors *f)
{
	const char *type = p->type, *suffix = p->suffix;
	const char *location = p->reg->location;
	uint64_t clear_mask = p->reg->rules.clear_mask;

	put_field_writer_head(p, f, f->set, true);
	put_value_checks(p, f);
	svd_buffer_printf(p->out,
			  "\t%s mask = (%s)(0x%" PRIx64 "%s << %s);\n"
			  "\t%s bits = (%s)(((%s)value & 0x%" PRIx64
			  "%s) << %s);\n"
			  "\t%s old = SVDGEN_READ%u(%s);\n\n",
			  type, type, f->mask, suffix, f->position,
			  /* Mask, then shift: the form that compiles to
			   * hand-written code when the shift varies. */
			  type, type, type, f->mask, suffix, f->position, type,
			  p->bits, location);
	/*
	 * Writing back a 1 read from a write-1-to-clear bit would clear an
	 * event by accident: write 0 there.
	 */
	if (clear_mask)
		svd_buffer_printf(p->out,
				  "\t/* 0 to the write-1-to-clear bits */\n"
				  "\tSVDGEN_WRITE%u(%s, (%s)((old & "
				  "~(%s)(mask | 0x%" PRIx64 "%s)) | "
				  "bits));\n}\n",
				  p->bits, location, type, type, clear_mask,
				  suffix);
	else
		svd_buffer_printf(p->out,
				  "\tSVDGEN_WRITE%u(%s, (%s)((old "
				  "& ~mask) | bits));\n}\n",
				  p->bits, location, type);
}

/* _clear of a write-1-to-clear field. */
static void put_field_clear(const struct register_printer *p,
			    const struct svd_field_accessors *f)
{
	const char *type = p->type, *suffix = p->suffix;
	const char *location = p->reg->location;

	put_field_writer_head(p, f, f->clear, false);
	/*
	 * In a register that also holds ordinary fields, keep them and
	 * write 0 to the other W1C bits.
	 */
	if (p->reg->rules.clear_keeps_others)
		svd_buffer_printf(p->out,
				  "\t%s old = SVDGEN_READ%u(%s);\n\n"
				  "\tSVDGEN_WRITE%u(%s, (%s)((old & "
				  "~(%s)0x%" PRIx64 "%s) | (0x%" PRIx64
				  "%s << %s)));\n}\n",
				  type, p->bits, location, p->bits, location,
				  type, type, p->reg->rules.clear_mask, suffix,
				  f->mask, suffix, f->position);
	else
		svd_buffer_printf(
		    p->out,
		    "\tSVDGEN_WRITE%u(%s, (%s)(0x%" PRIx64 "%s << %s));\n}\n",
		    p->bits, location, type, f->mask, suffix, f->position);
}

/* Element macros: GPIO_GPFSEL1_FSEL17_set(p, v) and the like. */
static void put_element_macro(const struct register_printer *p,
			      const struct svd_element_macro *m)
{
	if (m->operation == SVD_ELEMENT_VALUE) /* no pointer */
		svd_buffer_printf(p->out, "#define %s(value) %s(%s, value)\n",
				  m->name, m->target, m->index);
	else
		svd_buffer_printf(
		    p->out, "#define %s(p%s%s) %s(p%s, %s%s)\n", m->name,
		    m->arguments,
		    m->operation == SVD_ELEMENT_SET ? ", value" : "", m->target,
		    m->arguments, m->index,
		    m->operation == SVD_ELEMENT_SET ? ", value" : "");
}

/* read, write and the field helpers of one register. */
static void put_register_accessors(struct svd_buffer *out, const char *pointer,
				   const struct svd_register_accessors *reg)
{
	struct register_printer p = {
	    out,
	    reg,
	    pointer,
	    svd_register_c_type(reg->reg->bits),
	    reg->reg->bits == 64 ? "ull" : "u",
	    reg->reg->bits,
	};

	put_rules_comment(&p);
	if (reg->read)
		put_register_read(&p);
	if (reg->write)
		put_register_write(&p);
	for (const struct svd_field_accessors *f = reg->fields; f;
	     f = f->next) {
		if (f->index_enum && f->index_enum->define)
			put_index_enum(&p, f);
		if (f->get)
			put_field_get(&p, f);
		if (f->value)
			put_field_value(&p, f);
		if (f->set && f->set_enable)
			put_field_set_enable(&p, f);
		else if (f->set)
			put_field_set_modify(&p, f);
		if (f->clear)
			put_field_clear(&p, f);
	}
	for (const struct svd_element_macro *m = reg->element_macros; m;
	     m = m->next)
		put_element_macro(&p, m);
}

void svd_emit_accessors(struct svd_buffer *out, const struct svd_struct *type)
{
	svd_buffer_printf(out, "\n/* %s accessors */\n", type->name);
	for (const struct svd_register_accessors *reg = type->names->registers;
	     reg; reg = reg->next) {
		if (reg->packed)
			svd_buffer_printf(out,
					  "\n/* %s: no accessors, the struct "
					  "is packed (unaligned registers) "
					  "*/\n",
					  reg->path);
		else
			put_register_accessors(out, type->c_name, reg);
	}
}

void svd_emit_enum_aliases(struct svd_buffer *out,
			   const struct svd_struct *type)
{
	for (const struct svd_alias_group *group = type->names->aliases; group;
	     group = group->next) {
		svd_buffer_printf(out,
				  "\n/* %s: enumerated values by register and "
				  "field */\n",
				  group->owner);
		for (const struct svd_alias *a = group->aliases; a; a = a->next)
			if (a->is_type)
				svd_buffer_printf(out, "typedef %s %s;\n",
						  a->target, a->name);
			else
				svd_buffer_printf(out, "#define %s %s\n",
						  a->name, a->target);
	}
}

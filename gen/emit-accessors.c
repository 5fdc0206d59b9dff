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
#include "format.h"

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
			svd_buffer_concat(out, "\t", n->name, " = ", n->text,
					  ", /*!< ");
		else
			svd_buffer_concat(out, "#define ", n->name, " (",
					  n->text, ") /*!< ");
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
		svd_buffer_concat(out, "} ", e->name, ";\n");
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

/*
 * One register's accessors being printed, with the pieces of text they
 * all repeat spelled once per register (or field): fewer, longer appends.
 */
struct register_printer {
	struct svd_buffer *out;
	const char *pointer; /* the peripheral type */
	const struct svd_register_accessors *reg;
	const char *type;		 /* the register's C type */
	const char *suffix;		 /* of its literals: "u" or "ull" */
	char bits[SVD_NUMBER_TEXT_SIZE]; /* its width: "32" */
	/* Its write-1-to-clear bits, "0x300u", when it has any. */
	char clear_mask[SVD_NUMBER_TEXT_SIZE];
	struct svd_buffer read;	 /* "SVDGEN_READ32(&p->CR)" */
	struct svd_buffer write; /* "SVDGEN_WRITE32(&p->CR, " */
	/* Parameters up to the field's: "(const GPIO_Type *p, uint32_t i"... */
	struct svd_buffer read_parameters;
	struct svd_buffer write_parameters; /* ..."(GPIO_Type *p, uint32_t i" */
	/*
	 * The text of a read-modify-write setter between the field's own
	 * pieces, spelled when the register's first setter needs it:
	 * "\tuint32_t mask = (uint32_t)(", mask, " << ", position,
	 * ");\n\tuint32_t bits = (uint32_t)(((uint32_t)value & ", mask,
	 * ") << ", position, ");\n\tuint32_t old = ..." and the write.
	 */
	bool modify_ready;
	struct svd_buffer modify_start;
	struct svd_buffer modify_middle;
	struct svd_buffer modify_end;
	/* The field being printed: its unshifted mask, "0x3f"... */
	char mask[SVD_NUMBER_TEXT_SIZE];
	char mask_literal[SVD_NUMBER_TEXT_SIZE]; /* ...and "0x3fu" */
};

/* "0x", value in hex and suffix, in text. */
static void spell_hex(char text[SVD_NUMBER_TEXT_SIZE], uint64_t value,
		      const char *suffix)
{
	size_t length;

	text[0] = '0';
	text[1] = 'x';
	length = 2 + svd_format_unsigned(text + 2, value, 16, 1);
	strcpy(text + length, suffix);
}

/* Replace buffer's text with the strings given. */
#define set_text(buffer, ...)                                                  \
	do {                                                                   \
		(buffer)->length = 0;                                          \
		svd_buffer_concat(buffer, __VA_ARGS__);                        \
	} while (0)

/* Start printing reg: its type, literals and repeated pieces. */
static void set_register(struct register_printer *p,
			 const struct svd_register_accessors *reg)
{
	const char *location = reg->location, *parameters = reg->parameters;

	p->reg = reg;
	p->type = svd_register_c_type(reg->reg->bits);
	p->suffix = reg->reg->bits == 64 ? "ull" : "u";
	svd_format_unsigned(p->bits, reg->reg->bits, 10, 1);
	spell_hex(p->clear_mask, reg->rules.clear_mask, p->suffix);
	set_text(&p->read, "SVDGEN_READ", p->bits, "(", location, ")");
	set_text(&p->write, "SVDGEN_WRITE", p->bits, "(", location, ", ");
	set_text(&p->read_parameters, "(const ", p->pointer, " *p", parameters);
	set_text(&p->write_parameters, "(", p->pointer, " *p", parameters);
	p->modify_ready = false;
}

/* A buffer's text appended to out. */
static void put_text(struct svd_buffer *out, const struct svd_buffer *text)
{
	svd_buffer_append(out, text->data, text->length);
}

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
	svd_buffer_concat(p->out, "\n/* ", p->reg->path, ": ", text, " */\n");
}

static void put_register_read(const struct register_printer *p)
{
	const struct svd_register_accessors *reg = p->reg;

	svd_buffer_concat(p->out, "static inline ", p->type, " ", reg->read,
			  p->read_parameters.data, ")\n{\n", reg->checks,
			  "\treturn ", p->read.data, ";\n}\n");
}

static void put_register_write(const struct register_printer *p)
{
	const struct svd_register_accessors *reg = p->reg;

	svd_buffer_concat(p->out, "static inline void ", reg->write,
			  p->write_parameters.data, ", ", p->type,
			  " value)\n{\n", reg->checks, "\t", p->write.data,
			  "value);\n}\n");
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
		svd_buffer_concat(p->out, "\t", v->name, " = ", v->text, ",\n");
	svd_buffer_printf(p->out, "} %s;\n", f->index_enum->name);
}

/* One check on a value: "<=" or ">=" limit. */
static void put_value_check(const struct register_printer *p,
			    const char *comparison, uint64_t limit)
{
	svd_buffer_concat(p->out, "\tSVDGEN_CHECK_VALUE((uint64_t)value ",
			  comparison, " ");
	svd_buffer_put_hex(p->out, limit, 1);
	svd_buffer_puts(p->out, "u);\n");
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
	if (field->bit_width < p->reg->reg->bits)
		put_value_check(p, "<=", limit);
	if (constraint->present && constraint->has_range) {
		if (constraint->minimum > 0)
			put_value_check(p, ">=", constraint->minimum);
		if (constraint->maximum < limit)
			put_value_check(p, "<=", constraint->maximum);
	}
}

static void put_field_get(const struct register_printer *p,
			  const struct svd_field_accessors *f)
{
	const struct svd_register_accessors *reg = p->reg;
	const char *type = f->read_enum ? f->read_enum : p->type;

	svd_buffer_concat(p->out, "static inline ", type, " ", f->get,
			  p->read_parameters.data, f->parameter, ")\n{\n",
			  reg->checks, f->check, "\treturn (", type, ")((",
			  p->read.data, " >> ", f->position, ") & ",
			  p->mask_literal, ");\n}\n");
}

/* The value a field contributes, for composing writes. */
static void put_field_value(const struct register_printer *p,
			    const struct svd_field_accessors *f)
{
	svd_buffer_concat(p->out, "static inline ", p->type, " ", f->value,
			  "(");
	if (f->index_type)
		svd_buffer_concat(p->out, f->index_type, " n, ");
	svd_buffer_concat(p->out, f->write_enum ? f->write_enum : p->type,
			  " value)\n{\n", f->check);
	put_value_checks(p, f);
	svd_buffer_concat(p->out, "\treturn (", p->type, ")(((", p->type,
			  ")value & ", p->mask_literal, ") << ", f->position,
			  ");\n}\n");
}

/* The start of a field writer, up to its checks. */
static void put_field_writer_head(const struct register_printer *p,
				  const struct svd_field_accessors *f,
				  const char *name, bool takes_value)
{
	svd_buffer_concat(p->out, "static inline void ", name,
			  p->write_parameters.data, f->parameter);
	if (takes_value)
		svd_buffer_concat(p->out, ", ",
				  f->write_enum ? f->write_enum : p->type,
				  " value");
	svd_buffer_concat(p->out, ")\n{\n", p->reg->checks, f->check);
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
	svd_buffer_concat(p->out, "\tSVDGEN_WRITE32(", p->reg->location,
			  ", (uint32_t)((", p->mask, "u << (", f->position,
			  " + 16u)) |\n\t\t\t\t\t(((uint32_t)value & ", p->mask,
			  "u) << ", f->position, ")));\n}\n");
}

/* Spell the pieces of p's read-modify-write setters. */
static void set_modify_text(struct register_printer *p)
{
	const char *type = p->type;

	set_text(&p->modify_start, "\t", type, " mask = (", type, ")(");
	set_text(&p->modify_middle, ");\n\t", type, " bits = (", type, ")(((",
		 type, ")value & ");
	/*
	 * Writing back a 1 read from a write-1-to-clear bit would clear an
	 * event by accident: write 0 there.
	 */
	if (p->reg->rules.clear_mask)
		set_text(&p->modify_end, ");\n\t", type,
			 " old = ", p->read.data,
			 ";\n\n\t/* 0 to the write-1-to-clear bits */\n\t",
			 p->write.data, "(", type, ")((old & ~(", type,
			 ")(mask | ", p->clear_mask, ")) | bits));\n}\n");
	else
		set_text(&p->modify_end, ");\n\t", type,
			 " old = ", p->read.data, ";\n\n\t", p->write.data, "(",
			 type, ")((old & ~mask) | bits));\n}\n");
	p->modify_ready = true;
}

/*
 * A read-modify-write field setter. Mask, then shift: the form that
 * compiles to hand-written code when the shift varies.
 */
static void put_field_set_modify(struct register_printer *p,
				 const struct svd_field_accessors *f)
{
	if (!p->modify_ready)
		set_modify_text(p);
	put_field_writer_head(p, f, f->set, true);
	put_value_checks(p, f);
	put_text(p->out, &p->modify_start);
	svd_buffer_concat(p->out, p->mask_literal, " << ", f->position);
	put_text(p->out, &p->modify_middle);
	svd_buffer_concat(p->out, p->mask_literal, ") << ", f->position);
	put_text(p->out, &p->modify_end);
}

/* _clear of a write-1-to-clear field. */
static void put_field_clear(const struct register_printer *p,
			    const struct svd_field_accessors *f)
{
	const char *type = p->type;

	put_field_writer_head(p, f, f->clear, false);
	/*
	 * In a register that also holds ordinary fields, keep them and
	 * write 0 to the other W1C bits.
	 */
	if (p->reg->rules.clear_keeps_others) {
		svd_buffer_concat(p->out, "\t", type, " old = ", p->read.data,
				  ";\n\n\t", p->write.data, "(", type,
				  ")((old & ~(", type, ")", p->clear_mask,
				  ") | (", p->mask_literal, " << ", f->position,
				  ")));\n}\n");
	} else {
		svd_buffer_concat(p->out, "\t", p->write.data, "(", type, ")(",
				  p->mask_literal, " << ", f->position,
				  "));\n}\n");
	}
}

/* Element macros: GPIO_GPFSEL1_FSEL17_set(p, v) and the like. */
static void put_element_macro(const struct register_printer *p,
			      const struct svd_element_macro *m)
{
	const char *value = m->operation == SVD_ELEMENT_SET ? ", value" : "";

	if (m->operation == SVD_ELEMENT_VALUE) /* no pointer */
		svd_buffer_concat(p->out, "#define ", m->name, "(value) ",
				  m->target, "(", m->index, ", value)\n");
	else
		svd_buffer_concat(p->out, "#define ", m->name, "(p",
				  m->arguments, value, ") ", m->target, "(p",
				  m->arguments, ", ", m->index, value, ")\n");
}

/* read, write and the field helpers of one register. */
static void put_register_accessors(struct register_printer *p,
				   const struct svd_register_accessors *reg)
{
	set_register(p, reg);
	put_rules_comment(p);
	if (reg->read)
		put_register_read(p);
	if (reg->write)
		put_register_write(p);
	for (const struct svd_field_accessors *f = reg->fields; f;
	     f = f->next) {
		spell_hex(p->mask, f->mask, "");
		spell_hex(p->mask_literal, f->mask, p->suffix);
		if (f->index_enum && f->index_enum->define)
			put_index_enum(p, f);
		if (f->get)
			put_field_get(p, f);
		if (f->value)
			put_field_value(p, f);
		if (f->set && f->set_enable)
			put_field_set_enable(p, f);
		else if (f->set)
			put_field_set_modify(p, f);
		if (f->clear)
			put_field_clear(p, f);
	}
	for (const struct svd_element_macro *m = reg->element_macros; m;
	     m = m->next)
		put_element_macro(p, m);
}

void svd_emit_accessors(struct svd_buffer *out, const struct svd_struct *type)
{
	struct register_printer p = {.out = out, .pointer = type->c_name};

	svd_buffer_concat(out, "\n/* ", type->name, " accessors */\n");
	for (const struct svd_register_accessors *reg = type->names->registers;
	     reg; reg = reg->next) {
		if (reg->packed)
			svd_buffer_printf(out,
					  "\n/* %s: no accessors, the struct "
					  "is packed (unaligned registers) "
					  "*/\n",
					  reg->path);
		else
			put_register_accessors(&p, reg);
	}
	free(p.read.data);
	free(p.write.data);
	free(p.read_parameters.data);
	free(p.write_parameters.data);
	free(p.modify_start.data);
	free(p.modify_middle.data);
	free(p.modify_end.data);
}

void svd_emit_enum_aliases(struct svd_buffer *out,
			   const struct svd_struct *type)
{
	for (const struct svd_alias_group *group = type->names->aliases; group;
	     group = group->next) {
		svd_buffer_concat(out, "\n/* ", group->owner,
				  ": enumerated values by register and field "
				  "*/\n");
		for (const struct svd_alias *a = group->aliases; a; a = a->next)
			if (a->is_type)
				svd_buffer_concat(out, "typedef ", a->target,
						  " ", a->name, ";\n");
			else
				svd_buffer_concat(out, "#define ", a->name, " ",
						  a->target, "\n");
	}
}

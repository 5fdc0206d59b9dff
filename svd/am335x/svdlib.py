# SPDX-License-Identifier: MIT
"""Tiny helpers to describe registers compactly and print CMSIS-SVD 1.3 XML.

Only the generator script in this directory uses it; the SVD it writes is the
file we ship (svd/am335x.svd), and it is checked in so that building svdgen
never needs Python.
"""

from xml.sax.saxutils import escape


class Field:
	def __init__(self, name, lsb, width=1, desc=None, access=None,
		     enums=None, mwv=None, enum_name=None):
		self.name = name
		self.lsb = lsb
		self.width = width
		self.desc = desc or name
		self.access = access
		self.enums = enums      # list of (name, value, description)
		self.mwv = mwv
		self.enum_name = enum_name


class Reg:
	def __init__(self, name, offset, desc, access=None, reset=0,
		     fields=None, size=32, alt=None, mwv=None, reset_mask=None,
		     dim=None, dim_inc=None, dim_index=None):
		self.name = name
		self.offset = offset
		self.desc = desc
		self.access = access
		self.reset = reset
		self.fields = fields or []
		self.size = size
		self.alt = alt
		self.mwv = mwv
		self.reset_mask = reset_mask
		self.dim = dim
		self.dim_inc = dim_inc
		self.dim_index = dim_index

	def count(self):
		return self.dim or 1


class Periph:
	def __init__(self, name, base, desc, regs=None, size=0x1000,
		     irqs=None, derived=None, group=None, header=None):
		self.name = name
		self.base = base
		self.desc = desc
		self.regs = regs or []
		self.size = size
		self.irqs = irqs or []  # list of (name, number, description)
		self.derived = derived
		self.group = group
		self.header = header


def x(s):
	return escape(s, {'"': "&quot;"})


def hexv(v, digits=8):
	return "0x%0*X" % (digits, v)


def emit_field(out, f, ind):
	p = " " * ind
	out.append(p + "<field>")
	out.append(p + "  <name>%s</name>" % f.name)
	out.append(p + "  <description>%s</description>" % x(f.desc))
	out.append(p + "  <bitOffset>%d</bitOffset>" % f.lsb)
	out.append(p + "  <bitWidth>%d</bitWidth>" % f.width)
	if f.access:
		out.append(p + "  <access>%s</access>" % f.access)
	if f.mwv:
		out.append(p + "  <modifiedWriteValues>%s</modifiedWriteValues>"
			   % f.mwv)
	if f.enums:
		out.append(p + "  <enumeratedValues>")
		enum_name = f.enum_name or getattr(f.enums, "name", None)
		if enum_name:
			out.append(p + "    <name>%s</name>" % enum_name)
		for en, ev, ed in f.enums:
			assert 0 <= ev < (1 << f.width), (f.name, en, ev)
			out.append(p + "    <enumeratedValue>")
			out.append(p + "      <name>%s</name>" % en)
			out.append(p + "      <description>%s</description>"
				   % x(ed))
			out.append(p + "      <value>%d</value>" % ev)
			out.append(p + "    </enumeratedValue>")
		out.append(p + "  </enumeratedValues>")
	out.append(p + "</field>")


def emit_reg(out, r, ind):
	p = " " * ind
	out.append(p + "<register>")
	if r.dim:
		out.append(p + "  <dim>%d</dim>" % r.dim)
		out.append(p + "  <dimIncrement>0x%X</dimIncrement>" % r.dim_inc)
		if r.dim_index:
			out.append(p + "  <dimIndex>%s</dimIndex>" % r.dim_index)
	out.append(p + "  <name>%s</name>" % r.name)
	out.append(p + "  <description>%s</description>" % x(r.desc))
	if r.alt:
		out.append(p + "  <alternateRegister>%s</alternateRegister>"
			   % r.alt)
	out.append(p + "  <addressOffset>0x%X</addressOffset>" % r.offset)
	if r.size != 32:
		out.append(p + "  <size>%d</size>" % r.size)
	if r.access:
		out.append(p + "  <access>%s</access>" % r.access)
	out.append(p + "  <resetValue>%s</resetValue>"
		   % hexv(r.reset, r.size // 4))
	mask = r.reset_mask
	if mask is None:
		mask = (1 << r.size) - 1
	out.append(p + "  <resetMask>%s</resetMask>" % hexv(mask, r.size // 4))
	if r.mwv:
		out.append(p + "  <modifiedWriteValues>%s</modifiedWriteValues>"
			   % r.mwv)
	if r.fields:
		out.append(p + "  <fields>")
		for f in sorted(r.fields, key=lambda f: f.lsb):
			emit_field(out, f, ind + 4)
		out.append(p + "  </fields>")
	out.append(p + "</register>")


def check_periph(pp):
	"""Catch typing mistakes before they reach the SVD."""
	names = set()
	spans = []
	for r in pp.regs:
		assert r.name not in names, (pp.name, r.name)
		names.add(r.name)
		assert r.offset % (r.size // 8) == 0, (pp.name, r.name)
		n = r.dim or 1
		inc = r.dim_inc or 0
		for i in range(n):
			lo = r.offset + i * inc
			hi = lo + r.size // 8
			assert hi <= pp.size, (pp.name, r.name, hex(hi))
			if not r.alt:
				spans.append((lo, hi, r.name))
		fnames = set()
		used = 0
		for f in r.fields:
			assert f.name not in fnames, (pp.name, r.name, f.name)
			fnames.add(f.name)
			m = ((1 << f.width) - 1) << f.lsb
			assert f.lsb + f.width <= r.size, (pp.name, r.name, f.name)
			assert not (used & m), (pp.name, r.name, f.name)
			used |= m
	spans.sort()
	for a, b in zip(spans, spans[1:]):
		assert a[1] <= b[0], (pp.name, a, b)
	for r in pp.regs:
		if r.alt:
			assert r.alt in names, (pp.name, r.name, r.alt)


def emit_periph(out, pp):
	out.append("    <peripheral%s>" % (' derivedFrom="%s"' % pp.derived
					     if pp.derived else ""))
	out.append("      <name>%s</name>" % pp.name)
	out.append("      <description>%s</description>" % x(pp.desc))
	if pp.group:
		out.append("      <groupName>%s</groupName>" % pp.group)
	if pp.header:
		out.append("      <headerStructName>%s</headerStructName>"
			   % pp.header)
	out.append("      <baseAddress>0x%08X</baseAddress>" % pp.base)
	if not pp.derived:
		out.append("      <addressBlock>")
		out.append("        <offset>0x0</offset>")
		out.append("        <size>0x%X</size>" % pp.size)
		out.append("        <usage>registers</usage>")
		out.append("      </addressBlock>")
	for n, v, d in pp.irqs:
		out.append("      <interrupt>")
		out.append("        <name>%s</name>" % n)
		out.append("        <description>%s</description>" % x(d))
		out.append("        <value>%d</value>" % v)
		out.append("      </interrupt>")
	if not pp.derived:
		check_periph(pp)
		out.append("      <registers>")
		for r in pp.regs:
			emit_reg(out, r, 8)
		out.append("      </registers>")
	out.append("    </peripheral>")

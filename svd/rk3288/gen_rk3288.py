#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write svd/rk3288.svd (Rockchip RK3288, ASUS Tinker Board) from the tables
below: the nine GPIO banks, the GRF and PMU pin-mux and pull registers of
their pins, and the CRU clock gates of the banks.

Usage: python3 svd/rk3288/gen_rk3288.py > svd/rk3288.svd

svd/NOTES-rk3288.md gives the source of every fact and where sources
disagreed. The GRF and CRU registers take a write-enable mask in bits 31:16;
the SVD says so through svdgen's vendor extension (doc/svdgen.1), which
other tools ignore.
"""

import sys
from xml.sax.saxutils import escape

SOURCES = ("RK3288 TRM (Rockchip RK3288 Technical Reference Manual, "
	   "part 1, chapters GPIO, GRF, PMU, CRU); cross-checked against "
	   "Linux rk3288.dtsi, pinctrl-rockchip.c, gpio-rockchip.c, "
	   "clk-rk3288.c and U-Boot grf_rk3288.h, pmu_rk3288.h, "
	   "pinctrl-rk3288.c")

# Bank: (base address, GIC SPI number, pins). Linux rk3288.dtsi gpio0-8
# (reg, interrupts); pins from pinctrl-rockchip.c rk3288_pin_banks.
BANKS = [
	(0xFF750000, 81, 24),
	(0xFF780000, 82, 32),
	(0xFF790000, 83, 32),
	(0xFF7A0000, 84, 32),
	(0xFF7B0000, 85, 32),
	(0xFF7C0000, 86, 32),
	(0xFF7D0000, 87, 32),
	(0xFF7E0000, 88, 32),
	(0xFF7F0000, 89, 16),
]

# Pin-mux of banks 1-8 in the GRF. pinctrl-rockchip.c rk3288_pin_banks
# gives the layout (grf_mux_offset 0, four bytes per 8-pin port, eight
# bytes for 4-bit ports, unrouted ports keep their slot); U-Boot struct
# rk3288_grf gives the same offsets. (port, offset, first pin, bits/pin).
IOMUX = [
	("GPIO1D", 0x0C, 0, 2),
	("GPIO2A", 0x10, 0, 2), ("GPIO2B", 0x14, 0, 2), ("GPIO2C", 0x18, 0, 2),
	("GPIO3A", 0x20, 0, 2), ("GPIO3B", 0x24, 0, 2), ("GPIO3C", 0x28, 0, 2),
	("GPIO3DL", 0x2C, 0, 4), ("GPIO3DH", 0x30, 4, 4),
	("GPIO4AL", 0x34, 0, 4), ("GPIO4AH", 0x38, 4, 4),
	("GPIO4BL", 0x3C, 0, 4),
	("GPIO4C", 0x44, 0, 2), ("GPIO4D", 0x48, 0, 2),
	("GPIO5B", 0x50, 0, 2), ("GPIO5C", 0x54, 0, 2),
	("GPIO6A", 0x5C, 0, 2), ("GPIO6B", 0x60, 0, 2), ("GPIO6C", 0x64, 0, 2),
	("GPIO7A", 0x6C, 0, 2), ("GPIO7B", 0x70, 0, 2),
	("GPIO7CL", 0x74, 0, 4), ("GPIO7CH", 0x78, 4, 4),
	("GPIO8A", 0x80, 0, 2), ("GPIO8B", 0x84, 0, 2),
]

# Pulls of banks 1-8 in the GRF: 0x140 + (bank - 1) * 0x10 + port * 4
# (pinctrl-rockchip.c RK3288_PULL_OFFSET, RK3188_PULL_BANK_STRIDE; U-Boot
# rk3288_grf.gpio1_p[8][4] at 0x140), for the routed ports only.
PULL_PORTS = ["1D", "2A", "2B", "2C", "3A", "3B", "3C", "3D", "4A", "4B",
	      "4C", "4D", "5B", "5C", "6A", "6B", "6C", "7A", "7B", "7C",
	      "8A", "8B"]


def x(text):
	return escape(text, {'"': "&quot;"})


class Out:
	def __init__(self):
		self.lines = []

	def put(self, indent, text):
		self.lines.append(" " * indent + text)


def field(out, name, desc, lsb, width, access=None, dim=None, enums=None,
	  mwv=None):
	out.put(12, "<field>")
	if dim:
		out.put(14, "<dim>%d</dim>" % dim[0])
		out.put(14, "<dimIncrement>%d</dimIncrement>" % dim[1])
	out.put(14, "<name>%s</name>" % name)
	out.put(14, "<description>%s</description>" % x(desc))
	out.put(14, "<bitOffset>%d</bitOffset>" % lsb)
	out.put(14, "<bitWidth>%d</bitWidth>" % width)
	if access:
		out.put(14, "<access>%s</access>" % access)
	if mwv:
		out.put(14, "<modifiedWriteValues>%s</modifiedWriteValues>" % mwv)
	if enums:
		enum_name, values = enums
		out.put(14, "<enumeratedValues>")
		out.put(16, "<name>%s</name>" % enum_name)
		for value_name, value, value_desc in values:
			assert 0 <= value < (1 << width)
			out.put(16, "<enumeratedValue>")
			out.put(18, "<name>%s</name>" % value_name)
			out.put(18, "<description>%s</description>" % x(value_desc))
			out.put(18, "<value>%d</value>" % value)
			out.put(16, "</enumeratedValue>")
		out.put(14, "</enumeratedValues>")
	out.put(12, "</field>")


def register(out, name, desc, offset, fields, access="read-write", reset=0,
	     reset_mask=0xFFFFFFFF):
	out.put(8, "<register>")
	out.put(10, "<name>%s</name>" % name)
	out.put(10, "<description>%s</description>" % x(desc))
	out.put(10, "<addressOffset>0x%X</addressOffset>" % offset)
	out.put(10, "<access>%s</access>" % access)
	out.put(10, "<resetValue>0x%08X</resetValue>" % reset)
	out.put(10, "<resetMask>0x%08X</resetMask>" % reset_mask)
	out.put(10, "<fields>")
	for f in fields:
		f(out)
	out.put(10, "</fields>")
	out.put(8, "</register>")


def pins(name, desc, access=None, enums=None, mwv=None, count=32):
	return lambda out: field(out, name + "%s", desc, 0, 1, access,
				 (count, 1), enums, mwv)


DIRECTION = ("DIRECTION", [("INPUT", 0, "The pin is an input"),
			   ("OUTPUT", 1, "The pin is an output")])
LEVEL = ("TRIGGER", [("LEVEL", 0, "Level-sensitive"),
		     ("EDGE", 1, "Edge-sensitive")])
POLARITY = ("POLARITY", [("ACTIVE_LOW", 0, "Active low (falling edge)"),
			 ("ACTIVE_HIGH", 1, "Active high (rising edge)")])
PULL = ("PULL", [("NORMAL", 0, "No pull (Z)"),
		 ("PULL_UP", 1, "Weak pull-up"),
		 ("PULL_DOWN", 2, "Weak pull-down"),
		 ("BUS_HOLD", 3, "Bus keeper (repeater)")])
CLOCK = ("CLOCK", [("ENABLED", 0, "Clock running"),
		   ("DISABLED", 1, "Clock gated off")])


def gpio_block(out):
	"""The DesignWare APB GPIO of one bank: port A only, 32 bits."""
	regs = [
		("SWPORTA_DR", 0x00, "Port A data: the level an output drives",
		 [pins("PIN", "Output level of pin n")], "read-write"),
		("SWPORTA_DDR", 0x04, "Port A data direction",
		 [pins("PIN", "Direction of pin n", enums=DIRECTION)],
		 "read-write"),
		("INTEN", 0x30, "Interrupt enable",
		 [pins("PIN", "1: pin n is an interrupt source")], "read-write"),
		("INTMASK", 0x34, "Interrupt mask",
		 [pins("PIN", "1: interrupt of pin n masked")], "read-write"),
		("INTTYPE_LEVEL", 0x38, "Interrupt level or edge",
		 [pins("PIN", "Trigger type of pin n", enums=LEVEL)],
		 "read-write"),
		("INT_POLARITY", 0x3C, "Interrupt polarity",
		 [pins("PIN", "Polarity of pin n", enums=POLARITY)],
		 "read-write"),
		("INT_STATUS", 0x40, "Interrupt status (after masking)",
		 [pins("PIN", "Interrupt of pin n pending")], "read-only"),
		("INT_RAWSTATUS", 0x44, "Raw interrupt status (before masking)",
		 [pins("PIN", "Raw interrupt of pin n")], "read-only"),
		("DEBOUNCE", 0x48, "Debounce enable",
		 [pins("PIN", "1: input of pin n debounced")], "read-write"),
		("PORTA_EOI", 0x4C, "Clear edge interrupts: write 1 to clear",
		 [pins("PIN", "Write 1 to clear the edge interrupt of pin n",
		       mwv="oneToClear")], "write-only"),
		("EXT_PORTA", 0x50, "Port A external levels: the pins as read",
		 [pins("PIN", "Level of pin n")], "read-only"),
		("LS_SYNC", 0x60, "Level-sensitive interrupt synchronisation",
		 [lambda o: field(o, "SYNC", "1: level interrupts synchronised "
				  "to pclk", 0, 1)], "read-write"),
	]
	for name, offset, desc, fields, access in regs:
		register(out, name, desc, offset, fields, access)


def iomux_fields(first, bits):
	width = bits
	count = 16 // bits
	return [lambda o: field(o, "SEL%s", "Function of pin %d + n of the "
				"port; 0 is GPIO" % first, 0, width,
				dim=(count, width))]


def grf_block(out):
	for port, offset, first, bits in IOMUX:
		half = ""
		if port.endswith("L") or port.endswith("H"):
			half = " (%s half)" % ("low" if port.endswith("L") else "high")
		register(out, port + "_IOMUX",
			 "Function select of %s pins%s; bits 31:16 enable the "
			 "writes of bits 15:0" % (port.rstrip("LH"), half),
			 offset, iomux_fields(first, bits), reset_mask=0)
	for port in PULL_PORTS:
		bank = int(port[0])
		index = "ABCD".index(port[1])
		offset = 0x140 + (bank - 1) * 0x10 + index * 4
		register(out, "GPIO%s_P" % port,
			 "Pull of GPIO%s pins; bits 31:16 enable the writes of "
			 "bits 15:0" % port, offset,
			 [lambda o: field(o, "PULL%s", "Pull of pin n", 0, 2,
					  dim=(8, 2), enums=PULL)],
			 reset_mask=0)


def pmu_block(out):
	"""Bank 0 lives in the PMU: plain read-write, no write-enable mask."""
	for index, port in enumerate("ABC"):
		register(out, "GPIO0%s_PULL" % port,
			 "Pull of GPIO0%s pins (no write-enable mask)" % port,
			 0x64 + index * 4,
			 [lambda o: field(o, "PULL%s", "Pull of pin n", 0, 2,
					  dim=(8, 2), enums=PULL)],
			 reset_mask=0)
	for index, port in enumerate("ABC"):
		register(out, "GPIO0%s_IOMUX" % port,
			 "Function select of GPIO0%s pins (no write-enable "
			 "mask)" % port, 0x84 + index * 4,
			 [lambda o: field(o, "SEL%s", "Function of pin n; 0 is "
					  "GPIO", 0, 2, dim=(8, 2))],
			 reset_mask=0)


def cru_block(out):
	register(out, "CLKGATE14_CON",
		 "Clock gates of pd_alive, GPIO1-8 among them; bits 31:16 "
		 "enable the writes of bits 15:0", 0x198,
		 [(lambda b: lambda o: field(
		     o, "PCLK_GPIO%d" % b, "APB clock of GPIO%d" % b, b, 1,
		     enums=CLOCK))(b)
		  for b in range(1, 9)])
	register(out, "CLKGATE17_CON",
		 "Clock gates of pd_pmu, GPIO0 among them; bits 31:16 "
		 "enable the writes of bits 15:0", 0x1A4,
		 [lambda o: field(o, "PCLK_GPIO0", "APB clock of GPIO0", 4, 1,
				  enums=CLOCK)])


def peripheral(out, name, base, size, desc, body=None, derived=None,
	       header=None, irq=None):
	attribute = ' derivedFrom="%s"' % derived if derived else ""
	out.put(4, "<peripheral%s>" % attribute)
	out.put(6, "<name>%s</name>" % name)
	out.put(6, "<description>%s</description>" % x(desc))
	if header:
		out.put(6, "<headerStructName>%s</headerStructName>" % header)
	out.put(6, "<baseAddress>0x%08X</baseAddress>" % base)
	if not derived:
		out.put(6, "<addressBlock>")
		out.put(8, "<offset>0x0</offset>")
		out.put(8, "<size>0x%X</size>" % size)
		out.put(8, "<usage>registers</usage>")
		out.put(6, "</addressBlock>")
	if irq:
		out.put(6, "<interrupt>")
		out.put(8, "<name>%s</name>" % irq[0])
		out.put(8, "<description>%s</description>" % x(irq[1]))
		out.put(8, "<value>%d</value>" % irq[2])
		out.put(6, "</interrupt>")
	if body:
		out.put(6, "<registers>")
		body(out)
		out.put(6, "</registers>")
	out.put(4, "</peripheral>")


HEADER = """<?xml version="1.0" encoding="utf-8"?>
<!--
  CMSIS-SVD description of the GPIO path of the Rockchip RK3288 (ASUS Tinker
  Board): GPIO0-8, the GRF and PMU pin-mux and pull registers of their pins,
  and the CRU clock gates of the banks. Sources: see svd/NOTES-rk3288.md.

  Generated by svd/rk3288/gen_rk3288.py; edit the script, not this file.
  SPDX-License-Identifier: MIT
-->
<device schemaVersion="1.3" xmlns:xs="http://www.w3.org/2001/XMLSchema-instance" xs:noNamespaceSchemaLocation="CMSIS-SVD.xsd">
  <vendor>Rockchip</vendor>
  <name>RK3288</name>
  <version>1.0</version>
  <description>Rockchip RK3288 quad Cortex-A17 SoC (ASUS Tinker Board): GPIO banks, pin mux and pulls (GRF, PMU), GPIO clock gates (CRU)</description>
  <addressUnitBits>8</addressUnitBits>
  <width>32</width>
  <size>32</size>
  <access>read-write</access>
  <resetValue>0x00000000</resetValue>
  <resetMask>0xFFFFFFFF</resetMask>
  <peripherals>"""


def main():
	out = Out()
	out.lines.append(HEADER)
	for bank, (base, spi, count) in enumerate(BANKS):
		desc = ("GPIO bank %d (DesignWare APB GPIO, port A, %d pins). %s"
			% (bank, count, SOURCES))
		irq = ("GPIO%d" % bank, "GPIO%d, GIC SPI %d (interrupt ID %d)"
		       % (bank, spi, spi + 32), spi)
		if bank == 0:
			peripheral(out, "GPIO0", base, 0x100, desc, gpio_block,
				   header="GPIO", irq=irq)
		else:
			peripheral(out, "GPIO%d" % bank, base, 0x100, desc,
				   derived="GPIO0", irq=irq)
	peripheral(out, "PMU", 0xFF730000, 0x100,
		   "Power management unit: GPIO0 pulls and pin mux. " + SOURCES,
		   pmu_block)
	peripheral(out, "CRU", 0xFF760000, 0x1000,
		   "Clock and reset unit: GPIO clock gates. " + SOURCES,
		   cru_block)
	peripheral(out, "GRF", 0xFF770000, 0x1000,
		   "General register files: pin mux and pulls of GPIO1-8. "
		   + SOURCES, grf_block)
	out.put(2, "</peripherals>")
	out.put(2, "<vendorExtensions>")
	out.put(4, "<svdgen>")
	for name in ("GRF", "CRU"):
		out.put(6, "<writeEnableMask>")
		out.put(8, "<peripheral>%s</peripheral>" % name)
		out.put(6, "</writeEnableMask>")
	out.put(4, "</svdgen>")
	out.put(2, "</vendorExtensions>")
	out.lines.append("</device>")
	sys.stdout.write("\n".join(out.lines) + "\n")


if __name__ == "__main__":
	main()

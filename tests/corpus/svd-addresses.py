#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compute every register address of a CMSIS-SVD file and emit a C check.

Usage: svd-addresses.py FILE.svd --header dev.h [--prefix P] -o check.c

This is the independent route: it shares no code and no logic with the C
generator in gen/, it only reads the SVD and the naming contract in
doc/generated-names.md.  The C file it writes includes the generated umbrella
header and compares, for every register instance,

    (uint64_t)P<PERIPH>_BASE + offsetof(P<TYPE>_Type, <designator>)

with the address computed here; it prints `MISMATCH periph.reg: header 0x..
svd 0x..` per difference, then `N registers checked, M mismatches`, and
returns 1 if M is not 0.  A peripheral whose _BASE macro the header does not
define is reported as one MISMATCH line and all its registers count as
mismatches.  A missing type or member is a compile error, on purpose.

Other options:
  --print-header-name   print the umbrella header name the contract gives
                        for this device (`<device name, lower-cased>.h`);
                        with -o FILE, also write the check, including that
                        header unless --header names another
  --list                print `address designator` lines instead of C
  --address-unit-bits N override the device's addressUnitBits
  --no-header-definitions-prefix
                        do not put the device's headerDefinitionsPrefix in
                        front of type and _BASE names (see 12 below)

How the SVD is read (CMSIS-SVD 1.3), and how the contract is read where it
leaves room.  Where a case was open, the reading closest to ARM SVDConv was
chosen:

 1. Numbers (scaledNonNegativeInteger): 0x/0X hex, # binary, decimal, with an
    optional k/K, m/M, g/G, t/T suffix meaning 2^10, 2^20, 2^30, 2^40.
 2. addressUnitBits (device level, default 8): register and cluster
    addressOffset and dimIncrement are in address units and are converted to
    bytes as value * addressUnitBits / 8.  baseAddress is the CPU address the
    _BASE macro holds and is used as written; the dimIncrement of a
    peripheral array is a distance between base addresses and is used as
    written too.  (NOTE: every Espressif SVD in the corpus declares
    addressUnitBits 32 while its offsets are plainly byte offsets, e.g.
    esp32c3 AES KEY_0..KEY_7 at 0x0, 0x4, ... with size 32; read literally,
    as here, their registers land 4x further from the base than on silicon.
    --address-unit-bits 8 gives the silicon reading.)  Like svdgen, a file
    whose addressUnitBits is contradicted by a narrower register (every
    Espressif SVD but the two ULP ones) is read as byte-addressed, and so is
    one whose offsets are all multiples of the unit with no register wider
    than it (esp32c6-lp and the two ULP files).
 3. Register size (bits) for the array-or-separate-members decision: the
    register's <size>, else the nearest enclosing cluster's, else the
    peripheral's (its own, else that of the peripheral it derives from),
    else the device's, else 32.  A register `NAME[%s]` is a C array when its
    dimIncrement in bytes equals size/8, else separate members NAME<index>.
 4. dimIndex: `a-b` numeric range, `A-Z` letter range, or a comma list
    (blanks trimmed); without it, 0..dim-1.  A C array `NAME[dim]` is indexed
    0..dim-1 whatever dimIndex says; separate members use the dimIndex
    strings.  Peripheral arrays `NAME[%s]` (dimIndex ignored, as the spec
    says) give instances NAME0, NAME1, ...; peripheral lists `NAME%s` give
    one instance per dimIndex entry.  The type of a peripheral array or list
    is headerStructName, else the name with `[%s]` / `%s` removed.
 5. Member names: registers are prependToName + name + `_` + alternateGroup +
    appendToName, at every cluster depth (SVDConv asks the parent chain up to
    the peripheral for prependToName/appendToName).  Clusters are their bare
    name (no prepend/append).  The sanitising rule (non [A-Za-z0-9_] -> `_`,
    leading digit -> leading `_`, C/C++ keyword -> trailing `_`) is applied
    to the whole member name as it appears in C, after the index is put in
    and prepend/append are added; keywords are those of C23 and C++20.
 6. Peripheral type: headerStructName, else, for a peripheral derived from
    another that has no <registers> (an empty <registers/> counts as none),
    no <addressBlock>, no <size>, no <headerStructName> and no
    <prependToName> of its own, the type of the base (recursively); else its
    own name.  Member names of a shared type come from the peripheral that
    owns the type (so a derived peripheral's own appendToName does not change
    them).  A derived peripheral with its own type inherits prependToName,
    appendToName and size from its base when it does not give them.
 7. Peripheral derivedFrom: the base's registers are used when the derived
    peripheral has none; otherwise only its own (no merge, as in svd-rs).
 8. Register/cluster derivedFrom: a plain name is looked up among the
    siblings, then in each enclosing scope up to the peripheral's
    <registers>; a dotted path is tried as `peripheral.cluster...element`
    first and then relative to the current peripheral.  A name matches the
    element's <name> as written or with `[%s]` / `%s` removed.  The derived
    element keeps its own name, addressOffset and any property it gives; it
    takes the base's size, alternateGroup, dim/dimIncrement/dimIndex (only
    when its own name holds `%s`) and, for a cluster without registers or
    clusters of its own, the base's children.
 9. Cluster arrays `NAME[%s]`: a C array of structs when the cluster's
    extent (the furthest byte any of its registers reaches, nested arrays
    multiplied out: for an array, offset + (dim-1)*dimIncrement + extent of
    one element) is <= dimIncrement; else separate members NAME<index>.
10. An element given twice where the schema allows one (GD32VF103 DMA1
    has two <baseAddress>, 0x40020000 then 0x40020400): the last one
    counts, as in SVDConv, which assigns each child in turn; warned about.
    Several <registers> blocks in one peripheral (MSP432P4011
    SystemControlSpace) are all read, in order.
11. A dim'd register or cluster whose name has no `%s` is taken as a list
    with the index appended (not seen in the corpus; warned about).
12. The contract does not mention the device's <headerDefinitionsPrefix>
    (all Nordic SVDs: NRF_).  SVDConv puts it in front of every peripheral
    type and every _BASE and instance name (NRF_POWER_Type, NRF_POWER_BASE,
    NRF_POWER); so do the names checked here, after --prefix.  Without it
    nrf52833's instance macro POWER collides with the member RADIO.POWER.
"""

import argparse
import re
import sys
import xml.etree.ElementTree as ET

KEYWORDS = frozenset("""
auto break case char const continue default do double else enum extern float
for goto if inline int long register restrict return short signed sizeof
static struct switch typedef union unsigned void volatile while _Alignas
_Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert
_Thread_local alignas alignof bool constexpr false nullptr static_assert
thread_local true typeof typeof_unqual _BitInt _Decimal32 _Decimal64
_Decimal128
and and_eq asm bitand bitor catch char8_t char16_t char32_t class compl
concept consteval constinit const_cast co_await co_return co_yield decltype
delete dynamic_cast explicit export friend mutable namespace new noexcept not
not_eq operator or or_eq private protected public reinterpret_cast requires
static_cast template this throw try typeid typename using virtual wchar_t xor
xor_eq
""".split())

SUFFIX = {"k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}

warnings = []

# Row index -> (array name, element) for the instances of a peripheral
# array NAME[%s]: SVDConv's header defines NAME, a pointer to an array of
# the type at NAME_BASE, and NAME[i] must reach element i.
array_elements = {}


def warn(msg):
    warnings.append(msg)


def number(text, what="number"):
    """Parse a scaledNonNegativeInteger."""
    s = text.strip().replace("_", "") if text is not None else ""
    if not s:
        raise ValueError("empty %s" % what)
    if s[0] == "+":
        s = s[1:]
    scale = 1
    if s[-1].lower() in SUFFIX:
        scale = SUFFIX[s[-1].lower()]
        s = s[:-1]
    if s[:2].lower() == "0x":
        v = int(s[2:], 16)
    elif s[0] == "#":
        v = int(s[1:], 2)
    else:
        v = int(s, 10)
    return v * scale


def sanitize(name):
    s = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if s[:1].isdigit():
        s = "_" + s
    if s in KEYWORDS:
        s = s + "_"
    return s


def local(tag):
    return tag.rsplit("}", 1)[-1] if "}" in tag else tag


class Node:
    """A register or cluster as written in the SVD (children for clusters)."""

    __slots__ = ("kind", "name", "derived", "props", "children",
                 "has_children", "resolved")

    def __init__(self, kind):
        self.kind = kind
        self.name = None
        self.derived = None
        self.props = {}
        self.children = []
        self.has_children = False
        self.resolved = None


class Peripheral:
    __slots__ = ("name", "derived", "props", "own_keys", "raw", "children",
                 "has_block", "resolved", "type_owner", "memo")

    def __init__(self):
        self.name = None
        self.derived = None
        self.props = {}
        self.own_keys = frozenset()
        self.raw = []           # registers and clusters as written
        self.children = []      # the same after derivedFrom, resolved
        self.has_block = False
        self.resolved = False
        self.type_owner = None
        self.memo = None


NODE_PROPS = ("addressOffset", "size", "dim", "dimIncrement", "dimIndex",
              "alternateGroup")
PERIPH_PROPS = ("baseAddress", "size", "dim", "dimIncrement", "dimIndex",
                "headerStructName", "prependToName", "appendToName")


def text_of(e):
    return (e.text or "").strip()


def build_node(e):
    n = Node(local(e.tag))
    n.derived = e.get("derivedFrom")
    for c in e:
        t = local(c.tag)
        if t == "name":
            n.name = text_of(c)
        elif t in NODE_PROPS:
            if t in n.props:
                warn("%s: <%s> given twice, the last one counts" %
                     (n.name, t))
            n.props[t] = text_of(c)
        elif t in ("register", "cluster"):
            n.children.append(build_node(c))
    n.has_children = bool(n.children)
    return n


def read_svd(path):
    """Read the device; <fields> subtrees are dropped as they end."""
    device = {}
    periphs = []
    context = ET.iterparse(path, events=("start", "end"))
    depth = 0
    for event, e in context:
        t = local(e.tag)
        if event == "start":
            depth += 1
            continue
        depth -= 1
        if t in ("fields", "enumeratedValues", "interrupt", "cpu",
                 "writeConstraint"):
            e.clear()
        elif t == "peripheral":
            p = Peripheral()
            p.derived = e.get("derivedFrom")
            for c in e:
                ct = local(c.tag)
                if ct == "name":
                    p.name = text_of(c)
                elif ct in PERIPH_PROPS:
                    if ct in p.props:
                        warn("%s: <%s> given twice, the last one counts" %
                             (p.name, ct))
                    p.props[ct] = text_of(c)
                elif ct == "addressBlock":
                    p.has_block = True
                elif ct == "registers":
                    # Some vendors write several <registers> blocks
                    # (MSP432P4011 SystemControlSpace); all of them count.
                    p.raw += [build_node(r) for r in c
                              if local(r.tag) in ("register", "cluster")]
            p.own_keys = frozenset(p.props)
            periphs.append(p)
            e.clear()
        elif depth == 1 and t in ("name", "addressUnitBits", "size",
                                  "headerDefinitionsPrefix"):
            device[t] = text_of(e)
    return device, periphs


def strip_dim(name):
    return name.replace("[%s]", "").replace("%s", "")


def name_matches(node, want):
    return node.name == want or strip_dim(node.name) == want


class Resolver:
    """Applies derivedFrom; looks names up in the trees as written."""

    def __init__(self, periphs):
        self.periphs = periphs
        self.by_name = {}
        for p in periphs:
            self.by_name.setdefault(p.name, p)
        for p in periphs:
            self.by_name.setdefault(strip_dim(p.name), p)

    def raw_of(self, p, seen=()):
        """The registers as written of p, or of what p derives from."""
        while not p.raw and p.derived and p.derived in self.by_name:
            if id(p) in seen:
                return []
            seen = seen + (id(p),)
            p = self.by_name[p.derived]
        return p.raw

    def find_path(self, children, parts):
        """Walk parts down from a list of raw nodes."""
        for i, part in enumerate(parts):
            hit = None
            for c in children:
                if c.name is not None and name_matches(c, part):
                    hit = c
                    break
            if hit is None:
                return None
            if i == len(parts) - 1:
                return hit
            children = hit.children
        return None

    def lookup(self, want, scopes, periph):
        """scopes: lists of raw nodes, innermost first."""
        parts = want.split(".")
        if len(parts) > 1:
            p = self.by_name.get(parts[0])
            if p is not None:
                hit = self.find_path(self.raw_of(p), parts[1:])
                if hit is not None:
                    return hit
            hit = self.find_path(periph.raw, parts)
            if hit is not None:
                return hit
        for scope in scopes:
            hit = self.find_path(scope, parts)
            if hit is not None:
                return hit
        return None

    def resolve_nodes(self, children, scopes, periph, stack):
        return [self.resolve_node(n, [children] + scopes, periph, stack)
                for n in children]

    def resolve_node(self, n, scopes, periph, stack):
        """A resolved copy of raw node n; scopes start with n's siblings."""
        if n.resolved is not None:
            return n.resolved
        if id(n) in stack:
            raise ValueError("%s: derivedFrom loop at %s" %
                             (periph.name, n.name))
        stack = stack | {id(n)}
        r = Node(n.kind)
        r.name = n.name
        r.props = dict(n.props)
        r.children = None
        if n.derived:
            base = self.lookup(n.derived, scopes, periph)
            if base is None or base is n:
                warn("%s.%s: derivedFrom '%s' not found" %
                     (periph.name, n.name, n.derived))
            else:
                rb = self.resolve_found(base, stack)
                for k in ("size", "alternateGroup"):
                    if k not in r.props and k in rb.props:
                        r.props[k] = rb.props[k]
                if "dim" not in r.props and "%s" in (r.name or ""):
                    for k in ("dim", "dimIncrement", "dimIndex"):
                        if k in rb.props:
                            r.props[k] = rb.props[k]
                if n.kind == "cluster" and not n.has_children:
                    r.children = rb.children
        if r.children is None:
            r.children = self.resolve_nodes(n.children, scopes, periph, stack)
        n.resolved = r
        return r

    def resolve_found(self, base, stack):
        """Resolve a node found by lookup, in the scopes where it sits."""
        if base.resolved is not None:
            return base.resolved
        for p in self.periphs:
            scopes = self.scopes_of(p.raw, base, [])
            if scopes is not None:
                return self.resolve_node(base, scopes, p, stack)
        raise ValueError("derivedFrom base %s is in no peripheral" %
                         base.name)

    def scopes_of(self, children, target, outer):
        scopes = [children] + outer
        for c in children:
            if c is target:
                return scopes
            if c.children:
                hit = self.scopes_of(c.children, target, scopes)
                if hit is not None:
                    return hit
        return None

    def resolve_periph(self, p, stack=frozenset()):
        if p.resolved:
            return
        if id(p) in stack:
            raise ValueError("peripheral derivedFrom loop at %s" % p.name)
        stack = stack | {id(p)}
        base = None
        if p.derived:
            base = self.by_name.get(p.derived)
            if base is None:
                warn("%s: derivedFrom '%s' not found" % (p.name, p.derived))
        if base is not None:
            self.resolve_periph(base, stack)
            for k in ("baseAddress", "size", "prependToName",
                      "appendToName"):
                if k not in p.props and k in base.props:
                    p.props[k] = base.props[k]
        if p.raw:
            p.children = self.resolve_nodes(p.raw, [], p, frozenset())
        elif base is not None:
            p.children = base.children
        # Type owner (contract: the base's type only if nothing is added).
        if "headerStructName" in p.own_keys:
            p.type_owner = p
        elif (base is not None and not p.raw and not p.has_block and
              not p.own_keys & {"size", "prependToName"}):
            p.type_owner = base.type_owner
        else:
            p.type_owner = p
        p.resolved = True


def dim_indices(props, where):
    dim = number(props["dim"], "dim")
    di = props.get("dimIndex")
    if not di:
        return [str(i) for i in range(dim)]
    di = di.strip()
    m = re.fullmatch(r"(\d+)\s*-\s*(\d+)", di)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        idx = [str(i) for i in range(a, b + 1)]
    else:
        m = re.fullmatch(r"([A-Za-z])\s*-\s*([A-Za-z])", di)
        if m:
            idx = [chr(c) for c in range(ord(m.group(1)),
                                         ord(m.group(2)) + 1)]
        else:
            idx = [s.strip() for s in di.split(",")]
    if len(idx) != dim:
        warn("%s: dim %d but dimIndex has %d entries" % (where, dim,
                                                         len(idx)))
        idx = idx[:dim]
    return idx


class Layout:
    """Designators and byte offsets for one peripheral type."""

    def __init__(self, aub, device_size):
        self.aub = aub
        self.device_size = device_size

    def to_bytes(self, units):
        v = units * self.aub
        if v % 8:
            warn("offset %d units of %d bits is not whole bytes" %
                 (units, self.aub))
        return v // 8

    def reg_bits(self, n, inherited):
        s = n.props.get("size")
        return number(s, "size") if s else inherited

    def extent(self, n, size_bits):
        """Bytes from n's start to the furthest byte of one element."""
        if n.kind == "register":
            return (self.reg_bits(n, size_bits) + 7) // 8
        if "size" in n.props:
            size_bits = number(n.props["size"], "size")
        end = 0
        for c in n.children:
            off = self.to_bytes(number(c.props.get("addressOffset", "0")))
            e = self.extent(c, size_bits)
            if "dim" in c.props:
                d = number(c.props["dim"])
                inc = self.to_bytes(number(c.props.get("dimIncrement", "0")))
                e = (d - 1) * inc + e if d else 0
            end = max(end, off + e)
        return end

    def walk(self, children, prefix, base_off, size_bits, pre, app, where,
             out):
        for n in children:
            if n.name is None:
                warn("%s: element without a name" % where)
                continue
            off = base_off + self.to_bytes(
                number(n.props.get("addressOffset", "0"), "addressOffset"))
            if n.kind == "register":
                self.walk_register(n, prefix, off, size_bits, pre, app,
                                   where, out)
            else:
                self.walk_cluster(n, prefix, off, size_bits, pre, app,
                                  where, out)

    def walk_register(self, n, prefix, off, size_bits, pre, app, where, out):
        bits = self.reg_bits(n, size_bits)
        alt = n.props.get("alternateGroup")
        suffix = ("_" + alt if alt else "") + app
        name = n.name
        if "dim" not in n.props:
            if "%s" in name:
                warn("%s.%s: %%s without dim" % (where, name))
            out.append((prefix + sanitize(pre + name + suffix), off))
            return
        idx = dim_indices(n.props, where + "." + name)
        inc = self.to_bytes(number(n.props.get("dimIncrement", "0"),
                                   "dimIncrement"))
        if name.endswith("[%s]"):
            stem = name[:-4]
            if inc * 8 == bits:
                member = sanitize(pre + stem + suffix)
                for i in range(len(idx)):
                    out.append(("%s%s[%d]" % (prefix, member, i),
                                off + i * inc))
                return
            for i, s in enumerate(idx):
                out.append((prefix + sanitize(pre + stem + s + suffix),
                            off + i * inc))
            return
        if "%s" not in name:
            warn("%s.%s: dim without %%s, index appended" % (where, name))
            name = name + "%s"
        for i, s in enumerate(idx):
            out.append((prefix + sanitize(pre + name.replace("%s", s) +
                                          suffix), off + i * inc))

    def walk_cluster(self, n, prefix, off, size_bits, pre, app, where, out):
        if "size" in n.props:
            size_bits = number(n.props["size"], "size")
        name = n.name
        if "dim" not in n.props:
            self.walk(n.children, prefix + sanitize(name) + ".", off,
                      size_bits, pre, app, where, out)
            return
        idx = dim_indices(n.props, where + "." + name)
        inc = self.to_bytes(number(n.props.get("dimIncrement", "0"),
                                   "dimIncrement"))
        if name.endswith("[%s]"):
            stem = sanitize(name[:-4])
            if self.extent(n, size_bits) <= inc:
                for i in range(len(idx)):
                    self.walk(n.children, "%s%s[%d]." % (prefix, stem, i),
                              off + i * inc, size_bits, pre, app, where, out)
                return
            for i, s in enumerate(idx):
                self.walk(n.children, prefix + sanitize(name[:-4] + s) + ".",
                          off + i * inc, size_bits, pre, app, where, out)
            return
        if "%s" not in name:
            warn("%s.%s: dim without %%s, index appended" % (where, name))
            name = name + "%s"
        for i, s in enumerate(idx):
            self.walk(n.children, prefix + sanitize(name.replace("%s", s)) +
                      ".", off + i * inc, size_bits, pre, app, where, out)


def type_name(p):
    if "headerStructName" in p.props:
        return sanitize(p.props["headerStructName"])
    return sanitize(strip_dim(p.name))


def instances(p):
    """(instance name, base address) for each instance of p."""
    base = number(p.props.get("baseAddress", "0"), "baseAddress")
    if "dim" not in p.props:
        return [(sanitize(p.name), base)]
    inc = number(p.props.get("dimIncrement", "0"), "dimIncrement")
    if p.name.endswith("[%s]"):
        n = number(p.props["dim"], "dim")
        return [(sanitize(p.name[:-4] + str(i)), base + i * inc)
                for i in range(n)]
    idx = dim_indices(p.props, p.name)
    name = p.name if "%s" in p.name else p.name + "%s"
    return [(sanitize(name.replace("%s", s)), base + i * inc)
            for i, s in enumerate(idx)]


def narrower_register(nodes, bits):
    """True when some register declares a size below bits."""
    for n in nodes:
        if n.kind == "register" and "size" in n.props and \
                number(n.props["size"], "size") < bits:
            return True
        if narrower_register(n.children, bits):
            return True
    return False


def unit_multiples(nodes, unit_bytes, size, bits):
    """True when every addressOffset and dimIncrement below is a multiple
    of unit_bytes and no register is wider than bits."""
    for n in nodes:
        own = number(n.props["size"], "size") if "size" in n.props else size
        for key in ("addressOffset", "dimIncrement"):
            if key in n.props and number(n.props[key], key) % unit_bytes:
                return False
        if n.kind == "register" and own > bits:
            return False
        if not unit_multiples(n.children, unit_bytes, own, bits):
            return False
    return True


def compute(path, aub_override=None):
    device, periphs = read_svd(path)
    aub = aub_override or number(device.get("addressUnitBits", "8"))
    # svdgen's documented policy, applied here on our own reading of the
    # file: a register narrower than the address unit cannot exist if the
    # unit were real, so such a file's offsets are byte offsets.
    if not aub_override and aub != 8 and \
            any(narrower_register(p.raw, aub) for p in periphs):
        aub = 8
    dev_size = number(device["size"]) if "size" in device else 32
    # And where no register is wider than the unit and every offset is a
    # multiple of it (Espressif's LP/ULP files), offsets are byte offsets:
    # counted in units, three of every four would be unused everywhere.
    # esp-idf's own lp_analog_peri_struct.h (esp32c6) agrees: BOD_MODE1_CNTL
    # follows BOD_MODE0_CNTL 4 bytes on, the SVD's offset 0x4.
    if not aub_override and aub != 8 and all(
            unit_multiples(p.raw, aub // 8,
                           number(p.props["size"], "size")
                           if "size" in p.props else dev_size, aub)
            for p in periphs):
        aub = 8
    resolver = Resolver(periphs)
    for p in periphs:
        resolver.resolve_periph(p)
    layout = Layout(aub, dev_size)
    rows = []           # (instance, type, [(designator, address)])
    for p in periphs:
        if not p.children:
            continue
        owner = p.type_owner
        if owner.memo is None:
            size = owner.props.get("size")
            size_bits = number(size, "size") if size else dev_size
            out = []
            layout.walk(owner.children, "", 0, size_bits,
                        owner.props.get("prependToName", ""),
                        owner.props.get("appendToName", ""), owner.name, out)
            owner.memo = (type_name(owner), out)
        tname, members = owner.memo
        array = sanitize(strip_dim(p.name)) \
            if "dim" in p.props and p.name.endswith("[%s]") else None
        for k, (inst, base) in enumerate(instances(p)):
            if array:
                array_elements[len(rows)] = (array, k)
            rows.append((inst, tname,
                         [(d, base + off) for d, off in members]))
    return device, rows


def header_name(device):
    return re.sub(r"[^a-z0-9_]", "_", device.get("name", "").lower()) + ".h"


def c_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def macro_clashes(rows, prefix):
    """Members whose names are also macros the header defines for us."""
    macros = set()
    for inst, tname, members in rows:
        macros.add(prefix + inst)
        macros.add(prefix + inst + "_BASE")
        macros.add(prefix + tname + "_Type")
    seen = set()
    for inst, tname, members in rows:
        for d, addr in members:
            for part in re.split(r"[.\[\]]", d):
                if part in macros and (tname, part) not in seen:
                    seen.add((tname, part))
                    warn("member %s of %s%s_Type has the name of a macro "
                         "(or type) of the header: %s" %
                         (d, prefix, tname, part))


def rename_macro_members(rows, prefix):
    """svdgen's documented rule (doc/generated-names.md): a member spelled
    exactly like an instance pointer or _BASE macro of the header would be
    replaced by the preprocessor, so it gets a trailing '_'."""
    macros = set()
    for inst, tname, members in rows:
        macros.add(prefix + inst)
        macros.add(prefix + inst + "_BASE")

    def fix(designator):
        return re.sub(r"[A-Za-z_][A-Za-z0-9_]*",
                      lambda m: m.group(0) + "_"
                      if m.group(0) in macros else m.group(0), designator)

    return [(inst, tname, [(fix(d), a) for d, a in members])
            for inst, tname, members in rows]


def emit(f, rows, header, prefix, svd):
    """Write the C check; prefix is --prefix + headerDefinitionsPrefix.

    The base addresses are read first; then every instance and _BASE macro
    is #undef'd, because a member may have the same name as one of them
    (esp32c3 RTC_CNTL.RTC_CNTL; ATSAMD21 MTB.MTB_BASE, register BASE with
    prependToName MTB_; nrf52833 ACL.ACL[n] without the NRF_ prefix) and
    would expand inside offsetof.  Those clashes are warned about on stderr.
    """
    w = f.write
    w("/* Generated by tests/corpus/svd-addresses.py from %s. */\n"
      % svd.replace("*/", "*_/").rsplit("/", 1)[-1])
    w("/* Checks each register address of the generated headers against "
      "the SVD. */\n")
    w("#include <stddef.h>\n#include <stdio.h>\n#include <stdint.h>\n")
    w("#include %s\n\n" % c_string(header))
    # NAME[i] of a peripheral array steps by sizeof(*NAME): its element
    # size, which must be the dimIncrement. A header without NAME (svdgen
    # leaves it out where the registers do not fit the stride) is not
    # checked through it.
    arrays = sorted(set(a for a, k in array_elements.values()))
    w("struct array_check {\n\tint present;\n\tuint64_t base, stride;\n"
      "\tconst char *name;\n};\n\n")
    w("static const struct array_check arrays[] = {\n")
    for a in arrays:
        w("#if defined(%s%s) && defined(%s%s_BASE)\n"
          "\t{1, (uint64_t)%s%s_BASE, (uint64_t)sizeof(*%s%s), %s},\n"
          "#else\n\t{0, 0, 0, %s},\n#endif\n"
          % (prefix, a, prefix, a, prefix, a, prefix, a, c_string(a),
             c_string(a)))
    w("\t{0, 0, 0, NULL}\n};\n\n")
    w("struct periph_check {\n\tint present;\n\tuint64_t base;\n"
      "\tlong registers;\n\tconst char *name;\n"
      "\tint array;\n\tuint64_t element;\n};\n\n")
    w("static const struct periph_check periphs[] = {\n")
    for i, (inst, tname, members) in enumerate(rows):
        macro = prefix + inst + "_BASE"
        a, k = array_elements.get(i, (None, 0))
        where = "%d, %d" % (arrays.index(a) if a else -1, k)
        w("#ifdef %s\n#define SVDCHECK_HAVE_%d\n"
          "\t{1, (uint64_t)%s, %dL, %s, %s},\n"
          "#else\n\t{0, 0, %dL, %s, %s},\n"
          "#endif\n" % (macro, i, macro, len(members), c_string(inst),
                        where, len(members), c_string(inst), where))
    w("\t{0, 0, 0L, NULL, -1, 0}\n};\n\n")
    for a in arrays:
        w("#undef %s%s\n#undef %s%s_BASE\n" % (prefix, a, prefix, a))
    for inst in sorted(set(r[0] for r in rows)):
        w("#undef %s%s\n#undef %s%s_BASE\n" % (prefix, inst, prefix, inst))
    w("\nstruct reg_check {\n\tsize_t periph;\n\tuint64_t offset, want;\n"
      "\tconst char *name;\n};\n\n")
    w("static const struct reg_check regs[] = {\n")
    for i, (inst, tname, members) in enumerate(rows):
        ctype = prefix + tname + "_Type"
        w("#ifdef SVDCHECK_HAVE_%d\n" % i)
        for d, addr in members:
            w("\t{%d, offsetof(%s, %s), UINT64_C(0x%x), %s},\n"
              % (i, ctype, d, addr, c_string(inst + "." + d)))
        w("#endif\n")
    w("\t{0, 0, 0, NULL}\n};\n\n")
    w("""int main(void)
{
\tlong checked = 0, mismatches = 0, through_arrays = 0;
\tsize_t i;

\tfor (i = 0; periphs[i].name; i++) {
\t\tif (periphs[i].present)
\t\t\tcontinue;
\t\tprintf("MISMATCH %%s: %s%%s_BASE not defined by the header "
\t\t       "(%%ld registers unchecked)\\n", periphs[i].name,
\t\t       periphs[i].name, periphs[i].registers);
\t\tmismatches += periphs[i].registers;
\t}
\tfor (i = 0; regs[i].name; i++) {
\t\tconst struct periph_check *p = &periphs[regs[i].periph];
\t\tuint64_t got = p->base + regs[i].offset;

\t\tif (p->array >= 0 && arrays[p->array].present) {
\t\t\tconst struct array_check *a = &arrays[p->array];
\t\t\tuint64_t via = a->base + p->element * a->stride +
\t\t\t\t       regs[i].offset;

\t\t\tthrough_arrays++;
\t\t\tif (via != regs[i].want) {
\t\t\t\tmismatches++;
\t\t\t\tprintf("MISMATCH %%s: through %s%%s[%%llu] 0x%%llx "
\t\t\t\t       "svd 0x%%llx\\n", regs[i].name, a->name,
\t\t\t\t       (unsigned long long)p->element,
\t\t\t\t       (unsigned long long)via,
\t\t\t\t       (unsigned long long)regs[i].want);
\t\t\t}
\t\t}
\t\tchecked++;
\t\tif (got == regs[i].want)
\t\t\tcontinue;
\t\tmismatches++;
\t\tprintf("MISMATCH %%s: header 0x%%llx svd 0x%%llx\\n", regs[i].name,
\t\t       (unsigned long long)got, (unsigned long long)regs[i].want);
\t}
\tif (through_arrays)
\t\tprintf("%%ld of them also through peripheral array "
\t\t       "pointers\\n", through_arrays);
\tprintf("%%ld registers checked, %%ld mismatches\\n", checked, mismatches);
\t/* A file whose registers all dropped out has proven nothing. */
\treturn mismatches || checked == 0 ? 1 : 0;
}
""" % (prefix, prefix))


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("svd")
    ap.add_argument("--header", help="umbrella header to #include")
    ap.add_argument("--prefix", default="")
    ap.add_argument("-o", "--output", help="C file to write (- for stdout)")
    ap.add_argument("--list", action="store_true",
                    help="print 'address designator' lines instead of C")
    ap.add_argument("--print-header-name", action="store_true")
    ap.add_argument("--address-unit-bits", type=int)
    ap.add_argument("--no-header-definitions-prefix", action="store_true",
                    help="ignore the device's headerDefinitionsPrefix")
    args = ap.parse_args(argv)

    if not re.fullmatch(r"[A-Za-z0-9_]*", args.prefix):
        ap.error("--prefix must be made of C identifier characters")
    # With -o as well, the C check is written in the same run: the file is
    # read once, which is most of the time a large SVD takes.
    if args.print_header_name and not args.output:
        device, _ = read_svd(args.svd)
        print(header_name(device))
        return 0
    try:
        device, rows = compute(args.svd, args.address_unit_bits)
    except (ET.ParseError, ValueError, KeyError) as e:
        print("%s: error: %s" % (args.svd, e), file=sys.stderr)
        return 1
    out = sys.stdout
    if args.output and args.output != "-":
        out = open(args.output, "w")
    if args.print_header_name:
        print(header_name(device))
        sys.stdout.flush()
        if not args.header:
            args.header = header_name(device)
    with out:
        if args.list:
            for inst, tname, members in rows:
                for d, addr in members:
                    out.write("0x%08x %s.%s (%s_Type)\n" %
                              (addr, inst, d, tname))
        else:
            if not args.header:
                ap.error("--header is required to emit C")
            hdp = "" if args.no_header_definitions_prefix else \
                re.sub(r"[^A-Za-z0-9_]", "_",
                       device.get("headerDefinitionsPrefix", ""))
            macro_clashes(rows, args.prefix + hdp)
            rows = rename_macro_members(rows, args.prefix + hdp)
            emit(out, rows, args.header, args.prefix + hdp, args.svd)
    for msg in warnings:
        print("%s: warning: %s" % (args.svd, msg), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

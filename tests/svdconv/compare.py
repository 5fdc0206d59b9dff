#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Compare the facts of two device headers (see extract.py).

Usage:
  compare.py table [--missing N] [--exceptions FILE] ORACLE_FACTS OURS_FACTS
                   [...pairs]
      per-kind table: how many of the oracle's identifiers the other header
      offers, and how many with the same value, offset and size; facts the
      exceptions list names are left out and counted.
  compare.py check [--exceptions FILE --device NAME] [--skip-kind KIND]
                   FACTS HEADER
      a C source that includes HEADER and asserts every fact of FACTS
      (_Static_assert for values, offsets and sizes; bit-field positions
      at run time); exit status of the compiled program tells.
"""
import sys

# Names SVDConv gives its padding; no user code names them.
def is_padding(name):
    last = name.rsplit(".", 1)[-1]
    # extract.py's mark for SVDConv's second REG_b of one register, which
    # does not compile in SVDConv's own header.
    return last.upper().startswith("RESERVED") or "__svdconv_" in name


def read_facts(path):
    facts = {}
    with open(path) as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            kind, name = parts[0], parts[1]
            if is_padding(name) and (kind in ("member", "bitfield") or
                                     "__svdconv_" in name):
                continue
            facts[(kind, name)] = parts[2:]
    return facts


def classify(kind, name, values, facts):
    """The row of the table a fact belongs to."""
    if kind == "macro":
        if values[1] != "0":
            return "macro: peripheral instance"
        if name.startswith("__"):
            return "macro: CPU configuration"
        for suffix in ("_Pos", "_Msk", "_BASE"):
            if name.endswith(suffix):
                return "macro: " + suffix
        return "macro: other"
    if kind == "enum":
        if values[1] == "IRQn_Type" or name.endswith("_IRQn"):
            return "enum: IRQn_Type constant"
        return "enum: field value"
    if kind == "enumtype":
        return "enum: typedef"
    if kind == "type":
        return "type: struct typedef"
    if kind == "member":
        field = name.split(".", 1)[1]
        if field.endswith("_b"):
            return "member: REG_b bit-field view"
        if "." in field:
            return "member: nested"
        return "member: register or cluster"
    if kind == "bitfield":
        return "bitfield: member of REG_b"
    return kind


def same(kind, oracle, ours):
    if kind in ("enumtype",):
        return True
    if kind == "macro":
        return oracle[0] == ours[0]
    if kind == "enum":
        return oracle[0] == ours[0]
    return oracle == ours


def device_names(path):
    """The names an exceptions line may give a facts file: nrf52810 for
    nrf52810.facts, and Nordic_nrf52810.facts (coverage.sh's cache)."""
    base = path.rsplit("/", 1)[-1].rsplit(".facts", 1)[0]
    return [base] + ([base.split("_", 1)[1]] if "_" in base else [])


def table(arguments):
    show_missing = 0
    exceptions = None
    while arguments[:1] and arguments[0].startswith("--"):
        if arguments[0] == "--missing":
            show_missing = int(arguments[1])
        elif arguments[0] == "--exceptions":
            exceptions = arguments[1]
        arguments = arguments[2:]
    rows = {}
    missing = {}
    excepted = 0
    for oracle_path, ours_path in zip(arguments[0::2], arguments[1::2]):
        oracle = read_facts(oracle_path)
        ours = read_facts(ours_path) if ours_path != "-" else {}
        skipped = set()
        for device in device_names(oracle_path):
            skipped |= read_exceptions(exceptions, device)
        for (kind, name), values in oracle.items():
            if (kind, name) in skipped:
                excepted += 1
                continue
            row = rows.setdefault(classify(kind, name, values, oracle),
                                  [0, 0, 0])
            row[0] += 1
            other = ours.get((kind, name))
            # An enumerator may be offered as a macro of the same value
            # (svdgen's spelling for a shared enum): code cannot tell.
            if other is None and kind == "enum":
                macro = ours.get(("macro", name))
                if macro is not None:
                    other = [macro[0], values[1]]
            if other is None:
                missing.setdefault(classify(kind, name, values, oracle),
                                   []).append((oracle_path, name))
                continue
            row[1] += 1
            if same(kind, values, other):
                row[2] += 1
            else:
                missing.setdefault("differs: " + kind, []).append(
                    (oracle_path, "%s %s vs %s" % (name, values, other)))
    total = [0, 0, 0]
    print("%-34s %9s %9s %7s %9s %7s" % ("kind", "SVDConv", "offered", "%",
                                         "same", "%"))
    for kind in sorted(rows):
        row = rows[kind]
        for i in range(3):
            total[i] += row[i]
        print("%-34s %9d %9d %6.1f%% %9d %6.1f%%" % (
            kind, row[0], row[1], 100.0 * row[1] / row[0], row[2],
            100.0 * row[2] / row[0]))
    if total[0]:
        print("%-34s %9d %9d %6.1f%% %9d %6.1f%%" % (
            "total", total[0], total[1], 100.0 * total[1] / total[0],
            total[2], 100.0 * total[2] / total[0]))
    if exceptions:
        print("left out as listed in the exceptions: %d" % excepted)
    if show_missing:
        for kind in sorted(missing):
            print("\n%s (%d):" % (kind, len(missing[kind])))
            for path, name in missing[kind][:show_missing]:
                print("  %s: %s" % (path, name))


def read_exceptions(path, device):
    """Lines 'DEVICE KIND NAME reason...': facts that SVDConv gets wrong."""
    skipped = set()
    if path is None:
        return skipped
    with open(path) as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split(None, 3)
            if fields[0] == device:
                skipped.add((fields[1], fields[2]))
    return skipped


def check(arguments):
    exceptions = None
    device = None
    skip_kinds = set()
    while arguments[:1] and arguments[0].startswith("--"):
        if arguments[0] == "--exceptions":
            exceptions = arguments[1]
        elif arguments[0] == "--device":
            device = arguments[1]
        elif arguments[0] == "--skip-kind":
            skip_kinds.add(arguments[1])
        arguments = arguments[2:]
    facts_path, header = arguments
    skipped = read_exceptions(exceptions, device)
    # The header first and no C library header: a vendor field named EOF
    # must not meet <stdio.h>'s macro in the check itself.
    out = ['#include "%s"' % header,
           "int printf(const char *, ...);",
           "void *memset(void *, int, __SIZE_TYPE__);",
           "#define size_t __SIZE_TYPE__",
           "#define uintptr_t __UINTPTR_TYPE__",
           "#define offsetof(type, member) __builtin_offsetof(type, member)",
           "#ifndef __cplusplus",
           "#define CHECK(condition, what) _Static_assert(condition, what)",
           "#endif", "static int failures;",
           "static _Alignas(16) unsigned char buffer[1 << 24];",
           "static volatile unsigned long long ones = ~0ULL;",
           "static void expect(const char *what, unsigned long long got,",
           "\t\t   unsigned long long want)", "{",
           "\tif (got != want) {",
           '\t\tprintf("%s: %llx, SVDConv %llx\\n", what, got, want);',
           "\t\tfailures++;", "\t}", "}",
           "static unsigned long long span(const unsigned char *b, size_t n,",
           "\t\t\t\tint want_width)", "{",
           "\tsize_t first = (size_t)-1, last = 0, i;", "",
           "\tfor (i = 0; i < n * 8; i++)",
           "\t\tif (b[i / 8] >> (i % 8) & 1) {",
           "\t\t\tif (first == (size_t)-1)", "\t\t\t\tfirst = i;",
           "\t\t\tlast = i;", "\t\t}",
           "\treturn want_width ? last - first + 1 : first;", "}"]
    runtime = []
    count = 0
    with open(facts_path) as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            kind, name = parts[0], parts[1]
            if (kind, name) in skipped or kind in skip_kinds:
                continue
            if is_padding(name) and (kind in ("member", "bitfield") or
                                     "__svdconv_" in name):
                continue
            count += 1
            label = '"%s %s"' % (kind, name)
            if kind == "macro":
                if parts[3] != "0":
                    runtime.append("\t{ %s *p = %s; expect(%s, "
                                   "(unsigned long long)(uintptr_t)p, "
                                   "0x%sULL); }"
                                   % (parts[3], name, label, parts[2]))
                else:
                    out.append("CHECK((unsigned long long)(%s) == 0x%sULL, "
                               "%s);" % (name, parts[2], label))
            elif kind == "enum":
                out.append("CHECK((unsigned long long)(%s) == 0x%sULL, %s);"
                           % (name, parts[2], label))
            elif kind == "enumtype":
                out.append("CHECK(sizeof(%s) > 0, %s);" % (name, label))
            elif kind == "type":
                out.append("CHECK(sizeof(%s) == 0x%s, %s);"
                           % (name, parts[2], label))
            elif kind == "member":
                type_name, path = name.split(".", 1)
                out.append("CHECK(offsetof(%s, %s) == 0x%s, %s);"
                           % (type_name, path, parts[2], label))
                out.append("CHECK(sizeof(((%s *)0)->%s) == 0x%s, %s);"
                           % (type_name, path, parts[3], label))
            elif kind == "bitfield":
                type_name, path = name.split(".", 1)
                view = path.rsplit(".", 1)[0] if "." in path else None
                if view:
                    base = "&((%s *)buffer)->%s" % (type_name, view)
                    size = "sizeof(((%s *)0)->%s)" % (type_name, view)
                else:
                    base = "buffer"
                    size = "sizeof(%s)" % type_name
                runtime.append(
                    "\t{ unsigned char *b = (unsigned char *)(%s); "
                    "size_t n = %s; memset(b, 0, n); ((%s *)buffer)->%s = "
                    "ones; expect(%s, span(b, n, 0), 0x%s); "
                    "expect(%s, span(b, n, 1), 0x%s); }"
                    % (base, size, type_name, path, label, parts[2], label,
                       parts[3]))
    chunks = [runtime[i:i + 1000] for i in range(0, len(runtime), 1000)]
    for number, chunk in enumerate(chunks):
        out.append("static void part%d(void)\n{\n%s\n}" % (number,
                                                          "\n".join(chunk)))
    out.append("int main(void)\n{")
    out.extend("\tpart%d();" % n for n in range(len(chunks)))
    out.append('\tprintf("%d facts checked, %%d wrong\\n", failures);'
               % count)
    out.append("\treturn failures != 0;\n}")
    print("\n".join(out))


def main():
    if sys.argv[1:2] == ["table"]:
        table(sys.argv[2:])
    elif sys.argv[1:2] == ["check"]:
        check(sys.argv[2:])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()

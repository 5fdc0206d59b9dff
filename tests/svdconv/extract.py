#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""List every identifier a C device header offers, with its value or layout.

Usage: extract.py [--cc CC] HEADER > FACTS
       (EXTRACT_CFLAGS in the environment: extra compiler options, such
       as -DSVDGEN_ALL_ACCESSORS for svdgen's headers)

HEADER is a generated device header (ARM SVDConv's or svdgen's). Includes it
cannot find (core_cm4.h, system_DEVICE.h) are replaced by a stub that defines
the CMSIS access qualifiers. The header's own declarations are parsed from the
preprocessor output (structs, unions, enums, typedefs, object-like macros);
the values, offsets, sizes and bit positions are then printed by a C program
compiled against the header, so the compiler, not this script, decides the
layout.

Output, one fact a line, tab-separated, numbers in hex:
    macro      NAME             VALUE    0|TYPE (TYPE for a pointer macro)
    type       NAME             SIZE
    enumtype   NAME             -
    enum       NAME             VALUE    ENUMTYPE|-
    member     TYPE.PATH        OFFSET   SIZE
    bitfield   TYPE.PATH.FIELD  POSITION WIDTH   (position within its view)

Standard library only; meant to be run by hand (see README in this folder).
"""
import os
import re
import subprocess
import sys
import tempfile

QUALIFIERS = """#ifndef SVDCONV_STUB_QUALIFIERS
#define SVDCONV_STUB_QUALIFIERS
#include <stdint.h>
#define __I volatile const
#define __O volatile
#define __IO volatile
#define __IM volatile const
#define __OM volatile
#define __IOM volatile
#endif
"""

TYPE_WORDS = {
    "char", "short", "int", "long", "unsigned", "signed", "volatile",
    "const", "uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t",
    "int16_t", "int32_t", "int64_t", "_Bool",
}
SKIP_WORDS = {"__extension__", "__inline", "__inline__", "inline", "static"}
INTEGER_TYPES = {"uint8_t", "uint16_t", "uint32_t", "uint64_t", "int8_t",
                 "int16_t", "int32_t", "int64_t"}

TOKEN = re.compile(r"""\s*(?:
    (?P<id>[A-Za-z_]\w*) |
    (?P<num>0[xX][0-9a-fA-F]+\w*|\d\w*) |
    (?P<str>"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*') |
    (?P<op>->|<<|>>|<=|>=|==|!=|&&|\|\||\+\+|--|[-+*/%&|^~!<>=?:;,.(){}\[\]#])
    )""", re.X)


def tokenize(text):
    tokens = []
    position = 0
    length = len(text)
    while position < length:
        match = TOKEN.match(text, position)
        if not match:
            if text[position:].strip() == "":
                break
            raise SystemExit("extract.py: cannot tokenize near %r"
                             % text[position:position + 40])
        tokens.append(match.group(match.lastgroup))
        position = match.end()
    return tokens


class Parser:
    """Declarations of a preprocessed header: records, enums, typedefs."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0
        self.typedefs = {}      # name -> ("record", record) | ("enum", names)
        self.enums = []         # (enumerator, enum typedef name or None)

    def peek(self, offset=0):
        position = self.index + offset
        if position < len(self.tokens):
            return self.tokens[position]
        return None

    def take(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def skip_balanced(self):
        """Skip from an opening bracket to its match."""
        depth = 0
        while True:
            token = self.take()
            if token in "({[":
                depth += 1
            elif token in ")}]":
                depth -= 1
                if depth == 0:
                    return

    def skip_attributes(self):
        while self.peek() in ("__attribute__", "__extension__"):
            if self.take() == "__attribute__":
                self.skip_balanced()

    def parse(self):
        while self.peek() is not None:
            self.parse_top()
        return self

    def parse_top(self):
        self.skip_attributes()
        token = self.peek()
        if token == ";":
            self.take()
            return
        if token in ("_Static_assert", "static_assert"):
            self.skip_statement()
            return
        if token == "typedef":
            self.take()
            self.skip_attributes()
            if self.peek() in ("struct", "union") and self.brace_follows():
                record = self.parse_record()
                for name, _dims in self.parse_declarators():
                    self.typedefs[name] = ("record", record)
                return
            if self.peek() == "enum" and self.brace_follows():
                names = self.parse_enum()
                for name, _dims in self.parse_declarators():
                    self.typedefs[name] = ("enum", names)
                    for enumerator in names:
                        self.enums.append((enumerator, name))
                return
            # typedef OTHER NAME; : another name for an enum or struct
            if self.peek(2) == ";" and self.peek() in self.typedefs:
                self.typedefs[self.peek(1)] = self.typedefs[self.peek()]
            # typedef uint32_t NAME_Enum; : svdgen's name for an enum
            # whose values do not fit an int, usable where SVDConv's is
            elif (self.peek(2) == ";" and self.peek(1).endswith("_Enum")
                  and self.peek() in INTEGER_TYPES):
                self.typedefs[self.peek(1)] = ("enum", [])
            self.skip_statement()
            return
        if token == "enum" and self.brace_follows():
            names = self.parse_enum()
            for enumerator in names:
                self.enums.append((enumerator, None))
            self.skip_statement()
            return
        if token in ("struct", "union") and self.brace_follows():
            tag = self.peek(1)
            record = self.parse_record()
            if tag != "{":
                self.typedefs[token + " " + tag] = ("record", record)
            self.skip_statement()
            return
        self.skip_statement()

    def brace_follows(self):
        """After struct/union/enum: is this a definition?"""
        offset = 1
        # __attribute__((packed)): the name and its balanced parentheses
        while self.peek(offset) == "__attribute__":
            offset += 1
            depth = 0
            while True:
                token = self.peek(offset)
                offset += 1
                if token == "(":
                    depth += 1
                elif token == ")":
                    depth -= 1
                    if depth == 0:
                        break
                elif token is None:
                    return False
        if self.peek(offset) == "{":
            return True
        return self.peek(offset + 1) == "{"

    def skip_statement(self):
        """Skip a declaration or a function definition."""
        while True:
            token = self.peek()
            if token is None:
                return
            if token == ";":
                self.take()
                return
            if token in "([":
                self.skip_balanced()
                continue
            if token == "{":
                self.skip_balanced()
                if self.peek() != ";" and self.peek() != ",":
                    return      # a function body ends the definition
                continue
            self.take()

    def parse_enum(self):
        self.take()             # enum
        self.skip_attributes()
        if self.peek() != "{":
            self.take()         # tag
        self.take()             # {
        names = []
        while self.peek() != "}":
            names.append(self.take())
            depth = 0
            while True:
                token = self.peek()
                if depth == 0 and token in (",", "}"):
                    break
                if token in "([{":
                    depth += 1
                elif token in ")]}":
                    depth -= 1
                self.take()
            if self.peek() == ",":
                self.take()
        self.take()             # }
        return names

    def parse_declarators(self):
        """Declarators up to ';': [(name, dims)]."""
        result = []
        current = []
        while True:
            token = self.take()
            if token in (",", ";"):
                if current:
                    result.append(self.declarator(current))
                current = []
                if token == ";":
                    return result
                continue
            if token == "__attribute__":
                self.index -= 1
                self.skip_attributes()
                continue
            current.append(token)

    @staticmethod
    def declarator(tokens):
        if ":" in tokens:
            tokens = tokens[:tokens.index(":")]
        dims = ""
        if "[" in tokens:
            dims = "".join(tokens[tokens.index("["):])
            tokens = tokens[:tokens.index("[")]
        names = [t for t in tokens if re.match(r"[A-Za-z_]", t)
                 and t not in TYPE_WORDS and t != "*"]
        return (names[-1] if names else None, dims)

    def parse_record(self):
        """struct/union [tag] { members }: returns (kind, members)."""
        kind = self.take()
        self.skip_attributes()
        if self.peek() != "{":
            self.take()
        self.take()             # {
        members = []
        while self.peek() != "}":
            self.skip_attributes()
            if self.peek() in ("_Static_assert", "static_assert"):
                self.skip_statement()
                continue
            if self.peek() == ";":
                self.take()
                continue
            if self.peek() in ("struct", "union") and self.brace_follows():
                record = self.parse_record()
                declarators = self.parse_declarators()
                if not declarators:
                    members.append({"name": None, "record": record,
                                    "dims": ""})
                for name, dims in declarators:
                    members.append({"name": name, "record": record,
                                    "dims": dims})
                continue
            tokens = []
            while self.peek() != ";":
                tokens.append(self.take())
            self.take()
            width = None
            if ":" in tokens:
                width = "".join(tokens[tokens.index(":") + 1:])
            name, dims = self.declarator(tokens)
            if name is None or (width is not None and
                                tokens[tokens.index(":") - 1] in TYPE_WORDS):
                continue        # unnamed padding bit-field
            members.append({"name": name, "record": None, "dims": dims,
                            "bitfield": width is not None})
        self.take()             # }
        return (kind, members)


DUPLICATE = "__svdconv_duplicate"


def rename_duplicate_views(text):
    """SVDConv puts fields that overlap earlier ones into a second REG_b
    struct in the same union, which does not compile. Later ones get a
    DUPLICATE suffix so the rest of the header can be read; compare.py
    leaves them out (no user can name them either)."""
    out = []
    seen = [set()]
    count = 0
    for line in text.split("\n"):
        code = line.split("/*")[0].strip()
        close = re.match(r"\}\s*(\w*)(\s*\[\d+\])?\s*;", code)
        field = re.match(r".*\b(\w+)\s*:\s*\d+\s*;$", code)
        name = None
        if code.endswith("{"):
            seen.append(set())
        elif close:
            if len(seen) > 1:
                seen.pop()
            if close.group(1).endswith("_b"):
                name = close.group(1)
        elif field and len(code.split()) > 3:
            # A bit-field given twice in one struct (ESP32-S2's
            # CH2_TX_LOOP): SVDConv's header does not compile either.
            name = field.group(1)
        if name:
            if name in seen[-1]:
                count += 1
                line = re.sub(r"\b%s\b" % name,
                              "%s%s%d" % (name, DUPLICATE, count), line, 1)
            seen[-1].add(name)
        out.append(line)
    return "\n".join(out)


def own_lines(preprocessed, directory):
    """The lines of gcc -E output that come from files in directory."""
    keep = []
    inside = False
    directory = os.path.realpath(directory)
    for line in preprocessed.splitlines():
        if line.startswith("# "):
            match = re.match(r'# \d+ "([^"]*)"', line)
            if match:
                path = match.group(1)
                inside = (not path.startswith("<") and
                          os.path.realpath(os.path.dirname(path) or ".")
                          == directory)
            continue
        if line.startswith("#"):
            continue
        if inside:
            keep.append(line)
    return "\n".join(keep)


def own_macros(definitions, directory):
    """Object-like macros #defined in files in directory: name -> body."""
    macros = {}
    inside = False
    directory = os.path.realpath(directory)
    for line in definitions.splitlines():
        match = re.match(r'# \d+ "([^"]*)"', line)
        if match:
            path = match.group(1)
            inside = (not path.startswith("<") and
                      os.path.realpath(os.path.dirname(path) or ".")
                      == directory)
            continue
        if not inside:
            continue
        match = re.match(r"#define ([A-Za-z_]\w*)(\(?)(.*)", line)
        if match and not match.group(2):
            body = match.group(3).strip()
            if body:
                macros[match.group(1)] = body
    return macros


def walk(type_name, record, prefix, out):
    """Member paths of a record, anonymous members flattened."""
    _kind, members = record
    for member in members:
        name = member["name"]
        if name is None:
            walk(type_name, member["record"], prefix, out)
            continue
        path = prefix + name
        if member.get("bitfield"):
            out.append(("bitfield", type_name, path))
            continue
        out.append(("member", type_name, path))
        if member["record"] is not None:
            element = path + ("[0]" * member["dims"].count("["))
            walk(type_name, member["record"], element + ".", out)


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def program(header, parser, macros):
    """C source printing every fact; each fact on its own source line."""
    lines = []
    for name, (kind, value) in sorted(parser.typedefs.items()):
        if " " in name:
            continue
        if kind == "enum":
            lines.append('\tfact("enumtype", %s, 0, 0, "-");' % c_string(name))
            continue
        lines.append('\tfact("type", %s, sizeof(%s), 0, 0);'
                     % (c_string(name), name))
        paths = []
        walk(name, value, "", paths)
        for fact, type_name, path in paths:
            if fact == "member":
                lines.append('\tfact("member", %s, offsetof(%s, %s), '
                             'sizeof(((%s *)0)->%s), 0);'
                             % (c_string(type_name + "." + path), type_name,
                                path, type_name, path))
            else:
                view, field = path.rsplit(".", 1) if "." in path \
                    else ("", path)
                if view:
                    base = "&((%s *)buffer)->%s" % (type_name, view)
                    size = "sizeof(((%s *)0)->%s)" % (type_name, view)
                else:
                    base = "buffer"
                    size = "sizeof(%s)" % type_name
                lines.append('\t{ unsigned char *b = (unsigned char *)(%s); '
                             'size_t n = %s; memset(b, 0, n); '
                             '((%s *)buffer)->%s = ones; '
                             'bits(%s, b, n); }'
                             % (base, size, type_name, path,
                                c_string(type_name + "." + path)))
    for enumerator, type_name in parser.enums:
        lines.append('\tfact("enum", %s, (unsigned long long)(%s), 0, %s);'
                     % (c_string(enumerator), enumerator,
                        c_string(type_name or "-")))
    for name in sorted(macros):
        lines.append('\tfact("macro", %s, (unsigned long long)(uintptr_t)'
                     '(%s), __builtin_classify_type(%s) == 5, '
                     'pointee(%s));'
                     % (c_string(name), name, name, c_string(macros[name])))
    # The header comes first and no C library header follows: a vendor
    # field named EOF or NULL must not meet <stdio.h>'s macro here.
    head = """#include "%s"
int printf(const char *, ...);
int snprintf(char *, __SIZE_TYPE__, const char *, ...);
void *memset(void *, int, __SIZE_TYPE__);
int strcmp(const char *, const char *);
char *strstr(const char *, const char *);
#define size_t __SIZE_TYPE__
#define uintptr_t __UINTPTR_TYPE__
#define offsetof(type, member) __builtin_offsetof(type, member)
#define NULL ((void *)0)
static _Alignas(16) unsigned char buffer[1 << 24];
static volatile unsigned long long ones = ~0ULL;
static const char *pointee(const char *body)
{
	static char name[256];
	const char *end = strstr(body, "_Type");
	const char *start = end;

	if (end == NULL)
		return "0";
	while (start > body && (start[-1] == '_' || (start[-1] >= '0' &&
	       start[-1] <= '9') || (start[-1] >= 'A' && start[-1] <= 'Z') ||
	       (start[-1] >= 'a' && start[-1] <= 'z')))
		start--;
	snprintf(name, sizeof(name), "%%.*s", (int)(end - start + 5), start);
	return name;
}
static void fact(const char *kind, const char *name, unsigned long long a,
		 unsigned long long b, const char *extra)
{
	if (strcmp(kind, "macro") == 0)
		printf("macro\\t%%s\\t%%llx\\t%%s\\n", name, a, b ? extra : "0");
	else if (strcmp(kind, "enumtype") == 0)
		printf("enumtype\\t%%s\\t-\\n", name);
	else if (strcmp(kind, "enum") == 0)
		printf("enum\\t%%s\\t%%llx\\t%%s\\n", name, a, extra);
	else if (strcmp(kind, "type") == 0)
		printf("type\\t%%s\\t%%llx\\n", name, a);
	else
		printf("%%s\\t%%s\\t%%llx\\t%%llx\\n", kind, name, a, b);
}
static void bits(const char *name, const unsigned char *b, size_t n)
{
	size_t first = (size_t)-1, last = 0, i;

	for (i = 0; i < n * 8; i++)
		if (b[i / 8] >> (i %% 8) & 1) {
			if (first == (size_t)-1)
				first = i;
			last = i;
		}
	printf("bitfield\\t%%s\\t%%zx\\t%%zx\\n", name, first, last - first + 1);
}
""" % os.path.basename(header)
    return head, lines


def run_program(head, lines, include_dirs, cc, workdir):
    """Compile and run; drop the lines that do not compile (a macro that is
    no expression) and try again."""
    lines = list(lines)
    for _attempt in range(6):
        chunks = []
        body = []
        for start in range(0, len(lines), 1000):
            number = len(chunks)
            chunks.append("static void part%d(void)\n{\n" % number +
                          "\n".join(lines[start:start + 1000]) + "\n}\n")
        source = head + "".join(chunks) + "int main(void)\n{\n" + "".join(
            "\tpart%d();\n" % n for n in range(len(chunks))) + \
            "\treturn 0;\n}\n"
        head_lines = head.count("\n")
        path = os.path.join(workdir, "facts.c")
        with open(path, "w") as handle:
            handle.write(source)
        command = cc.split() + ["-std=gnu11", "-O0", "-w", "-fmax-errors=0"]
        command += os.environ.get("EXTRACT_CFLAGS", "").split()
        for directory in include_dirs:
            command += ["-I", directory]
        command += [path, "-o", os.path.join(workdir, "facts")]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode == 0:
            run = subprocess.run([os.path.join(workdir, "facts")],
                                 capture_output=True, text=True, check=True)
            return run.stdout
        # Map error lines back to fact lines: each chunk adds 2 lines
        # before its body and one after.
        bad = set()
        for match in re.finditer(r"facts\.c:(\d+):\d+: ", result.stderr):
            line = int(match.group(1)) - head_lines - 1
            chunk_lines = 1000 + 3
            chunk = line // chunk_lines
            within = line % chunk_lines - 2
            if 0 <= within < 1000:
                bad.add(chunk * 1000 + within)
        if not bad:
            raise SystemExit("extract.py: cannot compile facts program:\n"
                             + result.stderr[:3000])
        lines = [l for n, l in enumerate(lines) if n not in bad]
    raise SystemExit("extract.py: facts program keeps failing")


def main():
    arguments = sys.argv[1:]
    cc = os.environ.get("CC", "gcc")
    if arguments[:1] == ["--cc"]:
        cc = arguments[1]
        arguments = arguments[2:]
    if len(arguments) != 1:
        raise SystemExit(__doc__)
    original = os.path.abspath(arguments[0])
    with tempfile.TemporaryDirectory() as workdir:
        # A copy of the header's folder without its #error lines: SVDConv
        # writes one in place of each register it cannot place, and the
        # rest of its header is still what its users compile against.
        directory = os.path.join(workdir, "header")
        os.mkdir(directory)
        for name in os.listdir(os.path.dirname(original)):
            if not name.endswith(".h"):
                continue
            with open(os.path.join(os.path.dirname(original), name),
                      errors="replace") as source:
                text = source.read()
            text = re.sub(r"(?m)^[ \t]*#[ \t]*error\b.*$", "", text)
            text = rename_duplicate_views(text)
            # SVDConv writes an empty IRQn_Type for a device without
            # Cortex-M exceptions or interrupts (SiFive): not C. A
            # placeholder enumerator, left out by compare.py, lets the
            # rest be read.
            text = re.sub(r"typedef enum \{((?:\s|/\*(?:[^*]|\*(?!/))*\*/)*)"
                          r"\}\s*(\w+);",
                          r"typedef enum {\1 \2__svdconv_empty } \2;",
                          text, flags=re.S)
            with open(os.path.join(directory, name), "w") as copy:
                copy.write(text)
        header = os.path.join(directory, os.path.basename(original))
        stubs = os.path.join(workdir, "stubs")
        os.mkdir(stubs)
        with open(os.path.join(stubs, "svdconv_stub_qualifiers.h"),
                  "w") as handle:
            handle.write(QUALIFIERS)
        # A stub for every quoted include the header's folder lacks.
        for name in os.listdir(directory):
            if not name.endswith(".h"):
                continue
            with open(os.path.join(directory, name), errors="replace") as h:
                for include in re.findall(r'#\s*include\s+"([^"]+)"',
                                          h.read()):
                    if not os.path.exists(os.path.join(directory, include)):
                        with open(os.path.join(stubs, include), "w") as s:
                            s.write('#include "svdconv_stub_qualifiers.h"\n')
        include_dirs = [directory, stubs]
        base = cc.split() + ["-std=gnu11", "-E"]
        base += os.environ.get("EXTRACT_CFLAGS", "").split()
        for include in include_dirs:
            base += ["-I", include]
        preprocessed = subprocess.run(base + [header], capture_output=True,
                                      text=True, check=True).stdout
        definitions = subprocess.run(base + ["-dD", header],
                                     capture_output=True, text=True,
                                     check=True).stdout
        parser = Parser(tokenize(own_lines(preprocessed, directory))).parse()
        macros = own_macros(definitions, directory)
        head, lines = program(header, parser, macros)
        sys.stdout.write(run_program(head, lines, include_dirs, cc, workdir))


if __name__ == "__main__":
    main()

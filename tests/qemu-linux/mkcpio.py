#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Write an initramfs: a cpio "newc" archive, as the kernel unpacks it.

Reads a list of entries on standard input, one a line, in the spirit of
the kernel's usr/gen_init_cpio:

    dir  PATH MODE
    file PATH MODE SOURCE
    slink PATH TARGET
    nod  PATH MODE c|b MAJOR MINOR

and writes the archive to the file named on the command line. Owners are
root, times are zero: the same input gives the same bytes, and no root
is needed to make device nodes such as /dev/console.
"""
import stat
import sys


def header(ino, mode, size, nlink, rdev_major, rdev_minor, name):
    """One newc header plus the name, padded to four bytes."""
    fields = [ino, mode, 0, 0, nlink, 0, size, 0, 0, rdev_major,
              rdev_minor, len(name) + 1, 0]
    data = b"070701" + b"".join(b"%08X" % field for field in fields)
    data += name.encode() + b"\0"
    return data + b"\0" * (-len(data) % 4)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: mkcpio.py OUTPUT < LIST")
    out = bytearray()
    ino = 1
    for number, line in enumerate(sys.stdin, 1):
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        kind, path = words[0], words[1].lstrip("/")
        body = b""
        major = minor = 0
        if kind == "dir":
            mode, nlink = stat.S_IFDIR | int(words[2], 8), 2
        elif kind == "file":
            mode, nlink = stat.S_IFREG | int(words[2], 8), 1
            with open(words[3], "rb") as source:
                body = source.read()
        elif kind == "slink":
            mode, nlink = stat.S_IFLNK | 0o777, 1
            body = words[2].encode()
        elif kind == "nod":
            kind_bit = stat.S_IFCHR if words[3] == "c" else stat.S_IFBLK
            mode, nlink = kind_bit | int(words[2], 8), 1
            major, minor = int(words[4]), int(words[5])
        else:
            sys.exit("mkcpio.py: line %d: unknown entry '%s'" %
                     (number, kind))
        out += header(ino, mode, len(body), nlink, major, minor, path)
        out += body + b"\0" * (-len(body) % 4)
        ino += 1
    out += header(0, 0, 0, 1, 0, 0, "TRAILER!!!")
    with open(sys.argv[1], "wb") as archive:
        archive.write(out)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Sparse files standing in for physical memory, for svdreg's tests.

    memory.py word FILE ADDRESS BYTES          print the little-endian value
    memory.py poke FILE ADDRESS BYTES VALUE    store a little-endian value
    memory.py changes BEFORE AFTER             print every byte that differs

`changes` compares the two files byte for byte wherever either holds data
(holes read as zeros, as they do through mmap), so a file of a gigabyte
costs only its few written pages; it prints `0xADDRESS OLD NEW` per
changed byte, and a line `size OLD NEW` if the sizes differ. It shares no
code with svdreg: it is how the tests see memory without trusting it.
"""
import os
import sys


def data_ranges(path):
    """The (start, end) ranges of path that hold data, holes left out."""
    ranges = []
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        at = 0
        while at < size:
            try:
                start = os.lseek(f.fileno(), at, os.SEEK_DATA)
            except OSError:
                break  # only holes from here on
            end = os.lseek(f.fileno(), start, os.SEEK_HOLE)
            ranges.append((start, end))
            at = end
    return ranges


def read_range(path, start, end):
    with open(path, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    return data + bytes(end - start - len(data))


def merged(ranges):
    out = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def changes(before, after):
    size_before = os.path.getsize(before)
    size_after = os.path.getsize(after)
    if size_before != size_after:
        print("size %d %d" % (size_before, size_after))
    for start, end in merged(data_ranges(before) + data_ranges(after)):
        old = read_range(before, start, end)
        new = read_range(after, start, end)
        if old == new:
            continue
        for i, (a, b) in enumerate(zip(old, new)):
            if a != b:
                print("0x%08x %02x %02x" % (start + i, a, b))


def main(argv):
    if len(argv) == 5 and argv[1] == "word":
        address, size = int(argv[3], 0), int(argv[4], 0)
        data = read_range(argv[2], address, address + size)
        print("0x%0*x" % (size * 2, int.from_bytes(data, "little")))
    elif len(argv) == 6 and argv[1] == "poke":
        address, size, value = (int(x, 0) for x in argv[3:6])
        with open(argv[2], "r+b") as f:
            f.seek(address)
            f.write(value.to_bytes(size, "little"))
    elif len(argv) == 4 and argv[1] == "changes":
        changes(argv[2], argv[3])
    else:
        sys.stderr.write(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

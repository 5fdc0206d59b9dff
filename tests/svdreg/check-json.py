#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check the JSON that tests/svdreg/json.sh had svdreg write into DIR.

Every file must parse; the values are what the writes in json.sh leave
and what the SVDs say (addresses from the vendor manuals, see svdreg.sh;
tests/svdreg/clusters.svd for the made-up device). Prints one line per
check and `N passed, N failed`; exits 1 on any failure.
"""
import json
import os
import sys

passed = 0
failed = 0


def check(name, condition):
    global passed, failed
    if condition:
        print("ok: " + name)
        passed += 1
    else:
        print("FAIL: " + name)
        failed += 1


def load(directory, name):
    with open(os.path.join(directory, name + ".json")) as f:
        return json.load(f)


def by(items, key):
    return {item[key]: item for item in items}


def main(directory):
    gpfsel1 = load(directory, "read-gpfsel1")
    check("read gives a list of one register", len(gpfsel1) == 1)
    reg = gpfsel1[0]
    check("path GPIO.GPFSEL1", reg["path"] == "GPIO.GPFSEL1")
    check("address 0x20200004", reg["address"] == 0x20200004)
    check("32 bits, read-write",
          reg["bits"] == 32 and reg["access"] == "read-write")
    check("value 0x00200000", reg["value"] == 0x00200000)
    fields = by(reg["fields"], "name")
    check("fields FSEL10-FSEL19",
          sorted(fields) == sorted("FSEL%d" % n for n in range(10, 20)))
    fsel17 = fields["FSEL17"]
    check("FSEL17 bits 23:21", (fsel17["msb"], fsel17["lsb"]) == (23, 21))
    check("FSEL17 = 1, OUTPUT",
          fsel17["value"] == 1 and fsel17["enum"] == "OUTPUT")
    check("FSEL10 = 0, INPUT",
          fields["FSEL10"]["value"] == 0 and fields["FSEL10"]["enum"] == "INPUT")
    for name, field in fields.items():
        width = field["msb"] - field["lsb"] + 1
        check("%s value is its bits of the register" % name,
              field["value"] == (reg["value"] >> field["lsb"]) & ((1 << width) - 1))

    two = load(directory, "read-two")
    check("read of two paths gives two registers", len(two) == 2)
    check("a field path gives that field only",
          two[0]["path"] == "GPIO.GPFSEL1" and
          [f["name"] for f in two[0]["fields"]] == ["FSEL17"])
    cs = two[1]
    check("DMA.CH[3].CS at 0x20007300",
          cs["path"] == "DMA.CH[3].CS" and cs["address"] == 0x20007300)
    cs_fields = by(cs["fields"], "name")
    check("write-only RESET has no value",
          cs_fields["RESET"]["access"] == "write-only" and
          cs_fields["RESET"]["value"] is None and
          cs_fields["RESET"]["enum"] is None)

    peripherals = by(load(directory, "list"), "name")
    check("list: GPIO at 0x20200000 with registers",
          peripherals["GPIO"]["base_address"] == 0x20200000 and
          peripherals["GPIO"]["registers"] is True)
    check("list: DMA at 0x20007000",
          peripherals["DMA"]["base_address"] == 0x20007000)

    registers = by(load(directory, "list-gpio"), "path")
    gpset0 = registers["GPIO.GPSET0"]
    check("list GPIO: GPSET0 at +0x1C, 0x2020001C, write-only",
          gpset0["offset"] == 0x1C and gpset0["address"] == 0x2020001C and
          gpset0["access"] == "write-only" and gpset0["bits"] == 32)
    check("list GPIO: GPLEV0 at +0x34, read-only",
          registers["GPIO.GPLEV0"]["offset"] == 0x34 and
          registers["GPIO.GPLEV0"]["access"] == "read-only")
    for path, item in registers.items():
        check("list GPIO: %s address = base + offset" % path,
              item["address"] == 0x20200000 + item["offset"])

    dump = by(load(directory, "dump-gpio"), "path")
    readable = {path for path, item in registers.items()
                if item["access"] not in ("write-only", "writeOnce")
                and not item["read_action"]}
    check("dump GPIO: every readable register, no other",
          set(dump) == readable)
    check("dump GPIO: GPFSEL1 = 0x00200000, all else 0",
          all(item["value"] == (0x00200000 if path == "GPIO.GPFSEL1" else 0)
              for path, item in dump.items()))

    test = by(load(directory, "test-list"), "name")
    check("description with quotes, backslash and tab comes back as written",
          test["TIMER"]["description"] ==
          'Timer "A" with a back\\slash\tand a tab')
    check("TIMER1 at 0x40002000", test["TIMER1"]["base_address"] == 0x40002000)

    timer = by(load(directory, "test-list-timer"), "path")
    expected = {"TIMER.CC[3]": (0x1C, 32), "TIMER.CH[0].CFG": (0x20, 32),
                "TIMER.CH[2].DATA": (0x44, 16), "TIMER.CH[1].SET": (0x38, 32),
                "TIMER.PINA": (0x50, 32), "TIMER.PINB": (0x54, 32),
                "TIMER.BYTE": (0x58, 8), "TIMER.WIDE": (0x60, 64)}
    for path, (offset, bits) in expected.items():
        check("list TIMER: %s at +0x%x, %d bits" % (path, offset, bits),
              path in timer and timer[path]["offset"] == offset and
              timer[path]["bits"] == bits)
    # CTRL STATUS FIFO INTFLAGS, CC[0-3], CH[0-2] x 3, PINA PINB BYTE WIDE
    check("list TIMER: 21 registers", len(timer) == 21)
    check("list TIMER: STATUS read has a side effect",
          timer["TIMER.STATUS"]["read_action"] is True)

    read = by(load(directory, "test-read"), "path")
    ctrl = by(read["TIMER.CTRL"]["fields"], "name")
    check("TIMER.CTRL.MODE = 3, FREE",
          ctrl["MODE"]["value"] == 3 and ctrl["MODE"]["enum"] == "FREE")
    check("TIMER.CTRL.KICK (write-only) has no value",
          ctrl["KICK"]["value"] is None)
    check("TIMER.WIDE = 0x123456789ABCDEF0, exactly",
          read["TIMER.WIDE"]["value"] == 0x123456789ABCDEF0)
    check("TIMER.CH[2].DATA = 0xBEEF, 16 bits",
          read["TIMER.CH[2].DATA"]["value"] == 0xBEEF and
          read["TIMER.CH[2].DATA"]["bits"] == 16)

    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

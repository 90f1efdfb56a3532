#!/usr/bin/env python3
# ===- test/Analyzer/Inputs/make_trace.py - synthetic memscope traces ----=== #
#
# Writes traces byte for byte as include/memscope/trace_format.h lays them
# out, so the analyzer's tests do not need the runtime:
#
#   make_trace.py full OUT          every record type, an unknown one, stacks
#                                   referenced before (or without) their
#                                   record, batches out of time order
#   make_trace.py truncated OUT     `full` cut inside its leak-check record
#   make_trace.py newer OUT         a header of format version 2
#   make_trace.py big-endian OUT    a header written big-endian
#   make_trace.py short-header OUT  the magic and half a header
#   make_trace.py foreign OUT       the start of an ELF file
#   make_trace.py binary OUT --exe EXE --disassembly DIS
#                                   a trace of EXE (built -no-pie) whose pcs
#                                   are return addresses taken from
#                                   `llvm-objdump -d` output
#   make_trace.py layouts           the struct sizes used here, one a line
#
# The struct formats below mirror trace_format.h; layouts.test compares
# their sizes with the header's.
#
# See also: include/memscope/trace_format.h, docs/TraceFormat.md,
# test/Analyzer/*.test.
# ===--------------------------------------------------------------------=== #
import argparse
import re
import struct
import sys

MAGIC = b"MSCOPETR"
FORMAT_VERSION = 1
LITTLE_ENDIAN_MARK = 0x01020304

# RecordType
PROCESS, MODULE, STACK, THREAD, PASSPORT_BATCH = 1, 2, 3, 4, 5
ERROR, LEAK_CHECK, LEAK, LIVE_CHUNK, END = 6, 7, 8, 9, 10

# PassportEvent and AllocFamily
ALLOCATED, FREED, REALLOCATED, REALLOCATED_FROM, EVICTED = 1, 2, 3, 4, 5
MALLOC, NEW, NEW_ARRAY = 1, 2, 3

DIRECT, INDIRECT = 1, 2

LAYOUTS = {
    "FileHeader": "<8sIIII",
    "RecordHeader": "<II",
    "ProcessRecord": "<QQ",
    "ModuleRecord": "<QI",
    "StackRecord": "<II",
    "ThreadRecord": "<IIIIQQ",
    "PassportBatchRecord": "<QQII",
    "ErrorRecord": "<QQQQQIIBBHI",
    "LeakCheckRecord": "<QIIQQBBHI",
    "LeakRecord": "<QQIIIB3x",
    "LiveChunkRecord": "<QQQIIII",
    "EndRecord": "<QQII",
}


def pack(name, *fields):
    return struct.pack(LAYOUTS[name], *fields)


def string(value):
    data = value.encode() if isinstance(value, str) else value
    return struct.pack("<I", len(data)) + data


def uleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            return bytes(out)


def sleb(value):
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7  # arithmetic on Python ints
        done = (value == 0 and not byte & 0x40) or (value == -1 and byte & 0x40)
        out.append(byte | (0 if done else 0x80))
        if done:
            return bytes(out)


class Trace:
    """Appends records; remembers where each starts."""

    def __init__(self, version=FORMAT_VERSION, mark=LITTLE_ENDIAN_MARK):
        self.data = bytearray(pack("FileHeader", MAGIC, version, mark, 24, 8))
        self.offsets = []  # (record type, offset of its RecordHeader)

    def record(self, kind, payload):
        self.offsets.append((kind, len(self.data)))
        self.data += pack("RecordHeader", kind, len(payload)) + payload

    def process(self, pid, argv, exe, tool="0.1.0", start_ns=1700000000000000000):
        payload = pack("ProcessRecord", pid, start_ns) + string(tool)
        payload += struct.pack("<I", len(argv)) + b"".join(map(string, argv))
        self.record(PROCESS, payload + string(exe))

    def module(self, path, base, ranges, build_id=b""):
        payload = pack("ModuleRecord", base, len(ranges))
        for beg, end, executable in ranges:
            payload += struct.pack("<QQB", beg, end, executable)
        self.record(MODULE, payload + string(path) + string(build_id))

    def stack(self, stack_id, pcs):
        payload = pack("StackRecord", stack_id, len(pcs))
        self.record(STACK, payload + b"".join(struct.pack("<Q", pc) for pc in pcs))

    def thread(self, tid, parent, creation_stack, time_ns, os_tid=0):
        self.record(THREAD, pack("ThreadRecord", tid, parent, creation_stack, 0,
                                 os_tid, time_ns))

    def batch(self, tid, base_ns, end_ns, events, count=None):
        """events: tuples ("alloc", passport, addr, size, stack, family),
        ("free", passport, stack, family), ("realloc", passport, new),
        ("realloc-from", passport, old), ("evict", passport)."""
        body = bytearray()
        prev_addr = 0
        for event in events:
            kind, passport = event[0], event[1]
            if kind == "alloc":
                _, _, addr, size, stack, family = event
                body += bytes([ALLOCATED | family << 4]) + uleb(passport)
                body += sleb(addr - prev_addr) + uleb(size) + uleb(stack)
                prev_addr = addr
            elif kind == "free":
                _, _, stack, family = event
                body += bytes([FREED | family << 4]) + uleb(passport) + uleb(stack)
            elif kind in ("realloc", "realloc-from"):
                head = REALLOCATED if kind == "realloc" else REALLOCATED_FROM
                body += bytes([head | MALLOC << 4]) + uleb(passport) + uleb(event[2])
            elif kind == "evict":
                body += bytes([EVICTED | MALLOC << 4]) + uleb(passport)
        count = len(events) if count is None else count
        self.record(PASSPORT_BATCH,
                    pack("PassportBatchRecord", base_ns, end_ns, tid, count) + body)

    def error(self, kind, addr, size, pc, passport, time_ns, tid, stack,
              is_write=0, fatal=0):
        self.record(ERROR, pack("ErrorRecord", addr, size, pc, passport, time_ns,
                                tid, stack, is_write, fatal, 0, 0) + string(kind))

    def leak_check(self, check_id, time_ns, groups, total_bytes, total_objects,
                   at_exit=1, only_new=0):
        self.record(LEAK_CHECK, pack("LeakCheckRecord", time_ns, check_id, groups,
                                     total_bytes, total_objects, at_exit,
                                     only_new, 0, 0))

    def leak(self, check_id, kind, size, objects, stack, passports):
        payload = pack("LeakRecord", size, objects, check_id, stack,
                       len(passports), kind)
        self.record(LEAK, payload + b"".join(struct.pack("<Q", p) for p in passports))

    def live_chunk(self, passport, addr, size, tid, stack, content):
        self.record(LIVE_CHUNK, pack("LiveChunkRecord", passport, addr, size, tid,
                                     stack, len(content), 0) + content)

    def end(self, time_ns, peak, exit_code):
        self.record(END, pack("EndRecord", time_ns, peak, exit_code, 0))


# Synthetic pcs: 0x401xxx lies in no module (printed as raw addresses),
# 0x7f0000001xxx in a module whose binary does not exist. Like the runtime's,
# they are return addresses: reports print (and look up) pc - 1, 0x401100.
LIB = "/nonexistent/libdemo.so"
LIB_BASE = 0x7F0000000000


def full_trace():
    t = Trace()
    t.process(4242, ["./app", "--mode", "two words"], "/opt/app/bin/app")
    t.module(LIB, LIB_BASE, [(LIB_BASE + 0x1000, LIB_BASE + 0x3000, 1),
                             (LIB_BASE + 0x3000, LIB_BASE + 0x4000, 0)],
             build_id=b"\x12\x34")
    t.stack(1, [0x401101, 0x401201, 0x401301])
    t.stack(2, [LIB_BASE + 0x1011, LIB_BASE + 0x1121, 0x401301])
    t.stack(3, [0x401401, 0x401301])
    t.stack(5, [0x401601])
    t.thread(1, 0, 5, 1_000_100)
    t.record(77, b"a record type from the future")
    # Thread 1's batch reaches the file first but happened later.
    t.batch(1, 1_002_000, 1_002_400, [
        ("free", 1, 3, MALLOC),
        ("evict", 1),
        ("alloc", 5, 0x602000000010, 24, 1, MALLOC),   # reuses #1's address
    ], count=0)
    t.batch(0, 1_000_000, 1_000_900, [
        ("alloc", 1, 0x602000000010, 32, 1, MALLOC),
        ("alloc", 2, 0x602000000050, 4096, 2, NEW_ARRAY),
        ("alloc", 3, 0x602000001000, 100, 1, MALLOC),
        ("alloc", 4, 0x602000002000, 200, 2, MALLOC),  # realloc(#3, 200)
        ("realloc", 3, 4),
        ("realloc-from", 4, 3),
        ("free", 3, 3, MALLOC),
    ])
    # The error's stack (4) is written after the error that refers to it.
    t.error("heap-use-after-free", 0x602000000014, 4, 0x401501, 1, 1_003_000,
            1, 4)
    t.stack(4, [0x401501, LIB_BASE + 0x2001])
    t.batch(0, 1_004_000, 1_004_000, [("free", 2, 3, NEW_ARRAY)])
    # Stack 99 is never written: the error's pc stands in for it.
    t.error("double-free", 0x602000000050, 0, LIB_BASE + 0x1501, 2, 1_004_500,
            0, 99, fatal=1)
    t.live_chunk(4, 0x602000002000, 200, 0, 2, b"\x00\x01\x02\x03")
    t.live_chunk(5, 0x602000000010, 24, 1, 1, b"")
    t.live_chunk(6, 0x602000003000, 16, 0, 2, b"")
    t.leak_check(1, 1_005_000, 3, 240, 3)
    t.leak(1, INDIRECT, 16, 1, 2, [6])
    t.leak(1, DIRECT, 24, 1, 6, [5])
    t.leak(1, DIRECT, 200, 1, 2, [4])
    t.end(1_006_000, 4428, 1)
    return t


def truncated_trace():
    t = full_trace()
    cut = next(offset for kind, offset in t.offsets if kind == LEAK_CHECK)
    return t.data[:cut + 10]


def return_addresses(path):
    """From `llvm-objdump -d` output: for each (caller, callee), the address
    of the instruction after the call, the return address a runtime stack
    records."""
    return_to = {}
    function, pending = None, None
    for line in open(path):
        header = re.match(r"^[0-9a-f]+ <([^>]+)>:", line)
        if header:
            function = header.group(1)
            continue
        insn = re.match(r"^\s+([0-9a-f]+):\s+(.*)$", line)
        if not insn:
            continue
        if pending:
            return_to[pending] = int(insn.group(1), 16)
            pending = None
        callee = re.search(r"call\w*\s+.*<([^>+]+)>", insn.group(2))
        if callee:
            pending = (function, callee.group(1))
    return return_to


def binary_trace(exe, disassembly):
    """Stacks as the runtime records them: every pc, frame 0 included, is
    the address after a call."""
    return_to = return_addresses(disassembly)
    t = Trace()
    t.process(7, [exe], exe)
    t.module(exe, 0, [(0x400000, 0x800000, 1)])
    # The allocation: inside the allocator stand-in, then its two callers.
    t.stack(1, [return_to[("__memscope_fake_alloc", "malloc@plt")],
                return_to[("make_buffer", "__memscope_fake_alloc")],
                return_to[("main", "make_buffer")]])
    # The error, as if the call in main had been a check that failed.
    t.stack(2, [return_to[("main", "make_buffer")]])
    # The free.
    t.stack(3, [return_to[("main", "free@plt")]])
    t.batch(0, 1000, 2000, [("alloc", 1, 0x602000000010, 7, 1, MALLOC),
                            ("free", 1, 3, MALLOC)])
    t.error("heap-use-after-free", 0x602000000010, 1, 0, 1, 3000, 0, 2)
    t.leak_check(1, 4000, 1, 7, 1)
    t.leak(1, DIRECT, 7, 1, 1, [1])
    t.end(5000, 0, 0xFFFFFFFF)
    return t.data


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["full", "truncated", "newer", "big-endian",
                                         "short-header", "foreign", "binary",
                                         "layouts"])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--exe")
    parser.add_argument("--disassembly")
    args = parser.parse_args()

    if args.kind == "layouts":
        for name, layout in LAYOUTS.items():
            print(name, struct.calcsize(layout))
        return
    if args.kind == "full":
        data = full_trace().data
    elif args.kind == "truncated":
        data = truncated_trace()
    elif args.kind == "newer":
        data = Trace(version=2).data
    elif args.kind == "big-endian":
        data = Trace(mark=0x04030201).data
    elif args.kind == "short-header":
        data = Trace().data[:12]
    elif args.kind == "foreign":
        data = b"\x7fELF\x02\x01\x01\x00" + bytes(56)
    else:
        data = binary_trace(args.exe, args.disassembly)
    with open(args.out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    sys.exit(main())

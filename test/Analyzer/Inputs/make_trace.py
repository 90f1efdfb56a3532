#!/usr/bin/env python3
# ===- test/Analyzer/Inputs/make_trace.py - synthetic memscope traces ----=== #
#
# Writes traces byte for byte as include/memscope/trace_format.h lays them
# out, so the analyzer's tests do not need the runtime:
#
#   make_trace.py full OUT          every record type of version 1, an unknown
#                                   one, stacks referenced before (or
#                                   without) their record, batches out of
#                                   time order
#   make_trace.py full-v1 OUT       `full` with a version-1 header
#   make_trace.py ownership OUT     types and exact ownership: a shared_ptr
#                                   cycle leak with a weak back-edge, a
#                                   unique_ptr move, a rename, borrows, a
#                                   clone storm, unknown site ids
#   make_trace.py damaged-ownership OUT
#                                   malformed Site, CycleLeak and Diagnostic
#                                   records and ownership events
#   make_trace.py truncated OUT     `full` cut inside its leak-check record
#   make_trace.py full-v3 OUT       `full` in format version 3, uncompressed
#   make_trace.py full-v3z OUT      `full` in format version 3, its records
#                                   one zstd stream of several frames (made
#                                   by the `zstd` command-line tool)
#   make_trace.py truncated-v3z OUT `full-v3z` cut inside its last frame
#   make_trace.py open-frame-v3z OUT
#                                   `full-v3z` in one frame that was never
#                                   ended (no checksum): complete records
#   make_trace.py ownership-v3 OUT  `ownership` in format version 3 as the
#                                   runtime writes it by default: aggregated
#                                   Edge events instead of Owned and
#                                   Released, stacks and passports delta-coded,
#                                   an End record naming a signal
#   make_trace.py ownership-v3-full OUT
#                                   `ownership` in format version 3 with
#                                   kFlagFullHistory: the same events as
#                                   version 2, encoded as version 3 does
#   make_trace.py bad-compression OUT
#                                   a version-3 header naming compression 7
#   make_trace.py many OUT [--objects N] [--freed M]
#                                   a large ownership graph (version 3,
#                                   compressed): N live Nodes in a list owned
#                                   through Node::next from the global
#                                   `head`, every 1000th leaked, M freed
#                                   Buffers
#   make_trace.py newer OUT         a header of format version 5
#   make_trace.py big-endian OUT    a header written big-endian
#   make_trace.py short-header OUT  the magic and half a header
#   make_trace.py foreign OUT       the start of an ELF file
#   make_trace.py binary OUT --exe EXE --disassembly DIS [--build-id]
#                                   a trace of EXE (built -no-pie) whose pcs
#                                   are return addresses taken from
#                                   `llvm-objdump -d` output (and, with
#                                   --build-id, EXE's build id in its Module
#                                   record)
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
import subprocess
import sys

MAGIC = b"MSCOPETR"
FORMAT_VERSION = 2       # what the traces here are written in by default
NEWEST_VERSION = 4       # the newest version trace_format.h defines
LITTLE_ENDIAN_MARK = 0x01020304
# FileHeaderV3::Compression and Flags
COMPRESSION_NONE, COMPRESSION_ZSTD = 0, 1
FLAG_FULL_HISTORY = 1

# RecordType
PROCESS, MODULE, STACK, THREAD, PASSPORT_BATCH = 1, 2, 3, 4, 5
ERROR, LEAK_CHECK, LEAK, LIVE_CHUNK, END = 6, 7, 8, 9, 10
SITE, CYCLE_LEAK, DIAGNOSTIC = 11, 12, 13

# PassportEvent and AllocFamily
ALLOCATED, FREED, REALLOCATED, REALLOCATED_FROM, EVICTED = 1, 2, 3, 4, 5
TYPED, OWNED, RELEASED, BORROWED, EDGE = 6, 7, 8, 9, 10
# Version 3's head bits: 6 kSameStack, kLastAlloc, kEdgeLive; 7 kHasAddr;
# 4 kEdgeNewShape, kBorrowNewSite; 5 kEdgeOnce, kBorrowOnce. The Edge
# event's kind bit 7 is kEdgeInHeap; Edge and Borrowed shapes fill tables
# of SHAPES entries.
SAME_STACK = LAST_ALLOC = EDGE_LIVE = 0x40
HAS_ADDR = 0x80
NEW_SHAPE, ONCE = 0x10, 0x20
EDGE_IN_HEAP = 0x80
SHAPES = 32
MALLOC, NEW, NEW_ARRAY = 1, 2, 3

DIRECT, INDIRECT = 1, 2

# EdgeKind, the Owned rename bit, ReleaseHow, DiagnosticKind
OWNS, ARC_CLONE, RC_CLONE, WEAK, MOVE = 1, 2, 3, 4, 5
IMMUTABLE_BORROW, MUTABLE_BORROW, CONTAINS = 6, 7, 8
RENAME_BIT = 0x80
DESTROYED, RESET, MOVED_OUT, HANDED = 1, 2, 3, 4
CLONE_STORM = 1

# include/memscope/abi.h: MEMSCOPE_OP_*, MEMSCOPE_FAMILY_*, MEMSCOPE_SITE_*
OP_ADOPT, OP_MAKE, OP_COPY, OP_MOVE, OP_LOCK, OP_RESET, OP_SWAP = 1, 2, 3, 4, 5, 6, 7
OP_RELEASE, OP_DESTROY, OP_PRODUCE, OP_GET, OP_ARROW, OP_DEREF = 8, 9, 10, 11, 12, 13
OP_ALLOC_TYPE = 14
FAMILY_SHARED, FAMILY_SHARED_SINGLE, FAMILY_WEAK, FAMILY_UNIQUE = 1, 2, 3, 4
SITE_SYSTEM_HEADER, SITE_CONST_POINTEE, SITE_ARRAY = 1, 2, 4

LAYOUTS = {
    "FileHeader": "<8sIIII",
    "FileHeaderV3": "<8sIIIIII",
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
    "SiteRecord": "<IIIBBH",
    "CycleLeakRecord": "<IIIIQQ",
    "CycleStep": "<QQIB3x",
    "DiagnosticRecord": "<IIQQ",
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
    """Appends records; remembers where each starts. From version 3 the
    header is FileHeaderV3 and batches and stacks are encoded as version 3
    does; compressed() gives the file with its records zstd-compressed."""

    def __init__(self, version=FORMAT_VERSION, mark=LITTLE_ENDIAN_MARK,
                 compression=COMPRESSION_NONE, flags=0):
        self.version = version
        if version >= 3:
            self.data = bytearray(pack("FileHeaderV3", MAGIC, version, mark,
                                       32, 8, compression, flags))
        else:
            self.data = bytearray(pack("FileHeader", MAGIC, version, mark, 24, 8))
        self.header_size = len(self.data)
        self.offsets = []  # (record type, offset of its RecordHeader)

    def compressed(self, frames=3):
        """The header, then the records as one zstd stream of `frames`
        frames (the runtime flushes a frame at every write), made by the
        zstd command-line tool."""
        records = bytes(self.data[self.header_size:])
        header = bytearray(self.data[:self.header_size])
        struct.pack_into("<I", header, 24, COMPRESSION_ZSTD)
        step = max(1, -(-len(records) // frames))
        out = bytes(header)
        for start in range(0, len(records), step):
            out += subprocess.run(["zstd", "-q", "-c", "-3", "--check"],
                                  input=records[start:start + step],
                                  stdout=subprocess.PIPE, check=True).stdout
        return out

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
        if self.version >= 3:
            # sleb deltas: each pc minus the one before it, the first minus 0
            previous = 0
            for pc in pcs:
                payload += sleb(pc - previous)
                previous = pc
            self.record(STACK, payload)
            return
        self.record(STACK, payload + b"".join(struct.pack("<Q", pc) for pc in pcs))

    def thread(self, tid, parent, creation_stack, time_ns, os_tid=0):
        self.record(THREAD, pack("ThreadRecord", tid, parent, creation_stack, 0,
                                 os_tid, time_ns))

    def batch(self, tid, base_ns, end_ns, events, count=None):
        if self.version >= 3:
            return self.batch_v3(tid, base_ns, end_ns, events, count)
        return self.batch_v2(tid, base_ns, end_ns, events, count)

    def batch_v3(self, tid, base_ns, end_ns, events, count=None,
                 addresses=True):
        """The events of batch_v2, plus ("edge", passport, kind, slot,
        owner_passport, owner_offset, first_site, last_site, count, order,
        origin, live), encoded as version 3 does. addresses=False leaves the
        allocation addresses out (kHasAddr clear), as the runtime does."""
        body = bytearray()
        state = {"last_alloc": 0, "addr": 0, "alloc_stack": 0,
                 "free_stack": 0, "slot": 0}
        edge_shapes, borrow_shapes = [], []

        def pref(passport):
            return sleb(state["last_alloc"] - passport)

        def slot_delta(slot):
            delta = sleb(slot - state["slot"])
            state["slot"] = slot
            return delta

        def shape_index(table, key):
            """The entry of key, or None after adding it (round-robin)."""
            for i, entry in enumerate(table[:SHAPES]):
                if entry["key"] == key:
                    return i
            entry = {"key": key, "slot": 0, "owner": 0, "offset": 0}
            if len(table) < SHAPES:
                table.append(entry)
            else:
                table[state.setdefault("n_" + str(id(table)), 0) % SHAPES] = entry
            state["n_" + str(id(table))] = state.get("n_" + str(id(table)), 0) + 1
            return None

        for event in events:
            kind, passport = event[0], event[1]
            if kind == "raw":
                body += passport
            elif kind == "alloc":
                _, _, addr, size, stack, family = event
                same = stack == state["alloc_stack"]
                body += bytes([ALLOCATED | family << 4 |
                               (SAME_STACK if same else 0) |
                               (HAS_ADDR if addresses else 0)])
                body += sleb(passport - state["last_alloc"] - 1)
                if addresses:
                    body += sleb(addr - state["addr"])
                    state["addr"] = addr
                body += uleb(size)
                if not same:
                    body += uleb(stack)
                state.update(last_alloc=passport, alloc_stack=stack)
            elif kind == "free":
                _, _, stack, family = event
                same = stack == state["free_stack"]
                body += bytes([FREED | family << 4 | (SAME_STACK if same else 0)])
                body += pref(passport) + (b"" if same else uleb(stack))
                state["free_stack"] = stack
            elif kind in ("realloc", "realloc-from"):
                head = REALLOCATED if kind == "realloc" else REALLOCATED_FROM
                body += bytes([head | MALLOC << 4]) + pref(passport)
                body += sleb(event[2] - passport)
            elif kind == "evict":
                body += bytes([EVICTED | MALLOC << 4]) + pref(passport)
            elif kind == "typed":
                if passport == state["last_alloc"]:
                    body += bytes([TYPED | LAST_ALLOC]) + uleb(event[2])
                else:
                    body += bytes([TYPED]) + pref(passport) + uleb(event[2])
            elif kind in ("owned", "renamed"):
                _, _, edge, slot, owner, offset, site, from_slot, stack = event
                if kind == "renamed":
                    edge |= RENAME_BIT
                body += bytes([OWNED]) + pref(passport) + bytes([edge])
                body += slot_delta(slot) + uleb(owner) + uleb(offset)
                body += uleb(site) + sleb(from_slot - slot if from_slot else 0)
                body += uleb(stack)
            elif kind == "released":
                _, _, how, slot, site = event
                body += bytes([RELEASED]) + pref(passport) + bytes([how])
                body += slot_delta(slot) + uleb(site)
            elif kind == "borrowed":
                _, _, edge, slot, site, n = event
                index = shape_index(borrow_shapes, (edge, site))
                body += bytes([BORROWED | (NEW_SHAPE if index is None else 0) |
                               (ONCE if n == 1 else 0)])
                if index is None:
                    body += bytes([edge]) + uleb(site)
                    index = [i for i, e in enumerate(borrow_shapes)
                             if e["key"] == (edge, site)][0]
                else:
                    body += bytes([index])
                entry = borrow_shapes[index]
                body += pref(passport) + sleb(slot - entry["slot"])
                entry["slot"] = slot
                if n != 1:
                    body += uleb(n)
            elif kind == "edge":
                (_, _, edge, slot, owner, offset, first_site, last_site, n,
                 order, origin, live) = event
                kind_byte = edge | (EDGE_IN_HEAP if owner else 0)
                key = (kind_byte, first_site, last_site, origin)
                index = shape_index(edge_shapes, key)
                once = n == 1 and order == 1
                body += bytes([EDGE | (EDGE_LIVE if live else 0) |
                               (NEW_SHAPE if index is None else 0) |
                               (ONCE if once else 0)])
                if index is None:
                    body += bytes([kind_byte]) + uleb(first_site)
                    body += uleb(last_site) + uleb(origin)
                    index = [i for i, e in enumerate(edge_shapes)
                             if e["key"] == key][0]
                else:
                    body += bytes([index])
                entry = edge_shapes[index]
                body += pref(passport) + sleb(slot - entry["slot"])
                entry["slot"] = slot
                if owner:
                    body += sleb(owner - entry["owner"])
                    body += sleb(offset - entry["offset"])
                    entry["owner"], entry["offset"] = owner, offset
                if not once:
                    body += uleb(n) + uleb(order)
        count = len(events) if count is None else count
        self.record(PASSPORT_BATCH,
                    pack("PassportBatchRecord", base_ns, end_ns, tid, count) + body)

    def batch_v2(self, tid, base_ns, end_ns, events, count=None):
        """events: tuples ("alloc", passport, addr, size, stack, family),
        ("free", passport, stack, family), ("realloc", passport, new),
        ("realloc-from", passport, old), ("evict", passport),
        ("typed", passport, site),
        ("owned" or "renamed", passport, kind, slot, owner_passport,
         owner_offset, site, from_slot, stack),
        ("released", passport, how, slot, site),
        ("borrowed", passport, kind, slot, site, count),
        ("raw", bytes): bytes as they are (damaged events)."""
        body = bytearray()
        prev_addr = 0
        prev_slot = [0]

        def slot_delta(slot):
            delta = sleb(slot - prev_slot[0])
            prev_slot[0] = slot
            return delta

        for event in events:
            kind, passport = event[0], event[1]
            if kind == "raw":
                body += passport
            elif kind == "typed":
                body += bytes([TYPED]) + uleb(passport) + uleb(event[2])
            elif kind in ("owned", "renamed"):
                _, _, edge, slot, owner, offset, site, from_slot, stack = event
                if kind == "renamed":
                    edge |= RENAME_BIT
                body += bytes([OWNED]) + uleb(passport) + bytes([edge])
                body += slot_delta(slot) + uleb(owner) + uleb(offset)
                body += uleb(site) + sleb(from_slot - slot if from_slot else 0)
                body += uleb(stack)
            elif kind == "released":
                _, _, how, slot, site = event
                body += bytes([RELEASED]) + uleb(passport) + bytes([how])
                body += slot_delta(slot) + uleb(site)
            elif kind == "borrowed":
                _, _, edge, slot, site, n = event
                body += bytes([BORROWED]) + uleb(passport) + bytes([edge])
                body += slot_delta(slot) + uleb(site) + uleb(n)
            elif kind == "alloc":
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

    def end(self, time_ns, peak, exit_code, signal=0):
        self.record(END, pack("EndRecord", time_ns, peak, exit_code, signal))

    def site(self, site_id, line, column, op, family, flags, file, function,
             variable="", type_name=""):
        payload = pack("SiteRecord", site_id, line, column, op, family, flags)
        payload += string(file) + string(function) + string(variable)
        self.record(SITE, payload + string(type_name))

    def cycle_leak(self, cycle_id, steps, held, weak_step, size, objects):
        """steps: (passport, slot_offset, site, kind) tuples."""
        payload = pack("CycleLeakRecord", cycle_id, len(steps), len(held),
                       weak_step, size, objects)
        for step in steps:
            payload += pack("CycleStep", *step)
        self.record(CYCLE_LEAK,
                    payload + b"".join(struct.pack("<Q", p) for p in held))

    def diagnostic(self, kind, site, count, threshold):
        self.record(DIAGNOSTIC, pack("DiagnosticRecord", kind, site, count,
                                     threshold))


# Synthetic pcs: 0x401xxx lies in no module (printed as raw addresses),
# 0x7f0000001xxx in a module whose binary does not exist. Like the runtime's,
# they are return addresses: reports print (and look up) pc - 1, 0x401100.
LIB = "/nonexistent/libdemo.so"
LIB_BASE = 0x7F0000000000


def full_trace(version=FORMAT_VERSION):
    # Version 3 writes Evicted events only with kFlagFullHistory.
    t = Trace(version=version, flags=FLAG_FULL_HISTORY if version >= 3 else 0)
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


SRC = "/src/own.cpp"
# Owner slots on the stack (T0's and T1's) and a global.
SLOT_A, SLOT_B, SLOT_W, SLOT_W2 = 0x7FFD0010, 0x7FFD0020, 0x7FFD0030, 0x7FFD0038
SLOT_COPY, SLOT_GLOBAL, SLOT_UNKNOWN = 0x7FFE1000, 0x404040, 0x7FFD0100
# Node #1, Node #2, Leaf #3, Widget #4, char[] #5, Config #6, #7 (no type).
ADDR = {1: 0x602000000010, 2: 0x602000000050, 3: 0x602000000090,
        4: 0x6020000000D0, 5: 0x603000000000, 6: 0x602000000100,
        7: 0x602000000200}


def ownership_trace(version=FORMAT_VERSION, edges=False, signal=0):
    """A program like this one (own.cpp), as the runtime would trace it:

        struct Leaf { std::weak_ptr<Node> parent; };
        struct Node { char tag[16]; std::shared_ptr<Node> next;
                      std::unique_ptr<Leaf> leaf; };
        std::shared_ptr<Node> make_node() { return std::make_shared<Node>(); } // 5
        void make_pair() {
          auto a = make_node();                           // 12
          auto b = make_node();                           // 13
          a->next = b;                                    // 14
          b->next = a;                                    // 15: should be weak
          a->leaf = std::make_unique<Leaf>();             // 17
          a->leaf->parent = a;                            // 16 (sic)
        }                                                 // 18: a, b destroyed
        int main() {                                      // T0
          auto w = std::make_unique<Widget>();            // 22
          auto w2 = std::move(w);                         // 23
          w2->poke(); w2->poke(); w2->poke();             // 24
          const Widget *r = w2.get();                     // 25
        }                                                 // 26 (and a UAF of r)
        char *buffer = new char[4096];                    // 28, leaked
        std::shared_ptr<Config> g_config(new Config);     // 30, in init()
        void hot_loop(int) { auto copy = g_config; ... }  // 33-34, T1

    Site 21 and 22 (T1's) are written after the batch that uses them; sites
    98 and 99 are never written.

    With edges (version 3's default), the Owned and Released events are
    left out and the runtime's aggregated Edge events stand for them: each
    written when its edge retires (the slot let go), the live ones at exit."""
    flags = FLAG_FULL_HISTORY if version >= 3 and not edges else 0
    t = Trace(version=version, flags=flags)

    def ownership(events):
        if not edges:
            return events
        return [e for e in events if e[0] not in ("owned", "renamed", "released")]

    t.process(5151, ["./own"], "/src/own")
    for stack_id in range(1, 6):
        t.stack(stack_id, [0x401001 + 0x100 * stack_id])
    t.thread(1, 0, 5, 1_000_050)
    shared, unique, weak = FAMILY_SHARED, FAMILY_UNIQUE, FAMILY_WEAK
    t.site(1, 5, 10, OP_ALLOC_TYPE, 0, 0, SRC, "make_node()", "", "Node")
    t.site(2, 5, 10, OP_MAKE, shared, 0, SRC, "make_node()", "", "Node")
    t.site(3, 12, 8, OP_PRODUCE, shared, 0, SRC, "make_pair()", "a", "Node")
    t.site(4, 13, 8, OP_PRODUCE, shared, 0, SRC, "make_pair()", "b", "Node")
    t.site(5, 14, 11, OP_COPY, shared, 0, SRC, "make_pair()", "Node::next", "Node")
    t.site(6, 15, 11, OP_COPY, shared, 0, SRC, "make_pair()", "Node::next", "Node")
    t.site(7, 16, 19, OP_COPY, weak, 0, SRC, "make_pair()", "Leaf::parent", "Node")
    t.site(8, 17, 13, OP_ALLOC_TYPE, 0, 0, SRC, "make_pair()", "", "Leaf")
    t.site(9, 17, 13, OP_MOVE, unique, 0, SRC, "make_pair()", "Node::leaf", "Leaf")
    t.site(10, 18, 1, OP_DESTROY, shared, 0, SRC, "make_pair()", "a", "Node")
    t.site(11, 18, 1, OP_DESTROY, shared, 0, SRC, "make_pair()", "b", "Node")
    t.site(12, 22, 13, OP_ALLOC_TYPE, 0, 0, SRC, "main", "", "Widget")
    t.site(13, 22, 13, OP_MAKE, unique, 0, SRC, "main", "w", "Widget")
    t.site(14, 23, 13, OP_MOVE, unique, 0, SRC, "main", "w2", "Widget")
    t.site(15, 24, 5, OP_ARROW, unique, 0, SRC, "main", "w2", "Widget")
    t.site(16, 25, 24, OP_GET, unique, SITE_CONST_POINTEE, SRC, "main", "w2",
           "const Widget")
    t.site(17, 26, 1, OP_DESTROY, unique, 0, SRC, "main", "w2", "Widget")
    t.site(18, 28, 18, OP_ALLOC_TYPE, 0, SITE_ARRAY, SRC, "main", "", "char")
    t.site(19, 30, 30, OP_ALLOC_TYPE, 0, 0, SRC, "init()", "", "Config")
    t.site(20, 30, 23, OP_ADOPT, shared, 0, SRC, "init()", "g_config", "Config")
    a, b = SLOT_A, SLOT_B
    # (edge, passport, kind, slot, owner, offset, first site, last site,
    # count, order, stack, live)
    retired_ab = [("edge", 1, OWNS, a, 0, 0, 2, 3, 1, 0, 0, False),
                  ("edge", 2, OWNS, b, 0, 0, 2, 4, 1, 0, 0, False)]
    t.batch(0, 1_000_000, 1_000_340, ownership([
        ("alloc", 1, ADDR[1], 48, 1, NEW),
        ("typed", 1, 1),
        ("owned", 1, OWNS, a, 0, 0, 2, 0, 0),
        ("renamed", 1, OWNS, a, 0, 0, 3, 0, 0),
        ("alloc", 2, ADDR[2], 48, 1, NEW),
        ("typed", 2, 1),
        ("owned", 2, OWNS, b, 0, 0, 2, 0, 0),
        ("renamed", 2, OWNS, b, 0, 0, 4, 0, 0),
        ("owned", 2, ARC_CLONE, ADDR[1] + 16, 1, 16, 5, b, 0),
        ("owned", 1, ARC_CLONE, ADDR[2] + 16, 2, 16, 6, a, 0),
        ("alloc", 3, ADDR[3], 32, 2, NEW),
        ("typed", 3, 8),
        ("owned", 3, MOVE, ADDR[1] + 32, 1, 32, 9, 0, 0),
        ("owned", 1, WEAK, ADDR[3], 3, 0, 7, a, 0),
        ("released", 1, DESTROYED, a, 10),
        ("released", 2, DESTROYED, b, 11),
    ]) + (retired_ab if edges else []))
    w, w2 = SLOT_W, SLOT_W2
    retired_w = [("edge", 4, OWNS, w, 0, 0, 13, 13, 1, 0, 0, False),
                 ("edge", 4, MOVE, w2, 0, 0, 14, 14, 1, 1, 0, False)]
    main_events = [
        ("alloc", 7, ADDR[7], 16, 3, NEW),
        ("typed", 7, 98),
        ("owned", 7, OWNS, SLOT_UNKNOWN, 0, 0, 99, 0, 0),
        ("alloc", 4, ADDR[4], 24, 3, NEW),
        ("typed", 4, 12),
        ("owned", 4, OWNS, w, 0, 0, 13, 0, 0),
        ("owned", 4, MOVE, w2, 0, 0, 14, w, 0),
        ("released", 4, MOVED_OUT, w, 14),
        ("borrowed", 4, MUTABLE_BORROW, w2, 15, 2),
        ("borrowed", 4, MUTABLE_BORROW, w2, 15, 1),
        ("borrowed", 4, IMMUTABLE_BORROW, w2, 16, 1),
        ("released", 4, DESTROYED, w2, 17),
        ("free", 4, 4, NEW),
        ("alloc", 5, ADDR[5], 4096, 3, NEW_ARRAY),
        ("typed", 5, 18),
        ("alloc", 6, ADDR[6], 64, 3, NEW),
        ("typed", 6, 19),
        ("owned", 6, OWNS, SLOT_GLOBAL, 0, 0, 20, 0, 0),
    ]
    if edges:
        # w's edge retires at the move, w2's when it is destroyed, before
        # the free.
        free = main_events.index(("free", 4, 4, NEW))
        main_events[free:free] = retired_w
    t.batch(0, 1_001_000, 1_001_240, ownership(main_events))
    t.batch(1, 1_002_000, 1_002_600, [
        ("edge", 6, ARC_CLONE, SLOT_COPY, 0, 0, 21, 21, 3, 1, 0, False)
    ] if edges else [
        event for _ in range(3) for event in (
            ("owned", 6, ARC_CLONE, SLOT_COPY, 0, 0, 21, SLOT_GLOBAL, 0),
            ("released", 6, DESTROYED, SLOT_COPY, 22))
    ])
    t.site(21, 33, 17, OP_COPY, shared, 0, SRC, "hot_loop(int)", "copy", "Config")
    t.site(22, 34, 1, OP_DESTROY, shared, 0, SRC, "hot_loop(int)", "copy", "Config")
    t.error("heap-use-after-free", ADDR[4] + 8, 4, 0x401501, 4, 1_003_000, 0, 5)
    if edges:
        # The edges still live at exit.
        t.batch(0, 1_003_500, 1_003_600, [
            ("edge", 1, ARC_CLONE, ADDR[2] + 16, 2, 16, 6, 6, 1, 1, 0, True),
            ("edge", 1, WEAK, ADDR[3], 3, 0, 7, 7, 1, 2, 0, True),
            ("edge", 2, ARC_CLONE, ADDR[1] + 16, 1, 16, 5, 5, 1, 1, 0, True),
            ("edge", 3, MOVE, ADDR[1] + 32, 1, 32, 9, 9, 1, 0, 0, True),
            ("edge", 6, OWNS, SLOT_GLOBAL, 0, 0, 20, 20, 1, 0, 0, True),
            ("edge", 7, OWNS, SLOT_UNKNOWN, 0, 0, 99, 99, 1, 0, 0, True),
        ])
    t.cycle_leak(1, [(1, 16, 5, ARC_CLONE, ), (2, 16, 6, ARC_CLONE)], [3],
                 1, 128, 3)
    t.diagnostic(CLONE_STORM, 21, 1500, 1000)
    t.leak_check(1, 1_004_000, 3, 4224, 4)
    t.leak(1, INDIRECT, 96, 2, 1, [1, 2])
    t.leak(1, INDIRECT, 32, 1, 2, [3])
    t.leak(1, DIRECT, 4096, 1, 3, [5])
    t.end(1_005_000, 0, 0, signal)
    return t


def damaged_ownership_trace():
    """Each malformed record or event once, between good ones."""
    t = Trace()
    t.process(6161, ["./bad"], "/src/bad")
    # A type name with what DOT and JSON must escape: quotes, a backslash,
    # a newline, a control character, invalid UTF-8.
    t.site(1, 3, 5, OP_ALLOC_TYPE, 0, 0, SRC, "f()", "",
           b'Odd<"a\\b",\n\x01\xff>')
    good = bytes(t.data[t.offsets[-1][1]:])
    # A string that runs past the payload: the Function's length.
    bad = bytearray(good)
    struct.pack_into("<I", bad, 8 + 16 + 4 + len(SRC), 1000)
    t.data += bad
    t.site(0, 1, 1, OP_ALLOC_TYPE, 0, 0, SRC, "f()", "", "Zero")
    t.record(SITE, b"\x02\x00")
    t.cycle_leak(1, [(1, 0, 0, ARC_CLONE)], [], 0, 8, 1)
    t.cycle_leak(1, [(1, 0, 0, ARC_CLONE)], [], 0, 8, 1)    # same id
    t.cycle_leak(2, [], [], 0, 0, 0)                       # no steps
    t.record(CYCLE_LEAK, pack("CycleLeakRecord", 3, 1000, 0, 0, 0, 0))
    t.record(CYCLE_LEAK, pack("CycleLeakRecord", 4, 1, 1 << 31, 0, 0, 0)
             + pack("CycleStep", 1, 0, 0, ARC_CLONE))
    t.record(DIAGNOSTIC, b"\x01\x00\x00\x00")
    t.diagnostic(7, 1, 5, 4)                               # unknown kind: kept
    t.batch(0, 1000, 1100, [
        ("alloc", 1, 0x602000000010, 8, 0, NEW),
        ("typed", 1, 1),
        ("owned", 1, 9, 0x7FFD0010, 0, 0, 1, 0, 0),         # unknown kind
        ("released", 1, 7, 0x7FFD0010, 1),                 # unknown reason
        ("borrowed", 1, OWNS, 0x7FFD0010, 1, 1),            # not a borrow
        ("owned", 1, OWNS, 0x7FFD0020, 0, 0, 1, 0, 0),
    ])
    t.batch(0, 1200, 1300, [
        ("alloc", 2, 0x602000000050, 8, 0, NEW),
        ("raw", bytes([OWNED]) + uleb(2) + bytes([OWNS]) + uleb(0x7FFD0030)),
    ])
    t.batch(0, 1400, 1500, [("raw", bytes([TYPED]) + uleb(1) + b"\xff" * 5)])
    t.end(2000, 0, 0)
    return t


def truncated_trace():
    t = full_trace()
    cut = next(offset for kind, offset in t.offsets if kind == LEAK_CHECK)
    return t.data[:cut + 10]


def open_frame_trace():
    """The compressed full trace as a writer leaves it that flushed every
    write but never ended its last frame: the frame's checksum (the last 4
    bytes) is missing, every record (the End record too) decompresses."""
    data = full_trace(version=3).compressed(frames=1)
    return data[:len(data) - 4]


def truncated_compressed_trace():
    """The compressed full trace cut inside its last frame: the frames
    before decompress, the last one ends too soon."""
    data = full_trace(version=3).compressed()
    return data[:len(data) - 12]


def many_objects_trace(objects, freed):
    """A large ownership graph in version 3 (compressed): `objects` typed
    Nodes in a list, each owned by the one before it through Node::next
    (the first by the global `head`), all live at the end, every 1000th
    listed as leaked; then `freed` Buffers, each owned by `tmp` in work()
    and freed (their edges retired). For benchmarks and the default
    selection of `memscope graph`."""
    t = Trace(version=3)
    t.process(9000, ["./many"], "/src/many")
    t.stack(1, [0x401001])
    t.stack(2, [0x402001])
    t.site(1, 10, 5, OP_ALLOC_TYPE, 0, 0, "/src/many.cpp", "make()", "", "Node")
    t.site(2, 11, 5, OP_MAKE, FAMILY_UNIQUE, 0, "/src/many.cpp", "make()",
           "Node::next", "Node")
    t.site(3, 20, 5, OP_MAKE, FAMILY_UNIQUE, 0, "/src/many.cpp", "main", "head",
           "Node")
    t.site(4, 30, 5, OP_ALLOC_TYPE, 0, 0, "/src/many.cpp", "work()", "", "Buffer")
    t.site(5, 31, 5, OP_MAKE, FAMILY_UNIQUE, 0, "/src/many.cpp", "work()", "tmp",
           "Buffer")
    base, time = 0x7F0000000000, 1_000_000
    events = []

    def flush():
        nonlocal time
        if events:
            t.batch(0, time, time + len(events), events)
            time += len(events) + 1
            events.clear()

    for i in range(1, objects + 1):
        addr = base + i * 64
        events.append(("alloc", i, addr, 32 + (i % 7) * 8, 1, NEW))
        events.append(("typed", i, 1))
        if len(events) >= 8192:
            flush()
    for j in range(freed):
        p = objects + 1 + j
        events.append(("alloc", p, base - 4096 * (j % 64 + 1), 1024, 2, NEW))
        events.append(("typed", p, 4))
        events.append(("edge", p, OWNS, 0x7FFD0000, 0, 0, 5, 5, 1, 0, 0, False))
        events.append(("free", p, 2, NEW))
        if len(events) >= 8192:
            flush()
    flush()
    # The edges live at exit.
    events.append(("edge", 1, OWNS, 0x404000, 0, 0, 3, 3, 1, 0, 0, True))
    for i in range(2, objects + 1):
        events.append(("edge", i, OWNS, base + (i - 1) * 64 + 8, i - 1, 8, 2, 2,
                       1, 0, 0, True))
        if len(events) >= 8192:
            flush()
    flush()
    leaked = list(range(1000, objects + 1, 1000))
    t.leak_check(1, time, 1 if leaked else 0, 32 * len(leaked), len(leaked))
    if leaked:
        t.leak(1, DIRECT, 32 * len(leaked), len(leaked), 1, leaked)
    t.end(time + 1, 0, 0)
    return t


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


def build_id(exe):
    """The GNU build id of an ELF file, from `llvm-readelf --notes`."""
    notes = subprocess.run(["llvm-readelf", "--notes", exe], check=True,
                           stdout=subprocess.PIPE, text=True).stdout
    match = re.search(r"Build ID:\s*([0-9a-f]+)", notes)
    return bytes.fromhex(match.group(1)) if match else b""


def binary_trace(exe, disassembly, with_build_id=False):
    """Stacks as the runtime records them: every pc, frame 0 included, is
    the address after a call. With with_build_id, the Module record names
    the executable's build id, as the runtime does."""
    return_to = return_addresses(disassembly)
    t = Trace()
    t.process(7, [exe], exe)
    t.module(exe, 0, [(0x400000, 0x800000, 1)],
             build_id=build_id(exe) if with_build_id else b"")
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
    parser.add_argument("kind", choices=["full", "full-v1", "ownership",
                                         "damaged-ownership", "truncated",
                                         "full-v3", "full-v3z", "truncated-v3z",
                                         "open-frame-v3z",
                                         "ownership-v3", "ownership-v3-full",
                                         "bad-compression", "many",
                                         "newer", "big-endian", "short-header",
                                         "foreign", "binary", "layouts"])
    parser.add_argument("out", nargs="?")
    parser.add_argument("--exe")
    parser.add_argument("--disassembly")
    parser.add_argument("--objects", type=int, default=1000,
                        help="many: live objects")
    parser.add_argument("--freed", type=int, default=200,
                        help="many: objects freed")
    parser.add_argument("--build-id", action="store_true",
                        help="binary: record the executable's build id")
    args = parser.parse_args()

    if args.kind == "layouts":
        for name, layout in LAYOUTS.items():
            print(name, struct.calcsize(layout))
        return
    if args.kind == "full":
        data = full_trace().data
    elif args.kind == "full-v1":
        data = full_trace(version=1).data
    elif args.kind == "ownership":
        data = ownership_trace().data
    elif args.kind == "damaged-ownership":
        data = damaged_ownership_trace().data
    elif args.kind == "truncated":
        data = truncated_trace()
    elif args.kind == "full-v3":
        data = full_trace(version=3).data
    elif args.kind == "full-v3z":
        data = full_trace(version=3).compressed()
    elif args.kind == "truncated-v3z":
        data = truncated_compressed_trace()
    elif args.kind == "open-frame-v3z":
        data = open_frame_trace()
    elif args.kind == "ownership-v3":
        data = ownership_trace(version=3, edges=True, signal=6).data
    elif args.kind == "ownership-v3-full":
        data = ownership_trace(version=3).data
    elif args.kind == "bad-compression":
        data = Trace(version=3, compression=7).data
    elif args.kind == "many":
        data = many_objects_trace(args.objects, args.freed).compressed(frames=8)
    elif args.kind == "newer":
        data = Trace(version=NEWEST_VERSION + 1).data
    elif args.kind == "big-endian":
        data = Trace(mark=0x04030201).data
    elif args.kind == "short-header":
        data = Trace().data[:12]
    elif args.kind == "foreign":
        data = b"\x7fELF\x02\x01\x01\x00" + bytes(56)
    else:
        data = binary_trace(args.exe, args.disassembly, args.build_id)
    with open(args.out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    sys.exit(main())

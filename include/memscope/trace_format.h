//===- include/memscope/trace_format.h - the trace file's records -*- C++ -*-===//
//
// The one definition of memscope's trace format, shared by the writer (the
// runtime, freestanding C++) and the reader (the `memscope` analyzer). No
// includes: fixed-width types come from the compiler's builtin macros.
// docs/TraceFormat.md is the normative specification; this header must
// match it field for field.
//
// A trace is a FileHeader followed by records. Every record starts with a
// RecordHeader {Type, Size}: Size bytes of payload follow. A reader skips
// types it does not know (so old readers read new traces), and stops at a
// record that runs past the end of the file (a trace cut short by a crash is
// readable up to its last complete record). All integers are little-endian,
// the byte order of the machines memscope runs on; the header says so.
// From version 3 the records after the header may be one zstd stream
// (FileHeader::Compression), flushed by the writer whenever it writes, so a
// trace cut short still decompresses up to its last flush.
//
// Payloads are packed structs, optionally followed by variable-length data
// described in each struct's comment. Strings are a u32 length and that many
// bytes, without terminator. Passport events, by far the most numerous, are
// written in per-thread batches of variable-length events (ULEB128/SLEB128
// varints), about 10 bytes each, so recording them stays cheap.
//
// See also: docs/TraceFormat.md, runtime/memscope_trace.cpp (writer),
// utils/analyzer/ (reader).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_TRACE_FORMAT_H
#define MEMSCOPE_TRACE_FORMAT_H

namespace memscope {
namespace trace {

using u8 = __UINT8_TYPE__;
using u16 = __UINT16_TYPE__;
using u32 = __UINT32_TYPE__;
using u64 = __UINT64_TYPE__;

// "MSCOPETR": the first 8 bytes of every trace.
constexpr u8 kMagic[8] = {'M', 'S', 'C', 'O', 'P', 'E', 'T', 'R'};
// Bumped when a reader of the previous version would misread a trace;
// adding a record type does not need a bump (readers skip unknown types).
// Version 2 added passport events 6-9 (types and ownership), which a
// version-1 reader could not skip. Version 3 made the trace compact: a
// longer header naming the compression, delta-coded passports, stacks and
// pcs, aggregated ownership edges (event 10), and the End record's signal.
// Version 4 added passport event 11 (Foreign).
constexpr u32 kFormatVersion = 4;
constexpr u32 kLittleEndianMark = 0x01020304;

#pragma pack(push, 1)

// The header of versions 1 and 2. Magic, FormatVersion and EndianMark keep
// their offsets in every version.
struct FileHeader {
  u8 Magic[8];
  u32 FormatVersion;
  u32 EndianMark;   // kLittleEndianMark as written by the producer
  u32 HeaderSize;   // sizeof(FileHeader); records start at this offset
  u32 PointerSize;  // 8
};

// How the bytes after a version-3 header are stored.
enum class Compression : u32 {
  None = 0, // the records themselves
  Zstd = 1, // one zstd stream (one or more frames) whose content is the
            // records; the writer flushes it (ZSTD_e_flush) at every write
};

// FileHeaderV3::Flags.
// Ownership is recorded as today's ordered per-operation events (Owned,
// Released, Borrowed; Evicted too), not as aggregated Edge events
// (ownership_history=full).
constexpr u32 kFlagFullHistory = 1;

// The header of version 3: FileHeader's fields, then two more.
struct FileHeaderV3 {
  FileHeader Base;  // HeaderSize = sizeof(FileHeaderV3)
  u32 Compression;  // trace::Compression
  u32 Flags;        // kFlag*
};

struct RecordHeader {
  u32 Type; // RecordType
  u32 Size; // payload bytes that follow
};

enum class RecordType : u32 {
  Process = 1,    // ProcessRecord + strings
  Module = 2,     // ModuleRecord + ranges + name
  Stack = 3,      // StackRecord + pcs
  Thread = 4,     // ThreadRecord
  PassportBatch = 5, // PassportBatchRecord + encoded passport events
  Error = 6,      // ErrorRecord + kind name
  LeakCheck = 7,  // LeakCheckRecord, then its Leak records
  Leak = 8,       // LeakRecord + passport ids
  LiveChunk = 9,  // LiveChunkRecord + content bytes (snapshot at exit)
  End = 10,       // EndRecord: the process finished writing normally
  Site = 11,      // SiteRecord + strings: one instrumented call site
  CycleLeak = 12, // CycleLeakRecord + CycleStep path
  Diagnostic = 13, // DiagnosticRecord (clone storm, ...)
  Exec = 14,      // ExecRecord + path: the process is replacing its image
  ErrorBlock = 15, // ErrorBlockRecord: the block an Error record names
  HeapRefs = 16,  // HeapRefsRecord + HeapRef entries: one block of a snapshot
  Snapshot = 17,  // SnapshotRecord + HeapRoot entries: after its HeapRefs
  LeakAlert = 18, // LeakAlertRecord: the leak monitor found a growing site
  InstrumentedModule = 19, // InstrumentedModuleRecord: a module built with
                           // memscope (its constructor ran)
};

// Once, first. Followed by: string tool version, u32 argc, argc strings
// (the command line), string executable path.
struct ProcessRecord {
  u64 Pid;
  u64 StartTimeNs; // CLOCK_REALTIME at start
};

// One loaded module (executable or shared library), written at start and
// whenever the runtime sees new ones. Followed by RangeCount times
// {u64 Beg, u64 End, u8 Executable}, then string path, then string build id
// (raw bytes, may be empty). A pc in [Beg,End) symbolises as
// (path, pc - BaseAddress).
struct ModuleRecord {
  u64 BaseAddress;
  u32 RangeCount;
};

// A stack from the stack depot. Followed by Count u64 addresses, innermost
// first (version 3: Count sleb deltas, each pc minus the one before it, the
// first minus 0). Every frame, frame 0 included, is a return address (or the address
// just after the faulting call): readers look up pc - 1, as the runtime's own
// reports do.
struct StackRecord {
  u32 StackId;
  u32 Count;
};

struct ThreadRecord {
  u32 Tid;            // T<Tid> in reports
  u32 ParentTid;      // ~0u for the main thread
  u32 CreationStack;  // 0 when unknown
  u32 Reserved;
  u64 OsTid;
  u64 TimeNs;         // creation, CLOCK_MONOTONIC
};

// What happened to an allocation.
enum class PassportEvent : u8 {
  Allocated = 1,       // the block was handed out
  Freed = 2,           // it went into quarantine
  Reallocated = 3,     // realloc moved it: Related = the new passport
  ReallocatedFrom = 4, // on the new passport: Related = the old one
  Evicted = 5,         // it left the quarantine; its memory may be reused
  Typed = 6,           // the compiler knows its type: a Site names it
  Owned = 7,           // an owner slot took it (smart pointer edge)
  Released = 8,        // an owner slot let go of it
  Borrowed = 9,        // a raw pointer was taken from an owner, Count times
  Edge = 10,           // version 3: one ownership edge, aggregated
  Foreign = 11,        // version 4: it crossed into or out of code built
                       // without memscope (ForeignHow says which way)
  // Reuse of an address is not an event: a reader sees it as an Allocated
  // event at the address of an earlier, freed passport.
};

// How the block was allocated (AllocKind in the runtime).
enum class AllocFamily : u8 { Malloc = 1, New = 2, NewArray = 3 };

// How a block crossed the boundary with code built without memscope (a
// library the caller links but that has no memscope constructor). Foreign
// events: the pc names the foreign function (its entry for Handed and
// Received: the callee; for Freed: the return address in the foreign code
// that called free or delete).
enum class ForeignHow : u8 {
  Handed = 1,   // passed as an argument to a call of a foreign function
  Received = 2, // returned by a call of a foreign function
  Freed = 3,    // freed by foreign code
};

// The kind of an ownership edge (Owned events, cycle paths, the graph). The
// names are memscope-rs's relation names.
enum class EdgeKind : u8 {
  Owns = 1,     // unique_ptr, or the shared_ptr that adopted a new object
  ArcClone = 2, // std::shared_ptr copy (atomic counts); weak_ptr::lock
  RcClone = 3,  // shared-pointer copy with a non-atomic count (_S_single)
  Weak = 4,     // std::weak_ptr: does not keep the object alive
  Move = 5,     // ownership moved into this slot from another one
  ImmutableBorrow = 6, // raw pointer/reference to a const pointee
  MutableBorrow = 7,   // raw pointer/reference to a non-const pointee
  // Only in cycle paths: a container's buffer, found at exit because the
  // holder's memory points to it (std::vector, std::list or std::map inside
  // an object, holding smart pointers).
  Contains = 8,
};
// The name readers and reports print for an edge kind; null if unknown.
constexpr const char *EdgeKindName(EdgeKind Kind) {
  switch (Kind) {
  case EdgeKind::Owns:
    return "Owns";
  case EdgeKind::ArcClone:
    return "ArcClone";
  case EdgeKind::RcClone:
    return "RcClone";
  case EdgeKind::Weak:
    return "Weak";
  case EdgeKind::Move:
    return "Move";
  case EdgeKind::ImmutableBorrow:
    return "ImmutableBorrow";
  case EdgeKind::MutableBorrow:
    return "MutableBorrow";
  case EdgeKind::Contains:
    return "Contains";
  }
  return nullptr;
}

// Bit 7 of an Owned event's Kind byte: the slot already held the object and
// this event only names it better (a make_shared result reached its named
// variable). Not a new edge.
constexpr u8 kOwnedRenameBit = 0x80;

// Why an owner slot let go (Released events).
enum class ReleaseHow : u8 {
  Destroyed = 1, // the smart pointer's destructor ran
  Reset = 2,     // reset(), assignment of another value, or swap
  MovedOut = 3,  // its value was moved into another slot (a Move edge)
  Handed = 4,    // unique_ptr::release(): the raw pointer went to the caller
};

// A run of one thread's passport events, in the order they happened, from
// BaseTimeNs (the first event) to EndTimeNs (when the batch was written),
// CLOCK_MONOTONIC nanoseconds. Events carry no time of their own (reading a
// clock per event would cost more than the rest of the event): the i-th of
// n events in a batch (n: the events decoded) is placed at BaseTimeNs +
// (EndTimeNs - BaseTimeNs) * i / n, computed without overflow (the product
// needs more than 64 bits). Followed by the events, each encoded as
//   u8   Head       bits 0-3 PassportEvent, bits 4-5 AllocFamily
//   uleb Passport   never reused within a process, even when the address is
// and then, by event:
//   Allocated:                  sleb AddrDelta (user address minus the
//                               previous Allocated address of this batch,
//                               the first one minus 0), uleb Size,
//                               uleb StackId
//   Freed:                      uleb StackId
//   Reallocated, ReallocatedFrom: uleb Related (a passport)
//   Evicted:                    nothing
//   Typed:                      uleb SiteId (the Site's Type names it)
//   Owned:                      u8 Kind (EdgeKind | kOwnedRenameBit),
//                               sleb SlotDelta (the owner slot's address
//                               minus the previous Slot of an Owned,
//                               Released or Borrowed event of this batch,
//                               the first one minus 0),
//                               uleb OwnerPassport (the allocation the slot
//                               lies in, 0 for stack/global/unknown),
//                               uleb OwnerOffset (slot - that allocation),
//                               uleb SiteId, sleb FromDelta (copy/move
//                               source minus Slot, 0 if none), uleb StackId
//                               (0 unless the site is in a system header)
//   Released:                   u8 How (ReleaseHow), sleb SlotDelta,
//                               uleb SiteId
//   Borrowed:                   u8 Kind (Immutable/MutableBorrow),
//                               sleb SlotDelta, uleb SiteId, uleb Count
// A slot's edge also ends, without a Released event, when the slot takes
// another value (an Owned event on it), when a Move takes its value
// (FromDelta), and when the object is freed: the writer leaves those out.
// Readers decode events until the payload ends. Count is the number of
// events, or 0 when the writer did not know it (a batch written at exit or
// on death from another thread's buffer).
//
// Version 3 encodes the events more tightly, with state that starts from 0
// in every batch: LastAlloc (the passport of the batch's last Allocated
// event), Addr (its address), AllocStack and FreeStack (the stacks of the
// last Allocated and Freed events), Slot (the last owner slot named). A
// passport reference "PRef" is sleb(LastAlloc - Passport): blocks die young,
// so the age is short. Head bits 0-3 are the event, bits 4-5 the family
// (events 1-5; 0 otherwise), bits 6-7 per event:
//   Allocated:   bit 6 kSameStack (the stack is AllocStack, not written),
//                bit 7 kHasAddr (the address is written); sleb (Passport -
//                LastAlloc - 1), [sleb AddrDelta (address minus Addr)],
//                uleb Size, [uleb StackId]. Sets LastAlloc, AllocStack, and
//                Addr when written. Addresses are what a trace would spend
//                most of its bytes on (random, they barely compress): they
//                are written with kFlagFullHistory, and otherwise only for a
//                block that takes the memory of one an ErrorBlock record
//                named (so that a report can say the address was reused).
//   Freed:       bit 6 kSameStack (FreeStack); PRef, [uleb StackId].
//   Reallocated, ReallocatedFrom: PRef, sleb (Related - Passport).
//   Evicted:     PRef (written only with kFlagFullHistory).
//   Foreign:     PRef, u8 How (ForeignHow), uleb SiteId (the instrumented
//                call, Op MEMSCOPE_OP_FOREIGN_CALL; 0 for Freed), uleb Pc
//                (absolute: the callee's address, or the return address in
//                the foreign code that freed the block).
//   Typed:       bit 6 kLastAlloc (the passport is LastAlloc, no PRef);
//                [PRef], uleb SiteId.
//   Owned, Released: PRef, then the fields of version 2 (the Owned event's
//                StackId is an Origin, below); only with kFlagFullHistory.
//                Borrowed events (runs of one slot and site, counted) come
//                in both modes, encoded as below.
//   Edge:        an ownership edge, aggregated: every time one owner slot
//                took one object with one kind from one first site. Written
//                when the runtime retires the edge (the slot takes another
//                object, its table entry is reused) or at exit, so it may
//                come after the object's Freed event. A batch keeps a table
//                of kShapes *shapes* (Kind byte, FirstSite, LastSite,
//                Origin), empty at every batch start; each shape remembers
//                the Slot, OwnerPassport and OwnerOffset of the last Edge of
//                that shape (0 when the shape is made), so that a loop's
//                edges cost a few bytes each.
//                bit 4 kEdgeNewShape: a shape follows and takes the table's
//                next entry (entries are filled 0, 1, ... and then reused
//                round-robin); without it, u8 ShapeIndex names an entry.
//                bit 5 kEdgeOnce: Count 1, Order 1 (not written).
//                bit 6 kEdgeLive: the slot still held the object when the
//                record was written (at exit: the edge is live at the end).
//                Then: [a shape: u8 Kind (EdgeKind, 1-5; bit 7 kEdgeInHeap:
//                the slot lies in a block), uleb FirstSite (the operation
//                that made it), uleb LastSite (the last operation that took
//                or renamed it; its Variable names the slot best), uleb
//                Origin (0 unless FirstSite is in a system header) | u8
//                ShapeIndex], PRef (the object), sleb (Slot - the shape's
//                Slot), [if kEdgeInHeap: sleb (OwnerPassport - the shape's
//                OwnerPassport), sleb (OwnerOffset - the shape's
//                OwnerOffset)], [unless
//                kEdgeOnce: uleb Count (times the slot took the object: >= 1,
//                0 for an edge inherited over fork), uleb Order (0 if this
//                edge made the object's first owner, 1 if the object had an
//                owner before)].
//   Borrowed (version 3): the batch keeps a table of kShapes (Kind, SiteId)
//                pairs in the same way, each remembering its last Slot.
//                bit 4 kBorrowNewSite: u8 Kind and uleb SiteId follow and
//                take the next entry; without it, u8 ShapeIndex. bit 5
//                kBorrowOnce: Count 1 (not written). Then PRef, sleb (Slot
//                - the entry's Slot), [uleb Count].
// An Origin names the user's code behind an event at a site inside a system
// header (a copy made by std::vector::push_back): a stack id, or, with
// kOriginCallerSite set, the id of a Site (Op MEMSCOPE_OP_CALL) describing
// the user's call that led there; 0 for none.
constexpr u32 kOriginCallerSite = 0x80000000u;
constexpr u8 kSameStack = 0x40;
constexpr u8 kHasAddr = 0x80;
constexpr u8 kLastAlloc = 0x40;
constexpr u8 kEdgeNewShape = 0x10;
constexpr u8 kEdgeOnce = 0x20;
constexpr u8 kEdgeLive = 0x40;
constexpr u8 kBorrowNewSite = 0x10;
constexpr u8 kBorrowOnce = 0x20;
constexpr u32 kShapes = 32;
constexpr u8 kEdgeInHeap = 0x80;
struct PassportBatchRecord {
  u64 BaseTimeNs;
  u64 EndTimeNs;
  u32 Tid;
  u32 Count;
};

// An error report. Followed by string kind ("heap-use-after-free", ...).
struct ErrorRecord {
  u64 Addr;       // the first bad byte (or the freed pointer)
  u64 AccessSize; // 0 when not an access
  u64 Pc;
  u64 Passport;   // the allocation involved, 0 if none
  u64 TimeNs;
  u32 Tid;
  u32 StackId;    // the error's stack
  u8 IsWrite;
  u8 Fatal;       // 1 if the process stops after this report
  u16 Reserved;
  u32 Reserved2;
};

// Version 3: right after an Error record whose Passport is not 0, what the
// runtime knew of that block when it reported the error, so that a reader
// can describe it without having kept the block's events (a freed block's
// state need not outlive its Freed event). State: 1 allocated, 2 freed (in
// quarantine).
struct ErrorBlockRecord {
  u64 Passport;
  u64 Addr;      // user address
  u64 Size;
  u32 AllocTid;
  u32 AllocStack;
  u32 FreeTid;   // ~0u unless freed
  u32 FreeStack; // 0 unless freed
  u32 TypeSite;  // the Site naming its type, 0 if unknown
  u8 State;
  u8 Family;     // AllocFamily
  u16 Reserved;
};

// Start of one leak check's results; LeakCount Leak records follow.
struct LeakCheckRecord {
  u64 TimeNs;
  u32 CheckId;    // 1, 2, ... in this process
  u32 LeakCount;  // groups (one per allocation stack and kind)
  u64 TotalBytes;   // of the leaked groups (not the still reachable ones)
  u64 TotalObjects;
  u8 AtExit;      // 1 for the check at exit
  u8 OnlyNew;     // 1 if only leaks new since the previous check are listed
  u16 Reserved;
  u32 Reserved2;
};

// StillReachable groups come only in the check at exit: blocks that only
// the frames exit() left suspended reach, listed as the run listed them and
// not counted in the check's totals (format 3 readers before this kind
// stop at it with a clear error).
enum class LeakKind : u8 { Direct = 1, Indirect = 2, StillReachable = 3 };

// A group of leaked blocks with one allocation stack. Followed by
// PassportCount u64 passport ids (possibly fewer than Objects).
struct LeakRecord {
  u64 Bytes;
  u64 Objects;
  u32 CheckId;
  u32 StackId;
  u32 PassportCount;
  u8 Kind;        // LeakKind
  u8 Reserved[3];
};

// A live allocation at exit. Followed by ContentSize bytes: the first
// min(Size, snapshot_bytes) bytes of the block.
struct LiveChunkRecord {
  u64 Passport;
  u64 Addr;
  u64 Size;
  u32 Tid;
  u32 StackId;
  u32 ContentSize;
  u32 Reserved;
};

// One live block of a heap snapshot (taken when main returns or exit() is
// called, before static destructors empty the heap; at live-heap peaks;
// when the program asks), found by the runtime,
// which knows the heap as the leak scan does: every aligned word that
// points into a live block (RefCount entries, up to snapshot_refs;
// OmittedRefs more), and a fingerprint of its content for similarity.
struct HeapRefsRecord {
  u64 Passport;
  u64 Addr;
  u64 Size;
  u64 ContentHash; // of all Size bytes; equal hashes, equal content
  u64 Sketch;      // 8 one-byte MinHash bins of the nonzero words
  u32 StackId;     // allocation stack
  u32 SnapshotId;  // 1, 2, ... in the process
  u32 RefCount;    // HeapRef entries that follow
  u32 OmittedRefs; // pointer words past the limit, not listed
};

// One word of a block that points into a live block (possibly itself).
struct HeapRef {
  u64 Target;       // the target's passport
  u32 Offset;       // of the word in the block (saturated at 2^32 - 1)
  u32 TargetOffset; // where in the target it points (saturated)
  u64 Next[2];      // the two words after it (0 past the block's end): a
                    // slice's length, a container's end and capacity
};

// Why the runtime took a heap snapshot.
enum class SnapshotWhy : u32 {
  MainReturn = 1, // main returned, or exit() was called
  Exit = 2,       // the trace closed at exit without either
  Peak = 3,       // a free at a live-heap peak (snapshot_peaks)
  Program = 4,    // the program called __memscope_heap_snapshot()
  Check = 5,      // a leak check while the program runs (snapshot_at_checks)
};

// What reached a root block first, in LSan's scan order.
enum class RootKind : u32 {
  Ignored = 1, // __lsan_ignore_object, __lsan_disable
  Global = 2,  // a loaded module's data
  Thread = 3,  // a thread's stack, registers or TLS
  Region = 4,  // a registered root region
};

// Closes one snapshot (after its HeapRefs records, same SnapshotId):
// when, the live heap's size then, and the blocks the roots point to
// directly (found by LSan's root scan with the world stopped). Followed
// by RootCount HeapRoot entries, by passport.
struct SnapshotRecord {
  u32 SnapshotId;
  u32 Why;        // SnapshotWhy
  u64 TimeNs;     // monotonic
  u64 LiveBytes;  // the HeapRefs records' sizes summed
  u64 LiveBlocks; // HeapRefs records of the snapshot
  u32 RootCount;
  u32 Flags;      // kSnapshotRootsKnown: the root scan ran
};
constexpr u32 kSnapshotRootsKnown = 1;

struct HeapRoot {
  u64 Passport;
  u32 Kind; // RootKind
  u32 Reserved;
};

struct EndRecord {
  u64 TimeNs;
  u64 PeakLiveBytes; // 0: not counted by the writer (readers replay events)
  u32 ExitCode;      // ~0u: unknown (closed from an atexit handler, or the
                     // process was killed by Signal)
  u32 Signal;        // the signal that ended the process (SIGTERM, SIGABRT,
                     // SIGSEGV...), 0 if none (0 in traces before it was
                     // defined)
};

// The process called execve(): every event before it is in the trace, and
// the new image, if it is instrumented and recording, writes a trace of its
// own. If the call fails the process goes on writing this trace. Followed
// by string path (the program to execute).
struct ExecRecord {
  u64 TimeNs;
};

// One instrumented call site, written the first time the runtime sees it
// (before any event that names its id). Followed by strings File, Function
// (demangled, of the caller), Variable (the owner slot's name: a local or
// global variable, `Type::member`, or empty) and Type (the pointee or
// allocated type, empty if unknown).
struct SiteRecord {
  u32 SiteId;   // 1, 2, ... in this process
  u32 Line;     // 0 if unknown
  u32 Column;
  u8 Op;        // MEMSCOPE_OP_* of include/memscope/abi.h
  u8 Family;    // MEMSCOPE_FAMILY_*, 0 for type sites
  u16 Flags;    // MEMSCOPE_SITE_*
};

// A set of allocations kept alive only by strong smart-pointer edges among
// themselves, found at exit. Followed by StepCount CycleStep: one cycle
// through them, each step's object holding the next one's (the last holds
// the first), then HeldCount u64 passports of the other members (kept alive
// by the cycle but not on the path).
struct CycleLeakRecord {
  u32 CycleId;   // 1, 2, ... in this process
  u32 StepCount;
  u32 HeldCount;
  u32 WeakStep;  // index of the step whose edge should be a weak_ptr
  u64 Bytes;     // all members, path and held
  u64 Objects;
};
struct CycleStep {
  u64 Passport;    // the holder
  u64 SlotOffset;  // where in it the owner slot is
  u32 SiteId;      // where the edge was made (its Variable names the slot)
  u8 Kind;         // EdgeKind of the edge to the next step
  u8 Reserved[3];
};

enum class DiagnosticKind : u32 { CloneStorm = 1 };

// A finding about a call site, at exit.
struct DiagnosticRecord {
  u32 Kind;      // DiagnosticKind
  u32 SiteId;
  u64 Count;     // e.g. shared-pointer copies made at the site
  u64 Threshold; // the flag value it exceeded
};

// A site (its allocation stack) the leak monitor found growing, as the
// alert line on the report stream said it: when, how fast, how much, the
// test, and how much of it a leak check found unreachable.
struct LeakAlertRecord {
  u64 TimeNs; // monotonic
  u32 AlertId; // 1, 2, ... in this process
  u32 Stack;   // the site
  u64 LiveBytes;
  u64 LiveObjects;
  u64 Allocated; // objects the site ever allocated
  u64 Freed;     // and freed
  u64 BytesPerSecond; // Sen's slope over the test's window
  double Z;           // Mann-Kendall's statistic, normalised
  double P;           // its one-sided p-value
  double Threshold;   // what P had to be below (alpha spent on this look)
  double Alpha;       // leak_monitor_alpha: family-wise
  u64 Unreachable;      // objects of the site a leak check found
                        // unreachable; ~0: no check ran
  u64 UnreachableBytes; // their bytes; ~0: no check ran
  u64 OldestAgeNs;      // the age of the site's oldest live object (to
                        // the monitor's sample before it), 0: unknown
};

// An instrumented module's constructor ran: the module holding Pc was built
// with memscope. Frames of other modules are foreign code (a library built
// without it).
struct InstrumentedModuleRecord {
  u64 Pc; // in the module's constructor
};

#pragma pack(pop)

static_assert(sizeof(LeakAlertRecord) == 112, "LeakAlertRecord layout");
static_assert(sizeof(FileHeader) == 24, "FileHeader layout");
static_assert(sizeof(FileHeaderV3) == 32, "FileHeaderV3 layout");
static_assert(sizeof(RecordHeader) == 8, "RecordHeader layout");
static_assert(sizeof(PassportBatchRecord) == 24, "PassportBatchRecord layout");
static_assert(sizeof(ErrorRecord) == 56, "ErrorRecord layout");
static_assert(sizeof(ErrorBlockRecord) == 48, "ErrorBlockRecord layout");
static_assert(sizeof(LeakRecord) == 32, "LeakRecord layout");
static_assert(sizeof(LiveChunkRecord) == 40, "LiveChunkRecord layout");
static_assert(sizeof(HeapRefsRecord) == 56, "HeapRefsRecord layout");
static_assert(sizeof(HeapRef) == 32, "HeapRef layout");
static_assert(sizeof(SiteRecord) == 16, "SiteRecord layout");
static_assert(sizeof(CycleLeakRecord) == 32, "CycleLeakRecord layout");
static_assert(sizeof(CycleStep) == 24, "CycleStep layout");
static_assert(sizeof(DiagnosticRecord) == 24, "DiagnosticRecord layout");

} // namespace trace
} // namespace memscope

#endif // MEMSCOPE_TRACE_FORMAT_H

//===- memscope_owner_table.h - call sites and owner slots ------*- C++ -*-===//
//
// The two tables ownership tracking keeps on the hot path:
//   - call sites: the pass's per-call descriptors, numbered on first use
//     (the id is cached in the descriptor), with per-site copy counters;
//   - owner slots: for every smart-pointer object (a *slot*) that holds an
//     allocation, what it holds, since when and how (SlotRecord, read as
//     an OwnerEntry).
//
// Owner slots have their records in a map computed from the slot's address
// (below): finding, taking and letting go of an edge touch one record,
// wherever the slot lies, and take no locked instruction.
//
// See also: memscope_ownership.cpp (what the records mean),
// memscope_cycles.cpp (the exit-time walk over them), include/memscope/abi.h.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_OWNER_TABLE_H
#define MEMSCOPE_OWNER_TABLE_H

#include "memscope_allocator.h"
#include "memscope_thread.h"

#include "memscope/abi.h"

#include "sanitizer_common/sanitizer_atomic.h"

namespace memscope {

void InitializeOwnerTable();
// In a fork()ed child only the forking thread lives on: the other threads'
// stack slots lose their edges.
void OwnerTableAfterForkChild();

// --- call sites --------------------------------------------------------------

// A site's word, kept in its descriptor's Id field: the id in the low
// bits (kMaxSites is 2^20), and above it what the hot paths would
// otherwise work out from the descriptor at every call.
constexpr u32 kSiteIdMask = (1u << 20) - 1;
constexpr u32 kSiteKindShift = 20;           // the EdgeKind an update makes
constexpr u32 kSiteKindMask = 7u << kSiteKindShift;
constexpr u32 kSiteTakes = 1u << 23;     // update op other than move, swap,
                                         // release (the slot takes a value)
constexpr u32 kSiteUntracked = 1u << 24; // weak or trace-only: matters to a
                                         // recorded trace only
constexpr u32 kSiteSystem = 1u << 25;    // MEMSCOPE_SITE_SYSTEM_HEADER
constexpr u32 kSiteUnique = 1u << 26;    // MEMSCOPE_FAMILY_UNIQUE: no
                                         // control block
constexpr u32 kSiteLibcxx = 1u << 27;    // MEMSCOPE_SITE_LIBCXX

// Gives S an id (writing its Site record to the trace first) and returns
// its word; 0 if the site table is full.
u32 RegisterSite(memscope_site *S);

ALWAYS_INLINE u32 SiteWordOf(memscope_site *S) {
  u32 Word = atomic_load(reinterpret_cast<atomic_uint32_t *>(&S->Id),
                         memory_order_acquire);
  return LIKELY(Word) ? Word : RegisterSite(S);
}
ALWAYS_INLINE u32 SiteIdOf(memscope_site *S) {
  return SiteWordOf(S) & kSiteIdMask;
}
ALWAYS_INLINE trace::EdgeKind KindOfWord(u32 Word) {
  return static_cast<trace::EdgeKind>((Word & kSiteKindMask) >>
                                      kSiteKindShift);
}

// What a site did, for clone storms: shared-pointer copies, and how many
// runs of copies of one object (a copy of another object than the site's
// previous copy starts a run). Both are counted per thread first
// (PendingCopies, no locked instruction, nothing shared written), added
// here by atomic adds when the thread's slot is wanted by another site, at
// thread exit and before the exit-time report. A run that spans two of a
// thread's flushes counts twice.
struct SiteCounters {
  atomic_uint64_t Copies;
  atomic_uint64_t Runs;
  atomic_uint32_t LastStack; // the stack of a copy inside a system header
};

struct SiteInfo {
  memscope_site *Desc;
  SiteCounters Counters;
};
extern SiteInfo *Sites; // indexed by id; 0 is unused
extern atomic_uint32_t SiteCount;

// The descriptor of a site id, or null.
ALWAYS_INLINE const memscope_site *SiteById(u32 Id) {
  if (!Id || Id > atomic_load(&SiteCount, memory_order_acquire))
    return nullptr;
  return Sites[Id].Desc;
}
inline u32 NumSites() { return atomic_load(&SiteCount, memory_order_acquire); }
inline SiteCounters &CountersOf(u32 Site) { return Sites[Site].Counters; }

inline bool InSystemHeader(const memscope_site *S) {
  return S && (S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER);
}

// --- owner facts -------------------------------------------------------------
//
// What a block's owners did (OwnerFacts) is kept once per distinct
// combination, in a table of kFactsEntries found by hash and never freed:
// a program's blocks meet few combinations of owner sites, borrow sites and
// release sites, so their entries stay in cache, and a block costs the
// 4-byte id in its metadata. A new combination is added with one CAS; when
// the table is full it is dropped (the block's reports then lack its owner
// story, and the warning at exit counts them).

// Reserves the table (ownership tracking only).
void InitializeOwnerFacts();
// Makes F M's owner facts.
void SetFacts(BlockMeta *M, const OwnerFacts &F);
// Combinations the full table could not take.
uptr DroppedOwnerFacts();

inline bool SameFacts(const OwnerFacts &A, const OwnerFacts &B) {
  return A.BorrowSite == B.BorrowSite &&
         A.BorrowOwnerSite == B.BorrowOwnerSite &&
         A.BorrowOwnerStack == B.BorrowOwnerStack &&
         A.ReleaseSite == B.ReleaseSite && A.ReleaseStack == B.ReleaseStack &&
         A.ReleaseOwnerSite == B.ReleaseOwnerSite &&
         A.ReleaseOwnerStack == B.ReleaseOwnerStack;
}

// --- owner slots -------------------------------------------------------------
//
// Every smart-pointer object (a *slot*) holding an edge has a record at a
// place computed from its address, as the shadow is: 16 bytes of record
// for every 8 bytes of address, in leaves of 2 MiB of address space mapped
// on first use.
//
//   slot address ──▶ Leaves[Slot >> 21] ──▶ leaf: a SlotRecord per 8 bytes
//                    (mapped on first use)     of address (and, recording,
//                                              an EdgeAggregate per 8 bytes)
//
// A 16-byte slot (shared_ptr, weak_ptr) also owns the record of its second
// 8 bytes, which holds its control block and its object's passport
// (SlotTail): no other slot starts there while it lives. Finding, taking
// and letting go of an edge touch that one record, from any thread, with
// no locked instruction: only the thread operating on a slot writes its
// record (two threads changing one smart pointer at once are a data race
// in the program already). A leaf keeps a bitmap of its pages that ever
// held an edge, for the walks at exit.

struct SlotRecord {
  atomic_uint64_t Head; // 0: no edge; else the object | the kHead* bits
  u32 Site;             // where the edge was made; names the slot
  u32 Stack;            // with Site in a system header: its stack
};
struct SlotTail {
  atomic_uint64_t CtrlWord; // the control block | kTailMark
  PassportId Passport;      // the object's
};
static_assert(sizeof(SlotRecord) == 16 && sizeof(SlotTail) == 16,
              "a record per 8 bytes of address");

constexpr u64 kHeadPtrMask = (u64(1) << 48) - 1;
constexpr u32 kHeadKindShift = 48; // EdgeKind, 3 bits
constexpr u64 kHeadLibcxx = u64(1) << 51;  // made by libc++'s smart pointers
constexpr u64 kHeadInplace = u64(1) << 52; // the object lives in its control
                                           // block's allocation (make_shared)
constexpr u64 kHeadTail = u64(1) << 53;    // a SlotTail follows
// Set in a tail's first word, never in a head: a record that a dead slot's
// tail overlapped is not taken for an edge, nor the reverse.
constexpr u64 kTailMark = u64(1) << 63;

// An edge as the walks and the general paths read it (ReadEdge).
struct OwnerEntry {
  uptr Ptr;            // what the slot held when recorded
  PassportId Passport; // the object's (a unique_ptr's: its block's now)
  uptr Ctrl;           // the control block (shared and weak), else 0
  BlockMeta *Meta;     // the block's metadata if ReadEdge looked it up
  u32 Site;            // where the edge was made; names the slot
  u32 Stack;           // with Site in a system header: its stack
  u8 Kind;             // EdgeKind
  bool Libcxx;         // made by libc++'s smart pointers
  bool Inplace;        // the object lives in its control block's allocation
};

constexpr uptr kLeafLog = 21;
constexpr uptr kLeafRecords = uptr(1) << (kLeafLog - 3);
constexpr uptr kAddressLog = 47;
constexpr uptr kLeaves = uptr(1) << (kAddressLog - kLeafLog);
extern atomic_uintptr_t *Leaves; // each: the leaf's first record

// Slot's record's index in its leaf, and the leaf (its first record), 0
// if not mapped.
ALWAYS_INLINE uptr RecordIndex(uptr Slot) {
  return (Slot >> 3) & (kLeafRecords - 1);
}
ALWAYS_INLINE atomic_uintptr_t &LeafEntry(uptr Slot) {
  return Leaves[(Slot >> kLeafLog) & (kLeaves - 1)];
}
ALWAYS_INLINE uptr LeafOf(uptr Slot) {
  return atomic_load(&LeafEntry(Slot), memory_order_acquire);
}

// A leaf's bitmap, just before its first record: a bit per page of
// records that ever held an edge. A page without one is not read (the read
// would map the zero page, and the first write then copy it).
constexpr uptr kLeafBitmapWords = kLeafRecords * 16 / 4096 / 64;
ALWAYS_INLINE atomic_uint64_t *RecordPageBit(uptr Leaf, uptr Slot,
                                             u64 *Bit) {
  uptr Page = RecordIndex(Slot) * 16 >> 12; // 16: sizeof(SlotRecord)
  *Bit = u64(1) << (Page % 64);
  return reinterpret_cast<atomic_uint64_t *>(Leaf) - kLeafBitmapWords +
         Page / 64;
}

// Slot's record, or null where no slot nearby ever had an edge.
ALWAYS_INLINE SlotRecord *RecordOf(uptr Slot) {
  uptr Leaf = LeafOf(Slot);
  u64 Bit;
  if (!Leaf || !(atomic_load_relaxed(RecordPageBit(Leaf, Slot, &Bit)) & Bit))
    return nullptr;
  return reinterpret_cast<SlotRecord *>(Leaf) + RecordIndex(Slot);
}
// Slot's record without the bitmap's check, or null where no slot nearby
// ever had an edge: for a slot that most likely has an edge (one being
// destroyed), whose page is then in memory already.
ALWAYS_INLINE SlotRecord *RecordOfLikelyEdge(uptr Slot) {
  uptr Leaf = LeafOf(Slot);
  return Leaf ? reinterpret_cast<SlotRecord *>(Leaf) + RecordIndex(Slot)
              : nullptr;
}
// Slot's record to write an edge into, its leaf mapped now if it was not.
SlotRecord *MakeRecord(uptr Slot);

// The head word of an edge: Ptr with the kHead* bits.
ALWAYS_INLINE u64 EdgeHead(uptr Ptr, u8 Kind, bool Libcxx, bool Inplace,
                           bool Tail) {
  return (Ptr & kHeadPtrMask) | (u64(Kind) << kHeadKindShift) |
         (Libcxx ? kHeadLibcxx : 0) | (Inplace ? kHeadInplace : 0) |
         (Tail ? kHeadTail : 0);
}
ALWAYS_INLINE bool IsEdgeHead(u64 Head) {
  return Head && !(Head & kTailMark);
}
ALWAYS_INLINE u8 HeadKind(u64 Head) { return (Head >> kHeadKindShift) & 7; }

// Reads the edge of R, Slot's record, into *E; false if it has none.
// A unique_ptr's passport is its block's now (0 if the block is gone),
// looked up only if Passport is true (else Meta is null and Passport
// kUnreadPassport).
constexpr PassportId kUnreadPassport = ~PassportId(0);
// ReadEdge's lookup of a unique_ptr's object: its block's passport, and
// its metadata in *Meta.
PassportId ReadUniquePassport(uptr Ptr, BlockMeta **Meta);
ALWAYS_INLINE bool ReadEdge(const SlotRecord *R, OwnerEntry *E,
                            bool Passport = true) {
  u64 Head = atomic_load(&R->Head, memory_order_acquire);
  if (!IsEdgeHead(Head))
    return false;
  E->Ptr = Head & kHeadPtrMask;
  E->Kind = HeadKind(Head);
  E->Libcxx = Head & kHeadLibcxx;
  E->Inplace = Head & kHeadInplace;
  E->Site = R->Site;
  E->Stack = R->Stack;
  E->Meta = nullptr;
  if (Head & kHeadTail) {
    const auto *T = reinterpret_cast<const SlotTail *>(R + 1);
    u64 Ctrl = atomic_load_relaxed(&T->CtrlWord);
    if (!(Ctrl & kTailMark))
      return false; // overwritten by a slot that took its place
    E->Ctrl = Ctrl & ~kTailMark;
    E->Passport = T->Passport;
  } else {
    E->Ctrl = 0;
    E->Passport = Passport ? ReadUniquePassport(E->Ptr, &E->Meta)
                           : kUnreadPassport;
  }
  return true;
}

// Marks the page of Slot's record R as holding edges (for RecordOf and
// the walks), the first time only.
ALWAYS_INLINE void MarkRecordPage(SlotRecord *R, uptr Slot) {
  uptr Leaf = reinterpret_cast<uptr>(R - RecordIndex(Slot));
  u64 Bit;
  atomic_uint64_t *Bits = RecordPageBit(Leaf, Slot, &Bit);
  if (UNLIKELY(!(atomic_load_relaxed(Bits) & Bit)))
    __atomic_fetch_or(&Bits->val_dont_use, Bit, __ATOMIC_RELAXED);
}

// Writes an edge into R, Slot's record, which has none: the tail first (a
// 16-byte slot's: Ctrl and Passport), then the head, which publishes it.
// Marked: R came from RecordOf, whose page is marked already.
ALWAYS_INLINE void WriteEdge(SlotRecord *R, uptr Slot, u64 Head, u32 Site,
                             u32 Stack, uptr Ctrl, PassportId Passport,
                             bool Marked) {
  if (!Marked)
    MarkRecordPage(R, Slot);
  R->Site = Site;
  R->Stack = Stack;
  if (Head & kHeadTail) {
    SlotTail *T = reinterpret_cast<SlotTail *>(R + 1);
    atomic_store_relaxed(&T->CtrlWord, Ctrl | kTailMark);
    T->Passport = Passport;
  }
  atomic_store(&R->Head, Head, memory_order_release);
}

// The edge of Slot (record R) ends.
ALWAYS_INLINE void ClearEdge(SlotRecord *R) {
  atomic_store(&R->Head, 0, memory_order_release);
}

// What a recorded trace says of an edge once it ends (the Edge event),
// kept beside its record while recording, and only then
// (memscope_ownership.cpp fills it): the slot taking the same object the
// same way again (a loop's variable, a container's element) counts here
// instead of writing an edge each time.
struct EdgeAggregate {
  uptr Slot;                // 0: nothing to write
  PassportId OwnerPassport; // the block the slot lies in, 0 if none
  PassportId Passport;      // the object's
  u32 OwnerOffset;
  u32 FirstSite;
  u32 LastSite; // the slot's site when the edge ended (or now)
  u32 Count;
  u32 Origin;
  u8 Order;
  u8 Kind; // EdgeKind
};

// What a recorded trace keeps beside each record: the edge's aggregate
// (ownership_history=edges) and its borrows not yet written (counted while
// they repeat one site, written when the site changes or the edge ends).
struct TraceSide {
  EdgeAggregate Agg;
  u32 BorrowSite;
  u32 BorrowCount;
  u8 BorrowKind; // EdgeKind
};
static_assert(sizeof(TraceSide) <= 64, "trace side size");

// A thread's copies not yet added to their sites' counters, direct-mapped
// by site id, with the runs they started and the object of the last.
constexpr uptr kPendingCopySlots = 64;
struct PendingCopies {
  u32 Site[kPendingCopySlots];
  u32 Count[kPendingCopySlots];
  u32 Runs[kPendingCopySlots];
  uptr LastObject[kPendingCopySlots];
};

// Without a trace: the borrows a thread recorded last, direct-mapped by
// slot, so that a repeat costs a compare.
constexpr uptr kRecentBorrowSlots = 64;
struct RecentBorrow {
  uptr Slot; // 0: none
  uptr Ptr;  // the edge's object
  u32 Site;
};

// What a thread keeps for ownership tracking.
//   StackLo..StackHi, FakeLo..FakeHi: its stack and its fake stack, whose
//     slots' edges end with it (set when known).
struct OwnerThread {
  PendingCopies Copies;
  RecentBorrow Borrows[kRecentBorrowSlots];
  uptr StackLo, StackHi, FakeLo, FakeHi;
  OwnerThread *NextMade; // every one ever made, for the walks at exit
  OwnerThread *NextFree;
  bool InUse; // a thread owns it (not on the free list)
};

extern MEMSCOPE_TLS OwnerThread *ThreadOwnerState;
OwnerThread *CreateOwnerThread();

ALWAYS_INLINE OwnerThread *ThisOwnerThread() {
  OwnerThread *T = ThreadOwnerState;
  return LIKELY(T) ? T : CreateOwnerThread();
}
// The calling thread's fake stack is [Lo, Hi) from now on
// (memscope_stack_frames.cpp).
void NoteFakeStack(uptr Lo, uptr Hi);

// True if Slot lies on the calling thread's stack, or in a frame of its
// fake stack (not inside a heap block or a global). A local whose address
// is taken lives in the fake stack when use-after-return is detected.
ALWAYS_INLINE bool OnThisStack(uptr Slot) {
  const ThreadState &T = CurrentThread();
  return (T.StackKnown && Slot - T.StackBottom < T.StackTop - T.StackBottom) ||
         Slot - T.FakeBeg < T.FakeEnd - T.FakeBeg;
}

// Adds a thread's pending copies at one slot to their site's counter.
void FlushPendingCopy(PendingCopies &P, uptr Slot);
// Every thread's pending copies go to their sites' counters (at exit;
// copies other threads make meanwhile are counted at their next flush).
void FlushAllPendingCopies();

// One shared-pointer copy of Object at Site, counted by thread T (the
// calling one).
ALWAYS_INLINE void CountCopyAt(OwnerThread *T, u32 Site, uptr Object) {
  PendingCopies &P = T->Copies;
  uptr Slot = Site & (kPendingCopySlots - 1);
  if (LIKELY(P.Site[Slot] == Site && P.Count[Slot] < (1u << 31))) {
    ++P.Count[Slot];
    if (P.LastObject[Slot] != Object) {
      P.LastObject[Slot] = Object;
      ++P.Runs[Slot];
    }
    return;
  }
  FlushPendingCopy(P, Slot);
  P.Site[Slot] = Site;
  P.Count[Slot] = 1;
  P.Runs[Slot] = 1;
  P.LastObject[Slot] = Object;
}

// While recording (before the first record is made): a TraceSide beside
// every record, and who writes out what they hold when edges end at a
// thread's exit: Flush (the pending borrows of an edge, before it ends)
// and, with aggregates (ownership_history=edges), Emit.
void EnableTraceSides(void (*Flush)(const OwnerEntry &, TraceSide &, uptr Slot),
                      void (*Emit)(EdgeAggregate &, bool Live));
// Set by EnableTraceSides: leaves carry a TraceSide per record, and
// (ownership_history=edges) the sides hold aggregates.
extern bool TraceSidesOn;
extern bool TraceAggregatesOn;
// A leaf's records: one more than the slots it covers (the tail of a
// 16-byte slot at its end); its TraceSides follow.
constexpr uptr kLeafRecordBytes = (kLeafRecords + 1) * sizeof(SlotRecord);
// The TraceSide beside Slot's record R, or null when not recording.
ALWAYS_INLINE TraceSide *TraceSideOf(SlotRecord *R, uptr Slot) {
  if (!TraceSidesOn)
    return nullptr;
  uptr Index = RecordIndex(Slot);
  uptr Records = reinterpret_cast<uptr>(R - Index);
  return reinterpret_cast<TraceSide *>(Records + kLeafRecordBytes) + Index;
}
// The aggregate beside Slot's record R, or null without aggregates.
ALWAYS_INLINE EdgeAggregate *AggregateOf(SlotRecord *R, uptr Slot) {
  return TraceAggregatesOn ? &TraceSideOf(R, Slot)->Agg : nullptr;
}
// Writes every record's pending borrows, then its pending aggregate (at
// exit).
void FlushAllTraceSides();

// Calls Fn(Edge, Slot, Arg) for every edge (at exit; other threads may
// still run, and edges they change are seen before or after the change).
void ForEachActiveEntry(void (*Fn)(OwnerEntry &, uptr Slot, void *Arg),
                        void *Arg);

} // namespace memscope

#endif // MEMSCOPE_OWNER_TABLE_H

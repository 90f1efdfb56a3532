//===- memscope_owner_table.h - call sites and owner slots ------*- C++ -*-===//
//
// The two tables ownership tracking keeps on the hot path:
//   - call sites: the pass's per-call descriptors, numbered on first use
//     (the id is cached in the descriptor), with per-site copy counters;
//   - owner slots: for every smart-pointer object (a *slot*) that holds an
//     allocation, what it holds, since when and how (OwnerEntry).
//
// Owner slots live in one of two places:
//
//   slot on the calling thread's stack ──▶ that thread's StackTable
//                                         (256 sets × 2 ways, no atomics,
//                                          one cache line per entry)
//   any other slot (heap, globals,     ──▶ the global table: buckets of
//   another thread's stack, or a            8 keys (one cache line), entries
//   stack slot whose set is full)           beside them, claimed with a CAS
//
// Locals, parameters and temporaries are most of a program's smart-pointer
// traffic, and only their own thread touches them: the per-thread table
// serves them without a locked instruction. A key is the slot's address with
// its state in the low bits; a slot that lets go keeps its key, inactive,
// so that a slot used over and over finds its entry again at once.
//
// See also: memscope_ownership.cpp (what the entries mean),
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
// stack tables are emptied and freed.
void OwnerTableAfterForkChild();

// --- call sites --------------------------------------------------------------

// Gives S an id (writing its Site record to the trace first); 0 if the
// site table is full.
u32 RegisterSite(memscope_site *S);

ALWAYS_INLINE u32 SiteIdOf(memscope_site *S) {
  u32 Id = atomic_load(reinterpret_cast<atomic_uint32_t *>(&S->Id),
                       memory_order_acquire);
  return LIKELY(Id) ? Id : RegisterSite(S);
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

struct OwnerEntry {
  uptr Ptr;                    // what the slot held when recorded
  BlockMeta *Meta;             // the object's metadata, if primary heap
  PassportId Passport;         // the object's
  uptr Ctrl;                   // the control block (shared and weak), else 0
  u32 Site;                    // where the edge was made; names the slot
  u32 Stack;                   // with Site in a system header: its stack
  atomic_uint32_t BorrowSite;  // pending borrows: where,
  atomic_uint32_t BorrowCount; // and how many since the last event
  u8 Kind;                     // EdgeKind
  bool Libcxx;                 // made by libc++'s smart pointers
  bool Inplace;                // the object lives in its control block's
                               // allocation (make_shared)
  u8 BorrowKind;               // EdgeKind of the pending borrows
};
static_assert(sizeof(OwnerEntry) <= 56, "an entry and its key in one line");

// --- the per-thread stack tables (layout here so the probes inline) ----------

constexpr uptr kKeyActive = 1;   // the entry describes the slot's edge
constexpr uptr kKeyInactive = 2; // the slot let go; its entry may be reused
constexpr uptr kKeyBusy = 3;     // being filled (global table only)
constexpr uptr kKeyStateMask = 3;

constexpr uptr kStackSets = 256;
constexpr uptr kStackWays = 2;

struct alignas(64) StackEntry {
  atomic_uintptr_t Key;
  OwnerEntry E;
};
static_assert(sizeof(StackEntry) == 64, "one cache line per stack entry");

// What a recorded trace says of an edge once it retires (the Edge event),
// kept beside its entry while recording, and only then
// (memscope_ownership.cpp fills it).
struct EdgeAggregate {
  uptr Slot;                // 0: nothing to write
  PassportId OwnerPassport; // the block the slot lies in, 0 if none
  u32 OwnerOffset;
  u32 FirstSite;
  u32 Count;
  u32 Order;
  u32 Origin;
  u32 Reserved;
};

// A thread's copies not yet added to their sites' counters, direct-mapped
// by site id, with the runs they started and the object of the last.
constexpr uptr kPendingCopySlots = 64;
struct PendingCopies {
  u32 Site[kPendingCopySlots];
  u32 Count[kPendingCopySlots];
  u32 Runs[kPendingCopySlots];
  uptr LastObject[kPendingCopySlots];
};

// Global entries a thread let go of last, kept claimed (kKeyBusy, so no
// other slot takes them) for their slots' next use, direct-mapped by slot:
// the element slots of a container, emptied and filled again, take their
// entries back without a locked instruction. One that is pushed out becomes
// inactive, for any slot.
constexpr uptr kKeptLog = 8;
constexpr uptr kKeptEntries = uptr(1) << kKeptLog;
struct KeptEntries {
  uptr Slot[kKeptEntries];
  OwnerEntry *Entry[kKeptEntries];
};
ALWAYS_INLINE uptr KeptIndex(uptr Slot) {
  return (Slot >> 4) & (kKeptEntries - 1);
}

struct StackTable {
  StackEntry Entries[kStackSets * kStackWays]; // set s: [s * 2, s * 2 + 1]
  PendingCopies Copies;
  KeptEntries Kept;
  EdgeAggregate *Aggregates; // beside Entries, while recording
  StackTable *NextTable; // every table ever made, for the exit-time walk
  StackTable *NextFree;
  bool Spilled; // some of this thread's stack slots went to the global table
  bool InUse;   // a thread owns it (not on the free list)
};

extern MEMSCOPE_TLS StackTable *ThreadStackTable;
StackTable *CreateStackTable();
OwnerEntry *FindGlobal(uptr Slot);
OwnerEntry *ClaimGlobal(uptr Slot);
atomic_uintptr_t &GlobalKeyOf(const OwnerEntry *E);

ALWAYS_INLINE StackTable *ThisThreadTable() {
  StackTable *T = ThreadStackTable;
  return LIKELY(T) ? T : CreateStackTable();
}
ALWAYS_INLINE StackEntry *SetOf(StackTable *T, uptr Slot) {
  return &T->Entries[((Slot >> 3) & (kStackSets - 1)) * kStackWays];
}

// True if Slot lies on the calling thread's stack, or in a frame of its
// fake stack (not inside a heap block or a global). A local whose address
// is taken lives in the fake stack when use-after-return is detected.
ALWAYS_INLINE bool OnThisStack(uptr Slot) {
  const ThreadState &T = CurrentThread();
  return (T.StackKnown && Slot >= T.StackBottom && Slot < T.StackTop) ||
         Slot - T.FakeBeg < T.FakeEnd - T.FakeBeg;
}

// The slot's entry if it holds an edge now, else null. OnStack:
// OnThisStack(Slot), for a caller that knows it already.
ALWAYS_INLINE OwnerEntry *FindEntry(uptr Slot, bool OnStack) {
  if (OnStack) {
    StackTable *T = ThisThreadTable();
    StackEntry *Set = SetOf(T, Slot);
    for (uptr W = 0; W < kStackWays; ++W)
      if (atomic_load_relaxed(&Set[W].Key) == (Slot | kKeyActive))
        return &Set[W].E;
    if (LIKELY(!T->Spilled))
      return nullptr;
  }
  return FindGlobal(Slot);
}
ALWAYS_INLINE OwnerEntry *FindEntry(uptr Slot) {
  return FindEntry(Slot, OnThisStack(Slot));
}

// An entry for Slot, which has no active one, or null (counted in
// DroppedEdges) when there is no room. The caller fills it and publishes it.
ALWAYS_INLINE OwnerEntry *ClaimEntry(uptr Slot, bool OnStack) {
  if (OnStack) {
    StackTable *T = ThisThreadTable();
    StackEntry *Set = SetOf(T, Slot);
    // Its own inactive entry, else a way that holds no live edge.
    StackEntry *Take = nullptr;
    for (uptr W = 0; W < kStackWays && !Take; ++W)
      if (atomic_load_relaxed(&Set[W].Key) == (Slot | kKeyInactive))
        Take = &Set[W];
    for (uptr W = 0; W < kStackWays && !Take; ++W)
      if ((atomic_load_relaxed(&Set[W].Key) & kKeyStateMask) != kKeyActive)
        Take = &Set[W];
    if (Take) {
      atomic_store_relaxed(&Take->Key, Slot | kKeyBusy);
      return &Take->E;
    }
    // Both ways hold live edges (deep recursion): the global table takes it.
    T->Spilled = true;
  }
  return ClaimGlobal(Slot);
}

// E's place in the calling thread's stack table, or null for an entry of
// the global table.
ALWAYS_INLINE StackEntry *ThreadStackEntryOf(OwnerEntry *E) {
  StackTable *T = ThreadStackTable;
  uptr P = reinterpret_cast<uptr>(E);
  if (T && P >= reinterpret_cast<uptr>(T) &&
      P < reinterpret_cast<uptr>(T->Entries + kStackSets * kStackWays))
    return reinterpret_cast<StackEntry *>(P -
                                          __builtin_offsetof(StackEntry, E));
  return nullptr;
}

ALWAYS_INLINE atomic_uintptr_t &KeyOf(OwnerEntry *E) {
  if (StackEntry *S = ThreadStackEntryOf(E))
    return S->Key;
  return GlobalKeyOf(E);
}

ALWAYS_INLINE void PublishEntry(OwnerEntry *E, uptr Slot) {
  atomic_store(&KeyOf(E), Slot | kKeyActive, memory_order_release);
}

// The slot let go: its entry stays, for the slot's next use (a global one
// among the thread's kept entries, pushing out an older one).
void RetireGlobal(OwnerEntry *E, uptr Slot);
ALWAYS_INLINE void RetireEntry(OwnerEntry *E, uptr Slot) {
  if (StackEntry *S = ThreadStackEntryOf(E))
    atomic_store(&S->Key, Slot | kKeyInactive, memory_order_release);
  else
    RetireGlobal(E, Slot);
}

// Edges that found no room in either table.
uptr DroppedEdges();

// Adds a thread's pending copies at one slot to their site's counter.
void FlushPendingCopy(PendingCopies &P, uptr Slot);
// Every thread's pending copies go to their sites' counters (at exit;
// copies other threads make meanwhile are counted at their next flush).
void FlushAllPendingCopies();

// One shared-pointer copy of Object at Site, counted by the calling
// thread.
ALWAYS_INLINE void CountCopyAt(u32 Site, uptr Object) {
  PendingCopies &P = ThisThreadTable()->Copies;
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

// While recording: an aggregate beside every entry, and who writes the
// pending ones out when a thread's stack table goes away at thread exit.
void EnableAggregates(void (*Emit)(OwnerEntry &, EdgeAggregate &, bool Live));
// The aggregate beside E, or null when not recording.
EdgeAggregate *AggregateOf(OwnerEntry *E);
// Calls Emit for every entry with a pending aggregate (at exit).
void EmitAllAggregates();

// Calls Fn(Entry, Slot, Arg) for every active entry of both tables, every
// thread's stack table included (at exit; other threads may still run, and
// entries they change are seen before or after the change).
void ForEachActiveEntry(void (*Fn)(OwnerEntry &, uptr Slot, void *Arg),
                        void *Arg);

} // namespace memscope

#endif // MEMSCOPE_OWNER_TABLE_H

//===- memscope_owner_table.h - call sites and owner slots ------*- C++ -*-===//
//
// The two tables ownership tracking keeps on the hot path:
//   - call sites: the pass's per-call descriptors, numbered on first use
//     (the id is cached in the descriptor), with per-site copy counters;
//   - owner slots: for every smart-pointer object (a *slot*) that holds an
//     allocation, what it holds, since when and how (OwnerEntry).
//
// Owner slots have their entries in one pool, found through a map from
// the slot's address (a two-level table like a page table's, below):
// wherever the slot lies, finding its entry is two loads and a check of the
// entry's key, and claiming or letting go of one takes no locked
// instruction. A key is the slot's address with its state in the low bits;
// a slot that lets go keeps its entry for a while, inactive, so that a slot
// used over and over finds its entry again at once.
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
// stack slots lose their entries.
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

// The edge an update at S makes.
inline trace::EdgeKind SiteEdgeKind(const memscope_site &S) {
  using trace::EdgeKind;
  if (S.Family == MEMSCOPE_FAMILY_WEAK)
    return EdgeKind::Weak;
  switch (S.Op) {
  case MEMSCOPE_OP_MOVE:
  case MEMSCOPE_OP_SWAP:
    return EdgeKind::Move;
  case MEMSCOPE_OP_COPY:
  case MEMSCOPE_OP_LOCK:
    return S.Family == MEMSCOPE_FAMILY_SHARED_SINGLE ? EdgeKind::RcClone
                                                     : EdgeKind::ArcClone;
  default:
    return EdgeKind::Owns;
  }
}

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

// --- the entry pool and the slot map (layout here so the probes inline) ----
//
//   slot address ──▶ Leaves[Slot >> 21] ──▶ leaf: one u32 per 8 bytes of
//                    (2 MiB of address      addresses, the index of the
//                     space per leaf,       slot's entry in Pool, 0 for none
//                     mapped on first use)
//
// A slot's entry is found by two loads wherever the slot lies (a stack, the
// heap, a global), by any thread. Only the thread operating on a slot writes
// its cell (two threads changing one smart pointer at once are a data race
// in the program already), so cells and keys are written without a locked
// instruction. An entry's key says which slot it describes and in what
// state; a lookup checks it, so a stale cell is never believed.

constexpr uptr kKeyActive = 1;   // the entry describes the slot's edge
constexpr uptr kKeyInactive = 2; // the slot let go; kept for its next use
constexpr uptr kKeyBusy = 3;     // being filled by the claiming thread
constexpr uptr kKeyStateMask = 3;

struct alignas(64) PoolEntry {
  OwnerEntry E;
  atomic_uintptr_t Key; // 0: free; else the slot's address | state
};
static_assert(sizeof(PoolEntry) == 64, "one cache line per entry");
extern PoolEntry *Pool; // indexed from 1

constexpr uptr kLeafLog = 21;
constexpr uptr kLeafCells = uptr(1) << (kLeafLog - 3);
constexpr uptr kAddressLog = 47;
constexpr uptr kLeaves = uptr(1) << (kAddressLog - kLeafLog);
extern atomic_uintptr_t *Leaves;

// Slot's cell in the map, or null where no slot nearby ever had an entry.
ALWAYS_INLINE atomic_uint32_t *CellOf(uptr Slot) {
  uptr Leaf = atomic_load(&Leaves[(Slot >> kLeafLog) & (kLeaves - 1)],
                          memory_order_acquire);
  if (!Leaf)
    return nullptr;
  return reinterpret_cast<atomic_uint32_t *>(Leaf) +
         ((Slot >> 3) & (kLeafCells - 1));
}

ALWAYS_INLINE PoolEntry &PoolEntryOf(OwnerEntry *E) {
  return *reinterpret_cast<PoolEntry *>(reinterpret_cast<uptr>(E) -
                                        __builtin_offsetof(PoolEntry, E));
}
ALWAYS_INLINE u32 IndexOf(OwnerEntry *E) {
  return static_cast<u32>(&PoolEntryOf(E) - Pool);
}

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

// What a thread keeps for ownership tracking, beside the shared pool.
//   Recent: the entries it let go of last, direct-mapped by slot and still
//     keyed to their slots (inactive): a slot used over and over (a loop's
//     temporary, a container's element slots emptied and filled again)
//     takes its entry back at once, and a recorded trace can count the
//     repeats of an edge instead of writing each.
//   Free: entries it may hand out, taken from and given back to the pool's
//     free list in batches.
//   Low[k]..High[k]: the addresses of this thread's slots that had entries
//     on its stack (k = 0) and in its fake stack (k = 1), each range inside
//     one mapping of the thread's own; their entries are cleared when the
//     thread ends (its frames are gone).
constexpr uptr kRecentLog = 8;
constexpr uptr kRecentEntries = uptr(1) << kRecentLog;
constexpr uptr kFreeCache = 64;
ALWAYS_INLINE uptr RecentIndex(uptr Slot) {
  return (Slot >> 3) & (kRecentEntries - 1);
}

struct OwnerThread {
  PendingCopies Copies;
  u32 Recent[kRecentEntries];
  u32 Free[kFreeCache];
  u32 NumFree;
  uptr Low[2], High[2]; // 0, 0: none
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

// Where Slot lies: on the calling thread's stack (0), in a frame of its
// fake stack (1: a local whose address is taken lives there when
// use-after-return is detected), or elsewhere (kOffStack: in a heap block,
// a global).
constexpr uptr kOffStack = 2;
ALWAYS_INLINE uptr StackKindOf(uptr Slot) {
  const ThreadState &T = CurrentThread();
  if (T.StackKnown && Slot - T.StackBottom < T.StackTop - T.StackBottom)
    return 0;
  return Slot - T.FakeBeg < T.FakeEnd - T.FakeBeg ? 1 : kOffStack;
}
ALWAYS_INLINE bool OnThisStack(uptr Slot) {
  return StackKindOf(Slot) != kOffStack;
}

// The slot's entry if it holds an edge now, else null; *Cell: the slot's
// cell (null if none), for the calls below that take it.
ALWAYS_INLINE OwnerEntry *FindEntry(uptr Slot, atomic_uint32_t **Cell) {
  atomic_uint32_t *C = *Cell = CellOf(Slot);
  u32 I = C ? atomic_load(C, memory_order_acquire) : 0;
  if (!I)
    return nullptr;
  PoolEntry &P = Pool[I];
  return atomic_load_relaxed(&P.Key) == (Slot | kKeyActive) ? &P.E : nullptr;
}
ALWAYS_INLINE OwnerEntry *FindEntry(uptr Slot) {
  atomic_uint32_t *Cell;
  return FindEntry(Slot, &Cell);
}

// Slow paths of ClaimEntry and RetireEntry.
u32 TakeFreeEntry(OwnerThread *T, uptr Slot);
void GiveBackEntry(OwnerThread *T, u32 I);

// An entry for Slot, which has no active one, or null (counted in
// DroppedEdges) when there is no room. The caller fills it and publishes
// it. StackKind: StackKindOf(Slot). Cell: FindEntry's, the slot's cell
// once this returns an entry.
ALWAYS_INLINE OwnerEntry *ClaimEntry(uptr Slot, uptr StackKind,
                                     atomic_uint32_t **Cell) {
  OwnerThread *T = ThisOwnerThread();
  u32 &R = T->Recent[RecentIndex(Slot)];
  u32 I;
  if (R && atomic_load_relaxed(&Pool[R].Key) == (Slot | kKeyInactive)) {
    I = R;
    R = 0;
  } else if (T->NumFree && *Cell) {
    I = T->Free[--T->NumFree];
  } else if (!(I = TakeFreeEntry(T, Slot))) {
    return nullptr;
  }
  if (!*Cell)
    *Cell = CellOf(Slot);
  if (StackKind != kOffStack) {
    if (!T->Low[StackKind] || Slot < T->Low[StackKind])
      T->Low[StackKind] = Slot;
    if (Slot > T->High[StackKind])
      T->High[StackKind] = Slot;
  }
  atomic_store_relaxed(&Pool[I].Key, Slot | kKeyBusy);
  return &Pool[I].E;
}

// ClaimEntry for a slot that has no active entry and whose cell is mapped
// (Cell), without a trace: the slot's own entry back if this thread let
// go of it last (Found: the cell's index, FoundKey its key), else
// ClaimEntry's. The entry's index, 0 if there is no room. Its key is left
// for PublishEntry (no reader without a trace minds an entry filled under
// an inactive key).
ALWAYS_INLINE u32 ClaimEntryQuick(OwnerThread *T, uptr Slot,
                                  atomic_uint32_t *Cell, u32 Found,
                                  uptr FoundKey) {
  u32 &R = T->Recent[RecentIndex(Slot)];
  if (LIKELY(Found && R == Found && FoundKey == (Slot | kKeyInactive))) {
    // The stack ranges know the slot from its first claim (a slot another
    // thread filled on this one's stack is the exception, and its entry
    // outlives this thread's end).
    R = 0;
    return Found;
  }
  OwnerEntry *E = ClaimEntry(Slot, StackKindOf(Slot), &Cell);
  return E ? IndexOf(E) : 0;
}

ALWAYS_INLINE void PublishEntry(OwnerEntry *E, uptr Slot,
                                atomic_uint32_t *Cell) {
  PoolEntry &P = PoolEntryOf(E);
  atomic_store(&P.Key, Slot | kKeyActive, memory_order_release);
  atomic_store(Cell, IndexOf(E), memory_order_release);
}

// The slot let go: its entry stays keyed to it, inactive, among the
// thread's recent ones, for the slot's next use; the one it pushes out
// goes to the thread's free entries. The slot's cell keeps the index (a
// lookup checks the key).
ALWAYS_INLINE void RetireEntry(OwnerEntry *E, uptr Slot) {
  u32 I = IndexOf(E);
  atomic_store(&Pool[I].Key, Slot | kKeyInactive, memory_order_release);
  OwnerThread *T = ThisOwnerThread();
  u32 &R = T->Recent[RecentIndex(Slot)];
  if (R)
    GiveBackEntry(T, R);
  R = I;
}

// Edges that found no room in the pool.
uptr DroppedEdges();

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

// While recording: an aggregate beside every entry, and who writes the
// pending ones out when a thread's stack slots lose their entries at its
// exit.
void EnableAggregates(void (*Emit)(OwnerEntry &, EdgeAggregate &, bool Live));
// The aggregate beside E, or null when not recording.
EdgeAggregate *AggregateOf(OwnerEntry *E);
// Calls Emit for every entry with a pending aggregate (at exit).
void EmitAllAggregates();

// Calls Fn(Entry, Slot, Arg) for every active entry (at exit; other
// threads may still run, and entries they change are seen before or after
// the change).
void ForEachActiveEntry(void (*Fn)(OwnerEntry &, uptr Slot, void *Arg),
                        void *Arg);

} // namespace memscope

#endif // MEMSCOPE_OWNER_TABLE_H

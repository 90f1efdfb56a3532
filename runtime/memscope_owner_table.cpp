//===- memscope_owner_table.cpp - call sites and owner slots --------------===//
//
// See memscope_owner_table.h. Layouts:
//
//   Pool[i]          { OwnerEntry, key } (64 bytes), i from 1
//   Leaves[a >> 21]  a leaf: u32 cells, one per 8 bytes of addresses
//   FreeList         pool indices given back, beside FreeMu
//
// Keys: 0 free, else the slot's address | state:
//   kKeyActive    the entry describes the slot's edge (and the slot's cell
//                 holds its index)
//   kKeyInactive  the slot let go; among its thread's recent entries
//   kKeyBusy      being filled by the thread that claimed it
// A free or inactive entry belongs to one thread (its free or recent
// entries) or to the pool's free list, so only its holder writes it;
// relaxed atomics keep the exit-time reader from another thread well
// defined.
//===----------------------------------------------------------------------===//
#include "memscope_owner_table.h"
#include "memscope_pool.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_mutex.h"

#include <pthread.h>

namespace memscope {

namespace {

constexpr u32 kMaxSites = 1 << 20;
Mutex SiteMu;

// --- the pool ------------------------------------------------------------------
//
// Entries are made in batches as threads need them (NextFresh), up to
// kMaxEntries; beyond that an edge is dropped and counted (the warning at
// exit says how many). A thread hands out and takes back entries through
// its own cache (OwnerThread::Free), which trades batches of half its size
// with the shared free list.

constexpr uptr kMaxEntries = uptr(1) << 23;
constexpr u32 kBatch = kFreeCache / 2;

EdgeAggregate *Aggregates; // beside Pool, while recording
void (*EmitAggregate)(OwnerEntry &, EdgeAggregate &, bool Live);
atomic_uintptr_t Dropped;
atomic_uintptr_t NextFresh; // entries made so far, index 0 unused
StaticSpinMutex FreeMu;
u32 *FreeList; // kMaxEntries
uptr NumFreeListed;

uptr MadeEntries() {
  uptr N = atomic_load(&NextFresh, memory_order_acquire);
  return N < kMaxEntries ? N : kMaxEntries;
}

// The leaf for Slot's addresses, mapped now if it was not.
atomic_uint32_t *MakeCell(uptr Slot) {
  atomic_uintptr_t &Top = Leaves[(Slot >> kLeafLog) & (kLeaves - 1)];
  if (!atomic_load(&Top, memory_order_acquire)) {
    uptr Leaf = reinterpret_cast<uptr>(MmapNoReserveOrDie(
        kLeafCells * sizeof(u32), "memscope owner slot map"));
    uptr Expected = 0;
    if (!atomic_compare_exchange_strong(&Top, &Expected, Leaf,
                                        memory_order_acq_rel))
      UnmapOrDie(reinterpret_cast<void *>(Leaf), kLeafCells * sizeof(u32));
  }
  return CellOf(Slot);
}

} // namespace

PoolEntry *Pool;
atomic_uintptr_t *Leaves;
SiteInfo *Sites;
atomic_uint32_t SiteCount;
MEMSCOPE_TLS OwnerThread *ThreadOwnerState;

// The thread's cache is empty, or Slot's leaf is not mapped yet: maps it,
// and refills the cache from the free list, else with new entries.
u32 TakeFreeEntry(OwnerThread *T, uptr Slot) {
  MakeCell(Slot);
  if (!T->NumFree) {
    SpinMutexLock L(&FreeMu);
    while (T->NumFree < kBatch && NumFreeListed)
      T->Free[T->NumFree++] = FreeList[--NumFreeListed];
  }
  if (!T->NumFree) {
    uptr First = atomic_fetch_add(&NextFresh, kBatch, memory_order_acq_rel);
    for (uptr I = First; I < First + kBatch && I < kMaxEntries; ++I)
      if (I) // index 0 means none
        T->Free[T->NumFree++] = static_cast<u32>(I);
  }
  if (!T->NumFree) {
    atomic_fetch_add(&Dropped, 1, memory_order_relaxed);
    return 0;
  }
  return T->Free[--T->NumFree];
}

void GiveBackEntry(OwnerThread *T, u32 I) {
  atomic_store_relaxed(&Pool[I].Key, 0);
  if (T->NumFree == kFreeCache) {
    SpinMutexLock L(&FreeMu);
    while (T->NumFree > kBatch)
      FreeList[NumFreeListed++] = T->Free[--T->NumFree];
  }
  T->Free[T->NumFree++] = I;
}

namespace {

ThreadObjectPool<OwnerThread, &OwnerThread::NextMade> Threads;
pthread_key_t OwnerThreadKey;

uptr KeyState(uptr Key) { return Key & kKeyStateMask; }

// Emits I's pending aggregate, if any. Live: its edge still holds.
void EmitPending(uptr I, bool Live) {
  if (EmitAggregate && Aggregates[I].Slot)
    EmitAggregate(Pool[I].E, Aggregates[I], Live);
}

void FlushAllCopiesOf(OwnerThread *T) {
  for (uptr I = 0; I < kPendingCopySlots; ++I)
    FlushPendingCopy(T->Copies, I);
}

// The entries of T's stack slots end with T's frames. Emit: write their
// pending aggregates (not in a fork()ed child, where they are the
// parent's).
void ClearStackEntries(OwnerThread *T, bool Emit) {
  for (uptr K = 0; K < 2; ++K) {
    if (!T->Low[K])
      continue;
    uptr High = T->High[K];
    for (uptr Slot = T->Low[K] & ~uptr(7); Slot <= High;) {
      atomic_uint32_t *C = CellOf(Slot);
      uptr LeafEnd = (Slot | ((uptr(1) << kLeafLog) - 1)) + 1;
      if (!C) {
        Slot = LeafEnd;
        continue;
      }
      for (; Slot <= High && Slot < LeafEnd; Slot += 8, ++C) {
        u32 I = atomic_load_relaxed(C);
        if (!I || atomic_load_relaxed(&Pool[I].Key) != (Slot | kKeyActive))
          continue;
        if (Emit)
          EmitPending(I, /*Live=*/true);
        else if (Aggregates)
          Aggregates[I].Slot = 0;
        atomic_store_relaxed(C, 0);
        GiveBackEntry(T, I);
      }
    }
    T->Low[K] = T->High[K] = 0;
  }
}

// T's thread is gone: its stack slots' entries end, its recent and free
// ones go to the free list.
void FreeOwnerThread(OwnerThread *T, bool Emit) {
  if (Emit)
    FlushAllCopiesOf(T);
  internal_memset(&T->Copies, 0, sizeof(T->Copies));
  ClearStackEntries(T, Emit);
  for (u32 &R : T->Recent) {
    if (R)
      GiveBackEntry(T, R);
    R = 0;
  }
  {
    SpinMutexLock L(&FreeMu);
    while (T->NumFree)
      FreeList[NumFreeListed++] = T->Free[--T->NumFree];
  }
  T->InUse = false;
  Threads.giveBack(T);
}

// At thread exit the stack is gone, and so are its slots' edges.
void ReleaseOwnerThread(void *Arg) {
  ThreadOwnerState = nullptr;
  FreeOwnerThread(static_cast<OwnerThread *>(Arg), /*Emit=*/true);
}

} // namespace

OwnerThread *CreateOwnerThread() {
  OwnerThread *T = Threads.take("memscope owner thread state");
  T->InUse = true;
  ThreadOwnerState = T;
  pthread_setspecific(OwnerThreadKey, T);
  return T;
}

// --- call sites --------------------------------------------------------------

u32 RegisterSite(memscope_site *S) {
  Lock L(&SiteMu);
  auto *IdRef = reinterpret_cast<atomic_uint32_t *>(&S->Id);
  if (u32 Word = atomic_load_relaxed(IdRef))
    return Word;
  u32 Id = atomic_load_relaxed(&SiteCount) + 1;
  if (Id >= kMaxSites)
    return 0;
  Sites[Id].Desc = S;
  TraceSite(Id, *S);
  atomic_store(&SiteCount, Id, memory_order_release);
  u32 Word = Id | static_cast<u32>(SiteEdgeKind(*S)) << kSiteKindShift;
  if (S->Op != MEMSCOPE_OP_MOVE && S->Op != MEMSCOPE_OP_SWAP &&
      S->Op != MEMSCOPE_OP_RELEASE)
    Word |= kSiteTakes;
  if (S->Family == MEMSCOPE_FAMILY_WEAK || (S->Flags & MEMSCOPE_SITE_TRACE_ONLY))
    Word |= kSiteUntracked;
  if (S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER)
    Word |= kSiteSystem;
  if (S->Family == MEMSCOPE_FAMILY_UNIQUE)
    Word |= kSiteUnique;
  if (S->Flags & MEMSCOPE_SITE_LIBCXX)
    Word |= kSiteLibcxx;
  atomic_store(IdRef, Word, memory_order_release);
  return Word;
}

// --- owner facts -------------------------------------------------------------

namespace {

constexpr u32 kFactsLog = 18;
constexpr u32 kFactsEntries = 1u << kFactsLog;
constexpr u32 kFactsProbes = 32;
constexpr u32 kFactsBusy = 1; // an entry being written; tags are even

struct FactsEntry {
  atomic_uint32_t Tag; // 0: empty; kFactsBusy; else the hash with bit 1 set
  OwnerFacts F;        // never changes once the tag is published
};
static_assert(sizeof(FactsEntry) == 32, "facts entry size");

FactsEntry *FactsTable;
atomic_uintptr_t FactsDropped;

u32 HashFacts(const OwnerFacts &F) {
  const u32 Words[] = {F.BorrowSite,  F.BorrowOwnerSite,  F.BorrowOwnerStack,
                       F.ReleaseSite, F.ReleaseStack,     F.ReleaseOwnerSite,
                       F.ReleaseOwnerStack};
  u64 H = 0x9E3779B97F4A7C15ULL;
  for (u32 W : Words)
    H = (H ^ W) * 0xFF51AFD7ED558CCDULL;
  return static_cast<u32>(H >> 32);
}

// F's entry id (index + 1), adding it if new; 0 if F is empty or the
// table has no room for it.
u32 FactsIdFor(const OwnerFacts &F) {
  if (SameFacts(F, OwnerFacts{}) || !FactsTable)
    return 0;
  u32 Hash = HashFacts(F);
  u32 Tag = (Hash << 1) | 2;
  for (u32 I = 0; I < kFactsProbes; ++I) {
    u32 Index = (Hash + I) & (kFactsEntries - 1);
    FactsEntry &E = FactsTable[Index];
    u32 Seen = atomic_load(&E.Tag, memory_order_acquire);
    if (Seen == 0 && atomic_compare_exchange_strong(&E.Tag, &Seen, kFactsBusy,
                                                    memory_order_acquire)) {
      E.F = F;
      atomic_store(&E.Tag, Tag, memory_order_release);
      return Index + 1;
    }
    // Seen is the entry's tag now (the CAS updates it when it fails); an
    // entry still being written is passed over, at worst leaving F twice.
    if (Seen == Tag && SameFacts(E.F, F))
      return Index + 1;
  }
  atomic_fetch_add(&FactsDropped, 1, memory_order_relaxed);
  return 0;
}

} // namespace

void InitializeOwnerFacts() {
  FactsTable = static_cast<FactsEntry *>(ReserveTableOrDie(
      kFactsEntries * sizeof(FactsEntry), "memscope owner facts"));
}

OwnerFacts FactsOf(const BlockMeta *M) {
  u32 Id = M->FactsId;
  return Id && FactsTable ? FactsTable[Id - 1].F : OwnerFacts{};
}

namespace {
// The combinations this thread set last, direct-mapped by a cheap hash:
// blocks that die alike (copies released at the same sites) set the same
// few over and over, which then costs a compare instead of the table's
// hash and probe.
struct RecentFacts {
  OwnerFacts F;
  u32 Id;
};
constexpr u32 kRecentFactsLog = 4;
MEMSCOPE_TLS RecentFacts ThreadFacts[1u << kRecentFactsLog];

ALWAYS_INLINE u32 RecentFactsSlot(const OwnerFacts &F) {
  u32 H = (F.ReleaseSite + F.ReleaseOwnerSite * 3 + F.BorrowSite * 5 +
           F.BorrowOwnerSite * 7 + F.ReleaseStack + F.BorrowOwnerStack +
           F.ReleaseOwnerStack) *
          0x9E3779B1u;
  return H >> (32 - kRecentFactsLog);
}
} // namespace

void SetFacts(BlockMeta *M, const OwnerFacts &F) {
  RecentFacts &R = ThreadFacts[RecentFactsSlot(F)];
  if (R.Id && SameFacts(R.F, F)) {
    M->FactsId = R.Id;
    return;
  }
  u32 Id = FactsIdFor(F);
  if (Id)
    R = {F, Id};
  M->FactsId = Id;
}

uptr DroppedOwnerFacts() { return atomic_load_relaxed(&FactsDropped); }

// --- owner slots -------------------------------------------------------------

uptr DroppedEdges() { return atomic_load_relaxed(&Dropped); }

void FlushPendingCopy(PendingCopies &P, uptr Slot) {
  u32 Site = P.Site[Slot], Count = P.Count[Slot], Runs = P.Runs[Slot];
  P.Count[Slot] = P.Runs[Slot] = 0;
  P.LastObject[Slot] = 0;
  if (!Site || !Count)
    return;
  SiteCounters &C = CountersOf(Site);
  atomic_fetch_add(&C.Copies, Count, memory_order_relaxed);
  atomic_fetch_add(&C.Runs, Runs, memory_order_relaxed);
}

void FlushAllPendingCopies() {
  for (auto *T = Threads.first(); T; T = T->NextMade)
    if (T->InUse)
      FlushAllCopiesOf(T);
}

void ForEachActiveEntry(void (*Fn)(OwnerEntry &, uptr, void *), void *Arg) {
  for (uptr I = 1, N = MadeEntries(); I < N; ++I) {
    uptr Key = atomic_load(&Pool[I].Key, memory_order_acquire);
    if (KeyState(Key) == kKeyActive)
      Fn(Pool[I].E, Key & ~kKeyStateMask, Arg);
  }
}

void OwnerTableAfterForkChild() {
  Threads.afterForkChild();
  FreeMu.Init();
  for (auto *T = Threads.first(); T; T = T->NextMade)
    if (T->InUse && T != ThreadOwnerState)
      FreeOwnerThread(T, /*Emit=*/false);
  // The surviving thread's edges are the child's from now on: what the
  // parent counted stays in the parent's trace.
  if (!EmitAggregate)
    return;
  for (uptr I = 1, N = MadeEntries(); I < N; ++I) {
    EdgeAggregate &A = Aggregates[I];
    if (!A.Slot)
      continue;
    uptr Key = atomic_load_relaxed(&Pool[I].Key);
    if (KeyState(Key) == kKeyActive && (Key & ~kKeyStateMask) == A.Slot)
      A.Count = 0;
    else
      A.Slot = 0;
  }
}

void EnableAggregates(void (*Emit)(OwnerEntry &, EdgeAggregate &, bool)) {
  Aggregates = static_cast<EdgeAggregate *>(ReserveTableOrDie(
      kMaxEntries * sizeof(EdgeAggregate), "memscope edge aggregates"));
  EmitAggregate = Emit;
}

EdgeAggregate *AggregateOf(OwnerEntry *E) {
  return EmitAggregate ? &Aggregates[IndexOf(E)] : nullptr;
}

void EmitAllAggregates() {
  if (!EmitAggregate)
    return;
  for (uptr I = 1, N = MadeEntries(); I < N; ++I) {
    uptr Key = atomic_load(&Pool[I].Key, memory_order_acquire);
    EmitPending(I, KeyState(Key) == kKeyActive &&
                       (Key & ~kKeyStateMask) == Aggregates[I].Slot);
    Aggregates[I].Slot = 0;
  }
}

void InitializeOwnerTable() {
  Pool = static_cast<PoolEntry *>(ReserveTableOrDie(
      kMaxEntries * sizeof(PoolEntry), "memscope owner entries"));
  Leaves = static_cast<atomic_uintptr_t *>(ReserveTableOrDie(
      kLeaves * sizeof(atomic_uintptr_t), "memscope owner slot map"));
  FreeList = static_cast<u32 *>(ReserveTableOrDie(
      kMaxEntries * sizeof(u32), "memscope owner free list"));
  Sites = static_cast<SiteInfo *>(
      ReserveTableOrDie(kMaxSites * sizeof(SiteInfo), "memscope sites"));
  CHECK_EQ(pthread_key_create(&OwnerThreadKey, ReleaseOwnerThread), 0);
}

} // namespace memscope

//===- memscope_owner_table.cpp - call sites and owner slots --------------===//
//
// See memscope_owner_table.h. Layouts:
//
//   global table     Buckets[b]: 8 keys (64 bytes)   Entries[b * 8 + way]
//   stack table      Sets[s]: 2 × { key, OwnerEntry } (64 bytes each)
//
// Keys: 0 empty, else the slot's address | state:
//   kKeyActive    the entry describes the slot's edge
//   kKeyInactive  the slot let go; its entry may be reused
//   kKeyBusy      being filled by the thread that claimed it, or kept by
//                 the thread that let go of it last (global only)
// Only the owning thread changes a stack table's keys; relaxed atomics keep
// the exit-time reader from another thread well defined.
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

// --- the global table --------------------------------------------------------
//
// 2^16 home buckets of 7 ways; a bucket whose ways all hold live edges links
// an overflow bucket, taken from the same arrays past the home buckets, so
// the table grows with the program's live owners (to kMaxBuckets) and only
// a full chain is searched beyond its first line. Beyond that, an edge is
// dropped and counted (the warning at exit says how many).

constexpr uptr kWays = 7;
constexpr uptr kStride = 8; // entries per bucket in Entries (the 8th unused)
constexpr uptr kBucketLog = 16;
constexpr uptr kHomeBuckets = uptr(1) << kBucketLog;
constexpr uptr kMaxBuckets = kHomeBuckets + (uptr(1) << 20);
constexpr uptr kTableSize = kStride * kMaxBuckets;

struct alignas(64) Bucket {
  atomic_uintptr_t Keys[kWays];
  atomic_uintptr_t Next; // index of the overflow bucket, 0 for none
};
static_assert(sizeof(Bucket) == 64, "one cache line per bucket");

struct alignas(64) GlobalEntry {
  OwnerEntry E;
};

Bucket *Buckets;
GlobalEntry *Entries; // Entries[bucket * kStride + way]
EdgeAggregate *GlobalAggregates; // beside Entries, while recording
void (*EmitAggregate)(OwnerEntry &, EdgeAggregate &, bool Live);
atomic_uintptr_t Dropped;
atomic_uintptr_t NextOverflow; // overflow buckets handed out

// Neighbouring slots share a bucket, one per 32 bytes of slots (two
// shared_ptrs, four unique_ptrs), and the buckets of consecutive slots
// follow each other: a container's elements, walked in order, walk the
// table in order, in cache lines the hardware prefetches. Each 2 MiB window
// of addresses (kHomeBuckets buckets' worth) starts at a hashed bucket, so
// that windows do not pile up on the same buckets.
constexpr uptr kSlotSpanLog = 5;
ALWAYS_INLINE Bucket &BucketOf(uptr Slot) {
  uptr Window = Slot >> (kSlotSpanLog + kBucketLog);
  uptr Start = (Window * 0x9E3779B97F4A7C15ULL) >> (64 - kBucketLog);
  return Buckets[(Start + (Slot >> kSlotSpanLog)) & (kHomeBuckets - 1)];
}
ALWAYS_INLINE OwnerEntry *EntryAt(const Bucket &B, uptr Way) {
  return &Entries[(&B - Buckets) * kStride + Way].E;
}
ALWAYS_INLINE Bucket *NextOf(const Bucket &B) {
  uptr N = atomic_load(&B.Next, memory_order_acquire);
  return N ? &Buckets[N] : nullptr;
}

// The bucket after B in its chain, linking a new one if there is none.
Bucket *Grow(Bucket &B) {
  if (Bucket *N = NextOf(B))
    return N;
  uptr Index = kHomeBuckets + atomic_fetch_add(&NextOverflow, 1,
                                               memory_order_relaxed);
  if (Index >= kMaxBuckets)
    return nullptr;
  uptr Expected = 0;
  if (atomic_compare_exchange_strong(&B.Next, &Expected, Index,
                                     memory_order_acq_rel))
    return &Buckets[Index];
  return &Buckets[Expected]; // another thread linked one first (ours is lost)
}
} // namespace

SiteInfo *Sites;
atomic_uint32_t SiteCount;
MEMSCOPE_TLS StackTable *ThreadStackTable;

atomic_uintptr_t &GlobalKeyOf(const OwnerEntry *E) {
  uptr I = reinterpret_cast<const GlobalEntry *>(E) - Entries;
  return Buckets[I / kStride].Keys[I % kStride];
}

OwnerEntry *FindGlobal(uptr Slot) {
  for (Bucket *B = &BucketOf(Slot); B; B = NextOf(*B))
    for (uptr W = 0; W < kWays; ++W)
      if (atomic_load(&B->Keys[W], memory_order_acquire) ==
          (Slot | kKeyActive))
        return EntryAt(*B, W);
  return nullptr;
}

void RetireGlobal(OwnerEntry *E, uptr Slot) {
  KeptEntries &K = ThisThreadTable()->Kept;
  uptr I = KeptIndex(Slot);
  if (OwnerEntry *Old = K.Entry[I])
    atomic_store(&GlobalKeyOf(Old), K.Slot[I] | kKeyInactive,
                 memory_order_release);
  K.Slot[I] = Slot;
  K.Entry[I] = E;
  atomic_store(&GlobalKeyOf(E), Slot | kKeyBusy, memory_order_release);
}

// The thread's kept entry for Slot, else in the chain of Slot's home
// bucket: the slot's own inactive entry, else an empty one, else another
// slot's inactive one; else a new overflow bucket.
OwnerEntry *ClaimGlobal(uptr Slot) {
  KeptEntries &K = ThisThreadTable()->Kept;
  uptr I = KeptIndex(Slot);
  if (K.Slot[I] == Slot && K.Entry[I]) {
    OwnerEntry *E = K.Entry[I];
    K.Entry[I] = nullptr;
    return E; // kKeyBusy already
  }
  Bucket &Home = BucketOf(Slot);
  for (int Pass = 0; Pass < 3; ++Pass) {
    for (Bucket *B = &Home; B; B = NextOf(*B)) {
      for (uptr W = 0; W < kWays; ++W) {
        uptr Key = atomic_load_relaxed(&B->Keys[W]);
        bool Take = Pass == 0   ? Key == (Slot | kKeyInactive)
                    : Pass == 1 ? Key == 0
                                : (Key & kKeyStateMask) == kKeyInactive;
        if (Take && atomic_compare_exchange_strong(&B->Keys[W], &Key,
                                                   Slot | kKeyBusy,
                                                   memory_order_acquire))
          return EntryAt(*B, W);
      }
    }
  }
  // Every way of the chain holds a live edge: the chain grows by a bucket.
  Bucket *Last = &Home;
  while (Bucket *N = NextOf(*Last))
    Last = N;
  for (Bucket *B = Grow(*Last); B; B = Grow(*B)) {
    uptr Key = 0;
    if (atomic_compare_exchange_strong(&B->Keys[0], &Key, Slot | kKeyBusy,
                                       memory_order_acquire))
      return EntryAt(*B, 0);
  }
  atomic_fetch_add(&Dropped, 1, memory_order_relaxed);
  return nullptr;
}

namespace {

ThreadObjectPool<StackTable, &StackTable::NextTable> Tables;
pthread_key_t StackTableKey;

uptr KeyState(uptr Key) { return Key & kKeyStateMask; }

// The entries of the home buckets and of the overflow buckets handed out.
uptr UsedTableSize() {
  uptr Overflow = atomic_load_relaxed(&NextOverflow);
  uptr Buckets = kHomeBuckets + (Overflow < kMaxBuckets - kHomeBuckets
                                     ? Overflow
                                     : kMaxBuckets - kHomeBuckets);
  return Buckets * kStride;
}

// The entries of T with a pending aggregate go to the trace.
void EmitTableAggregates(StackTable *T) {
  if (!T->Aggregates)
    return;
  for (uptr I = 0; I < kStackSets * kStackWays; ++I) {
    EdgeAggregate &A = T->Aggregates[I];
    if (!A.Slot)
      continue;
    uptr Key = atomic_load_relaxed(&T->Entries[I].Key);
    EmitAggregate(T->Entries[I].E, A,
                  KeyState(Key) == kKeyActive && (Key & ~kKeyStateMask) == A.Slot);
    A.Slot = 0;
  }
}

void FlushAllCopiesOf(StackTable *T) {
  for (uptr I = 0; I < kPendingCopySlots; ++I)
    FlushPendingCopy(T->Copies, I);
}

// Emit: write the pending aggregates and copies first (not in a fork()ed
// child, where they are the parent's).
void FreeStackTable(StackTable *T, bool Emit) {
  if (Emit)
    FlushAllCopiesOf(T);
  for (uptr I = 0; I < kKeptEntries; ++I)
    if (OwnerEntry *E = T->Kept.Entry[I])
      atomic_store(&GlobalKeyOf(E), T->Kept.Slot[I] | kKeyInactive,
                   memory_order_release);
  internal_memset(&T->Kept, 0, sizeof(T->Kept));
  internal_memset(&T->Copies, 0, sizeof(T->Copies));
  if (EmitAggregate && Emit)
    EmitTableAggregates(T);
  if (T->Aggregates)
    internal_memset(T->Aggregates, 0,
                    kStackSets * kStackWays * sizeof(EdgeAggregate));
  for (StackEntry &S : T->Entries)
    atomic_store_relaxed(&S.Key, 0);
  T->Spilled = false;
  T->InUse = false;
  Tables.giveBack(T);
}

// At thread exit the stack is gone, and so are its slots' edges.
void ReleaseStackTable(void *Arg) {
  ThreadStackTable = nullptr;
  FreeStackTable(static_cast<StackTable *>(Arg), /*Emit=*/true);
}

} // namespace

StackTable *CreateStackTable() {
  StackTable *T = Tables.take("memscope stack owner table");
  T->InUse = true;
  ThreadStackTable = T;
  pthread_setspecific(StackTableKey, T);
  return T;
}

// --- call sites --------------------------------------------------------------

u32 RegisterSite(memscope_site *S) {
  Lock L(&SiteMu);
  auto *IdRef = reinterpret_cast<atomic_uint32_t *>(&S->Id);
  u32 Id = atomic_load_relaxed(IdRef);
  if (Id)
    return Id;
  Id = atomic_load_relaxed(&SiteCount) + 1;
  if (Id >= kMaxSites)
    return 0;
  Sites[Id].Desc = S;
  TraceSite(Id, *S);
  atomic_store(&SiteCount, Id, memory_order_release);
  atomic_store(IdRef, Id, memory_order_release);
  return Id;
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
  for (auto *T = Tables.first(); T; T = T->NextTable)
    if (T->InUse)
      FlushAllCopiesOf(T);
}

void ForEachActiveEntry(void (*Fn)(OwnerEntry &, uptr, void *), void *Arg) {
  for (uptr I = 0; I < UsedTableSize(); ++I) {
    if (I % kStride >= kWays)
      continue;
    uptr Key = atomic_load(&Buckets[I / kStride].Keys[I % kStride],
                           memory_order_acquire);
    if ((Key & kKeyStateMask) == kKeyActive)
      Fn(Entries[I].E, Key & ~kKeyStateMask, Arg);
  }
  for (auto *T = Tables.first();
       T; T = T->NextTable)
    for (StackEntry &S : T->Entries) {
      uptr Key = atomic_load(&S.Key, memory_order_acquire);
      if ((Key & kKeyStateMask) == kKeyActive)
        Fn(S.E, Key & ~kKeyStateMask, Arg);
    }
}

void OwnerTableAfterForkChild() {
  Tables.afterForkChild();
  for (auto *T = Tables.first();
       T; T = T->NextTable)
    if (T->InUse && T != ThreadStackTable)
      FreeStackTable(T, /*Emit=*/false);
  // The surviving thread's edges are the child's from now on: what the
  // parent counted stays in the parent's trace.
  auto Restart = [](EdgeAggregate &A, uptr Key) {
    if ((Key & kKeyStateMask) == kKeyActive && (Key & ~kKeyStateMask) == A.Slot)
      A.Count = 0;
    else
      A.Slot = 0;
  };
  if (!EmitAggregate)
    return;
  for (uptr I = 0; I < UsedTableSize(); ++I)
    if (GlobalAggregates[I].Slot)
      Restart(GlobalAggregates[I],
              atomic_load_relaxed(&Buckets[I / kStride].Keys[I % kStride]));
  if (StackTable *T = ThreadStackTable; T && T->Aggregates)
    for (uptr I = 0; I < kStackSets * kStackWays; ++I)
      if (T->Aggregates[I].Slot)
        Restart(T->Aggregates[I], atomic_load_relaxed(&T->Entries[I].Key));
}

void EnableAggregates(void (*Emit)(OwnerEntry &, EdgeAggregate &, bool)) {
  GlobalAggregates = static_cast<EdgeAggregate *>(ReserveTableOrDie(
      kTableSize * sizeof(EdgeAggregate), "memscope edge aggregates"));
  EmitAggregate = Emit;
}

EdgeAggregate *AggregateOf(OwnerEntry *E) {
  if (!EmitAggregate)
    return nullptr;
  if (StackEntry *S = ThreadStackEntryOf(E)) {
    StackTable *T = ThreadStackTable;
    if (!T->Aggregates)
      T->Aggregates = static_cast<EdgeAggregate *>(
          MmapOrDie(kStackSets * kStackWays * sizeof(EdgeAggregate),
                    "memscope stack edge aggregates"));
    return &T->Aggregates[S - T->Entries];
  }
  return &GlobalAggregates[reinterpret_cast<GlobalEntry *>(E) - Entries];
}

void EmitAllAggregates() {
  if (!EmitAggregate)
    return;
  for (uptr I = 0; I < UsedTableSize(); ++I) {
    EdgeAggregate &A = GlobalAggregates[I];
    if (!A.Slot)
      continue;
    uptr Key = atomic_load(&Buckets[I / kStride].Keys[I % kStride],
                           memory_order_acquire);
    EmitAggregate(Entries[I].E, A,
                  KeyState(Key) == kKeyActive && (Key & ~kKeyStateMask) == A.Slot);
    A.Slot = 0;
  }
  for (auto *T = Tables.first();
       T; T = T->NextTable)
    EmitTableAggregates(T);
}

void InitializeOwnerTable() {
  Buckets = static_cast<Bucket *>(ReserveTableOrDie(
      kMaxBuckets * sizeof(Bucket), "memscope owner table"));
  Entries = static_cast<GlobalEntry *>(ReserveTableOrDie(
      kTableSize * sizeof(GlobalEntry), "memscope owner entries"));
  Sites = static_cast<SiteInfo *>(
      ReserveTableOrDie(kMaxSites * sizeof(SiteInfo), "memscope sites"));
  CHECK_EQ(pthread_key_create(&StackTableKey, ReleaseStackTable), 0);
}

} // namespace memscope

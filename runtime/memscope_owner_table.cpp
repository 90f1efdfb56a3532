//===- memscope_owner_table.cpp - call sites and owner slots --------------===//
//
// See memscope_owner_table.h. A leaf of the slot map is one mapping:
//
//   LeafHeader  the next leaf made, the first address it covers
//   bitmap      a bit per page of records that ever held an edge (at the
//               end of the leaf's first page)
//   records     a SlotRecord per 8 bytes of address, and one more (the
//               tail of a 16-byte slot at the leaf's last 8 bytes)
//   sides       a TraceSide per 8 bytes of address (recording only)
//
// Leaves[] points at the records.
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

// The edge an update at S makes.
trace::EdgeKind SiteEdgeKind(const memscope_site &S) {
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

Mutex SiteMu;

// --- the slot map -------------------------------------------------------------

constexpr uptr kPageLog = 12;
static_assert(kLeafBitmapWords ==
                  (kLeafRecords * sizeof(SlotRecord) >> kPageLog) / 64,
              "RecordPageBit's bitmap");

struct LeafHeader {
  LeafHeader *Next;
  uptr Base; // the first address the leaf covers
  uptr Reserved[6];
};
static_assert(sizeof(LeafHeader) == 64, "leaf header size");
// The records start on a page of their own, so that the bitmap's pages
// are the system's: a record on a page never written is never read.
constexpr uptr kLeafPrefix = uptr(1) << kPageLog;
static_assert(sizeof(LeafHeader) + kLeafBitmapWords * 8 <= kLeafPrefix,
              "leaf prefix");
void (*FlushSide)(const OwnerEntry &, TraceSide &, uptr Slot);
void (*EmitAggregate)(EdgeAggregate &, bool Live); // null: no aggregates
atomic_uintptr_t FirstLeaf; // LeafHeader *, the last made first

uptr LeafBytes() {
  return kLeafPrefix + kLeafRecordBytes +
         (TraceSidesOn ? kLeafRecords * sizeof(TraceSide) : 0);
}
LeafHeader *HeaderOf(uptr Records) {
  return reinterpret_cast<LeafHeader *>(Records - kLeafPrefix);
}

// Calls Fn(Record, Slot) for every record in [Lo, Hi) whose page ever held
// an edge (the tails of 16-byte slots included: callers check heads).
template <typename Fn>
void ForEachRecordIn(uptr Records, uptr Lo, uptr Hi, Fn F) {
  uptr Base = HeaderOf(Records)->Base;
  uptr First = Lo > Base ? (Lo - Base) >> 3 : 0;
  uptr Last = Min<uptr>((Hi - Base + 7) >> 3, kLeafRecords);
  constexpr uptr kPerPage = (uptr(1) << kPageLog) / sizeof(SlotRecord);
  for (uptr I = First; I < Last;) {
    uptr PageEnd = Min<uptr>((I / kPerPage + 1) * kPerPage, Last);
    u64 Bit;
    if (!(atomic_load_relaxed(RecordPageBit(Records, Base + I * 8, &Bit)) &
          Bit)) {
      I = PageEnd;
      continue;
    }
    for (; I < PageEnd; ++I)
      F(reinterpret_cast<SlotRecord *>(Records) + I, Base + I * 8);
  }
}

template <typename Fn> void ForEachRecord(Fn F) {
  for (auto *H = reinterpret_cast<LeafHeader *>(
           atomic_load(&FirstLeaf, memory_order_acquire));
       H; H = H->Next)
    ForEachRecordIn(reinterpret_cast<uptr>(H) + kLeafPrefix, H->Base,
                    H->Base + (uptr(1) << kLeafLog), F);
}

// Calls Fn for the records of [Lo, Hi), over the leaves that cover it.
template <typename Fn> void ForEachRecordInRange(uptr Lo, uptr Hi, Fn F) {
  for (uptr A = Lo & ~((uptr(1) << kLeafLog) - 1); A < Hi;
       A += uptr(1) << kLeafLog) {
    uptr Records = LeafOf(A);
    if (Records)
      ForEachRecordIn(Records, Lo, Hi, F);
  }
}

} // namespace

atomic_uintptr_t *Leaves;
SiteInfo *Sites;
atomic_uint32_t SiteCount;
MEMSCOPE_TLS OwnerThread *ThreadOwnerState;

SlotRecord *MakeRecord(uptr Slot) {
  atomic_uintptr_t &Top = LeafEntry(Slot);
  if (!atomic_load(&Top, memory_order_acquire)) {
    static StaticSpinMutex LeafMu;
    SpinMutexLock L(&LeafMu);
    if (!atomic_load(&Top, memory_order_acquire)) {
      auto *H = static_cast<LeafHeader *>(
          MmapNoReserveOrDie(LeafBytes(), "memscope owner slot map"));
      H->Base = Slot & ~((uptr(1) << kLeafLog) - 1);
      H->Next = reinterpret_cast<LeafHeader *>(atomic_load_relaxed(&FirstLeaf));
      atomic_store(&Top, reinterpret_cast<uptr>(H) + kLeafPrefix,
                   memory_order_release);
      atomic_store(&FirstLeaf, reinterpret_cast<uptr>(H), memory_order_release);
    }
  }
  return reinterpret_cast<SlotRecord *>(atomic_load_relaxed(&Top)) +
         RecordIndex(Slot);
}

PassportId ReadUniquePassport(uptr Ptr, BlockMeta **Meta) {
  BlockMeta *M = *Meta = AnyBlockMetaOf(Ptr);
  return M ? M->Passport : kNoPassport;
}

namespace {

ThreadObjectPool<OwnerThread, &OwnerThread::NextMade> Threads;
pthread_key_t OwnerThreadKey;

void FlushAllCopiesOf(OwnerThread *T) {
  for (uptr I = 0; I < kPendingCopySlots; ++I)
    FlushPendingCopy(T->Copies, I);
}

// Writes out what Side holds for Slot, whose edge is E (null: it has none
// now), and empties it. Emit false: only empties it (in a fork()ed child,
// what it holds is the parent's).
void DrainTraceSide(TraceSide &Side, const OwnerEntry *E, uptr Slot,
                    bool Emit) {
  if (Emit && E && Side.BorrowCount)
    FlushSide(*E, Side, Slot);
  Side.BorrowCount = 0;
  if (Emit && Side.Agg.Slot && EmitAggregate)
    EmitAggregate(Side.Agg, /*Live=*/E != nullptr);
  Side.Agg.Slot = 0;
}

// The edges of T's stack slots end with T's frames. Emit: write what
// their trace sides hold (not in a fork()ed child).
void ClearStackEntries(OwnerThread *T, bool Emit) {
  auto Clear = [Emit](SlotRecord *R, uptr Slot) {
    OwnerEntry E;
    if (!ReadEdge(R, &E))
      return;
    if (TraceSide *Side = TraceSideOf(R, Slot))
      DrainTraceSide(*Side, &E, Slot, Emit);
    ClearEdge(R);
  };
  if (T->StackLo < T->StackHi)
    ForEachRecordInRange(T->StackLo, T->StackHi, Clear);
  if (T->FakeLo < T->FakeHi)
    ForEachRecordInRange(T->FakeLo, T->FakeHi, Clear);
  T->StackLo = T->StackHi = T->FakeLo = T->FakeHi = 0;
}

// T's thread is gone: its stack slots' edges end.
void FreeOwnerThread(OwnerThread *T, bool Emit) {
  if (Emit)
    FlushAllCopiesOf(T);
  internal_memset(&T->Copies, 0, sizeof(T->Copies));
  internal_memset(T->Borrows, 0, sizeof(T->Borrows));
  ClearStackEntries(T, Emit);
  T->InUse = false;
  Threads.giveBack(T);
}

// The calling thread's stacks, as far as known now.
void NoteStacks(OwnerThread *T) {
  const ThreadState &TS = CurrentThread();
  if (TS.StackKnown) {
    T->StackLo = TS.StackBottom;
    T->StackHi = TS.StackTop;
  }
  if (TS.FakeBeg < TS.FakeEnd) {
    T->FakeLo = TS.FakeBeg;
    T->FakeHi = TS.FakeEnd;
  }
}

// At thread exit the stack is gone, and so are its slots' edges.
void ReleaseOwnerThread(void *Arg) {
  ThreadOwnerState = nullptr;
  auto *T = static_cast<OwnerThread *>(Arg);
  if (!T->StackHi)
    NoteStacks(T);
  FreeOwnerThread(T, /*Emit=*/true);
}

} // namespace

OwnerThread *CreateOwnerThread() {
  OwnerThread *T = Threads.take("memscope owner thread state");
  T->InUse = true;
  NoteStacks(T);
  ThreadOwnerState = T;
  pthread_setspecific(OwnerThreadKey, T);
  return T;
}

void NoteFakeStack(uptr Lo, uptr Hi) {
  if (OwnerThread *T = ThreadOwnerState) {
    T->FakeLo = Lo;
    T->FakeHi = Hi;
  }
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
  ForEachRecord([Fn, Arg](SlotRecord *R, uptr Slot) {
    OwnerEntry E;
    if (ReadEdge(R, &E))
      Fn(E, Slot, Arg);
  });
}

void OwnerTableAfterForkChild() {
  Threads.afterForkChild();
  for (auto *T = Threads.first(); T; T = T->NextMade)
    if (T->InUse && T != ThreadOwnerState)
      FreeOwnerThread(T, /*Emit=*/false);
  // The surviving thread's edges are the child's from now on: what the
  // parent counted stays in the parent's trace.
  if (!TraceSidesOn)
    return;
  ForEachRecord([](SlotRecord *R, uptr Slot) {
    TraceSide *Side = TraceSideOf(R, Slot);
    Side->BorrowCount = 0;
    EdgeAggregate &A = Side->Agg;
    if (!A.Slot)
      return;
    if (IsEdgeHead(atomic_load_relaxed(&R->Head)))
      A.Count = 0;
    else
      A.Slot = 0;
  });
}

bool TraceSidesOn;
bool TraceAggregatesOn;

void EnableTraceSides(void (*Flush)(const OwnerEntry &, TraceSide &, uptr),
                      void (*Emit)(EdgeAggregate &, bool)) {
  CHECK(!atomic_load_relaxed(&FirstLeaf)); // before the first leaf
  TraceSidesOn = true;
  TraceAggregatesOn = Emit != nullptr;
  FlushSide = Flush;
  EmitAggregate = Emit;
}

void FlushAllTraceSides() {
  if (!TraceSidesOn)
    return;
  ForEachRecord([](SlotRecord *R, uptr Slot) {
    OwnerEntry E;
    bool Live = ReadEdge(R, &E);
    DrainTraceSide(*TraceSideOf(R, Slot), Live ? &E : nullptr, Slot,
                   /*Emit=*/true);
  });
}

void InitializeOwnerTable() {
  Leaves = static_cast<atomic_uintptr_t *>(ReserveTableOrDie(
      kLeaves * sizeof(atomic_uintptr_t), "memscope owner slot map"));
  Sites = static_cast<SiteInfo *>(
      ReserveTableOrDie(kMaxSites * sizeof(SiteInfo), "memscope sites"));
  CHECK_EQ(pthread_key_create(&OwnerThreadKey, ReleaseOwnerThread), 0);
}

} // namespace memscope

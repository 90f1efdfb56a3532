//===- memscope_ownership.cpp - smart-pointer ownership -------------------===//
//
// See memscope_ownership.h. Every entry point re-reads the owner slot after
// the operation and compares it with the table, so an operation the pass did
// not recognise, or one reported twice, costs precision and nothing else.
//
// The fast paths (update, destroy, borrow) take no lock and allocate
// nothing: a site id is a load from the call site's descriptor, the table
// an atomic probe, the event a few bytes in the thread's trace buffer.
//===----------------------------------------------------------------------===//
#include "memscope_ownership.h"
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_report.h"
#include "memscope_stack.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_report_decorator.h"
#include "sanitizer_common/sanitizer_mutex.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

namespace memscope {

using namespace trace;

namespace {

bool OwnershipActive;

// --- call sites ------------------------------------------------------------

constexpr u32 kMaxSites = 1 << 20;
struct SiteInfo {
  memscope_site *Desc;
  atomic_uint64_t Copies; // shared-pointer copies made here
};
SiteInfo *Sites; // indexed by id; 0 is unused
atomic_uint32_t SiteCount;
Mutex SiteMu;

atomic_uint32_t *IdOf(memscope_site *S) {
  return reinterpret_cast<atomic_uint32_t *>(&S->Id);
}

// Gives S an id and writes its Site record, before any event names it.
NOINLINE u32 RegisterSite(memscope_site *S) {
  Lock L(&SiteMu);
  u32 Id = atomic_load_relaxed(IdOf(S));
  if (Id)
    return Id;
  Id = atomic_load_relaxed(&SiteCount) + 1;
  if (Id >= kMaxSites)
    return 0;
  Sites[Id].Desc = S;
  TraceSite(Id, *S);
  atomic_store(&SiteCount, Id, memory_order_release);
  atomic_store(IdOf(S), Id, memory_order_release);
  return Id;
}

ALWAYS_INLINE u32 SiteIdOf(memscope_site *S) {
  u32 Id = atomic_load(IdOf(S), memory_order_acquire);
  return LIKELY(Id) ? Id : RegisterSite(S);
}

const memscope_site *SiteById(u32 Id) {
  if (!Id || Id > atomic_load(&SiteCount, memory_order_acquire))
    return nullptr;
  return Sites[Id].Desc;
}

const char *OrEmpty(const char *S) { return S ? S : ""; }

// --- the owner table -------------------------------------------------------
//
// Buckets of kWays keys, one cache line each, so a lookup reads one line.
// A key is a slot address with its state in the low two bits (slots are
// 8-byte aligned):
constexpr uptr kKeyActive = 1;   // the entry describes the slot's edge
constexpr uptr kKeyInactive = 2; // the slot let go; its entry may be reused
constexpr uptr kKeyBusy = 3;     // being filled by the thread that claimed it
constexpr uptr kKeyStateMask = 3;
// 0 is an empty key. A slot that lets go keeps its key (inactive): stack
// slots and container buffers are reused over and over, and find their
// entry again at once. Another slot may take an inactive entry over.
constexpr uptr kWays = 8;
constexpr uptr kBucketLog = 16;
constexpr uptr kTableSize = kWays << kBucketLog;

struct alignas(64) Bucket {
  atomic_uintptr_t Keys[kWays];
};
static_assert(sizeof(Bucket) == 64, "one cache line per bucket");

struct alignas(64) OwnerEntry {
  uptr Ptr;              // what the slot held when recorded
  uptr ObjBeg;           // the object's block (user beginning)
  BlockMeta *Meta;       // its metadata, if in the primary allocator
  PassportId Passport;   // the object's
  uptr Ctrl;             // the control block (shared and weak), else 0
  u32 Site;              // where the edge was made; names the slot
  u32 Stack;             // with Site in a system header: the caller's stack
  u8 Kind;               // EdgeKind
  bool Libcxx;           // made by libc++'s smart pointers
  u8 BorrowKind;         // EdgeKind of the pending borrows
  atomic_uint32_t BorrowSite;  // pending borrows: where,
  atomic_uint32_t BorrowCount; // and how many since the last event
};

Bucket *Buckets;
OwnerEntry *Entries; // Entries[bucket * kWays + way]
atomic_uintptr_t DroppedEdges; // their bucket was full of live edges

ALWAYS_INLINE Bucket &BucketOf(uptr Slot) {
  return Buckets[((Slot >> 3) * 0x9E3779B97F4A7C15ULL) >> (64 - kBucketLog)];
}
ALWAYS_INLINE OwnerEntry *EntryAt(const Bucket &B, uptr Way) {
  return &Entries[(&B - Buckets) * kWays + Way];
}
ALWAYS_INLINE atomic_uintptr_t &KeyOf(const OwnerEntry *E) {
  uptr I = E - Entries;
  return Buckets[I / kWays].Keys[I % kWays];
}

// The slot's entry if it holds an edge now.
ALWAYS_INLINE OwnerEntry *FindEntry(uptr Slot) {
  Bucket &B = BucketOf(Slot);
  for (uptr W = 0; W < kWays; ++W)
    if (atomic_load(&B.Keys[W], memory_order_acquire) == (Slot | kKeyActive))
      return EntryAt(B, W);
  return nullptr;
}

// Claims an entry for Slot, which has no active one: its own inactive
// entry, else an empty one, else another slot's inactive one. The caller
// fills it and publishes it with PublishEntry.
OwnerEntry *ClaimEntry(uptr Slot) {
  Bucket &B = BucketOf(Slot);
  for (int Pass = 0; Pass < 3; ++Pass) {
    for (uptr W = 0; W < kWays; ++W) {
      uptr Key = atomic_load_relaxed(&B.Keys[W]);
      bool Take = Pass == 0   ? Key == (Slot | kKeyInactive)
                  : Pass == 1 ? Key == 0
                              : (Key & kKeyStateMask) == kKeyInactive;
      if (Take && atomic_compare_exchange_strong(&B.Keys[W], &Key,
                                                 Slot | kKeyBusy,
                                                 memory_order_acquire))
        return EntryAt(B, W);
    }
  }
  atomic_fetch_add(&DroppedEdges, 1, memory_order_relaxed);
  return nullptr;
}

void PublishEntry(OwnerEntry *E, uptr Slot) {
  atomic_store(&KeyOf(E), Slot | kKeyActive, memory_order_release);
}

void RetireEntry(OwnerEntry *E, uptr Slot) {
  atomic_store(&KeyOf(E), Slot | kKeyInactive, memory_order_release);
}

// Calls Fn(Entry, Slot) for every active entry (at exit).
template <typename Fn> void ForEachActiveEntry(Fn F) {
  for (uptr I = 0; I < kTableSize; ++I) {
    uptr Key = atomic_load(&Buckets[I / kWays].Keys[I % kWays],
                           memory_order_acquire);
    if ((Key & kKeyStateMask) == kKeyActive)
      F(Entries[I], Key & ~kKeyStateMask);
  }
}

bool IsStrong(u8 Kind) { return Kind != static_cast<u8>(EdgeKind::Weak); }

// Where a slot lives: inside a heap block (its passport and offset) or not
// (a local or global variable).
void LocateSlot(uptr Slot, PassportId *Owner, uptr *Offset) {
  *Owner = kNoPassport;
  *Offset = 0;
  const ThreadState &T = CurrentThread();
  if (T.StackKnown && Slot >= T.StackBottom && Slot < T.StackTop)
    return;
  uptr Beg;
  if (BlockMeta *M = LiveBlockOf(Slot, &Beg)) {
    *Owner = M->Passport;
    *Offset = Slot - Beg;
  }
}

// The object's metadata, if the block still holds that passport (it may
// just have been freed: a reset() frees the object before the runtime
// hears of it). The primary allocator's metadata is never unmapped, so the
// cached pointer is safe to read.
BlockMeta *MetaIfStill(const OwnerEntry *E) {
  BlockMeta *M = E->Meta;
  if (!M) {
    uptr Beg;
    M = LiveOrFreedBlockOf(E->Ptr, &Beg);
  }
  return M && M->Passport == E->Passport ? M : nullptr;
}

bool InSystemHeader(u32 Site) {
  const memscope_site *S = SiteById(Site);
  return S && (S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER);
}

void FlushBorrows(OwnerEntry *E, uptr Slot) {
  if (!atomic_load_relaxed(&E->BorrowCount))
    return;
  u32 Count = atomic_exchange(&E->BorrowCount, 0, memory_order_relaxed);
  if (!Count)
    return;
  TraceBorrowed(E->Passport, static_cast<EdgeKind>(E->BorrowKind), Slot,
                atomic_load_relaxed(&E->BorrowSite), Count);
}

constexpr uptr kOwnershipStackDepth = 10;

// The stacks each thread stored last, by a hash of their pcs: a loop
// copying into a container makes the same few stacks again and again, and
// comparing ten pcs is much cheaper than the depot's hash and lookup.
struct CachedStack {
  uptr Pcs[kOwnershipStackDepth];
  uptr Size;
  u32 Id;
};
constexpr uptr kStackCacheSize = 16;
MEMSCOPE_TLS CachedStack ThreadStacks[kStackCacheSize];

// For an event at a site inside a system header: the stack, whose first
// user frame says where the program asked for it.
NOINLINE u32 LibraryStack() {
  MEMSCOPE_STACK_HERE(kOwnershipStackDepth, /*Fast=*/true);
  uptr H = 0;
  for (uptr I = 0; I < stack.size; ++I)
    H = (H ^ stack.trace[I]) * 0x9E3779B97F4A7C15ULL;
  CachedStack &C = ThreadStacks[H >> 60];
  if (C.Id && C.Size == stack.size) {
    bool Same = true;
    for (uptr I = 0; I < stack.size && Same; ++I)
      Same = C.Pcs[I] == stack.trace[I];
    if (Same)
      return C.Id;
  }
  C.Id = StackDepotPut(stack);
  C.Size = stack.size;
  for (uptr I = 0; I < stack.size; ++I)
    C.Pcs[I] = stack.trace[I];
  return C.Id;
}
ALWAYS_INLINE u32 StackIfInLibrary(const memscope_site *S) {
  if (!S || !(S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER) ||
      !flags()->ownership_stacks)
    return 0;
  return LibraryStack();
}

// The strong owners a control block counts. libc++'s __shared_owners_ is
// owners - 1 in a long, libstdc++'s _M_use_count the owners in an int; both
// follow the vtable pointer.
uptr ReadUseCount(uptr Ctrl, bool Libcxx) {
  if (Libcxx)
    return *reinterpret_cast<const long *>(Ctrl + 8) + 1;
  return *reinterpret_cast<const int *>(Ctrl + 8);
}

// Whether the slot letting go now is (or was) the object's last strong
// owner: the object is already freed (reset and assignment report after the
// fact), a unique_ptr dies with its owner, or the control block counts one.
bool LastOwner(const OwnerEntry *E, ReleaseHow How) {
  if (How == ReleaseHow::Destroyed) {
    // The destructor has not run: the control block is alive.
    return !E->Ctrl || ReadUseCount(E->Ctrl, E->Libcxx) == 1;
  }
  uptr Beg;
  return !LiveBlockOf(E->Ptr, &Beg);
}

// Whether the block the slot held goes away with this release, so that
// its Freed event ends the edge and no Released event is needed: it is
// already freed (reset and assignment report after the fact), or a
// destructor drops the last strong owner of an object whose allocation no
// weak_ptr keeps (make_shared puts the object in the control block's).
bool BlockGoesWith(const OwnerEntry *E, ReleaseHow How) {
  uptr Beg;
  if (How != ReleaseHow::Destroyed || !IsStrong(E->Kind))
    return !LiveBlockOf(E->Ptr, &Beg);
  if (!LastOwner(E, How))
    return false;
  if (E->Ctrl != E->ObjBeg)
    return true; // unique_ptr, or an object with a control block apart
  return E->Libcxx ? *reinterpret_cast<const long *>(E->Ctrl + 16) == 0
                   : *reinterpret_cast<const int *>(E->Ctrl + 12) == 1;
}

// The slot let go of its object. Replaced: an Owned event for its new value
// follows, which ends this edge in the trace.
void DropEntry(OwnerEntry *E, uptr Slot, ReleaseHow How, u32 Site,
               bool Replaced = false) {
  FlushBorrows(E, Slot);
  if (TraceActive && How != ReleaseHow::MovedOut && !Replaced &&
      !BlockGoesWith(E, How))
    TraceReleased(E->Passport, How, Slot, Site);
  if (IsStrong(E->Kind) && How != ReleaseHow::MovedOut) {
    if (BlockMeta *M = MetaIfStill(E)) {
      M->Own.ReleaseSite = Site;
      M->Own.ReleaseOwnerSite = E->Site;
      M->Own.ReleaseOwnerStack = E->Stack;
      // A stack for the release inside a container's code only where the
      // object goes with it: a use-after-free report may quote it.
      const memscope_site *S = Sites[Site].Desc;
      M->Own.ReleaseStack = (S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER) &&
                                    flags()->ownership_stacks &&
                                    LastOwner(E, How)
                                ? LibraryStack()
                                : 0;
    }
  }
  RetireEntry(E, Slot);
}

EdgeKind EdgeKindFor(const memscope_site &S) {
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

// The block of the object a smart pointer now holds. The copies of one
// object come in runs (a value copied into a container, passed on, locked),
// so each thread remembers the last one; the passport in the metadata tells
// whether the block still holds that allocation (passports are never
// reused), and a strong owner's object is alive.
struct CachedObject {
  uptr Ptr, Beg;
  BlockMeta *Meta; // primary blocks only
  PassportId Passport;
};
MEMSCOPE_TLS CachedObject ThreadObject;

ALWAYS_INLINE BlockMeta *ObjectBlock(uptr Ptr, uptr *Beg) {
  CachedObject &C = ThreadObject;
  if (C.Ptr == Ptr && C.Meta && C.Meta->Passport == C.Passport) {
    *Beg = C.Beg;
    return C.Meta;
  }
  BlockMeta *M = LiveBlockOf(Ptr, Beg);
  if (M && IsPrimaryHeapAddress(*Beg))
    C = {Ptr, *Beg, M, M->Passport};
  return M;
}

// Re-reads Slot after an operation at S and records what changed. From: the
// slot the value came from (copies and moves), 0 if none.
void UpdateSlot(memscope_site *S, u32 Site, uptr Slot, uptr From,
                EdgeKind Kind, ReleaseHow How) {
  uptr Ptr = *reinterpret_cast<const uptr *>(Slot);
  OwnerEntry *E = FindEntry(Slot);
  if (E && E->Ptr == Ptr) {
    // Unchanged. A named variable receiving a make_*/function result that
    // the table already knows under a library site names the slot now.
    if ((S->Op == MEMSCOPE_OP_PRODUCE || S->Op == MEMSCOPE_OP_MAKE) &&
        S->Variable && *S->Variable && E->Site != Site) {
      E->Site = Site;
      TraceOwned(E->Passport, E->Kind | kOwnedRenameBit, Slot, kNoPassport,
                 0, Site, 0, 0);
    }
    return;
  }
  // A value moved between two slots of the library's own (a container
  // relocating its elements) keeps the site that put it into the first
  // one: that is where the program gave it away.
  u32 OriginSite = Site, OriginStack = 0;
  bool Inherited = false;
  if (From && Ptr && Kind == EdgeKind::Move) {
    OwnerEntry *Src = FindEntry(From);
    if (Src && Src->Ptr == Ptr && InSystemHeader(Src->Site)) {
      OriginSite = Src->Site;
      OriginStack = Src->Stack;
      Inherited = true;
    }
  }
  uptr Beg = 0;
  BlockMeta *M = Ptr ? ObjectBlock(Ptr, &Beg) : nullptr;
  if (E)
    DropEntry(E, Slot, How, Site, /*Replaced=*/M != nullptr);
  if (!M)
    return; // Empty, or not a heap block memscope allocated.
  E = ClaimEntry(Slot);
  if (!E)
    return;
  E->Ptr = Ptr;
  E->ObjBeg = Beg;
  E->Meta = IsPrimaryHeapAddress(Beg) ? M : nullptr;
  E->Passport = M->Passport;
  E->Site = OriginSite;
  E->Stack = Inherited ? OriginStack : StackIfInLibrary(S);
  E->Ctrl = S->Family == MEMSCOPE_FAMILY_UNIQUE
                ? 0
                : reinterpret_cast<const uptr *>(Slot)[1];
  E->Kind = static_cast<u8>(Kind);
  E->Libcxx = S->Flags & MEMSCOPE_SITE_LIBCXX;
  E->BorrowKind = 0;
  atomic_store_relaxed(&E->BorrowSite, 0);
  atomic_store_relaxed(&E->BorrowCount, 0);
  PublishEntry(E, Slot);
  if (TraceActive) {
    PassportId Owner;
    uptr Offset;
    LocateSlot(Slot, &Owner, &Offset);
    TraceOwned(E->Passport, E->Kind, Slot, Owner, Offset, E->Site, From,
               E->Stack);
  }
  // Counted without a locked instruction: two threads copying at one site
  // at the same instant may count one copy, which a threshold can afford.
  if (Kind == EdgeKind::ArcClone || Kind == EdgeKind::RcClone)
    atomic_store_relaxed(&Sites[Site].Copies,
                         atomic_load_relaxed(&Sites[Site].Copies) + 1);
}

// --- at exit ---------------------------------------------------------------

void FlushAllBorrows() {
  ForEachActiveEntry([](OwnerEntry &E, uptr Slot) { FlushBorrows(&E, Slot); });
}

// "a.cpp:7:12 in main", or the first user frame of the event's stack when
// the site is inside a system header.
void PrintSite(u32 Site, u32 Stack) {
  const memscope_site *S = SiteById(Site);
  if (Stack && (!S || (S->Flags & MEMSCOPE_SITE_SYSTEM_HEADER))) {
    PrintStackBrief(Stack);
    return;
  }
  if (!S || !S->File) {
    Printf("<unknown location>");
    return;
  }
  Printf("%s:%u:%u in %s", StripPathPrefix(S->File,
                                           common_flags()->strip_path_prefix),
         S->Line, S->Column, OrEmpty(S->Function));
}

const char *FamilyName(const memscope_site *S) {
  switch (S ? S->Family : 0) {
  case MEMSCOPE_FAMILY_SHARED:
  case MEMSCOPE_FAMILY_SHARED_SINGLE:
    return "shared_ptr";
  case MEMSCOPE_FAMILY_WEAK:
    return "weak_ptr";
  case MEMSCOPE_FAMILY_UNIQUE:
    return "unique_ptr";
  }
  return "smart pointer";
}

// The owner slot an edge's site names: "'session' in main", "'Node::next'".
void PrintOwnerName(u32 Site) {
  const memscope_site *S = SiteById(Site);
  if (S && S->Variable && *S->Variable) {
    Printf("'%s'", S->Variable);
    if (S->Function && !internal_strstr(S->Variable, "::"))
      Printf(" in %s", S->Function);
  } else {
    Printf("an unnamed %s", FamilyName(S));
  }
}

void ReportCloneStorms() {
  uptr Threshold = flags()->clone_storm_threshold;
  if (!Threshold)
    return;
  u32 N = atomic_load(&SiteCount, memory_order_acquire);
  for (u32 Id = 1; Id <= N; ++Id) {
    u64 Copies = atomic_load_relaxed(&Sites[Id].Copies);
    if (Copies < Threshold)
      continue;
    Printf("memscope: warning: clone storm: %llu shared-pointer copies at ",
           static_cast<unsigned long long>(Copies));
    PrintSite(Id, 0);
    Printf(" (threshold %zu, clone_storm_threshold); pass by const "
           "reference or move where the copy is not needed\n",
           Threshold);
    DiagnosticRecord R = {static_cast<u32>(DiagnosticKind::CloneStorm), Id,
                          Copies, Threshold};
    TraceDiagnostic(R);
  }
}

// The cycle search works on a snapshot of the strong edges between live
// blocks.
struct CycleNode {
  uptr Beg;
  uptr Size;
  PassportId Passport;
  bool Container = false; // holds owner slots but is owned by none
  bool Held = false;      // a container some snapshot block points to
  bool External = false;  // an owner outside the snapshot keeps it alive
  bool Alive = false;
  bool OnStack = false;
  s32 Index = -1, Low = -1;
  u32 Scc = 0;   // 1-based strongly connected component, among dead nodes
  u32 Cycle = 0; // the cycle leak that reports it, 0 if none yet
};
struct CycleEdge {
  u32 From, To;  // node indices
  uptr SlotOffset;
  u32 Site, Stack;
  u8 Kind;
};

struct Snapshot {
  InternalMmapVector<CycleNode> Nodes;
  InternalMmapVector<CycleEdge> Edges;    // sorted by From
  InternalMmapVector<uptr> FirstEdge;     // per node, into Edges; size+1
};

u32 NodeIndex(const Snapshot &G, uptr Beg) {
  uptr I = InternalLowerBound(G.Nodes, Beg, [](const CycleNode &N, uptr B) {
    return N.Beg < B;
  });
  return I < G.Nodes.size() && G.Nodes[I].Beg == Beg ? I : ~0U;
}

struct PendingEdge {
  uptr OwnerBeg; // 0: the slot is not in a heap block (a variable)
  uptr ObjBeg;
  uptr SlotOffset;
  uptr Ctrl;     // the control block, 0 for unique_ptr
  u32 Site, Stack;
  u8 Kind;
  bool Libcxx;
};

// A strong owner slot whose memory was freed while it still held its
// object: the library moved it with memcpy (libc++ relocates shared_ptr and
// unique_ptr elements that way when a vector grows) or freed it without
// running its destructor.
struct LostOwner {
  uptr Ptr, Ctrl, OldSlot, ObjBeg;
  PassportId Passport;
  u32 Site, Stack;
  u8 Kind;
  bool Libcxx;
};

// A word in a live block that holds a lost owner's value.
struct Candidate {
  uptr Addr, BlockBeg;
  u32 Lost; // index into the sorted lost owners
};

struct RecoveryScan {
  InternalMmapVector<LostOwner> *Lost; // sorted by Ptr
  InternalMmapVector<uptr> *Known;     // slots the table knows, sorted
  InternalMmapVector<Candidate> *Found;
};

void ScanForLostOwners(const ChunkView &C, void *Arg) {
  auto *Scan = static_cast<RecoveryScan *>(Arg);
  const InternalMmapVector<LostOwner> &Lost = *Scan->Lost;
  const uptr *Words = reinterpret_cast<const uptr *>(C.UserBeg);
  uptr N = C.UserSize / sizeof(uptr);
  for (uptr W = 0; W < N; ++W) {
    uptr I = InternalLowerBound(Lost, Words[W],
                                [](const LostOwner &L, uptr V) {
                                  return L.Ptr < V;
                                });
    for (; I < Lost.size() && Lost[I].Ptr == Words[W]; ++I) {
      if (Lost[I].Ctrl && (W + 1 >= N || Words[W + 1] != Lost[I].Ctrl))
        continue;
      uptr Addr = C.UserBeg + W * sizeof(uptr);
      uptr K = InternalLowerBound(*Scan->Known, Addr);
      if (K < Scan->Known->size() && (*Scan->Known)[K] == Addr)
        continue;
      Scan->Found->push_back({Addr, C.UserBeg, static_cast<u32>(I)});
      break; // one candidate per word; the group decides below
    }
  }
}

bool SameValue(const LostOwner &A, const LostOwner &B) {
  return A.Ptr == B.Ptr && A.Ctrl == B.Ctrl;
}

// Finds where lost owners went: words in live blocks holding the same
// stored pointer (and control block) that no known slot accounts for. A
// group of lost owners of one value is recovered only if exactly as many
// such words exist; otherwise its object counts as owned from outside, so
// that an unknown owner never makes a false cycle. Recovered owners are
// recorded in the trace as moved.
void RecoverLostOwners(InternalMmapVector<LostOwner> &Lost,
                       InternalMmapVector<PendingEdge> *Pending,
                       InternalMmapVector<uptr> *ExternalObjects) {
  Sort(Lost.data(), Lost.size(), [](const LostOwner &A, const LostOwner &B) {
    return A.Ptr != B.Ptr ? A.Ptr < B.Ptr : A.Ctrl < B.Ctrl;
  });
  InternalMmapVector<uptr> Known;
  ForEachActiveEntry([&Known](OwnerEntry &, uptr Slot) {
    Known.push_back(Slot);
  });
  Sort(Known.data(), Known.size());
  InternalMmapVector<Candidate> Found;
  RecoveryScan Scan = {&Lost, &Known, &Found};
  ForEachLiveChunk(ScanForLostOwners, &Scan);
  Sort(Found.data(), Found.size(), [](const Candidate &A, const Candidate &B) {
    return A.Lost != B.Lost ? A.Lost < B.Lost : A.Addr < B.Addr;
  });
  for (uptr G = 0; G < Lost.size();) {
    uptr GEnd = G;
    while (GEnd < Lost.size() && SameValue(Lost[GEnd], Lost[G]))
      ++GEnd;
    // The scan files every candidate under the group's first index.
    uptr F = InternalLowerBound(Found, G, [](const Candidate &C, uptr L) {
      return C.Lost < L;
    });
    uptr FEnd = F;
    while (FEnd < Found.size() && Found[FEnd].Lost == G)
      ++FEnd;
    if (FEnd - F != GEnd - G) {
      ExternalObjects->push_back(Lost[G].ObjBeg);
      G = GEnd;
      continue;
    }
    for (uptr I = 0; I < GEnd - G; ++I) {
      const LostOwner &L = Lost[G + I];
      const Candidate &C = Found[F + I];
      Pending->push_back({C.BlockBeg, L.ObjBeg, C.Addr - C.BlockBeg, L.Ctrl,
                          L.Site, L.Stack, L.Kind, L.Libcxx});
      uptr Beg;
      BlockMeta *Holder = LiveBlockOf(C.Addr, &Beg);
      TraceReleased(L.Passport, ReleaseHow::MovedOut, L.OldSlot, L.Site);
      TraceOwned(L.Passport, L.Kind, C.Addr,
                 Holder ? Holder->Passport : kNoPassport, C.Addr - C.BlockBeg,
                 L.Site, L.OldSlot, L.Stack);
    }
    G = GEnd;
  }
}

// The number of strong owners a control block counts, or 0 if it cannot
// be read.
uptr UseCount(uptr Ctrl, bool Libcxx) {
  uptr Beg, Size;
  if (!Ctrl || !LiveBlockOf(Ctrl, &Beg, &Size) || Ctrl + 16 > Beg + Size)
    return 0;
  return ReadUseCount(Ctrl, Libcxx);
}

// Container buffers: a block that holds owner slots but is not itself
// owned by a smart pointer (a std::vector's array, a std::list or std::map
// node) belongs to whichever snapshot blocks point to its beginning; with
// none, it is kept alive from outside. Only snapshot blocks are scanned, so
// a stale pointer on a stack can never keep a cycle alive.
void AddContainerEdges(Snapshot *G, InternalMmapVector<uptr> *Containers) {
  Sort(Containers->data(), Containers->size());
  for (uptr N = 0; N < G->Nodes.size(); ++N) {
    const CycleNode &H = G->Nodes[N];
    const uptr *Words = reinterpret_cast<const uptr *>(H.Beg);
    for (uptr W = 0; W < H.Size / sizeof(uptr); ++W) {
      uptr V = Words[W];
      uptr I = InternalLowerBound(*Containers, V);
      if (I == Containers->size() || (*Containers)[I] != V)
        continue;
      u32 To = NodeIndex(*G, V);
      G->Edges.push_back({static_cast<u32>(N), To, W * sizeof(uptr), 0, 0,
                          static_cast<u8>(EdgeKind::Contains)});
      G->Nodes[To].Held = true;
    }
  }
  for (CycleNode &C : G->Nodes)
    if (C.Container && !C.Held)
      C.External = true;
}

void BuildSnapshot(Snapshot *G) {
  InternalMmapVector<PendingEdge> Pending;
  InternalMmapVector<LostOwner> Lost;
  InternalMmapVector<uptr> ExternalObjects;
  ForEachActiveEntry([&](OwnerEntry &E, uptr Slot) {
    if (!IsStrong(E.Kind))
      return;
    uptr ObjBeg, ObjSize;
    BlockMeta *M = LiveBlockOf(E.Ptr, &ObjBeg, &ObjSize);
    if (!M || M->Passport != E.Passport)
      return; // stale: the object is gone
    G->Nodes.push_back({ObjBeg, ObjSize, M->Passport});
    uptr OwnerBeg = 0, OwnerSize = 0;
    BlockMeta *OM = LiveBlockOf(Slot, &OwnerBeg, &OwnerSize);
    if (!OM && IsHeapAddress(Slot)) {
      Lost.push_back({E.Ptr, E.Ctrl, Slot, ObjBeg, E.Passport, E.Site,
                      E.Stack, E.Kind, E.Libcxx});
      return;
    }
    // A slot in a live block that no longer holds the object was changed
    // behind the pass's back.
    if (OM && *reinterpret_cast<const uptr *>(Slot) != E.Ptr)
      return;
    Pending.push_back({OM ? OwnerBeg : 0, ObjBeg, OM ? Slot - OwnerBeg : 0,
                       E.Ctrl, E.Site, E.Stack, E.Kind, E.Libcxx});
  });
  if (!Lost.empty())
    RecoverLostOwners(Lost, &Pending, &ExternalObjects);
  for (const PendingEdge &P : Pending)
    if (P.OwnerBeg) {
      uptr Beg, Size;
      if (BlockMeta *OM = LiveBlockOf(P.OwnerBeg, &Beg, &Size))
        G->Nodes.push_back({Beg, Size, OM->Passport, true});
    }
  // One node per block; a block both owned and holding slots is no
  // container.
  Sort(G->Nodes.data(), G->Nodes.size(),
       [](const CycleNode &A, const CycleNode &B) {
         return A.Beg != B.Beg ? A.Beg < B.Beg : A.Container < B.Container;
       });
  uptr Unique = 0;
  for (uptr I = 0; I < G->Nodes.size(); ++I)
    if (!Unique || G->Nodes[Unique - 1].Beg != G->Nodes[I].Beg)
      G->Nodes[Unique++] = G->Nodes[I];
  G->Nodes.resize(Unique);
  for (uptr Beg : ExternalObjects)
    G->Nodes[NodeIndex(*G, Beg)].External = true;

  // Owners the control block counts but memscope does not know of (made in
  // code the pass did not see, or copied with memcpy) keep the object
  // alive: no cycle is claimed without every owner accounted for.
  Sort(Pending.data(), Pending.size(),
       [](const PendingEdge &A, const PendingEdge &B) { return A.Ctrl < B.Ctrl; });
  for (uptr I = 0; I < Pending.size();) {
    uptr J = I;
    while (J < Pending.size() && Pending[J].Ctrl == Pending[I].Ctrl)
      ++J;
    if (Pending[I].Ctrl && UseCount(Pending[I].Ctrl, Pending[I].Libcxx) > J - I)
      for (uptr K = I; K < J; ++K)
        G->Nodes[NodeIndex(*G, Pending[K].ObjBeg)].External = true;
    I = J;
  }

  for (const PendingEdge &P : Pending) {
    u32 To = NodeIndex(*G, P.ObjBeg);
    // Owned from a variable: kept alive from outside.
    if (!P.OwnerBeg) {
      G->Nodes[To].External = true;
      continue;
    }
    G->Edges.push_back({NodeIndex(*G, P.OwnerBeg), To, P.SlotOffset, P.Site,
                        P.Stack, P.Kind});
  }
  InternalMmapVector<uptr> Containers;
  for (const CycleNode &N : G->Nodes)
    if (N.Container)
      Containers.push_back(N.Beg);
  if (!Containers.empty())
    AddContainerEdges(G, &Containers);
  Sort(G->Edges.data(), G->Edges.size(),
       [](const CycleEdge &A, const CycleEdge &B) {
         return A.From != B.From ? A.From < B.From : A.To < B.To;
       });
  G->FirstEdge.resize(G->Nodes.size() + 1);
  uptr E = 0;
  for (uptr N = 0; N <= G->Nodes.size(); ++N) {
    while (E < G->Edges.size() && G->Edges[E].From < N)
      ++E;
    G->FirstEdge[N] = E;
  }
}

// Everything an external owner reaches stays alive.
void MarkAlive(Snapshot *G) {
  InternalMmapVector<u32> Work;
  for (u32 I = 0; I < G->Nodes.size(); ++I)
    if (G->Nodes[I].External) {
      G->Nodes[I].Alive = true;
      Work.push_back(I);
    }
  while (!Work.empty()) {
    u32 N = Work.back();
    Work.pop_back();
    for (uptr E = G->FirstEdge[N]; E < G->FirstEdge[N + 1]; ++E) {
      CycleNode &T = G->Nodes[G->Edges[E].To];
      if (!T.Alive) {
        T.Alive = true;
        Work.push_back(G->Edges[E].To);
      }
    }
  }
}

// Tarjan's algorithm over the dead nodes, iteratively (no recursion on the
// runtime's stack).
u32 FindComponents(Snapshot *G) {
  struct Frame {
    u32 Node;
    uptr NextEdge;
  };
  InternalMmapVector<Frame> Calls;
  InternalMmapVector<u32> Stack;
  s32 Counter = 0;
  u32 Components = 0;
  for (u32 Root = 0; Root < G->Nodes.size(); ++Root) {
    if (G->Nodes[Root].Alive || G->Nodes[Root].Index >= 0)
      continue;
    Calls.push_back({Root, G->FirstEdge[Root]});
    G->Nodes[Root].Index = G->Nodes[Root].Low = Counter++;
    Stack.push_back(Root);
    G->Nodes[Root].OnStack = true;
    while (!Calls.empty()) {
      Frame &F = Calls.back();
      CycleNode &N = G->Nodes[F.Node];
      if (F.NextEdge < G->FirstEdge[F.Node + 1]) {
        u32 To = G->Edges[F.NextEdge++].To;
        CycleNode &T = G->Nodes[To];
        if (T.Alive)
          continue;
        if (T.Index < 0) {
          T.Index = T.Low = Counter++;
          Stack.push_back(To);
          T.OnStack = true;
          Calls.push_back({To, G->FirstEdge[To]});
        } else if (T.OnStack && T.Index < N.Low) {
          N.Low = T.Index;
        }
        continue;
      }
      u32 Done = F.Node;
      Calls.pop_back();
      if (!Calls.empty()) {
        CycleNode &Parent = G->Nodes[Calls.back().Node];
        if (G->Nodes[Done].Low < Parent.Low)
          Parent.Low = G->Nodes[Done].Low;
      }
      if (G->Nodes[Done].Low == G->Nodes[Done].Index) {
        ++Components;
        u32 M;
        do {
          M = Stack.back();
          Stack.pop_back();
          G->Nodes[M].OnStack = false;
          G->Nodes[M].Scc = Components;
        } while (M != Done);
      }
    }
  }
  return Components;
}

// One cycle through component C, starting at its oldest block: the shortest
// way back to it (breadth-first). Steps get the edge leaving each node.
void CyclePath(const Snapshot &G, u32 Start, InternalMmapVector<u32> *Path) {
  u32 C = G.Nodes[Start].Scc;
  InternalMmapVector<u32> ParentEdge;
  ParentEdge.resize(G.Nodes.size());
  for (uptr I = 0; I < ParentEdge.size(); ++I)
    ParentEdge[I] = ~0U;
  InternalMmapVector<u32> Queue;
  Queue.push_back(Start);
  u32 Closing = ~0U;
  for (uptr Q = 0; Q < Queue.size() && Closing == ~0U; ++Q) {
    u32 N = Queue[Q];
    for (uptr E = G.FirstEdge[N]; E < G.FirstEdge[N + 1]; ++E) {
      u32 To = G.Edges[E].To;
      if (G.Nodes[To].Scc != C)
        continue;
      if (To == Start) {
        Closing = E;
        break;
      }
      if (ParentEdge[To] == ~0U) {
        ParentEdge[To] = E;
        Queue.push_back(To);
      }
    }
  }
  // Walk back from the closing edge, then reverse into path order.
  Path->clear();
  for (u32 E = Closing; E != ~0U;) {
    Path->push_back(E);
    u32 From = G.Edges[E].From;
    E = From == Start ? ~0U : ParentEdge[From];
  }
  for (uptr I = 0, J = Path->size() - 1; I < J; ++I, --J)
    Swap((*Path)[I], (*Path)[J]);
}

void PrintBlockBrief(const CycleNode &N) {
  ChunkView V = FindHeapChunk(N.Beg);
  bool Array = false;
  const char *Type = TypeNameOf(V, &Array);
  Printf("  #%llu %s%s (%zu bytes) allocated by T%u at ",
         static_cast<unsigned long long>(N.Passport), Type ? Type : "object",
         Array ? "[]" : "", N.Size, V.AllocTid);
  PrintStackBrief(V.AllocStack);
  Printf("\n");
}

void PrintEdgeSlot(const CycleEdge &E) {
  if (E.Kind == static_cast<u8>(EdgeKind::Contains)) {
    Printf("the container pointer at offset %zu", E.SlotOffset);
    return;
  }
  const memscope_site *S = SiteById(E.Site);
  if (S && S->Variable && *S->Variable)
    Printf("'%s'", S->Variable);
  else
    Printf("the %s at offset %zu", FamilyName(S), E.SlotOffset);
}

const char *EdgeKindName(u8 Kind) {
  const char *Name = trace::EdgeKindName(static_cast<EdgeKind>(Kind));
  return Name ? Name : "?";
}

// Reports one cycle leak: component C, reached from node Start. Returns the
// bytes it keeps (path and held blocks).
void ReportCycle(Snapshot *G, u32 Id, u32 Start, u64 *TotalBytes,
                 u64 *TotalObjects) {
  InternalMmapVector<u32> Path;
  CyclePath(*G, Start, &Path);
  u32 C = G->Nodes[Start].Scc;
  // The edge to make weak: the one from the newest holder back to an
  // object allocated before it (a back edge in allocation order).
  // Container buffers are not candidates: their slots are the container's
  // elements, not a member the user can change.
  uptr WeakStep = ~0ULL;
  PassportId Newest = 0;
  for (int Pass = 0; Pass < 2 && WeakStep == ~0ULL; ++Pass) {
    for (uptr I = 0; I < Path.size(); ++I) {
      const CycleEdge &E = G->Edges[Path[I]];
      const CycleNode &From = G->Nodes[E.From];
      if (E.Kind == static_cast<u8>(EdgeKind::Contains) ||
          (Pass == 0 && From.Container))
        continue;
      if (G->Nodes[E.To].Passport <= From.Passport &&
          From.Passport >= Newest) {
        Newest = From.Passport;
        WeakStep = I;
      }
    }
  }
  if (WeakStep == ~0ULL)
    WeakStep = 0;
  // Members of the component, then every dead block only they keep alive.
  InternalMmapVector<u32> Members, Held;
  for (u32 I = 0; I < G->Nodes.size(); ++I)
    if (!G->Nodes[I].Alive && G->Nodes[I].Scc == C) {
      G->Nodes[I].Cycle = Id;
      Members.push_back(I);
    }
  InternalMmapVector<u32> Work;
  for (u32 M : Members)
    Work.push_back(M);
  while (!Work.empty()) {
    u32 N = Work.back();
    Work.pop_back();
    for (uptr E = G->FirstEdge[N]; E < G->FirstEdge[N + 1]; ++E) {
      u32 To = G->Edges[E].To;
      if (G->Nodes[To].Alive || G->Nodes[To].Cycle)
        continue;
      G->Nodes[To].Cycle = Id;
      Held.push_back(To);
      Work.push_back(To);
    }
  }
  u64 MemberBytes = 0, HeldBytes = 0;
  for (u32 M : Members)
    MemberBytes += G->Nodes[M].Size;
  for (u32 H : Held)
    HeldBytes += G->Nodes[H].Size;

  SanitizerCommonDecorator D;
  Printf("=================================================================\n");
  Printf("%s", D.Error());
  Report("ERROR: memscope: cycle leak: %zu object(s) (%llu bytes) kept alive "
         "only by a cycle of shared pointers\n",
         Members.size(), static_cast<unsigned long long>(MemberBytes));
  Printf("%s", D.Default());
  for (uptr I = 0; I < Path.size(); ++I) {
    const CycleEdge &E = G->Edges[Path[I]];
    PrintBlockBrief(G->Nodes[E.From]);
    Printf("      holds #%llu through ",
           static_cast<unsigned long long>(G->Nodes[E.To].Passport));
    PrintEdgeSlot(E);
    if (E.Kind == static_cast<u8>(EdgeKind::Contains)) {
      Printf(" (Contains)\n");
      continue;
    }
    Printf(" (%s, set at ", EdgeKindName(E.Kind));
    PrintSite(E.Site, E.Stack);
    Printf(")%s\n", I == WeakStep ? "  <- should be a std::weak_ptr" : "");
  }
  const CycleEdge &W = G->Edges[Path[WeakStep]];
  Printf("  Fix: make ");
  PrintEdgeSlot(W);
  Printf(" (set at ");
  PrintSite(W.Site, W.Stack);
  Printf(") a std::weak_ptr: it points from #%llu back to #%llu, which was "
         "allocated %s.\n",
         static_cast<unsigned long long>(G->Nodes[W.From].Passport),
         static_cast<unsigned long long>(G->Nodes[W.To].Passport),
         W.From == W.To ? "as the same object" : "before it");
  if (Members.size() > Path.size())
    Printf("  The cycle's component has %zu members; the path above is the "
           "shortest cycle through #%llu.\n",
           Members.size(),
           static_cast<unsigned long long>(G->Nodes[Start].Passport));
  if (!Held.empty()) {
    Printf("  The cycle also keeps alive %zu more object(s) (%llu bytes):",
           Held.size(), static_cast<unsigned long long>(HeldBytes));
    for (uptr I = 0; I < Held.size() && I < 16; ++I)
      Printf(" #%llu",
             static_cast<unsigned long long>(G->Nodes[Held[I]].Passport));
    Printf("%s\n", Held.size() > 16 ? " ..." : "");
  }
  Printf("\n");

  InternalMmapVector<CycleStep> Steps;
  for (u32 P : Path) {
    const CycleEdge &E = G->Edges[P];
    CycleStep S = {G->Nodes[E.From].Passport, E.SlotOffset, E.Site, E.Kind,
                   {0, 0, 0}};
    Steps.push_back(S);
  }
  InternalMmapVector<PassportId> HeldIds;
  for (u32 M : Members) {
    bool OnPath = false;
    for (u32 P : Path)
      OnPath |= G->Edges[P].From == M;
    if (!OnPath)
      HeldIds.push_back(G->Nodes[M].Passport);
  }
  for (u32 H : Held)
    HeldIds.push_back(G->Nodes[H].Passport);
  CycleLeakRecord R = {Id,
                       static_cast<u32>(Steps.size()),
                       static_cast<u32>(HeldIds.size()),
                       static_cast<u32>(WeakStep),
                       MemberBytes + HeldBytes,
                       Members.size() + Held.size()};
  TraceCycleLeak(R, Steps.data(), HeldIds.data());
  *TotalBytes += MemberBytes + HeldBytes;
  *TotalObjects += Members.size() + Held.size();
}

bool ReportCycleLeaks() {
  Snapshot G;
  BuildSnapshot(&G);
  if (G.Nodes.empty())
    return false;
  MarkAlive(&G);
  FindComponents(&G);
  // A component is a cycle if it has two members or an edge to itself.
  InternalMmapVector<u32> Size;
  Size.resize(G.Nodes.size() + 1);
  for (const CycleNode &N : G.Nodes)
    if (!N.Alive)
      ++Size[N.Scc];
  InternalMmapVector<bool> SelfLoop;
  SelfLoop.resize(G.Nodes.size() + 1);
  for (const CycleEdge &E : G.Edges)
    if (E.From == E.To && !G.Nodes[E.From].Alive)
      SelfLoop[G.Nodes[E.From].Scc] = true;
  u32 Cycles = 0;
  u64 Bytes = 0, Objects = 0;
  // Oldest block first, so reports come in allocation order.
  InternalMmapVector<u32> Order;
  for (u32 I = 0; I < G.Nodes.size(); ++I)
    if (!G.Nodes[I].Alive)
      Order.push_back(I);
  Sort(Order.data(), Order.size(), [&G](u32 A, u32 B) {
    return G.Nodes[A].Passport < G.Nodes[B].Passport;
  });
  for (u32 I : Order) {
    const CycleNode &N = G.Nodes[I];
    if (N.Cycle || (Size[N.Scc] < 2 && !SelfLoop[N.Scc]))
      continue;
    ReportCycle(&G, ++Cycles, I, &Bytes, &Objects);
  }
  if (Cycles) {
    InternalScopedString S;
    S.AppendF("%llu byte(s) leaked in %llu allocation(s) in %u shared-pointer "
              "cycle(s).",
              static_cast<unsigned long long>(Bytes),
              static_cast<unsigned long long>(Objects), Cycles);
    ReportErrorSummary(S.data());
  }
  return Cycles != 0;
}

} // namespace

void InitializeOwnership() {
  OwnershipActive = flags()->track_ownership;
  if (!OwnershipActive)
    return;
  Buckets = static_cast<Bucket *>(MmapNoReserveOrDie(
      (kTableSize / kWays) * sizeof(Bucket), "memscope owner table"));
  Entries = static_cast<OwnerEntry *>(MmapNoReserveOrDie(
      kTableSize * sizeof(OwnerEntry), "memscope owner entries"));
  Sites = static_cast<SiteInfo *>(
      MmapNoReserveOrDie(kMaxSites * sizeof(SiteInfo), "memscope sites"));
}

const char *TypeNameOf(const ChunkView &C, bool *IsArray) {
  const memscope_site *S = SiteById(C.Own.TypeSite);
  if (!S || !S->Type || !*S->Type)
    return nullptr;
  *IsArray = S->Flags & MEMSCOPE_SITE_ARRAY;
  return S->Type;
}

void PrintOwnershipStory(const ChunkView &C) {
  if (!OwnershipActive || C.Passport == kNoPassport)
    return;
  const OwnershipFacts &F = C.Own;
  if (F.ReleaseSite) {
    Printf("ownership: its last owner, ");
    PrintOwnerName(F.ReleaseOwnerSite);
    Printf(" (%s made at ", FamilyName(SiteById(F.ReleaseOwnerSite)));
    PrintSite(F.ReleaseOwnerSite, F.ReleaseOwnerStack);
    Printf("), let go of it at ");
    PrintSite(F.ReleaseSite, F.ReleaseStack);
    Printf("\n");
  }
  if (F.BorrowSite) {
    const memscope_site *B = SiteById(F.BorrowSite);
    const char *How = "get()";
    if (B && B->Op == MEMSCOPE_OP_ARROW)
      How = "operator->";
    else if (B && B->Op == MEMSCOPE_OP_DEREF)
      How = "operator*";
    Printf("raw pointer obtained via %s::%s at ", FamilyName(B), How);
    PrintSite(F.BorrowSite, 0);
    Printf(" from owner ");
    PrintOwnerName(F.BorrowOwnerSite);
    if (F.BorrowOwnerStack) {
      Printf(" made at ");
      PrintSite(F.BorrowOwnerSite, F.BorrowOwnerStack);
    }
    Printf("\n");
  }
}

bool ReportOwnershipAtExit(bool DetectCycles) {
  if (!OwnershipActive)
    return false;
  FlushAllBorrows();
  ReportCloneStorms();
  if (uptr Dropped = atomic_load_relaxed(&DroppedEdges))
    Report("memscope: warning: the owner table was full: %zu ownership "
           "edge(s) were not recorded\n",
           Dropped);
  return DetectCycles && ReportCycleLeaks();
}

} // namespace memscope

using namespace memscope;

extern "C" {

void __memscope_own_update(memscope_site *S, void *Slot, void *Other) {
  if (!OwnershipActive || !Slot)
    return;
  u32 Site = SiteIdOf(S);
  if (!Site)
    return;
  uptr Dst = reinterpret_cast<uptr>(Slot), Src = reinterpret_cast<uptr>(Other);
  EdgeKind Kind = EdgeKindFor(*S);
  switch (S->Op) {
  case MEMSCOPE_OP_SWAP:
    UpdateSlot(S, Site, Dst, Src, Kind, ReleaseHow::MovedOut);
    if (Src)
      UpdateSlot(S, Site, Src, Dst, Kind, ReleaseHow::MovedOut);
    return;
  case MEMSCOPE_OP_MOVE:
    UpdateSlot(S, Site, Dst, Src, Kind, ReleaseHow::Reset);
    if (Src)
      UpdateSlot(S, Site, Src, 0, Kind, ReleaseHow::MovedOut);
    return;
  case MEMSCOPE_OP_RELEASE:
    UpdateSlot(S, Site, Dst, 0, Kind, ReleaseHow::Handed);
    return;
  default: // Src is the copy's or lock's source, null for the others
    UpdateSlot(S, Site, Dst, Src, Kind, ReleaseHow::Reset);
    return;
  }
}

void __memscope_own_destroy(memscope_site *S, void *Slot) {
  if (!OwnershipActive || !Slot)
    return;
  uptr Key = reinterpret_cast<uptr>(Slot);
  OwnerEntry *E = FindEntry(Key);
  if (!E)
    return;
  // A site without an id (the site table is full) still ends the edge.
  u32 Site = SiteIdOf(S);
  if (Site)
    DropEntry(E, Key, ReleaseHow::Destroyed, Site);
  else
    RetireEntry(E, Key);
}

void __memscope_borrow(memscope_site *S, void *Slot) {
  if (!OwnershipActive || !Slot)
    return;
  uptr Key = reinterpret_cast<uptr>(Slot);
  OwnerEntry *E = FindEntry(Key);
  if (!E || !IsStrong(E->Kind) ||
      E->Ptr != *reinterpret_cast<const uptr *>(Key))
    return;
  u32 Site = SiteIdOf(S);
  if (UNLIKELY(!Site))
    return;
  if (LIKELY(atomic_load_relaxed(&E->BorrowSite) == Site &&
             atomic_load_relaxed(&E->BorrowCount))) {
    atomic_fetch_add(&E->BorrowCount, 1, memory_order_relaxed);
    return;
  }
  FlushBorrows(E, Key);
  E->BorrowKind = static_cast<u8>((S->Flags & MEMSCOPE_SITE_CONST_POINTEE)
                                      ? EdgeKind::ImmutableBorrow
                                      : EdgeKind::MutableBorrow);
  atomic_store_relaxed(&E->BorrowSite, Site);
  atomic_store_relaxed(&E->BorrowCount, 1);
  // The last get() names the raw pointer best; -> and * usually make
  // temporaries, so they only count until a get() is seen.
  BlockMeta *M = MetaIfStill(E);
  if (!M)
    return;
  const memscope_site *Prev = SiteById(M->Own.BorrowSite);
  if (S->Op == MEMSCOPE_OP_GET || !Prev || Prev->Op != MEMSCOPE_OP_GET) {
    M->Own.BorrowSite = Site;
    M->Own.BorrowOwnerSite = E->Site;
    M->Own.BorrowOwnerStack = E->Stack;
  }
}

void __memscope_alloc_type(memscope_site *S, void *Ptr) {
  if (!OwnershipActive || !Ptr)
    return;
  uptr Beg;
  BlockMeta *M = LiveBlockOf(reinterpret_cast<uptr>(Ptr), &Beg);
  u32 Site = M ? SiteIdOf(S) : 0;
  if (!Site)
    return;
  M->Own.TypeSite = Site;
  TraceTyped(M->Passport, Site);
}

} // extern "C"

//===- memscope_ownership.cpp - the pass's ownership entry points ---------===//
//
// See memscope_ownership.h. Every entry point re-reads the owner slot after
// the operation and compares it with the table, so an operation the pass did
// not recognise, or one reported twice, costs precision and nothing else.
//
// The fast paths (update, destroy, borrow) take no lock and allocate
// nothing: a site's id and kind are a load from the call site's
// descriptor, a slot's edge its record in the slot map, an object's block a
// per-thread cache. What no report needs is not done: without a trace, weak
// pointers (which neither keep objects alive nor own them) are not tracked.
//===----------------------------------------------------------------------===//
#include "memscope_ownership.h"
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_owner_table.h"
#include "memscope_stack.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_stackdepot.h"

extern "C" MEMSCOPE_TLS memscope_site *__memscope_caller;
extern "C" __sanitizer::u8 __memscope_trace_on;

namespace memscope {

using namespace trace;

bool OwnershipActive;
bool RustLayoutsSeen;

namespace {

// Where a slot lives: inside a heap block (its passport and offset) or not
// (a local or global variable). The slots of one container's buffer come in
// runs, and a program fills a few containers in turn: each thread remembers
// the last blocks it found (addresses hidden: the leak checker scans this
// TLS), the oldest replaced first.
struct CachedHolder {
  uptr HiddenBeg, Size;
  BlockMeta *Meta;
  PassportId Passport;
};
constexpr uptr kHolderCacheSize = 4;
struct HolderCache {
  CachedHolder Holders[kHolderCacheSize];
  uptr Next; // the entry to replace next
};
MEMSCOPE_TLS HolderCache ThreadHolders;

void LocateSlot(uptr Slot, PassportId *Owner, uptr *Offset) {
  *Owner = kNoPassport;
  *Offset = 0;
  if (OnThisStack(Slot))
    return;
  HolderCache &H = ThreadHolders;
  for (CachedHolder &C : H.Holders) {
    uptr Beg = HiddenAddr(C.HiddenBeg);
    if (Slot - Beg < C.Size && C.Meta && C.Meta->Passport == C.Passport) {
      *Owner = C.Passport;
      *Offset = Slot - Beg;
      return;
    }
  }
  uptr Beg, Size;
  if (BlockMeta *M = LiveBlockOf(Slot, &Beg, &Size)) {
    *Owner = M->Passport;
    *Offset = Slot - Beg;
    if (IsPrimaryHeapAddress(Beg))
      H.Holders[H.Next++ % kHolderCacheSize] = {HiddenAddr(Beg), Size, M,
                                                M->Passport};
  }
}

// The object's metadata, if the block still holds that passport (it may
// just have been freed: a reset() frees the object before the runtime
// hears of it). A primary block's is found by arithmetic on the address.
BlockMeta *MetaIfStill(const OwnerEntry *E) {
  if (E->Meta)
    return E->Meta; // ReadEdge's, whose passport E has
  BlockMeta *M = AnyBlockMetaOf(E->Ptr);
  // A unique_ptr's edge read without its passport: the block's.
  if (M && E->Passport == kUnreadPassport)
    return M;
  return M && M->Passport == E->Passport ? M : nullptr;
}

// Recording: writes the borrows of edge E (Slot's) its side counted since
// the last Borrowed event.
void FlushBorrows(const OwnerEntry &E, TraceSide &Side, uptr Slot) {
  if (!Side.BorrowCount)
    return;
  TraceBorrowed(E.Passport, static_cast<EdgeKind>(Side.BorrowKind), Slot,
                Side.BorrowSite, Side.BorrowCount);
  Side.BorrowCount = 0;
}

// --- where events inside system headers come from -----------------------------
//
// An ownership operation inside a container's code (a copy made by
// std::vector::push_back) is named by the user's call that caused it. The
// pass keeps that call's descriptor in __memscope_caller while it runs, so
// naming it costs a load. Where the pass could not (an indirect call, code
// compiled without it), the stack is taken: the frame pointers walked directly, and a loop that makes
// the same stacks again and again finds them in a small per-thread cache,
// which saves the depot's hash and lookup.

constexpr uptr kOwnershipStackDepth = 10;

struct CachedStack {
  uptr Pcs[kOwnershipStackDepth];
  uptr Size;
  u32 Id;
};
constexpr uptr kStackCacheSize = 16;
MEMSCOPE_TLS CachedStack ThreadStacks[kStackCacheSize];

NOINLINE u32 LibraryStack() {
  uptr Pcs[kOwnershipStackDepth];
  uptr N = 0;
  Pcs[N++] = StackTrace::GetCurrentPc();
  const ThreadState &T = CurrentThread();
  if (T.StackKnown) {
    uptr Fp = GET_CURRENT_FRAME();
    while (N < kOwnershipStackDepth && Fp >= T.StackBottom &&
           Fp + 2 * sizeof(uptr) <= T.StackTop && !(Fp & (sizeof(uptr) - 1))) {
      const uptr *Frame = reinterpret_cast<const uptr *>(Fp);
      if (!Frame[1])
        break;
      Pcs[N++] = Frame[1];
      if (Frame[0] <= Fp)
        break;
      Fp = Frame[0];
    }
  }
  uptr H = N;
  for (uptr I = 0; I < N; ++I)
    H = (H ^ Pcs[I]) * 0x9E3779B97F4A7C15ULL;
  CachedStack &C = ThreadStacks[H >> 60];
  if (C.Id && C.Size == N) {
    uptr I = 1; // frame 0 is this function
    while (I < N && C.Pcs[I] == Pcs[I])
      ++I;
    if (I == N)
      return C.Id;
  }
  C.Id = StackDepotPut(StackTrace(Pcs, N));
  C.Size = N;
  internal_memcpy(C.Pcs, Pcs, N * sizeof(uptr));
  return C.Id;
}

// The user's call an event at a site (whose word is Word) inside a system
// header was reached through (a site id), or 0.
ALWAYS_INLINE u32 CallerOf(u32 Word) {
  if (!(Word & kSiteSystem))
    return 0;
  memscope_site *Call = __memscope_caller;
  return Call ? SiteIdOf(Call) : 0;
}

// The origin of an event (memscope_ownership.h): 0 unless its site (whose
// word is Word) is in a system header.
ALWAYS_INLINE u32 OriginOf(u32 Word, u32 Caller) {
  if (!(Word & kSiteSystem) || !flags()->ownership_stacks)
    return 0;
  if (Caller)
    return Caller | kCallerOrigin;
  return LibraryStack();
}

// --- letting go ------------------------------------------------------------------

// Whether the slot letting go now is (or was) the object's last strong
// owner: the object is already freed (reset and assignment report after the
// fact), a unique_ptr dies with its owner, or the control block counts one.
bool LastOwner(const OwnerEntry *E, ReleaseHow How) {
  if (How == ReleaseHow::Destroyed) {
    // The destructor has not run: the control block is alive.
    return !E->Ctrl || ReadUseCount(E->Ctrl, E->Libcxx) == 1;
  }
  // A control block counts no strong owner once the last let go, live
  // (make_shared's block outlives its object while weak_ptrs remain) or
  // freed: a freed block's memory stays mapped in the primary heap, and
  // only its first 8 bytes are overwritten (FreedInfo), not the count.
  if (E->Ctrl && IsPrimaryHeapAddress(E->Ctrl))
    return ReadUseCount(E->Ctrl, E->Libcxx) == 0;
  uptr Beg;
  if (!LiveBlockOf(E->Ptr, &Beg))
    return true;
  return E->Inplace && ReadUseCount(E->Ctrl, E->Libcxx) == 0;
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
  if (!E->Inplace)
    return true; // unique_ptr, or an object with a control block apart
  return E->Libcxx ? *reinterpret_cast<const long *>(E->Ctrl + 16) == 0
                   : *reinterpret_cast<const int *>(E->Ctrl + 12) == 1;
}

// What a report on the object needs once its last strong owner let go of
// it, or handed it to raw code: who that owner was and where (Word: the
// releasing call site's word). A stack for a release inside a container's
// code.
// Objects die alike, released at the same sites by the same owners: the
// thread remembers the facts its last release made from which, and repeats
// it with a compare.
struct LastRelease {
  u32 From; // the block's facts before
  u32 Site, OwnerSite, OwnerStack, ReleaseStack;
  u32 To; // and after; 0: none remembered
};
MEMSCOPE_TLS LastRelease ThreadRelease;

void RecordRelease(const OwnerEntry *E, u32 Word) {
  BlockMeta *M = MetaIfStill(E);
  if (!M)
    return;
  u32 Site = Word & kSiteIdMask;
  u32 ReleaseStack = OriginOf(Word, CallerOf(Word));
  LastRelease &L = ThreadRelease;
  if (L.To && L.From == M->FactsId && L.Site == Site &&
      L.OwnerSite == E->Site && L.OwnerStack == E->Stack &&
      L.ReleaseStack == ReleaseStack) {
    M->FactsId = L.To;
    return;
  }
  u32 From = M->FactsId;
  OwnerFacts Old = FactsOf(M), F = Old;
  F.ReleaseSite = Site;
  F.ReleaseOwnerSite = E->Site;
  F.ReleaseOwnerStack = E->Stack;
  F.ReleaseStack = ReleaseStack;
  if (!SameFacts(F, Old))
    SetFacts(M, F);
  L = {From, Site, E->Site, E->Stack, ReleaseStack, M->FactsId};
}

// The slot let go of its object (E: the edge its record R held).
// Replaced: an Owned event for its new value follows, which ends this edge
// in the trace. Last: the caller found the slot the object's last strong
// owner already (a copy let go while others remain is not what a report
// quotes).
void DropEntry(const OwnerEntry *E, SlotRecord *R, uptr Slot, ReleaseHow How,
               u32 Word, bool Replaced = false, bool Last = false) {
  u32 Site = Word & kSiteIdMask;
  if (TraceActive) {
    if (TraceSide *Side = TraceSideOf(R, Slot))
      FlushBorrows(*E, *Side, Slot);
    if (TraceFullHistory && How != ReleaseHow::MovedOut && !Replaced &&
        !BlockGoesWith(E, How))
      TraceReleased(E->Passport, How, Slot, Site);
  }
  if (IsStrong(E->Kind) && How != ReleaseHow::MovedOut &&
      (Last || How == ReleaseHow::Handed || LastOwner(E, How)))
    RecordRelease(E, Word);
  ClearEdge(R);
}

// --- taking hold -------------------------------------------------------------------

// The block of the object a smart pointer now holds. The copies of one
// object come in runs (a value copied into a container, passed on, locked),
// so each thread remembers the last one; the passport in the metadata tells
// whether the block still holds that allocation (passports are never
// reused), and a strong owner's object is alive.
// Addresses kept hidden (HiddenAddr): the leak checker scans this TLS.
struct CachedObject {
  uptr HiddenPtr, HiddenBeg;
  BlockMeta *Meta; // primary blocks only
  PassportId Passport;
};
MEMSCOPE_TLS CachedObject ThreadObject;

ALWAYS_INLINE BlockMeta *ObjectBlock(uptr Ptr, uptr *Beg) {
  CachedObject &C = ThreadObject;
  if (C.HiddenPtr == HiddenAddr(Ptr) && C.Meta &&
      C.Meta->Passport == C.Passport) {
    *Beg = HiddenAddr(C.HiddenBeg);
    return C.Meta;
  }
  BlockMeta *M = RecentLiveBlockOf(Ptr, Beg);
  if (M && IsPrimaryHeapAddress(*Beg))
    C = {HiddenAddr(Ptr), HiddenAddr(*Beg), M, M->Passport};
  return M;
}

// A shared-pointer copy at Site, for clone storms: counted whether or not
// the table has room for the edge, so the count is the program's. A copy
// made inside a container's code counts for the user's call that asked for
// it where the pass named that call (every push_back of a program shares the
// header's site).
ALWAYS_INLINE void CountCopy(OwnerThread *T, u32 Site, u32 Caller, uptr Ptr,
                             u32 Origin) {
  u32 CountedAt = Caller ? Caller : Site;
  CountCopyAt(T, CountedAt, Ptr);
  if (Origin && !Caller)
    atomic_store_relaxed(&CountersOf(CountedAt).LastStack, Origin);
}

// Writes an edge's aggregate (recording, ownership_history=edges): the
// Edge event.
void EmitEdge(EdgeAggregate &A, bool Live) {
  EdgeSummary S = {A.Passport, A.Slot,      A.OwnerPassport,
                   A.OwnerOffset, A.FirstSite, A.LastSite,
                   A.Count,    A.Order,     A.Origin,
                   static_cast<EdgeKind>(A.Kind), Live};
  TraceEdge(S);
  A.Slot = 0;
}

// Writes into R the edge Slot has now: Ptr, the object in M's block at
// Beg, made at Site (Stack: its origin) by an operation at a site whose
// word is Word. A shared or weak pointer's record has a tail: its control
// block and the object's passport.
ALWAYS_INLINE void FillRecord(SlotRecord *R, bool Marked, u32 Word, uptr Slot,
                              uptr Ptr, BlockMeta *M, uptr Beg, u32 Site,
                              u32 Stack) {
  bool Tail = !(Word & kSiteUnique);
  uptr Ctrl = Tail ? reinterpret_cast<const uptr *>(Slot)[1] : 0;
  u64 Head = EdgeHead(Ptr, static_cast<u8>(KindOfWord(Word)),
                      Word & kSiteLibcxx, Ctrl && Ctrl == Beg, Tail);
  WriteEdge(R, Slot, Head, Site, Stack, Ctrl, M->Passport, Marked);
}

// The most common update, without a trace: a slot that held no edge now
// holds an object (a copy, make_*, adoption or lock into a new variable, a
// parameter, a container's element). UpdateSlot's path for it, without
// what only other updates need. False if the update is not that one.
ALWAYS_INLINE bool TakeHold(u32 Word, uptr Slot) {
  uptr Ptr = *reinterpret_cast<const uptr *>(Slot);
  if (!Ptr)
    return false;
  SlotRecord *R = RecordOf(Slot);
  bool Marked = R;
  if (R && IsEdgeHead(atomic_load_relaxed(&R->Head)))
    return false;
  if (!R)
    R = MakeRecord(Slot);
  uptr Beg;
  BlockMeta *M = ObjectBlock(Ptr, &Beg);
  if (!M)
    return true; // not a heap block memscope allocated
  u32 Site = Word & kSiteIdMask;
  u32 Caller = CallerOf(Word);
  u32 Stack = OriginOf(Word, Caller);
  // The thread's state knows its stack, whose slots' edges end with it.
  OwnerThread *T = ThisOwnerThread();
  EdgeKind Kind = KindOfWord(Word);
  if (Kind == EdgeKind::ArcClone || Kind == EdgeKind::RcClone)
    CountCopy(T, Site, Caller, Ptr, Stack);
  FillRecord(R, Marked, Word, Slot, Ptr, M, Beg, Site, Stack);
  return true;
}

// Re-reads Slot after an operation at S and records what changed. From: the
// slot the value came from (copies and moves), 0 if none.
void UpdateSlot(memscope_site *S, u32 Word, uptr Slot, uptr From,
                ReleaseHow How, bool Swapped = false) {
  u32 Site = Word & kSiteIdMask;
  EdgeKind Kind = KindOfWord(Word);
  uptr Ptr = *reinterpret_cast<const uptr *>(Slot);
  SlotRecord *R = RecordOf(Slot);
  OwnerEntry Old;
  bool Had = R && ReadEdge(R, &Old, /*Passport=*/TraceActive);
  if (Had && Old.Ptr == Ptr) {
    // Unchanged. A named variable receiving a make_*/function result that
    // the table already knows under a library site names the slot now.
    if ((S->Op == MEMSCOPE_OP_PRODUCE || S->Op == MEMSCOPE_OP_MAKE) &&
        S->Variable && *S->Variable && Old.Site != Site) {
      R->Site = Site;
      if (EdgeAggregate *A = AggregateOf(R, Slot))
        if (A->Slot)
          A->LastSite = Site;
      TraceOwned(Old.Passport, Old.Kind | kOwnedRenameBit, Slot, kNoPassport,
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
    SlotRecord *SrcR = RecordOf(From);
    OwnerEntry Src;
    if (SrcR && ReadEdge(SrcR, &Src, /*Passport=*/false) && Src.Ptr == Ptr &&
        InSystemHeader(SiteById(Src.Site))) {
      OriginSite = Src.Site;
      OriginStack = Src.Stack;
      Inherited = true;
    }
  }
  // A slot the program named keeps its name when a value is moved into it
  // by the library (std::swap's assignments name its own parameters) or
  // swapped into it (the site names only the object swap was called on).
  if (Had && Ptr && Kind == EdgeKind::Move && !Inherited &&
      (Swapped || InSystemHeader(S)) && !InSystemHeader(SiteById(Old.Site))) {
    OriginSite = Old.Site;
    OriginStack = Old.Stack;
    Inherited = true;
  }
  uptr Beg = 0;
  BlockMeta *M = Ptr ? ObjectBlock(Ptr, &Beg) : nullptr;
  if (Had)
    DropEntry(&Old, R, Slot, How, Word, /*Replaced=*/M != nullptr);
  if (!M)
    return; // Empty, or not a heap block memscope allocated.
  u32 Caller = CallerOf(Word);
  u32 Stack = Inherited ? OriginStack : OriginOf(Word, Caller);
  OwnerThread *T = ThisOwnerThread(); // see TakeHold
  if (Kind == EdgeKind::ArcClone || Kind == EdgeKind::RcClone)
    CountCopy(T, Site, Caller, Ptr, Stack);
  bool Marked = R;
  if (!R)
    R = MakeRecord(Slot);
  // Recording: the slot taking the same object the same way again (a loop
  // variable, a temporary) only counts; any other edge the record held
  // goes into the trace first.
  EdgeAggregate *A = TraceActive ? AggregateOf(R, Slot) : nullptr;
  bool Again = A && A->Slot == Slot && A->Passport == M->Passport &&
               A->Kind == static_cast<u8>(Kind) && A->FirstSite == OriginSite;
  if (A && A->Slot && !Again)
    EmitEdge(*A, /*Live=*/false);
  FillRecord(R, Marked, Word, Slot, Ptr, M, Beg, OriginSite, Stack);
  if (!TraceActive)
    return;
  if (Again) {
    ++A->Count;
    return;
  }
  PassportId Owner;
  uptr Offset;
  LocateSlot(Slot, &Owner, &Offset);
  if (TraceFullHistory)
    TraceOwned(M->Passport, static_cast<u8>(Kind), Slot, Owner, Offset,
               OriginSite, From, Stack);
  if (!A)
    return;
  // Order 0: the object's first owner (a bit of its TypeSite remembers one).
  u8 Order = (M->TypeSite & kOwnedOnce) ? 1 : 0;
  M->TypeSite |= kOwnedOnce;
  *A = {Slot,  Owner, M->Passport, static_cast<u32>(Offset), OriginSite,
        OriginSite, 1, Stack,  Order, static_cast<u8>(Kind)};
}

// Weak pointers, and borrows whose pointer reaches the pointee at once,
// matter to the trace only: without one they cost nothing (the pass does
// not even call for them outside optnone functions).
ALWAYS_INLINE bool Untracked(u32 Word) {
  return (Word & kSiteUntracked) && !TraceActive;
}

} // namespace

void InitializeOwnership() {
  if (!flags()->track_ownership)
    return;
  InitializeOwnerTable();
  InitializeOwnerFacts();
  __memscope_trace_on = TraceActive;
  if (TraceActive)
    EnableTraceSides(FlushBorrows,
                     internal_strcmp(flags()->ownership_history, "full")
                         ? EmitEdge
                         : nullptr);
  OwnershipActive = true;
}

const char *TypeNameOf(const ChunkView &C, bool *IsArray) {
  const memscope_site *S = SiteById(C.Own.TypeSite & ~kOwnedOnce);
  if (!S || !S->Type || !*S->Type)
    return nullptr;
  *IsArray = S->Flags & MEMSCOPE_SITE_ARRAY;
  return S->Type;
}

bool ReportOwnershipAtExit(bool DetectCycles) {
  if (!OwnershipActive)
    return false;
  if (TraceActive) {
    FlushAllTraceSides();
  }
  FlushAllPendingCopies();
  ReportCloneStorms();
  if (uptr Dropped = DroppedOwnerFacts())
    Report("memscope: warning: the owner facts table was full: %zu "
           "block(s) lost what their owners did (reports on them name no "
           "owner)\n",
           Dropped);
  return DetectCycles && ReportCycleLeaks();
}

} // namespace memscope

using namespace memscope;

extern "C" {

SANITIZER_INTERFACE_ATTRIBUTE MEMSCOPE_TLS memscope_site *__memscope_caller;
SANITIZER_INTERFACE_ATTRIBUTE u8 __memscope_trace_on;

void __memscope_own_update(memscope_site *S, void *Slot, void *Other) {
  if (!OwnershipActive || !Slot)
    return;
  u32 Word = SiteWordOf(S);
  if (!Word || Untracked(Word))
    return;
  uptr Dst = reinterpret_cast<uptr>(Slot), Src = reinterpret_cast<uptr>(Other);
  if (Word & kSiteTakes) { // Src is the copy's or lock's source, if any
    if (LIKELY(!TraceActive) && TakeHold(Word, Dst))
      return;
    UpdateSlot(S, Word, Dst, Src, ReleaseHow::Reset);
    return;
  }
  switch (S->Op) {
  case MEMSCOPE_OP_SWAP:
    UpdateSlot(S, Word, Dst, Src, ReleaseHow::MovedOut, /*Swapped=*/true);
    if (Src)
      UpdateSlot(S, Word, Src, Dst, ReleaseHow::MovedOut, /*Swapped=*/true);
    return;
  case MEMSCOPE_OP_MOVE:
    UpdateSlot(S, Word, Dst, Src, ReleaseHow::Reset);
    if (Src)
      UpdateSlot(S, Word, Src, 0, ReleaseHow::MovedOut);
    return;
  default: // MEMSCOPE_OP_RELEASE
    UpdateSlot(S, Word, Dst, 0, ReleaseHow::Handed);
    return;
  }
}

void __memscope_own_destroy(memscope_site *S, void *Slot) {
  if (!OwnershipActive || !Slot)
    return;
  u32 Word = SiteWordOf(S);
  if (Untracked(Word))
    return;
  uptr Key = reinterpret_cast<uptr>(Slot);
  SlotRecord *R = RecordOfLikelyEdge(Key);
  uptr Head = R ? atomic_load_relaxed(&R->Head) : 0;
  if (!IsEdgeHead(Head))
    return;
  // Without a trace, an owner that is not the object's last has nothing to
  // record: its edge just ends. The destructor has not run, so the control
  // block in the record's tail still counts this owner.
  if (LIKELY(!TraceActive) && HeadKind(Head) != u8(EdgeKind::Weak) &&
      (Head & kHeadTail)) {
    uptr Ctrl = atomic_load_relaxed(
        &reinterpret_cast<const SlotTail *>(R + 1)->CtrlWord);
    if ((Ctrl & kTailMark) && Ctrl != kTailMark &&
        ReadUseCount(Ctrl & ~kTailMark, Head & kHeadLibcxx) != 1) {
      ClearEdge(R);
      return;
    }
  }
  OwnerEntry E;
  if (!ReadEdge(R, &E, /*Passport=*/TraceActive)) {
    ClearEdge(R);
    return;
  }
  bool Last = IsStrong(E.Kind) && LastOwner(&E, ReleaseHow::Destroyed);
  if (LIKELY(!TraceActive) && !Last) {
    ClearEdge(R);
    return;
  }
  // A site without an id (the site table is full) still ends the edge.
  if (Word & kSiteIdMask)
    DropEntry(&E, R, Key, ReleaseHow::Destroyed, Word, /*Replaced=*/false,
              Last);
  else
    ClearEdge(R);
}

void __memscope_borrow(memscope_site *S, void *Slot) {
  if (!OwnershipActive || !Slot)
    return;
  u32 Word = SiteWordOf(S);
  if (!Word || Untracked(Word))
    return;
  uptr Key = reinterpret_cast<uptr>(Slot);
  SlotRecord *R = RecordOf(Key);
  uptr Head = R ? atomic_load_relaxed(&R->Head) : 0;
  uptr Ptr = Head & kHeadPtrMask;
  if (!IsEdgeHead(Head) || HeadKind(Head) == u8(EdgeKind::Weak) ||
      Ptr != *reinterpret_cast<const uptr *>(Key))
    return;
  u32 Site = Word & kSiteIdMask;
  u8 Kind = static_cast<u8>((S->Flags & MEMSCOPE_SITE_CONST_POINTEE)
                                ? EdgeKind::ImmutableBorrow
                                : EdgeKind::MutableBorrow);
  OwnerEntry E;
  if (TraceSide *Side = TraceSideOf(R, Key)) {
    // Recording: repeats at one site are counted, and written when the
    // site changes or the edge ends.
    if (LIKELY(Side->BorrowSite == Site && Side->BorrowCount)) {
      ++Side->BorrowCount;
      return;
    }
    if (!ReadEdge(R, &E))
      return;
    FlushBorrows(E, *Side, Key);
    Side->BorrowSite = Site;
    Side->BorrowCount = 1;
    Side->BorrowKind = Kind;
  } else {
    // Without a trace, a thread's last borrow of the slot at the site
    // was recorded already.
    RecentBorrow &B =
        ThisOwnerThread()->Borrows[(Key >> 3) & (kRecentBorrowSlots - 1)];
    if (LIKELY(B.Slot == Key && B.Ptr == Ptr && B.Site == Site))
      return;
    if (!ReadEdge(R, &E, /*Passport=*/false))
      return;
    B = {Key, Ptr, Site};
  }
  // The last get() names the raw pointer best; -> and * usually make
  // temporaries, so they only count until a get() is seen. A raw pointer
  // used only at once is counted and never quoted.
  if (S->Flags & MEMSCOPE_SITE_TRACE_ONLY)
    return;
  BlockMeta *M = MetaIfStill(&E);
  if (!M)
    return;
  bool Get = S->Op == MEMSCOPE_OP_GET;
  OwnerFacts F = FactsOf(M);
  u32 Prev = F.BorrowSite;
  if (!Get && (Prev & kBorrowGet))
    return;
  u32 New = Site | (Get ? kBorrowGet : 0);
  if (Prev == New && F.BorrowOwnerSite == E.Site &&
      F.BorrowOwnerStack == E.Stack)
    return;
  F.BorrowSite = New;
  F.BorrowOwnerSite = E.Site;
  F.BorrowOwnerStack = E.Stack;
  SetFacts(M, F);
}

void *__memscope_alloc_type(memscope_site *S, void *Ptr) {
  if (!OwnershipActive || !Ptr)
    return Ptr;
  uptr Beg;
  BlockMeta *M = RecentLiveBlockOf(reinterpret_cast<uptr>(Ptr), &Beg);
  u32 Site = M ? SiteIdOf(S) : 0;
  if (!Site)
    return Ptr;
  M->TypeSite = Site | (M->TypeSite & kOwnedOnce);
  if (UNLIKELY(S->Flags & MEMSCOPE_SITE_RUST_LAYOUT) && !RustLayoutsSeen)
    RustLayoutsSeen = true;
  if (TraceActive)
    TraceTyped(M->Passport, Site);
  return Ptr;
}

} // extern "C"

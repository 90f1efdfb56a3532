//===- utils/analyzer/Ownership.cpp - exact ownership, replayed -----------===//
//
// One pass over the time-ordered passport events keeps, for every owner slot
// address, the edge it holds now. Edges are keyed by (owner, target, kind,
// site), where the owner is the allocation and offset the slot lies in, or
// for other slots the site itself when it names a variable (its Variable
// and Function are the site's), or else the slot's address. When the events
// end, the edges get their owner names and are sorted into a deterministic
// order, so golden files can hold the graph.
//
// See also: Ownership.h, docs/Analyzer.md ("memscope graph"),
// runtime/memscope_ownership.cpp (the writer of the events).
//===----------------------------------------------------------------------===//
#include "Ownership.h"

#include "memscope/abi.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <optional>
#include <random>
#include <tuple>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

const char *edgeKindName(trace::EdgeKind Kind) {
  const char *Name = trace::EdgeKindName(Kind);
  return Name ? Name : "unknown";
}

const char *releaseHowName(trace::ReleaseHow How) {
  using trace::ReleaseHow;
  switch (How) {
  case ReleaseHow::Destroyed:
    return "Destroyed";
  case ReleaseHow::Reset:
    return "Reset";
  case ReleaseHow::MovedOut:
    return "MovedOut";
  case ReleaseHow::Handed:
    return "Handed";
  }
  return "unknown";
}

const char *siteOpName(uint8_t Op) {
  switch (Op) {
  case MEMSCOPE_OP_ADOPT:
    return "adopt";
  case MEMSCOPE_OP_MAKE:
    return "make";
  case MEMSCOPE_OP_COPY:
    return "copy";
  case MEMSCOPE_OP_MOVE:
    return "move";
  case MEMSCOPE_OP_LOCK:
    return "lock";
  case MEMSCOPE_OP_RESET:
    return "reset";
  case MEMSCOPE_OP_SWAP:
    return "swap";
  case MEMSCOPE_OP_RELEASE:
    return "release";
  case MEMSCOPE_OP_DESTROY:
    return "destroy";
  case MEMSCOPE_OP_PRODUCE:
    return "produce";
  case MEMSCOPE_OP_GET:
    return "get";
  case MEMSCOPE_OP_ARROW:
    return "operator->";
  case MEMSCOPE_OP_DEREF:
    return "operator*";
  case MEMSCOPE_OP_ALLOC_TYPE:
    return "alloc-type";
  case MEMSCOPE_OP_CALL:
    return "call";
  case MEMSCOPE_OP_FOREIGN_CALL:
    return "foreign-call";
  }
  return "unknown";
}

const char *siteFamilyName(uint8_t Family) {
  switch (Family) {
  case MEMSCOPE_FAMILY_SHARED:
    return "shared_ptr";
  case MEMSCOPE_FAMILY_SHARED_SINGLE:
    return "shared_ptr(single)";
  case MEMSCOPE_FAMILY_WEAK:
    return "weak_ptr";
  case MEMSCOPE_FAMILY_UNIQUE:
    return "unique_ptr";
  }
  return "";
}

const char *diagnosticKindName(uint32_t Kind) {
  switch (static_cast<trace::DiagnosticKind>(Kind)) {
  case trace::DiagnosticKind::CloneStorm:
    return "clone storm";
  }
  return "unknown";
}

std::string allocatedTypeName(const SiteInfo &S) {
  if (S.Type.empty())
    return "";
  return (S.Flags & MEMSCOPE_SITE_ARRAY) ? S.Type + "[]" : S.Type;
}

std::string slotName(const SiteInfo *S, uint64_t Slot, PassportId In,
                     uint64_t Offset) {
  bool Named = S && !S->Variable.empty();
  if (!In.isNone())
    return Named ? S->Variable
                 : "#" + std::to_string(In.value()) + "+" +
                       std::to_string(Offset);
  std::string Name =
      Named ? S->Variable : "0x" + llvm::utohexstr(Slot, /*LowerCase=*/true);
  if (S && !S->Function.empty())
    Name += " in " + S->Function;
  return Name;
}

bool isOwningCycle(const Trace &T, const CycleLeakInfo &L) {
  for (const CycleStepInfo &Step : L.Steps) {
    if (Step.Kind == trace::EdgeKind::Contains)
      continue;
    const SiteInfo *S = T.site(Step.Site);
    if (!S || S->Family != MEMSCOPE_FAMILY_UNIQUE)
      return false;
  }
  return true;
}

bool Ownership::namesVariable(SiteId Site) {
  // Looked up once per site id, again when its record comes (the events
  // before it could not know it).
  uint32_t Id = Site.value();
  if (Id >= SiteNamesVariable.size()) {
    if (Id >= kCachedSites) {
      const SiteInfo *S = T.site(Site);
      return S && !S->Variable.empty();
    }
    SiteNamesVariable.resize(Id + 1, -1);
  }
  int8_t &Names = SiteNamesVariable[Id];
  if (Names < 0) {
    const SiteInfo *S = T.site(Site);
    Names = S && !S->Variable.empty();
  }
  return Names;
}

void Ownership::onSite(const SiteInfo &S) {
  if (S.Id.value() < SiteNamesVariable.size())
    SiteNamesVariable[S.Id.value()] = -1;
}

void Ownership::onEvent(PassportEventInfo &E) {
  switch (E.Event) {
  case PassportEvent::Typed:
    return onTyped(E);
  case PassportEvent::Owned:
    return onOwned(E);
  case PassportEvent::Released:
    return onReleased(E);
  case PassportEvent::Borrowed:
    return onBorrowed(E);
  case PassportEvent::Edge:
    return onEdge(E);
  // A freed block is held by no slot, and freed memory holds no slots:
  // the edges to it and in it end with it (the writer leaves out their
  // Released events).
  case PassportEvent::Freed:
  case PassportEvent::Reallocated:
    return onFreed(E);
  case PassportEvent::Allocated:
  case PassportEvent::ReallocatedFrom:
  case PassportEvent::Evicted:
  case PassportEvent::Foreign:
    return;
  }
}

void Ownership::onTyped(const PassportEventInfo &E) {
  // The first site that names a type wins (decided when the events end,
  // once every Site record is in); two are enough to find one.
  PassportFacts &F = facts(E.Passport);
  if (F.Type1.isNone())
    F.Type1 = E.Site;
  else if (F.Type2.isNone())
    F.Type2 = E.Site;
}

uint64_t Ownership::keyHash(uint64_t From, uint64_t Offset, uint64_t Slot,
                            uint64_t To, trace::EdgeKind Kind, SiteId Site) {
  return hashWords(
      {From, Offset, Slot, To,
       (uint64_t(Site.value()) << 8) | static_cast<uint8_t>(Kind)});
}

uint64_t Ownership::keyHash(const EdgeRow &R) {
  return keyHash(R.From, R.FromOffset, R.KeyedBySlot ? R.FirstSlot : 0, R.To,
                 R.Kind, SiteId(R.Site));
}

uint64_t Ownership::borrowHash(const BorrowRow &B) {
  return hashWords({B.Passport, B.Slot,
                    (uint64_t(B.Site) << 40) | (uint64_t(B.Edge) << 8) |
                        static_cast<uint8_t>(B.Kind)});
}

uint32_t Ownership::edgeFor(const PassportEventInfo &E, SiteId NameSite,
                            PassportFacts &F) {
  // The key: the allocation and offset the slot lies in; else the site,
  // when it names the slot; else the slot's address.
  uint64_t Offset = 0, Slot = 0;
  if (!E.OwnerPassport.isNone())
    Offset = E.OwnerOffset;
  else if (!namesVariable(NameSite) && !namesVariable(E.Site))
    Slot = E.Slot;
  uint64_t From = E.OwnerPassport.value(), To = E.Passport.value();
  if (F.Cold)
    makeHot(F, To);
  auto Same = [&](uint32_t Row) {
    const EdgeRow &R = EdgeRows[Row];
    return R.To == To && R.From == From && R.FromOffset == Offset &&
           R.KeyedBySlot == (Slot != 0) && (!Slot || R.FirstSlot == Slot) &&
           R.Kind == E.Kind && R.Site == E.Site.value();
  };
  // The edges to one object are few: their list is searched, unless they
  // are many (a shared object held by thousands of slots).
  std::optional<uint32_t> Found;
  std::optional<uint64_t> Hash;
  auto hash = [&] {
    if (!Hash)
      Hash = keyHash(From, Offset, Slot, To, E.Kind, E.Site);
    return *Hash;
  };
  if (F.EdgeCount <= kListedEdges) {
    for (uint32_t Row = F.EdgesTo; Row != kNone; Row = EdgeRows[Row].NextTo)
      if (Same(Row)) {
        Found = Row;
        break;
      }
  } else {
    Found = ManyEdges.find(hash(), Same);
  }
  if (!Found && OrphanEdges.size())
    Found = OrphanEdges.find(hash(), Same);
  if (Found)
    return *Found;
  uint32_t Row = EdgeRows.make();
  EdgeRow &R = EdgeRows[Row];
  R.From = From;
  R.FromOffset = Offset; // as keyed: 0 for a slot in no allocation
  R.To = To;
  R.Kind = E.Kind;
  R.Site = E.Site.value();
  R.FirstStack = E.Stack.value();
  R.FirstSlot = E.Slot;
  R.NameSite = NameSite.value();
  R.KeyedBySlot = Slot != 0;
  R.Replay = EdgesMade++;
  R.NextTo = F.EdgesTo;
  F.EdgesTo = Row;
  if (++F.EdgeCount == kListedEdges + 1) {
    for (uint32_t Old = F.EdgesTo; Old != kNone; Old = EdgeRows[Old].NextTo)
      ManyEdges.insert(keyHash(EdgeRows[Old]), Old);
  } else if (F.EdgeCount > kListedEdges + 1) {
    ManyEdges.insert(hash(), Row);
  }
  return Row;
}

void Ownership::release(uint64_t Slot) {
  uint32_t *Row = Held.find(Slot);
  if (!Row)
    return;
  --EdgeRows[*Row].LiveSlots;
  Held.erase(Slot);
}

std::optional<uint32_t> Ownership::heldEdge(uint64_t Slot,
                                            PassportId Id) const {
  // Traces of aggregated edges have no Owned events: nothing is held.
  if (Held.empty())
    return std::nullopt;
  const uint32_t *Row = Held.find(Slot);
  if (!Row || EdgeRows[*Row].To != Id.value())
    return std::nullopt;
  return *Row;
}

void Ownership::fill(uint64_t Slot, uint32_t Row) {
  LastHeld[Slot] = HeldRef{Row, EdgeRows[Row].Replay};
  auto [Current, New] = Held.tryEmplace(Slot);
  if (!New) {
    if (*Current == Row)
      return;
    --EdgeRows[*Current].LiveSlots;
  }
  *Current = Row;
  ++EdgeRows[Row].LiveSlots;
}

void Ownership::addSlot(FlatMap<uint32_t> &Lists, uint64_t Id, uint64_t Slot) {
  auto [Head, New] = Lists.tryEmplace(Id);
  if (New)
    *Head = kNone;
  // A slot that takes the object again is listed once.
  else if (*Head != kNone && SlotNodes[*Head].Slot == Slot)
    return;
  uint32_t Node = SlotNodes.make();
  SlotNodes[Node] = SlotNode{Slot, *Head};
  *Head = Node;
}

void Ownership::dropSlots(uint32_t Head) {
  for (uint32_t Node = Head; Node != kNone;) {
    uint32_t Next = SlotNodes[Node].Next;
    SlotNodes.release(Node);
    Node = Next;
  }
}

void Ownership::onOwned(PassportEventInfo &E) {
  PassportFacts &F = facts(E.Passport);
  F.Owned = true;
  std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport);
  if (E.Rename && Current) {
    // Only a better name for what the slot already holds.
    EdgeRows[*Current].NameSite = E.Site.value();
    E.EdgeIndex = EdgeRows[*Current].Replay;
    return;
  }
  // A rename without an edge means the Owned event was not recorded: the
  // slot holds the object all the same.
  uint32_t Row = edgeFor(E, E.Site, F);
  if (!E.Rename)
    ++EdgeRows[Row].Count;
  // A Move takes the value from FromSlot: that edge ends here (the writer
  // leaves out its Released event).
  if (E.Kind == trace::EdgeKind::Move && E.FromSlot)
    if (heldEdge(E.FromSlot, E.Passport))
      release(E.FromSlot);
  fill(E.Slot, Row);
  F.HasSlots = true;
  if (!E.OwnerPassport.isNone())
    addSlot(SlotsIn, E.OwnerPassport.value(), E.Slot);
  addSlot(SlotsTo, E.Passport.value(), E.Slot);
  if (F.FirstEdge == ~0u)
    F.FirstEdge = EdgeRows[Row].Replay;
  E.EdgeIndex = EdgeRows[Row].Replay;
}

void Ownership::onReleased(PassportEventInfo &E) {
  facts(E.Passport).Owned = true;
  if (std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport)) {
    E.EdgeIndex = EdgeRows[*Current].Replay;
    release(E.Slot);
  } else if (const HeldRef *Last = LastHeld.find(E.Slot);
             Last && EdgeRows[Last->Row].Replay == Last->Replay &&
             EdgeRows[Last->Row].To == E.Passport.value()) {
    E.EdgeIndex = Last->Replay;
  }
}

void Ownership::onBorrowed(PassportEventInfo &E) {
  PassportFacts &F = facts(E.Passport);
  F.Owned = true;
  std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport);
  uint32_t Edge = Current ? EdgeRows[*Current].Replay : ~0u;
  if (Current)
    E.EdgeIndex = Edge;
  if (!KeepBorrows)
    return;
  uint64_t Id = E.Passport.value();
  uint64_t Slot = Current ? 0 : E.Slot;
  auto Same = [&](uint32_t Row) {
    const BorrowRow &B = BorrowRows[Row];
    return B.Passport == Id && B.Slot == Slot && B.Site == E.Site.value() &&
           B.Edge == Edge && B.Kind == E.Kind;
  };
  // Searched like the edges (edgeFor).
  if (F.Cold)
    makeHot(F, Id);
  std::optional<uint32_t> Row;
  if (F.BorrowCount <= kListedBorrows) {
    for (uint32_t B = F.Borrows; B != kNone; B = BorrowRows[B].Next)
      if (Same(B)) {
        Row = B;
        break;
      }
  } else {
    Row = ManyBorrows.find(borrowHash(BorrowRow{Id, Slot, 0, 0, E.Site.value(),
                                                Edge, kNone, E.Kind}),
                           Same);
  }
  if (!Row) {
    Row = BorrowRows.make();
    BorrowRow &B = BorrowRows[*Row];
    B.Passport = Id;
    B.Slot = Slot;
    B.Site = E.Site.value();
    B.Edge = Edge;
    B.Kind = E.Kind;
    B.Next = F.Borrows;
    F.Borrows = *Row;
    if (++F.BorrowCount == kListedBorrows + 1) {
      for (uint32_t Old = F.Borrows; Old != kNone; Old = BorrowRows[Old].Next)
        ManyBorrows.insert(borrowHash(BorrowRows[Old]), Old);
    } else if (F.BorrowCount > kListedBorrows + 1) {
      ManyBorrows.insert(borrowHash(B), *Row);
    }
  }
  BorrowRow &B = BorrowRows[*Row];
  B.Count += E.Count;
  ++B.Events;
}

void Ownership::onEdge(PassportEventInfo &E) {
  PassportFacts &F = facts(E.Passport);
  F.Owned = true;
  // LastSite's Variable names the slot best, else FirstSite's.
  SiteId NameSite = E.LastSite.isNone() ? E.Site : E.LastSite;
  EdgeRow &R = EdgeRows[edgeFor(E, NameSite, F)];
  R.Count += E.Count;
  if (E.Live)
    ++R.LiveSlots;
  if (F.FirstEdge == ~0u || E.Order < F.FirstOrder) {
    F.FirstEdge = R.Replay;
    F.FirstOrder = E.Order;
  }
  E.EdgeIndex = R.Replay;
}

void Ownership::onFreed(const PassportEventInfo &E) {
  // Most programs free far more blocks than they own or type.
  if (SlotsTo.empty() && SlotsIn.empty() && Facts.empty())
    return;
  uint64_t Id = E.Passport.value();
  if (const uint32_t *Head = SlotsTo.find(Id)) {
    for (uint32_t Node = *Head; Node != kNone; Node = SlotNodes[Node].Next) {
      uint64_t Slot = SlotNodes[Node].Slot;
      if (heldEdge(Slot, E.Passport))
        release(Slot);
      if (const HeldRef *Last = LastHeld.find(Slot);
          Last && EdgeRows[Last->Row].Replay == Last->Replay &&
          EdgeRows[Last->Row].To == Id)
        LastHeld.erase(Slot);
    }
    dropSlots(*SlotsTo.find(Id));
    SlotsTo.erase(Id);
  }
  if (const uint32_t *Head = SlotsIn.find(Id)) {
    for (uint32_t Node = *Head; Node != kNone; Node = SlotNodes[Node].Next) {
      uint64_t Slot = SlotNodes[Node].Slot;
      const uint32_t *Row = Held.find(Slot);
      if (Row && EdgeRows[*Row].From == Id)
        release(Slot);
    }
    dropSlots(*SlotsIn.find(Id));
    SlotsIn.erase(Id);
  }
  PassportFacts *F = Facts.find(Id);
  if (!F)
    return;
  // A typed block without ownership is a graph node of its own only while
  // few such are kept.
  if (!F->Owned && F->EdgesTo == kNone) {
    if (FreedTyped < kFreedTypedKept)
      ++FreedTyped;
    else
      Facts.erase(Id);
    return;
  }
  // An owned object: its edges are final now; kept while it is among the
  // most recently freed.
  if (KeepEverything)
    return;
  FreedOwned.push(Id);
  if (FreedOwned.size() > kHotFreedOwned)
    makeCold(FreedOwned.peek(FreedOwned.size() - 1 - kHotFreedOwned));
  if (FreedOwned.size() <= kFreedOwnedKept)
    return;
  uint64_t Oldest = FreedOwned.pop();
  if (!Pinned.count(Oldest))
    forget(Oldest);
  else if (PassportFacts *Kept = Facts.find(Oldest); Kept && Kept->Cold)
    makeHot(*Kept, Oldest);
  dropColdRecords();
}

void Ownership::makeCold(uint64_t Id) {
  PassportFacts *F = Facts.find(Id);
  if (!F || F->Cold || F->HasSlots || F->EdgeCount > kListedEdges ||
      F->BorrowCount > kListedBorrows ||
      (F->EdgesTo == kNone && F->Borrows == kNone) ||
      (!Pinned.empty() && Pinned.count(Id)))
    return;
  for (uint32_t Row = F->EdgesTo; Row != kNone; Row = EdgeRows[Row].NextTo)
    if (EdgeRows[Row].LiveSlots)
      return;
  // A record: the counts, then per edge and per borrow its fields as
  // varints (To and Passport are Id; LiveSlots are 0).
  uint8_t Record[2 * 10 + kListedEdges * (8 * 10 + 1) +
                 kListedBorrows * (5 * 10 + 1)];
  uint8_t *Out = Record;
  putVarint(Out, F->EdgeCount);
  putVarint(Out, F->BorrowCount);
  for (uint32_t Row = F->EdgesTo; Row != kNone;) {
    const EdgeRow &R = EdgeRows[Row];
    putVarint(Out, R.From);
    putVarint(Out, R.FromOffset);
    putVarint(Out, R.FirstSlot);
    putVarint(Out, R.Count);
    putVarint(Out, R.Site);
    putVarint(Out, R.NameSite);
    putVarint(Out, R.FirstStack);
    putVarint(Out, R.Replay);
    *Out++ = static_cast<uint8_t>(R.Kind) | (R.KeyedBySlot ? 0x80 : 0);
    uint32_t Next = R.NextTo;
    EdgeRows.release(Row);
    Row = Next;
  }
  for (uint32_t Row = F->Borrows; Row != kNone;) {
    const BorrowRow &B = BorrowRows[Row];
    putVarint(Out, B.Slot);
    putVarint(Out, B.Count);
    putVarint(Out, B.Events);
    putVarint(Out, B.Site);
    putVarint(Out, uint64_t(B.Edge) + 1); // ~0u (none) as 0
    *Out++ = static_cast<uint8_t>(B.Kind);
    uint32_t Next = B.Next;
    BorrowRows.release(Row);
    Row = Next;
  }
  uint64_t Pos = ColdLog.append(Record, Out - Record);
  F->Cold = true;
  F->setColdAt(Pos);
  ColdPositions.push(Pos);
  ColdPassports.push(Id);
}

void Ownership::makeHot(PassportFacts &F, uint64_t Id) {
  const uint8_t *In = ColdLog.at(F.coldAt());
  uint32_t Edges = static_cast<uint32_t>(getVarint(In));
  uint32_t Borrows = static_cast<uint32_t>(getVarint(In));
  F.Cold = false;
  F.EdgesTo = F.Borrows = kNone;
  for (uint32_t I = 0; I < Edges; ++I) {
    uint32_t Row = EdgeRows.make();
    EdgeRow &R = EdgeRows[Row];
    R.To = Id;
    R.From = getVarint(In);
    R.FromOffset = getVarint(In);
    R.FirstSlot = getVarint(In);
    R.Count = getVarint(In);
    R.Site = static_cast<uint32_t>(getVarint(In));
    R.NameSite = static_cast<uint32_t>(getVarint(In));
    R.FirstStack = static_cast<uint32_t>(getVarint(In));
    R.Replay = static_cast<uint32_t>(getVarint(In));
    uint8_t Byte = *In++;
    R.Kind = static_cast<trace::EdgeKind>(Byte & 0x7f);
    R.KeyedBySlot = Byte & 0x80;
    R.NextTo = F.EdgesTo;
    F.EdgesTo = Row;
  }
  for (uint32_t I = 0; I < Borrows; ++I) {
    uint32_t Row = BorrowRows.make();
    BorrowRow &B = BorrowRows[Row];
    B.Passport = Id;
    B.Slot = getVarint(In);
    B.Count = getVarint(In);
    B.Events = getVarint(In);
    B.Site = static_cast<uint32_t>(getVarint(In));
    B.Edge = static_cast<uint32_t>(getVarint(In) - 1);
    B.Kind = static_cast<trace::EdgeKind>(*In++);
    B.Next = F.Borrows;
    F.Borrows = Row;
  }
}

void Ownership::dropColdRecords() {
  while (!ColdPositions.empty()) {
    const PassportFacts *F = Facts.find(ColdPassports.peek(0));
    if (F && F->Cold && F->coldAt() == ColdPositions.peek(0))
      break;
    ColdPositions.pop();
    ColdPassports.pop();
  }
  ColdLog.dropBefore(ColdPositions.empty() ? UINT64_MAX
                                           : ColdPositions.peek(0));
}

void Ownership::forget(uint64_t Id) {
  PassportFacts *F = Facts.find(Id);
  if (!F)
    return;
  if (F->Cold) {
    // Its edges are all in its record, which is dropped in its turn.
    ForgottenEdges += F->EdgeCount;
    Facts.erase(Id);
    return;
  }
  bool Many = F->EdgeCount > kListedEdges;
  for (uint32_t Row = F->EdgesTo; Row != kNone;) {
    EdgeRow &R = EdgeRows[Row];
    uint32_t Next = R.NextTo;
    R.NextTo = kNone;
    if (Many)
      ManyEdges.erase(keyHash(R), Row);
    if (R.LiveSlots) {
      // A slot still holds it (events out of order): kept, found by its
      // key alone.
      OrphanEdges.insert(keyHash(R), Row);
    } else {
      R.Replay = ~0u; // HeldRefs to it are stale now
      EdgeRows.release(Row);
      ++ForgottenEdges;
    }
    Row = Next;
  }
  Many = F->BorrowCount > kListedBorrows;
  for (uint32_t Row = F->Borrows; Row != kNone;) {
    uint32_t Next = BorrowRows[Row].Next;
    if (Many)
      ManyBorrows.erase(borrowHash(BorrowRows[Row]), Row);
    BorrowRows.release(Row);
    Row = Next;
  }
  Facts.erase(Id);
}

void Ownership::onError(const ErrorInfo &E) {
  if (!E.Passport.isNone())
    Pinned.insert(E.Passport.value());
}

void Ownership::onEventsEnd() {
  // Typed passports are nodes when a site names their type.
  llvm::DenseMap<SiteId, bool> NamesType;
  auto Named = [&](SiteId Site) {
    auto [It, New] = NamesType.try_emplace(Site, false);
    if (New)
      if (const SiteInfo *S = T.site(Site))
        It->second = !S->Type.empty();
    return It->second;
  };
  Facts.forEach([&](uint64_t Id, PassportFacts &F) {
    if (F.Cold)
      makeHot(F, Id);
    if (F.Owned || Named(F.Type1) || Named(F.Type2))
      Passports.push_back(PassportId(Id));
  });
  ColdLog = RecordLog();
  llvm::sort(Passports);
  // No edge is made after this: the replay's rows become a vector.
  ManyEdges = IndexTable();
  OrphanEdges = IndexTable();
  // Forgotten rows have the replay index ~0u.
  Edges.reserve(EdgeRows.size());
  for (uint32_t Row = 0; Row < EdgeRows.extent(); ++Row) {
    const EdgeRow &R = EdgeRows[Row];
    if (R.Replay == ~0u)
      continue;
    OwnershipEdge Edge;
    Edge.From = PassportId(R.From);
    Edge.FromOffset = R.FromOffset;
    Edge.To = PassportId(R.To);
    Edge.Kind = R.Kind;
    Edge.Site = SiteId(R.Site);
    Edge.FirstStack = StackId(R.FirstStack);
    Edge.FirstSlot = R.FirstSlot;
    Edge.NameSite = SiteId(R.NameSite);
    Edge.Count = R.Count;
    Edge.LiveSlots = R.LiveSlots;
    Edge.KeyedBySlot = R.KeyedBySlot;
    Edge.ReplayIndex = R.Replay;
    Edges.push_back(std::move(Edge));
  }
  EdgeRows = Slab<EdgeRow>();
  nameEdges();
  sortEdges();
  Facts.forEach([&](uint64_t Id, const PassportFacts &F) {
    if (F.Borrows != kNone)
      summariseBorrow(Id, F.Borrows);
  });
  BorrowRows = Slab<BorrowRow>();
  ManyBorrows = IndexTable();
}

void Ownership::nameEdges() {
  for (OwnershipEdge &Edge : Edges) {
    const SiteInfo *S = T.site(Edge.NameSite);
    if (!S || S->Variable.empty())
      S = T.site(Edge.Site);
    Edge.Owner =
        Names.save(slotName(S, Edge.FirstSlot, Edge.From, Edge.FromOffset));
    Edge.NamedOwner = S && !S->Variable.empty();
  }
}

void Ownership::summariseBorrow(uint64_t Id, uint32_t Head) {
  // One summary per kind, site and owner name: sorted by them, then runs
  // of equal ones merged.
  std::vector<BorrowSummary> List;
  for (uint32_t Row = Head; Row != kNone; Row = BorrowRows[Row].Next) {
    const BorrowRow &R = BorrowRows[Row];
    BorrowSummary B;
    B.Kind = R.Kind;
    B.Site = SiteId(R.Site);
    B.Count = R.Count;
    B.Events = R.Events;
    B.Edge = R.Edge;
    B.Slot = R.Slot;
    auto Sort = B.Edge != ~0u ? Sorted.find(B.Edge) : Sorted.end();
    B.Owner =
        Sort != Sorted.end()
            ? Edges[Sort->second].Owner
            : Names.save(slotName(T.site(B.Site), B.Slot, kNoPassport, 0));
    List.push_back(std::move(B));
  }
  auto Key = [](const BorrowSummary &B) {
    return std::tie(B.Owner, B.Kind, B.Site);
  };
  std::sort(List.begin(), List.end(),
            [&](const BorrowSummary &A, const BorrowSummary &B) {
              return Key(A) < Key(B);
            });
  std::vector<BorrowSummary> Merged;
  for (BorrowSummary &B : List) {
    if (!Merged.empty() && Key(Merged.back()) == Key(B)) {
      Merged.back().Count += B.Count;
      Merged.back().Events += B.Events;
    } else {
      Merged.push_back(std::move(B));
    }
  }
  Borrows[Id] = std::move(Merged);
}

void Ownership::sortEdges() {
  // Keys in a small array are sorted (edges are big: moving them while
  // sorting cost more than the comparisons), then each edge moves once to
  // its place. Most edges differ in the integers in front; the owner's
  // name and the rest break ties. The replay index, unique, breaks the
  // last ones. The keys are shuffled first (with a fixed seed: the order
  // sorted into is total, so the result does not depend on it): the rows
  // come in long sorted runs, which drove the quicksort of std::sort into
  // its heapsort fallback.
  struct Key {
    uint64_t To, From, FromOffset;
    uint32_t Index;
  };
  std::vector<Key> Keys(Edges.size());
  for (uint32_t I = 0; I < Edges.size(); ++I)
    Keys[I] =
        Key{Edges[I].To.value(), Edges[I].From.value(), Edges[I].FromOffset, I};
  std::shuffle(Keys.begin(), Keys.end(), std::minstd_rand(1));
  std::sort(Keys.begin(), Keys.end(), [&](const Key &A, const Key &B) {
    if (A.To != B.To || A.From != B.From || A.FromOffset != B.FromOffset)
      return std::tie(A.To, A.From, A.FromOffset) <
             std::tie(B.To, B.From, B.FromOffset);
    const OwnershipEdge &X = Edges[A.Index], &Y = Edges[B.Index];
    return std::tie(X.Owner, X.Kind, X.Site, X.FirstSlot, X.ReplayIndex) <
           std::tie(Y.Owner, Y.Kind, Y.Site, Y.FirstSlot, Y.ReplayIndex);
  });
  std::vector<OwnershipEdge> InOrder;
  InOrder.reserve(Edges.size());
  for (const Key &K : Keys)
    InOrder.push_back(std::move(Edges[K.Index]));
  Edges = std::move(InOrder);
  Sorted.reserve(Edges.size());
  for (uint32_t I = 0; I < Edges.size(); ++I)
    Sorted[Edges[I].ReplayIndex] = I;
}

const OwnershipEdge *Ownership::edgeOf(const PassportEventInfo &E) const {
  // ~0u, no edge, is also the map's empty key: never looked up.
  if (E.EdgeIndex == ~0u)
    return nullptr;
  auto It = Sorted.find(E.EdgeIndex);
  return It == Sorted.end() ? nullptr : &Edges[It->second];
}

std::string Ownership::ownerName(const PassportEventInfo &E) const {
  if (const OwnershipEdge *Edge = edgeOf(E))
    return Edge->Owner.str();
  return slotName(T.site(E.Site), E.Slot, E.OwnerPassport, E.OwnerOffset);
}

SiteId Ownership::typeSiteOf(PassportId Id) const {
  const PassportFacts *F = Facts.find(Id.value());
  if (!F)
    return kNoSite;
  for (SiteId Site : {F->Type1, F->Type2})
    if (const SiteInfo *S = T.site(Site); S && !S->Type.empty())
      return Site;
  return kNoSite;
}

std::string Ownership::typeOf(PassportId Id) const {
  const SiteInfo *S = T.site(typeSiteOf(Id));
  return S ? allocatedTypeName(*S) : "";
}

const OwnershipEdge *Ownership::firstOwner(PassportId Id) const {
  const PassportFacts *F = Facts.find(Id.value());
  if (!F || F->FirstEdge == ~0u)
    return nullptr;
  auto Sort = Sorted.find(F->FirstEdge);
  return Sort == Sorted.end() ? nullptr : &Edges[Sort->second];
}

llvm::ArrayRef<BorrowSummary> Ownership::borrows(PassportId Id) const {
  auto It = Borrows.find(Id.value());
  if (It == Borrows.end())
    return {};
  return It->second;
}

} // namespace analyzer
} // namespace memscope

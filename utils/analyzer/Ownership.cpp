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

namespace {

/// True when the site (if the trace has it yet) names the owner slot.
bool namesVariable(const SiteInfo *S) { return S && !S->Variable.empty(); }

} // namespace

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

uint32_t Ownership::edgeFor(const PassportEventInfo &E, SiteId NameSite) {
  uint64_t From = 0, Offset = 0, Slot = 0;
  if (!E.OwnerPassport.isNone()) {
    From = E.OwnerPassport.value();
    Offset = E.OwnerOffset;
  } else if (!namesVariable(T.site(NameSite)) &&
             !namesVariable(T.site(E.Site))) {
    Slot = E.Slot;
  }
  OwnershipEdge Key;
  Key.From = E.OwnerPassport;
  Key.FromOffset = Offset;
  Key.FirstSlot = Slot;
  Key.KeyedBySlot = Slot != 0;
  Key.To = E.Passport;
  Key.Kind = E.Kind;
  Key.Site = E.Site;
  auto [It, New] = ByKeyHash.try_emplace(keyHash(Key), ~0u);
  for (uint32_t I = It->second; I != ~0u; I = edge(I).SameHash) {
    const OwnershipEdge &Edge = edge(I);
    if (Edge.From == E.OwnerPassport && Edge.FromOffset == Offset &&
        Edge.KeyedBySlot == (Slot != 0) && (!Slot || Edge.FirstSlot == Slot) &&
        Edge.To == E.Passport && Edge.Kind == E.Kind && Edge.Site == E.Site)
      return I;
  }
  uint32_t Index = EdgesMade++;
  OwnershipEdge &Edge = Replay[Index];
  Edge.From = E.OwnerPassport;
  Edge.FromOffset = Offset; // as keyed: 0 for a slot in no allocation
  Edge.To = E.Passport;
  Edge.Kind = E.Kind;
  Edge.Site = E.Site;
  Edge.FirstStack = E.Stack;
  Edge.FirstSlot = E.Slot;
  Edge.NameSite = NameSite;
  Edge.KeyedBySlot = Slot != 0;
  Edge.SameHash = It->second;
  It->second = Index;
  facts(E.Passport).EdgesTo.push_back(Index);
  return Index;
}

uint64_t Ownership::keyHash(const OwnershipEdge &E) {
  return llvm::hash_combine(E.From.value(), E.FromOffset,
                            E.KeyedBySlot ? E.FirstSlot : 0, E.To.value(),
                            static_cast<uint8_t>(E.Kind), E.Site.value());
}

void Ownership::release(uint64_t Slot) {
  auto It = Held.find(Slot);
  if (It == Held.end())
    return;
  --edge(It->second).LiveSlots;
  Held.erase(It);
}

std::optional<uint32_t> Ownership::heldEdge(uint64_t Slot,
                                            PassportId Id) const {
  auto It = Held.find(Slot);
  if (It == Held.end() || edge(It->second).To != Id)
    return std::nullopt;
  return It->second;
}

void Ownership::fill(uint64_t Slot, uint32_t Edge) {
  LastHeld[Slot] = Edge;
  auto [It, New] = Held.try_emplace(Slot, Edge);
  if (!New) {
    if (It->second == Edge)
      return;
    --edge(It->second).LiveSlots;
    It->second = Edge;
  }
  ++edge(Edge).LiveSlots;
}

void Ownership::onOwned(PassportEventInfo &E) {
  facts(E.Passport).Owned = true;
  std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport);
  if (E.Rename && Current) {
    // Only a better name for what the slot already holds.
    edge(*Current).NameSite = E.Site;
    E.EdgeIndex = *Current;
    return;
  }
  // A rename without an edge means the Owned event was not recorded: the
  // slot holds the object all the same.
  uint32_t Index = edgeFor(E, E.Site);
  if (!E.Rename)
    ++edge(Index).Count;
  // A Move takes the value from FromSlot: that edge ends here (the writer
  // leaves out its Released event).
  if (E.Kind == trace::EdgeKind::Move && E.FromSlot)
    if (heldEdge(E.FromSlot, E.Passport))
      release(E.FromSlot);
  fill(E.Slot, Index);
  if (!E.OwnerPassport.isNone())
    SlotsIn[E.OwnerPassport.value()].push_back(E.Slot);
  SlotsTo[E.Passport.value()].push_back(E.Slot);
  if (PassportFacts &F = facts(E.Passport); F.FirstEdge == ~0u)
    F.FirstEdge = Index;
  E.EdgeIndex = Index;
}

void Ownership::onReleased(PassportEventInfo &E) {
  facts(E.Passport).Owned = true;
  if (std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport)) {
    E.EdgeIndex = *Current;
    release(E.Slot);
  } else if (auto Last = LastHeld.find(E.Slot);
             Last != LastHeld.end() && edge(Last->second).To == E.Passport) {
    E.EdgeIndex = Last->second;
  }
}

void Ownership::onBorrowed(PassportEventInfo &E) {
  facts(E.Passport).Owned = true;
  std::optional<uint32_t> Current = heldEdge(E.Slot, E.Passport);
  if (Current)
    E.EdgeIndex = *Current;
  uint32_t Edge = Current.value_or(~0u);
  uint64_t Slot = Current ? 0 : E.Slot;
  std::vector<BorrowSummary> &List = Borrows[E.Passport.value()];
  auto Same = llvm::find_if(List, [&](const BorrowSummary &B) {
    return B.Kind == E.Kind && B.Site == E.Site && B.Edge == Edge &&
           B.Slot == Slot;
  });
  if (Same == List.end()) {
    BorrowSummary B;
    B.Kind = E.Kind;
    B.Site = E.Site;
    B.Edge = Edge;
    B.Slot = Slot;
    Same = List.insert(List.end(), B);
  }
  Same->Count += E.Count;
  ++Same->Events;
}

void Ownership::onEdge(PassportEventInfo &E) {
  facts(E.Passport).Owned = true;
  // LastSite's Variable names the slot best, else FirstSite's.
  SiteId NameSite = E.LastSite.isNone() ? E.Site : E.LastSite;
  uint32_t Index = edgeFor(E, NameSite);
  OwnershipEdge &Edge = edge(Index);
  Edge.Count += E.Count;
  if (E.Live)
    ++Edge.LiveSlots;
  PassportFacts &F = facts(E.Passport);
  if (F.FirstEdge == ~0u || E.Order < F.FirstOrder) {
    F.FirstEdge = Index;
    F.FirstOrder = E.Order;
  }
  E.EdgeIndex = Index;
}

void Ownership::onFreed(const PassportEventInfo &E) {
  // Most programs free far more blocks than they own or type.
  if (SlotsTo.empty() && SlotsIn.empty() && Facts.empty())
    return;
  uint64_t Id = E.Passport.value();
  if (auto It = SlotsTo.find(Id); It != SlotsTo.end()) {
    for (uint64_t Slot : It->second) {
      if (heldEdge(Slot, E.Passport))
        release(Slot);
      if (auto Last = LastHeld.find(Slot);
          Last != LastHeld.end() && edge(Last->second).To == E.Passport)
        LastHeld.erase(Last);
    }
    SlotsTo.erase(It);
  }
  if (auto It = SlotsIn.find(Id); It != SlotsIn.end()) {
    for (uint64_t Slot : It->second) {
      auto H = Held.find(Slot);
      if (H != Held.end() && edge(H->second).From == E.Passport)
        release(Slot);
    }
    SlotsIn.erase(It);
  }
  auto It = Facts.find(Id);
  if (It == Facts.end())
    return;
  // A typed block without ownership is a graph node of its own only while
  // few such are kept.
  if (!It->second.Owned && It->second.EdgesTo.empty()) {
    if (FreedTyped < kFreedTypedKept)
      ++FreedTyped;
    else
      Facts.erase(It);
    return;
  }
  // An owned object: its edges are final now; kept while it is among the
  // most recently freed.
  if (KeepEverything)
    return;
  FreedOwned.push_back(Id);
  if (FreedOwned.size() <= kFreedOwnedKept)
    return;
  uint64_t Oldest = FreedOwned.front();
  FreedOwned.pop_front();
  if (!Pinned.count(Oldest))
    forget(Oldest);
}

void Ownership::forget(uint64_t Id) {
  auto It = Facts.find(Id);
  if (It == Facts.end())
    return;
  for (uint32_t Index : It->second.EdgesTo) {
    auto E = Replay.find(Index);
    // A slot that still holds it (events out of order) keeps it.
    if (E == Replay.end() || E->second.LiveSlots)
      continue;
    // Out of its hash chain.
    auto Head = ByKeyHash.find(keyHash(E->second));
    if (Head != ByKeyHash.end()) {
      if (Head->second == Index) {
        Head->second = E->second.SameHash;
        if (Head->second == ~0u)
          ByKeyHash.erase(Head);
      } else {
        for (uint32_t I = Head->second; I != ~0u; I = edge(I).SameHash)
          if (edge(I).SameHash == Index) {
            edge(I).SameHash = E->second.SameHash;
            break;
          }
      }
    }
    Replay.erase(E);
    ++ForgottenEdges;
  }
  Borrows.erase(Id);
  Facts.erase(It);
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
  for (const auto &[Id, F] : Facts)
    if (F.Owned || Named(F.Type1) || Named(F.Type2))
      Passports.push_back(PassportId(Id));
  llvm::sort(Passports);
  // No edge is made after this: the replay's table becomes a vector.
  ByKeyHash.shrink_and_clear();
  Edges.reserve(Replay.size());
  for (auto &[Index, Edge] : Replay) {
    Edge.ReplayIndex = Index;
    Edges.push_back(std::move(Edge));
  }
  Replay.shrink_and_clear();
  nameEdges();
  sortEdges();
  summariseBorrows();
}

void Ownership::nameEdges() {
  for (OwnershipEdge &Edge : Edges) {
    const SiteInfo *S = T.site(Edge.NameSite);
    if (!namesVariable(S))
      S = T.site(Edge.Site);
    Edge.Owner = slotName(S, Edge.FirstSlot, Edge.From, Edge.FromOffset);
    Edge.NamedOwner = namesVariable(S);
  }
}

void Ownership::summariseBorrows() {
  for (auto &Entry : Borrows) {
    std::vector<BorrowSummary> Merged;
    for (BorrowSummary &B : Entry.second) {
      auto Sort = B.Edge != ~0u ? Sorted.find(B.Edge) : Sorted.end();
      B.Owner = Sort != Sorted.end()
                    ? Edges[Sort->second].Owner
                    : slotName(T.site(B.Site), B.Slot, kNoPassport, 0);
      auto Same = llvm::find_if(Merged, [&](const BorrowSummary &M) {
        return M.Kind == B.Kind && M.Site == B.Site && M.Owner == B.Owner;
      });
      if (Same == Merged.end()) {
        Merged.push_back(B);
      } else {
        Same->Count += B.Count;
        Same->Events += B.Events;
      }
    }
    std::sort(Merged.begin(), Merged.end(),
              [](const BorrowSummary &A, const BorrowSummary &B) {
                return std::tie(A.Owner, A.Kind, A.Site) <
                       std::tie(B.Owner, B.Kind, B.Site);
              });
    Entry.second = std::move(Merged);
  }
}

void Ownership::sortEdges() {
  // Sorted in place (a copy would double the biggest table for a moment);
  // each edge's replay index comes along to map the events' EdgeIndex, and
  // breaks ties.
  std::sort(Edges.begin(), Edges.end(),
            [](const OwnershipEdge &X, const OwnershipEdge &Y) {
              return std::tie(X.To, X.From, X.FromOffset, X.Owner, X.Kind,
                              X.Site, X.FirstSlot, X.ReplayIndex) <
                     std::tie(Y.To, Y.From, Y.FromOffset, Y.Owner, Y.Kind,
                              Y.Site, Y.FirstSlot, Y.ReplayIndex);
            });
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
    return Edge->Owner;
  return slotName(T.site(E.Site), E.Slot, E.OwnerPassport, E.OwnerOffset);
}

SiteId Ownership::typeSiteOf(PassportId Id) const {
  auto It = Facts.find(Id.value());
  if (It == Facts.end())
    return kNoSite;
  for (SiteId Site : {It->second.Type1, It->second.Type2})
    if (const SiteInfo *S = T.site(Site); S && !S->Type.empty())
      return Site;
  return kNoSite;
}

std::string Ownership::typeOf(PassportId Id) const {
  const SiteInfo *S = T.site(typeSiteOf(Id));
  return S ? allocatedTypeName(*S) : "";
}

const OwnershipEdge *Ownership::firstOwner(PassportId Id) const {
  auto It = Facts.find(Id.value());
  if (It == Facts.end() || It->second.FirstEdge == ~0u)
    return nullptr;
  auto Sort = Sorted.find(It->second.FirstEdge);
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

//===- utils/analyzer/Ownership.cpp - exact ownership, replayed -----------===//
//
// One pass over the time-ordered passport events keeps, for every owner slot
// address, the edge it holds now. Edges are keyed by (owner, target, kind,
// site), where the owner is the allocation and offset the slot lies in, or
// for other slots the variable and function of the site (or the slot's
// address when the site does not name it). Then the edges are sorted into a
// deterministic order, so golden files can hold the graph.
//
// See also: Ownership.h, docs/Analyzer.md ("memscope graph"),
// runtime/memscope_ownership.cpp (the writer of the events).
//===----------------------------------------------------------------------===//
#include "Ownership.h"

#include "memscope/abi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <numeric>
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

Ownership::Ownership(const Trace &T,
                     llvm::ArrayRef<const PassportEventInfo *> Timeline)
    : T(T) {
  replay(Timeline);
  sortEdges();
}

namespace {

/// What makes two Owned events the same edge. The owner is the allocation
/// and offset the slot lies in; else the variable and function of the
/// site; else the slot address.
using EdgeKey = std::tuple<uint64_t /*From*/, uint64_t /*FromOffset*/,
                           std::string /*Variable*/, std::string /*Function*/,
                           uint64_t /*Slot*/, uint64_t /*To*/, uint8_t /*Kind*/,
                           uint32_t /*Site*/>;

EdgeKey edgeKey(const PassportEventInfo &E, const SiteInfo *S) {
  uint64_t From = 0, Offset = 0, Slot = 0;
  std::string Variable, Function;
  if (!E.OwnerPassport.isNone()) {
    From = E.OwnerPassport.value();
    Offset = E.OwnerOffset;
  } else if (S && !S->Variable.empty()) {
    Variable = S->Variable;
    Function = S->Function;
  } else {
    Slot = E.Slot;
  }
  return EdgeKey(From, Offset, std::move(Variable), std::move(Function), Slot,
                 E.Passport.value(), static_cast<uint8_t>(E.Kind),
                 E.Site.value());
}

} // namespace

void Ownership::replay(llvm::ArrayRef<const PassportEventInfo *> Timeline) {
  std::map<EdgeKey, size_t> ByKey;
  // Owner slot address -> the edge it holds now.
  std::unordered_map<uint64_t, size_t> Held;
  // Allocation -> slot addresses inside it that took an edge.
  std::unordered_map<PassportId, std::vector<uint64_t>> SlotsIn;
  // Allocation -> slot addresses that took an edge to it.
  std::unordered_map<PassportId, std::vector<uint64_t>> SlotsTo;

  auto Release = [&](uint64_t Slot) {
    auto It = Held.find(Slot);
    if (It == Held.end())
      return;
    --Edges[It->second].LiveSlots;
    Held.erase(It);
  };
  // The edge Slot holds now if it leads to Id.
  auto HeldEdge = [&](uint64_t Slot, PassportId Id) -> std::optional<size_t> {
    auto It = Held.find(Slot);
    if (It == Held.end() || Edges[It->second].To != Id)
      return std::nullopt;
    return It->second;
  };
  // Owner slot address -> the edge it held last, after it let go: a
  // Released event may come after the rule that ended the edge.
  std::unordered_map<uint64_t, size_t> LastHeld;
  auto Fill = [&](uint64_t Slot, size_t Edge) {
    LastHeld[Slot] = Edge;
    auto [It, New] = Held.try_emplace(Slot, Edge);
    if (!New) {
      if (It->second == Edge)
        return;
      --Edges[It->second].LiveSlots;
      It->second = Edge;
    }
    ++Edges[Edge].LiveSlots;
  };

  for (const PassportEventInfo *E : Timeline) {
    const SiteInfo *S = T.site(E->Site);
    switch (E->Event) {
    case PassportEvent::Typed:
      // The first site that names a type wins; a site the trace lacks
      // names none.
      if (S && !S->Type.empty() && !Types.count(E->Passport)) {
        Types.emplace(E->Passport, allocatedTypeName(*S));
        Passports.insert(E->Passport);
      }
      break;

    case PassportEvent::Owned: {
      Passports.insert(E->Passport);
      std::optional<size_t> Current = HeldEdge(E->Slot, E->Passport);
      if (E->Rename && Current) {
        // Only a better name for what the slot already holds.
        OwnershipEdge &Edge = Edges[*Current];
        if (S && !S->Variable.empty())
          Edge.Owner = slotName(S, E->Slot, Edge.From, Edge.FromOffset);
        EventEdge.emplace(E->Sequence, *Current);
        break;
      }
      // A rename without an edge means the Owned event was not recorded:
      // the slot holds the object all the same.
      auto [It, New] = ByKey.try_emplace(edgeKey(*E, S), Edges.size());
      if (New) {
        OwnershipEdge Edge;
        Edge.From = E->OwnerPassport;
        Edge.FromOffset = E->OwnerOffset;
        Edge.Owner = slotName(S, E->Slot, E->OwnerPassport, E->OwnerOffset);
        Edge.To = E->Passport;
        Edge.Kind = E->Kind;
        Edge.Site = E->Site;
        Edge.First = E;
        Edges.push_back(std::move(Edge));
      }
      size_t Index = It->second;
      if (!E->Rename)
        ++Edges[Index].Count;
      // A Move takes the value from FromSlot: that edge ends here (the
      // writer leaves out its Released event).
      if (E->Kind == trace::EdgeKind::Move && E->FromSlot)
        if (HeldEdge(E->FromSlot, E->Passport))
          Release(E->FromSlot);
      Fill(E->Slot, Index);
      if (!E->OwnerPassport.isNone())
        SlotsIn[E->OwnerPassport].push_back(E->Slot);
      SlotsTo[E->Passport].push_back(E->Slot);
      FirstOwner.try_emplace(E->Passport, Index);
      EventEdge.emplace(E->Sequence, Index);
      break;
    }

    case PassportEvent::Released:
      Passports.insert(E->Passport);
      if (std::optional<size_t> Current = HeldEdge(E->Slot, E->Passport)) {
        EventEdge.emplace(E->Sequence, *Current);
        Release(E->Slot);
      } else if (auto Last = LastHeld.find(E->Slot);
                 Last != LastHeld.end() && Edges[Last->second].To == E->Passport) {
        EventEdge.emplace(E->Sequence, Last->second);
      }
      break;

    case PassportEvent::Borrowed: {
      Passports.insert(E->Passport);
      std::optional<size_t> Current = HeldEdge(E->Slot, E->Passport);
      if (Current)
        EventEdge.emplace(E->Sequence, *Current);
      std::string Owner = Current ? Edges[*Current].Owner
                                  : slotName(S, E->Slot, kNoPassport, 0);
      std::vector<BorrowSummary> &List = Borrows[E->Passport];
      auto Same = llvm::find_if(List, [&](const BorrowSummary &B) {
        return B.Kind == E->Kind && B.Site == E->Site && B.Owner == Owner;
      });
      if (Same == List.end())
        Same = List.insert(List.end(),
                           BorrowSummary{E->Kind, std::move(Owner), E->Site});
      Same->Count += E->Count;
      ++Same->Events;
      break;
    }

    // A freed block is held by no slot, and freed memory holds no slots:
    // the edges to it and in it end with it (the writer leaves out their
    // Released events).
    case PassportEvent::Freed:
    case PassportEvent::Reallocated: {
      if (auto It = SlotsTo.find(E->Passport); It != SlotsTo.end()) {
        for (uint64_t Slot : It->second)
          if (HeldEdge(Slot, E->Passport))
            Release(Slot);
        SlotsTo.erase(It);
      }
      auto It = SlotsIn.find(E->Passport);
      if (It == SlotsIn.end())
        break;
      for (uint64_t Slot : It->second) {
        auto H = Held.find(Slot);
        if (H != Held.end() && Edges[H->second].From == E->Passport)
          Release(Slot);
      }
      SlotsIn.erase(It);
      break;
    }

    case PassportEvent::Allocated:
    case PassportEvent::ReallocatedFrom:
    case PassportEvent::Evicted:
      break;
    }
  }

  for (auto &Entry : Borrows)
    std::sort(Entry.second.begin(), Entry.second.end(),
              [](const BorrowSummary &A, const BorrowSummary &B) {
                return std::tie(A.Owner, A.Kind, A.Site) <
                       std::tie(B.Owner, B.Kind, B.Site);
              });
}

void Ownership::sortEdges() {
  std::vector<size_t> Order(Edges.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::sort(Order.begin(), Order.end(), [&](size_t A, size_t B) {
    const OwnershipEdge &X = Edges[A];
    const OwnershipEdge &Y = Edges[B];
    return std::tie(X.To, X.From, X.FromOffset, X.Owner, X.Kind, X.Site,
                    X.First->Slot) < std::tie(Y.To, Y.From, Y.FromOffset,
                                              Y.Owner, Y.Kind, Y.Site,
                                              Y.First->Slot);
  });
  std::vector<size_t> NewIndex(Edges.size());
  std::vector<OwnershipEdge> Sorted;
  Sorted.reserve(Edges.size());
  for (size_t I : Order) {
    NewIndex[I] = Sorted.size();
    Sorted.push_back(std::move(Edges[I]));
  }
  Edges = std::move(Sorted);
  for (auto &Entry : EventEdge)
    Entry.second = NewIndex[Entry.second];
  for (auto &Entry : FirstOwner)
    Entry.second = NewIndex[Entry.second];
}

const OwnershipEdge *Ownership::edgeOf(const PassportEventInfo &E) const {
  auto It = EventEdge.find(E.Sequence);
  return It == EventEdge.end() ? nullptr : &Edges[It->second];
}

std::string Ownership::ownerName(const PassportEventInfo &E) const {
  if (const OwnershipEdge *Edge = edgeOf(E))
    return Edge->Owner;
  return slotName(T.site(E.Site), E.Slot, E.OwnerPassport, E.OwnerOffset);
}

const std::string &Ownership::typeOf(PassportId Id) const {
  static const std::string Unknown;
  auto It = Types.find(Id);
  return It == Types.end() ? Unknown : It->second;
}

const OwnershipEdge *Ownership::firstOwner(PassportId Id) const {
  auto It = FirstOwner.find(Id);
  return It == FirstOwner.end() ? nullptr : &Edges[It->second];
}

llvm::ArrayRef<BorrowSummary> Ownership::borrows(PassportId Id) const {
  auto It = Borrows.find(Id);
  if (It == Borrows.end())
    return {};
  return It->second;
}

} // namespace analyzer
} // namespace memscope

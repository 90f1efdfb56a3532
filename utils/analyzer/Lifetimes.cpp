//===- utils/analyzer/Lifetimes.cpp - passport histories, bounded ---------===//
//
// A Block per passport kept: its first events, then a ring of its last
// ones. Blocks are made by Allocated events (or for a passport an Error
// record named first); other events of a passport that is not kept are
// dropped, so stray events (an Edge event at exit for a block forgotten
// long ago) cannot grow the tables. Freed blocks queue up and the oldest
// is forgotten when more than kFreedKept wait.
//
// See also: Lifetimes.h.
//===----------------------------------------------------------------------===//
#include "Lifetimes.h"

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

Lifetimes::Lifetimes() = default;
Lifetimes::~Lifetimes() = default;

const Lifetimes::Block *Lifetimes::find(PassportId Id) const {
  const uint32_t *At = Index.find(Id.value());
  return At ? &Slab[*At] : nullptr;
}

Lifetimes::Block *Lifetimes::find(PassportId Id) {
  uint32_t *At = Index.find(Id.value());
  return At ? &Slab[*At] : nullptr;
}

Lifetimes::Block &Lifetimes::create(uint64_t Id) {
  uint32_t At;
  if (!Free.empty()) {
    At = Free.back();
    Free.pop_back();
  } else {
    At = Slab.size();
    Slab.emplace_back();
  }
  Index[Id] = At;
  return Slab[At];
}

void Lifetimes::forget(uint64_t Id) {
  uint32_t At = *Index.find(Id);
  Block &B = Slab[At];
  B.Events.clear();
  B.RingStart = 0;
  B.Freed = B.Pinned = false;
  B.Omitted = 0;
  B.ReusedBy = ReuseInfo();
  Free.push_back(At);
  Index.erase(Id);
}

StoredEvent Lifetimes::store(const PassportEventInfo &E) {
  StoredEvent S;
  S.TimeNs = E.TimeNs;
  S.Tid = E.Tid.value();
  S.Stack = E.Stack.value();
  S.Site = E.Site.value();
  S.LastSite = E.LastSite.value();
  S.EdgeIndex = E.EdgeIndex;
  S.Event = static_cast<uint8_t>(E.Event);
  S.Family = static_cast<uint8_t>(E.Family);
  S.Kind = static_cast<uint8_t>(E.Kind);
  S.How = static_cast<uint8_t>(E.How);
  S.Flags = (E.Rename ? 1 : 0) | (E.Live ? 2 : 0);
  switch (E.Event) {
  case PassportEvent::Allocated:
    S.Word[0] = E.Addr;
    S.Word[1] = E.Size;
    break;
  case PassportEvent::Reallocated:
  case PassportEvent::ReallocatedFrom:
    S.Word[0] = E.Related.value();
    break;
  case PassportEvent::Owned:
    S.Word[1] = E.FromSlot;
    [[fallthrough]];
  case PassportEvent::Edge:
    S.Word[2] = E.OwnerPassport.value();
    S.Word[3] = E.OwnerOffset;
    [[fallthrough]];
  case PassportEvent::Released:
  case PassportEvent::Borrowed:
    S.Word[0] = E.Slot;
    if (E.Event != PassportEvent::Owned)
      S.Word[1] = E.Count;
    break;
  case PassportEvent::Freed:
  case PassportEvent::Evicted:
  case PassportEvent::Typed:
    break;
  }
  return S;
}

PassportEventInfo Lifetimes::load(PassportId Passport, const StoredEvent &S) {
  PassportEventInfo E;
  E.Passport = Passport;
  E.TimeNs = S.TimeNs;
  E.Tid = ThreadId(S.Tid);
  E.Stack = StackId(S.Stack);
  E.Site = SiteId(S.Site);
  E.LastSite = SiteId(S.LastSite);
  E.EdgeIndex = S.EdgeIndex;
  E.Event = static_cast<PassportEvent>(S.Event);
  E.Family = static_cast<trace::AllocFamily>(S.Family);
  E.Kind = static_cast<trace::EdgeKind>(S.Kind);
  E.How = static_cast<trace::ReleaseHow>(S.How);
  E.Rename = S.Flags & 1;
  E.Live = S.Flags & 2;
  switch (E.Event) {
  case PassportEvent::Allocated:
    E.Addr = S.Word[0];
    E.Size = S.Word[1];
    break;
  case PassportEvent::Reallocated:
  case PassportEvent::ReallocatedFrom:
    E.Related = PassportId(S.Word[0]);
    break;
  case PassportEvent::Owned:
    E.FromSlot = S.Word[1];
    [[fallthrough]];
  case PassportEvent::Edge:
    E.OwnerPassport = PassportId(S.Word[2]);
    E.OwnerOffset = S.Word[3];
    [[fallthrough]];
  case PassportEvent::Released:
  case PassportEvent::Borrowed:
    E.Slot = S.Word[0];
    if (E.Event != PassportEvent::Owned)
      E.Count = S.Word[1];
    break;
  case PassportEvent::Freed:
  case PassportEvent::Evicted:
  case PassportEvent::Typed:
    break;
  }
  return E;
}

void Lifetimes::append(Block &B, const StoredEvent &E) {
  if (B.Events.size() < kHeadEvents + kTailEvents) {
    B.Events.push_back(E);
    return;
  }
  B.Events[kHeadEvents + B.RingStart] = E;
  B.RingStart = (B.RingStart + 1) % kTailEvents;
  ++B.Omitted;
}

void Lifetimes::onError(const ErrorInfo &E) {
  if (E.Passport.isNone())
    return;
  if (Block *B = find(E.Passport))
    B->Pinned = true;
  else
    PendingPins.insert(E.Passport.value());
}

void Lifetimes::retire(PassportId Id) {
  FreedOrder.push(Id.value());
  if (FreedOrder.size() <= kFreedKept)
    return;
  uint64_t Oldest = FreedOrder.pop();
  const Block *B = find(PassportId(Oldest));
  if (!B || B->Pinned || !B->Freed)
    return;
  // Its address, unless a later allocation took it already.
  if (B->ReusedBy.Passport.isNone())
    if (const uint64_t *At = AtAddress.find(B->Addr); At && *At == Oldest)
      AtAddress.erase(B->Addr);
  forget(Oldest);
}

void Lifetimes::onStored(uint64_t Id, const StoredEvent &E) {
  auto Event = static_cast<PassportEvent>(E.Event);
  Block *B = find(PassportId(Id));
  if (!B) {
    bool Pinned = !PendingPins.empty() && PendingPins.erase(Id);
    if (Event != PassportEvent::Allocated && !Pinned)
      return;
    B = &create(Id);
    B->Pinned = Pinned;
  }
  append(*B, E);
  switch (Event) {
  case PassportEvent::Allocated: {
    B->Addr = E.Word[0];
    // Reuse: an allocation at the address of an earlier passport.
    auto [At, New] = AtAddress.tryEmplace(B->Addr);
    if (New)
      *At = Id;
    if (New || *At == Id)
      break;
    uint64_t Earlier = *At;
    *At = Id;
    if (Block *Old = find(PassportId(Earlier));
        Old && Old->ReusedBy.Passport.isNone())
      Old->ReusedBy = ReuseInfo{PassportId(Id), E.TimeNs, ThreadId(E.Tid),
                                StackId(E.Stack)};
    break;
  }
  case PassportEvent::Freed:
  case PassportEvent::Reallocated:
    if (!B->Freed) {
      B->Freed = true;
      if (!B->Pinned)
        retire(PassportId(Id));
    }
    break;
  default:
    break;
  }
}

HistoryView Lifetimes::history(PassportId Id) const {
  HistoryView V;
  const Block *B = find(Id);
  if (!B)
    return V;
  size_t Head = std::min(B->Events.size(), kHeadEvents);
  for (size_t I = 0; I < Head; ++I)
    V.Events.push_back(load(Id, B->Events[I]));
  V.Omitted = B->Omitted;
  V.OmittedAt = Head;
  size_t Tail = B->Events.size() - Head;
  for (size_t I = 0; I < Tail; ++I)
    V.Events.push_back(load(Id, B->Events[Head + (B->RingStart + I) % Tail]));
  return V;
}

std::optional<PassportEventInfo> Lifetimes::allocation(PassportId Id) const {
  const Block *B = find(Id);
  if (!B)
    return std::nullopt;
  for (const StoredEvent &E : B->Events)
    if (E.Event == static_cast<uint8_t>(PassportEvent::Allocated))
      return load(Id, E);
  return std::nullopt;
}

bool Lifetimes::freed(PassportId Id) const {
  const Block *B = find(Id);
  return B && B->Freed;
}

const ReuseInfo *Lifetimes::reusedBy(PassportId Id) const {
  const Block *B = find(Id);
  return B && !B->ReusedBy.Passport.isNone() ? &B->ReusedBy : nullptr;
}

llvm::SmallVector<SiteId, 2> Lifetimes::typeSites(PassportId Id) const {
  llvm::SmallVector<SiteId, 2> Sites;
  if (const Block *B = find(Id))
    for (const StoredEvent &E : B->Events)
      if (E.Event == static_cast<uint8_t>(PassportEvent::Typed))
        Sites.push_back(SiteId(E.Site));
  return Sites;
}

} // namespace analyzer
} // namespace memscope

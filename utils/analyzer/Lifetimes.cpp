//===- utils/analyzer/Lifetimes.cpp - passport histories, bounded ---------===//
//
// A Block per passport kept: its first events, then a ring of its last
// ones. Blocks are made by Allocated events (or for a passport an Error
// record named first); other events of a passport that is not kept are
// dropped, so stray events (an Edge event at exit for a block forgotten
// long ago) cannot grow the tables. Freed blocks queue up and the oldest
// is forgotten when more than kFreedKept wait; those freed before the
// kHotFreed most recent ones wait as compact records (a fifth of the
// bytes, written in order), so that the blocks events are added to stay
// few and cached. A block of a few events (allocated, freed) stays as it
// is: compacting it costs more than it saves.
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
  Block &B = Slab[At];
  if (!Buffers.empty()) {
    B.Events = std::move(Buffers.back());
    Buffers.pop_back();
  }
  return B;
}

void Lifetimes::forget(uint64_t Id) {
  uint32_t At = *Index.find(Id);
  Block &B = Slab[At];
  B.Events.clear();
  if (B.Events.capacity())
    Buffers.push_back(std::move(B.Events));
  B.Events = std::vector<StoredEvent>();
  B.RingStart = 0;
  B.Freed = B.Pinned = B.Cold = false;
  B.Omitted = 0;
  B.ReusedBy = ReuseInfo();
  Free.push_back(At);
  Index.erase(Id);
}

namespace {

/// The largest record: a count, and per event 10 varints and 5 bytes.
constexpr size_t kMaxRecord =
    2 * 10 + (Lifetimes::kHeadEvents + Lifetimes::kTailEvents) * (10 * 10 + 5);

} // namespace

void Lifetimes::makeCold(Block &B, uint64_t Id) {
  uint8_t Record[kMaxRecord];
  uint8_t *Out = Record;
  putVarint(Out, B.Events.size());
  putVarint(Out, B.RingStart);
  uint64_t Time = 0;
  for (const StoredEvent &E : B.Events) {
    // Times as differences (zigzag: arrival order is not quite time order).
    uint64_t Delta = E.TimeNs - Time;
    putVarint(Out, (Delta << 1) ^ static_cast<uint64_t>(
                                      static_cast<int64_t>(Delta) >> 63));
    Time = E.TimeNs;
    for (uint64_t W : E.Word)
      putVarint(Out, W);
    putVarint(Out, E.Tid);
    putVarint(Out, E.Stack);
    putVarint(Out, E.Site);
    putVarint(Out, E.LastSite);
    putVarint(Out, uint64_t(E.EdgeIndex) + 1); // ~0u (none) as 0
    *Out++ = E.Event;
    *Out++ = E.Family;
    *Out++ = E.Kind;
    *Out++ = E.How;
    *Out++ = E.Flags;
  }
  B.ColdAt = ColdLog.append(Record, Out - Record);
  B.Cold = true;
  B.Events.clear();
  Buffers.push_back(std::move(B.Events));
  B.Events = std::vector<StoredEvent>();
  ColdPositions.push(B.ColdAt);
  ColdPassports.push(Id);
}

std::vector<StoredEvent> Lifetimes::eventsOf(const Block &B) const {
  if (!B.Cold)
    return B.Events;
  const uint8_t *In = ColdLog.at(B.ColdAt);
  std::vector<StoredEvent> Events(getVarint(In));
  getVarint(In); // RingStart, which B has
  uint64_t Time = 0;
  for (StoredEvent &E : Events) {
    uint64_t Zigzag = getVarint(In);
    Time += (Zigzag >> 1) ^ (0 - (Zigzag & 1));
    E.TimeNs = Time;
    for (uint64_t &W : E.Word)
      W = getVarint(In);
    E.Tid = static_cast<uint32_t>(getVarint(In));
    E.Stack = static_cast<uint32_t>(getVarint(In));
    E.Site = static_cast<uint32_t>(getVarint(In));
    E.LastSite = static_cast<uint32_t>(getVarint(In));
    E.EdgeIndex = static_cast<uint32_t>(getVarint(In) - 1);
    E.Event = *In++;
    E.Family = *In++;
    E.Kind = *In++;
    E.How = *In++;
    E.Flags = *In++;
  }
  return Events;
}

void Lifetimes::makeHot(Block &B) {
  std::vector<StoredEvent> Events = eventsOf(B);
  if (!Buffers.empty()) {
    B.Events = std::move(Buffers.back());
    Buffers.pop_back();
  }
  B.Events.assign(Events.begin(), Events.end());
  B.Cold = false;
}

void Lifetimes::dropColdRecords() {
  while (!ColdPositions.empty()) {
    const Block *B = find(PassportId(ColdPassports.peek(0)));
    if (B && B->Cold && B->ColdAt == ColdPositions.peek(0))
      break;
    ColdPositions.pop();
    ColdPassports.pop();
  }
  ColdLog.dropBefore(ColdPositions.empty() ? UINT64_MAX
                                           : ColdPositions.peek(0));
}

void Lifetimes::store(const PassportEventInfo &E, StoredEvent &S) {
  S.Word[0] = S.Word[1] = S.Word[2] = S.Word[3] = 0;
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
  case PassportEvent::Foreign:
    S.Word[0] = E.Pc;
    S.How = static_cast<uint8_t>(E.Crossing);
    break;
  case PassportEvent::Freed:
  case PassportEvent::Evicted:
  case PassportEvent::Typed:
    break;
  }
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
  case PassportEvent::Foreign:
    E.Pc = S.Word[0];
    E.Crossing = static_cast<trace::ForeignHow>(S.How);
    break;
  case PassportEvent::Freed:
  case PassportEvent::Evicted:
  case PassportEvent::Typed:
    break;
  }
  return E;
}

StoredEvent &Lifetimes::append(Block &B) {
  if (B.Events.size() < kHeadEvents + kTailEvents)
    return B.Events.emplace_back();
  StoredEvent &Slot = B.Events[kHeadEvents + B.RingStart];
  B.RingStart = (B.RingStart + 1) % kTailEvents;
  ++B.Omitted;
  return Slot;
}

void Lifetimes::onError(const ErrorInfo &E) {
  if (E.Passport.isNone())
    return;
  if (Block *B = find(E.Passport)) {
    B->Pinned = true;
    // Kept to the end: not in ColdLog, which drops records in order.
    if (B->Cold)
      makeHot(*B);
  } else
    PendingPins.insert(E.Passport.value());
}

void Lifetimes::retire(PassportId Id) {
  FreedOrder.push(Id.value());
  if (FreedOrder.size() > kHotFreed)
    if (Block *B = find(
            PassportId(FreedOrder.peek(FreedOrder.size() - 1 - kHotFreed)));
        B && B->Freed && !B->Pinned && !B->Cold &&
        B->Events.size() > kColdMinEvents)
      makeCold(*B, FreedOrder.peek(FreedOrder.size() - 1 - kHotFreed));
  if (FreedOrder.size() <= kFreedKept)
    return;
  uint64_t Oldest = FreedOrder.pop();
  const Block *B = find(PassportId(Oldest));
  if (B && !B->Pinned && B->Freed) {
    // Its address, unless a later allocation took it already.
    if (B->ReusedBy.Passport.isNone())
      if (const uint64_t *At = AtAddress.find(B->Addr); At && *At == Oldest)
        AtAddress.erase(B->Addr);
    forget(Oldest);
  }
  dropColdRecords();
}

void Lifetimes::onEvent(PassportEventInfo &Info) {
  uint64_t Id = Info.Passport.value();
  PassportEvent Event = Info.Event;
  if (Event == PassportEvent::ReallocatedFrom)
    MovedFrom[Info.Passport] = Info.Related;
  Block *B = find(PassportId(Id));
  if (!B) {
    bool Pinned = !PendingPins.empty() && PendingPins.erase(Id);
    if (Event != PassportEvent::Allocated && !Pinned)
      return;
    B = &create(Id);
    B->Pinned = Pinned;
  } else if (B->Cold) {
    makeHot(*B);
  }
  StoredEvent &E = append(*B);
  store(Info, E);
  switch (Event) {
  case PassportEvent::Allocated: {
    B->Addr = Info.Addr;
    // Version 3 writes most addresses only with the full history: 0 is
    // not known, and no block's address.
    if (!B->Addr)
      break;
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
  std::vector<StoredEvent> Events = eventsOf(*B);
  size_t Head = std::min(Events.size(), kHeadEvents);
  for (size_t I = 0; I < Head; ++I)
    V.Events.push_back(load(Id, Events[I]));
  V.Omitted = B->Omitted;
  V.OmittedAt = Head;
  size_t Tail = Events.size() - Head;
  for (size_t I = 0; I < Tail; ++I)
    V.Events.push_back(load(Id, Events[Head + (B->RingStart + I) % Tail]));
  return V;
}

std::optional<PassportEventInfo> Lifetimes::allocation(PassportId Id) const {
  const Block *B = find(Id);
  if (!B)
    return std::nullopt;
  for (const StoredEvent &E : eventsOf(*B))
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
    for (const StoredEvent &E : eventsOf(*B))
      if (E.Event == static_cast<uint8_t>(PassportEvent::Typed))
        Sites.push_back(SiteId(E.Site));
  return Sites;
}

} // namespace analyzer
} // namespace memscope

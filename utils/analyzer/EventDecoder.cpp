//===- utils/analyzer/EventDecoder.cpp - passport events of a batch -------===//
//
// One function per encoding (versions 1-2, version 3) and per group of
// event fields. An event of a kind this reader does not know cannot be
// skipped (its length is unknown): decoding stops there. An ownership event
// whose edge kind or release reason is unknown, or a Foreign event whose
// crossing is, is complete: it is decoded, then dropped.
//
// See also: EventDecoder.h, docs/TraceFormat.md.
//===----------------------------------------------------------------------===//
#include "EventDecoder.h"

#include "llvm/Support/Compiler.h"

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

namespace {

constexpr const char *kBatchCut =
    "an event runs past the payload; the batch's later events are lost";
constexpr const char *kUnknownEvent =
    "unknown passport event kind; the batch's later events are lost";

/// Sets E.Kind to Value if it lies in [First, Last].
LLVM_ATTRIBUTE_ALWAYS_INLINE bool setEdgeKind(PassportEventInfo &E,
                                              unsigned Value,
                                              trace::EdgeKind First,
                                              trace::EdgeKind Last) {
  if (Value < static_cast<unsigned>(First) ||
      Value > static_cast<unsigned>(Last))
    return false;
  E.Kind = static_cast<trace::EdgeKind>(Value);
  return true;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE bool readStack(Cursor &C, StackId &Id) {
  uint32_t Value;
  if (!C.readUleb32(Value))
    return false;
  Id = StackId(Value);
  return true;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE bool readSite(Cursor &C, SiteId &Id) {
  uint32_t Value;
  if (!C.readUleb32(Value))
    return false;
  Id = SiteId(Value);
  return true;
}

/// A slot: sleb delta from the batch's previous one.
LLVM_ATTRIBUTE_ALWAYS_INLINE bool readSlot(Cursor &C, uint64_t &Prev,
                                           uint64_t &Slot) {
  int64_t Delta;
  if (!C.readSleb(Delta))
    return false;
  Slot = Prev + static_cast<uint64_t>(Delta);
  Prev = Slot;
  return true;
}

/// Version 3's passport reference: sleb(LastAlloc - Passport).
LLVM_ATTRIBUTE_ALWAYS_INLINE bool readPRef(Cursor &C, uint64_t LastAlloc,
                                           PassportId &Id) {
  int64_t Age;
  if (!C.readSleb(Age))
    return false;
  Id = PassportId(LastAlloc - static_cast<uint64_t>(Age));
  return true;
}

} // namespace

LLVM_ATTRIBUTE_ALWAYS_INLINE bool
EventDecoder::decodeOwnership(Cursor &C, BatchState &S, PassportEventInfo &E,
                              bool &Known) {
  trace::u8 Kind;
  switch (E.Event) {
  case PassportEvent::Owned: {
    uint64_t OwnerPassport;
    int64_t FromDelta;
    if (!C.read(Kind) || !readSlot(C, S.Slot, E.Slot) ||
        !C.readUleb(OwnerPassport) || !C.readUleb(E.OwnerOffset) ||
        !readSite(C, E.Site) || !C.readSleb(FromDelta) ||
        !readStack(C, E.Stack))
      return false;
    // FromSlot - Slot; 0: none (a slot never takes a value from itself).
    E.FromSlot = FromDelta ? E.Slot + static_cast<uint64_t>(FromDelta) : 0;
    E.Rename = Kind & trace::kOwnedRenameBit;
    E.OwnerPassport = PassportId(OwnerPassport);
    Known = setEdgeKind(E, Kind & ~trace::kOwnedRenameBit,
                        trace::EdgeKind::Owns, trace::EdgeKind::Move);
    return true;
  }
  case PassportEvent::Released:
    if (!C.read(Kind) || !readSlot(C, S.Slot, E.Slot) || !readSite(C, E.Site))
      return false;
    Known = Kind >= static_cast<trace::u8>(trace::ReleaseHow::Destroyed) &&
            Kind <= static_cast<trace::u8>(trace::ReleaseHow::Handed);
    E.How = static_cast<trace::ReleaseHow>(Kind);
    return true;
  case PassportEvent::Borrowed:
    if (!C.read(Kind) || !readSlot(C, S.Slot, E.Slot) || !readSite(C, E.Site) ||
        !C.readUleb(E.Count))
      return false;
    Known = setEdgeKind(E, Kind, trace::EdgeKind::ImmutableBorrow,
                        trace::EdgeKind::MutableBorrow);
    return true;
  default:
    return false;
  }
}

const char *EventDecoder::next(const uint8_t *&Pos, const uint8_t *End,
                               PassportEventInfo &E, bool &Known) {
  Known = true;
  // The cursor lives in registers while the event is decoded (every read
  // below is inlined); only the position goes back to memory.
  Cursor Local(Pos, End);
  const char *Problem = FormatVersion >= 3 ? decodeV3(Local, S, E, Known)
                                           : decodeV2(Local, S, E, Known);
  Pos = Local.position();
  return Problem;
}

const char *EventDecoder::decodeV2(Cursor &C, BatchState &S,
                                   PassportEventInfo &E, bool &Known) {
  trace::u8 Head;
  uint64_t Passport;
  if (!C.read(Head) || !C.readUleb(Passport))
    return kBatchCut;
  unsigned Event = Head & 0xf;
  if (Event < static_cast<unsigned>(PassportEvent::Allocated) ||
      Event > static_cast<unsigned>(PassportEvent::Borrowed))
    return kUnknownEvent;
  E.Event = static_cast<PassportEvent>(Event);
  E.Family = static_cast<trace::AllocFamily>((Head >> 4) & 0x3);
  E.Passport = PassportId(Passport);

  bool Ok = true;
  uint64_t Related;
  switch (E.Event) {
  case PassportEvent::Allocated: {
    int64_t AddrDelta;
    Ok = C.readSleb(AddrDelta) && C.readUleb(E.Size) && readStack(C, E.Stack);
    E.Addr = S.Addr + static_cast<uint64_t>(AddrDelta);
    S.Addr = E.Addr;
    break;
  }
  case PassportEvent::Freed:
    Ok = readStack(C, E.Stack);
    break;
  case PassportEvent::Reallocated:
  case PassportEvent::ReallocatedFrom:
    Ok = C.readUleb(Related);
    E.Related = PassportId(Related);
    break;
  case PassportEvent::Evicted:
    break;
  case PassportEvent::Typed:
    Ok = readSite(C, E.Site);
    break;
  case PassportEvent::Owned:
  case PassportEvent::Released:
  case PassportEvent::Borrowed:
    Ok = decodeOwnership(C, S, E, Known);
    break;
  case PassportEvent::Edge:
  case PassportEvent::Foreign:
    return kUnknownEvent;
  }
  return Ok ? nullptr : kBatchCut;
}

/// A shape of the batch's table (index below what has been made), or null.
template <typename Shape>
LLVM_ATTRIBUTE_ALWAYS_INLINE static Shape *shapeAt(Shape *Table, uint32_t Made,
                                                   uint8_t Index) {
  uint32_t Filled = Made < trace::kShapes ? Made : trace::kShapes;
  return Index < Filled ? &Table[Index] : nullptr;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE bool
EventDecoder::decodeEdge(Cursor &C, BatchState &S, uint8_t Head,
                         PassportEventInfo &E, bool &Known) {
  BatchState::EdgeShape *Shape;
  if (Head & trace::kEdgeNewShape) {
    BatchState::EdgeShape New;
    if (!C.read(New.KindByte) || !C.readUleb32(New.FirstSite) ||
        !C.readUleb32(New.LastSite) || !C.readUleb32(New.Origin))
      return false;
    Shape = &S.Edges[S.NumEdgeShapes++ % trace::kShapes];
    *Shape = New;
  } else {
    trace::u8 Index;
    if (!C.read(Index) || !(Shape = shapeAt(S.Edges, S.NumEdgeShapes, Index)))
      return false;
  }
  int64_t SlotDelta;
  if (!readPRef(C, S.LastAlloc, E.Passport) || !C.readSleb(SlotDelta))
    return false;
  E.Slot = Shape->Slot += static_cast<uint64_t>(SlotDelta);
  if (Shape->KindByte & trace::kEdgeInHeap) {
    int64_t OwnerDelta, OffsetDelta;
    if (!C.readSleb(OwnerDelta) || !C.readSleb(OffsetDelta))
      return false;
    Shape->Owner += static_cast<uint64_t>(OwnerDelta);
    Shape->OwnerOffset += static_cast<uint64_t>(OffsetDelta);
    E.OwnerPassport = PassportId(Shape->Owner);
    E.OwnerOffset = Shape->OwnerOffset;
  }
  E.Count = 1;
  E.Order = 1;
  if (!(Head & trace::kEdgeOnce) &&
      (!C.readUleb(E.Count) || !C.readUleb(E.Order)))
    return false;
  E.Site = SiteId(Shape->FirstSite);
  E.LastSite = SiteId(Shape->LastSite);
  E.Stack = StackId(Shape->Origin);
  E.Live = Head & trace::kEdgeLive;
  Known = setEdgeKind(E, Shape->KindByte & ~trace::kEdgeInHeap,
                      trace::EdgeKind::Owns, trace::EdgeKind::Move);
  return true;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE bool
EventDecoder::decodeBorrowV3(Cursor &C, BatchState &S, uint8_t Head,
                             PassportEventInfo &E, bool &Known) {
  BatchState::BorrowShape *Shape;
  if (Head & trace::kBorrowNewSite) {
    BatchState::BorrowShape New;
    if (!C.read(New.Kind) || !C.readUleb32(New.Site))
      return false;
    Shape = &S.Borrows[S.NumBorrowShapes++ % trace::kShapes];
    *Shape = New;
  } else {
    trace::u8 Index;
    if (!C.read(Index) ||
        !(Shape = shapeAt(S.Borrows, S.NumBorrowShapes, Index)))
      return false;
  }
  int64_t SlotDelta;
  if (!readPRef(C, S.LastAlloc, E.Passport) || !C.readSleb(SlotDelta))
    return false;
  E.Slot = Shape->Slot += static_cast<uint64_t>(SlotDelta);
  E.Count = 1;
  if (!(Head & trace::kBorrowOnce) && !C.readUleb(E.Count))
    return false;
  E.Site = SiteId(Shape->Site);
  Known = setEdgeKind(E, Shape->Kind, trace::EdgeKind::ImmutableBorrow,
                      trace::EdgeKind::MutableBorrow);
  return true;
}

LLVM_ATTRIBUTE_ALWAYS_INLINE const char *
EventDecoder::decodeV3(Cursor &C, BatchState &S, PassportEventInfo &E,
                       bool &Known) {
  trace::u8 Head;
  if (!C.read(Head))
    return kBatchCut;
  unsigned Event = Head & 0xf;
  // Foreign events came with version 4.
  PassportEvent Last =
      FormatVersion >= 4 ? PassportEvent::Foreign : PassportEvent::Edge;
  if (Event < static_cast<unsigned>(PassportEvent::Allocated) ||
      Event > static_cast<unsigned>(Last))
    return kUnknownEvent;
  E.Event = static_cast<PassportEvent>(Event);
  E.Family = static_cast<trace::AllocFamily>((Head >> 4) & 0x3);
  bool Flag = Head & 0x40; // kSameStack, kLastAlloc or kEdgeLive

  bool Ok = true;
  switch (E.Event) {
  case PassportEvent::Allocated: {
    int64_t Next, AddrDelta = 0;
    bool HasAddr = Head & trace::kHasAddr;
    Ok = C.readSleb(Next) && (!HasAddr || C.readSleb(AddrDelta)) &&
         C.readUleb(E.Size);
    if (Ok && !Flag)
      Ok = readStack(C, E.Stack);
    if (!Ok)
      break;
    if (Flag)
      E.Stack = StackId(S.AllocStack);
    E.Passport = PassportId(S.LastAlloc + 1 + static_cast<uint64_t>(Next));
    // Without kHasAddr the address is not known (0).
    if (HasAddr) {
      E.Addr = S.Addr + static_cast<uint64_t>(AddrDelta);
      S.Addr = E.Addr;
    }
    S.LastAlloc = E.Passport.value();
    S.AllocStack = E.Stack.value();
    break;
  }
  case PassportEvent::Freed:
    Ok = readPRef(C, S.LastAlloc, E.Passport);
    if (Ok && !Flag)
      Ok = readStack(C, E.Stack);
    if (Ok && Flag)
      E.Stack = StackId(S.FreeStack);
    S.FreeStack = E.Stack.value();
    break;
  case PassportEvent::Reallocated:
  case PassportEvent::ReallocatedFrom: {
    int64_t Delta;
    Ok = readPRef(C, S.LastAlloc, E.Passport) && C.readSleb(Delta);
    E.Related = PassportId(E.Passport.value() + static_cast<uint64_t>(Delta));
    break;
  }
  case PassportEvent::Evicted:
    Ok = readPRef(C, S.LastAlloc, E.Passport);
    break;
  case PassportEvent::Typed:
    if (Flag)
      E.Passport = PassportId(S.LastAlloc);
    else
      Ok = readPRef(C, S.LastAlloc, E.Passport);
    Ok = Ok && readSite(C, E.Site);
    break;
  case PassportEvent::Owned:
  case PassportEvent::Released:
    Ok =
        readPRef(C, S.LastAlloc, E.Passport) && decodeOwnership(C, S, E, Known);
    break;
  case PassportEvent::Borrowed:
    Ok = decodeBorrowV3(C, S, Head, E, Known);
    break;
  case PassportEvent::Edge:
    Ok = decodeEdge(C, S, Head, E, Known);
    break;
  case PassportEvent::Foreign: {
    trace::u8 How;
    Ok = readPRef(C, S.LastAlloc, E.Passport) && C.read(How) &&
         readSite(C, E.Site) && C.readUleb(E.Pc);
    Known = How >= static_cast<trace::u8>(trace::ForeignHow::Handed) &&
            How <= static_cast<trace::u8>(trace::ForeignHow::Freed);
    E.Crossing = static_cast<trace::ForeignHow>(How);
    break;
  }
  }
  return Ok ? nullptr : kBatchCut;
}

} // namespace analyzer
} // namespace memscope

//===- utils/analyzer/Ownership.h - exact ownership, replayed ---*- C++ -*-===//
//
// What the ownership events of a trace (Typed, Owned, Released, Borrowed)
// say once they are replayed in time order: each allocation's type, the
// exact edges from owner slots to allocations (one per owner, target, kind
// and call site, with how often it was made and whether a slot still held
// it at the end), who owned each allocation first, and its borrows. The
// runtime records slots, not owners: this is where a slot address becomes
// `a in main`, `Node::next` or `#3+16`.
//
// The replay follows one rule per event (docs/Analyzer.md, "memscope
// graph"): an Owned event fills its slot, replacing what the slot held; a
// rename event (kOwnedRenameBit) only renames the slot's current edge; a
// Released event empties the slot; freeing an allocation empties the slots
// inside it.
//
// See also: Model.h (owns one), Graph.h (the graph built on it),
// include/memscope/trace_format.h (the events), runtime/memscope_ownership.cpp
// (the writer), pass/Ownership.cpp (what the compiler recognises).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_OWNERSHIP_H
#define MEMSCOPE_ANALYZER_OWNERSHIP_H

#include "TraceReader.h"

#include "llvm/ADT/ArrayRef.h"

#include <map>
#include <set>

namespace memscope {
namespace analyzer {

/// memscope-rs's relation names: "Owns", "ArcClone", ..., or "unknown".
const char *edgeKindName(trace::EdgeKind Kind);
/// "Destroyed", "Reset", "MovedOut", "Handed", or "unknown".
const char *releaseHowName(trace::ReleaseHow How);
/// A site's operation: "copy", "operator->", "alloc-type", ... or "unknown".
const char *siteOpName(uint8_t Op);
/// A site's smart-pointer family: "shared_ptr", "shared_ptr(single)",
/// "weak_ptr", "unique_ptr"; "" for 0 (type sites) and unknown values.
const char *siteFamilyName(uint8_t Family);
/// "clone storm", or "unknown".
const char *diagnosticKindName(uint32_t Kind);

/// The type a Typed event's site names: its Type, with `[]` appended when
/// the site has MEMSCOPE_SITE_ARRAY; "" when the site names none.
std::string allocatedTypeName(const SiteInfo &S);

/// The name of an owner slot, from the site that used it (null when the
/// trace lacks the site): for a slot inside allocation In, the site's
/// Variable (`Node::next`) or else `#In+Offset`; for another slot, `variable
/// in function`, or else its address (`0x7ffc0010 in function`).
std::string slotName(const SiteInfo *S, uint64_t Slot, PassportId In,
                     uint64_t Offset);

/// One exact edge: every Owned event with the same owner, target, kind and
/// site.
struct OwnershipEdge {
  /// The allocation the owner slot lies in (and where), or none for a slot
  /// on a stack, in a global or unknown.
  PassportId From;
  uint64_t FromOffset = 0;
  /// Who owns: slotName() of the first event, changed by rename events.
  std::string Owner;
  PassportId To;
  trace::EdgeKind Kind = trace::EdgeKind::Owns;
  SiteId Site;
  /// The first event of the edge (an Owned event, or a rename when its
  /// Owned event is not in the trace).
  const PassportEventInfo *First = nullptr;
  /// Owned events of the edge, rename events excluded (0: known only from a
  /// rename).
  uint64_t Count = 0;
  /// Slots that held the edge when the trace ended.
  uint64_t LiveSlots = 0;

  bool liveAtEnd() const { return LiveSlots != 0; }
};

/// The Borrowed events of one allocation with one kind, owner and site.
struct BorrowSummary {
  trace::EdgeKind Kind = trace::EdgeKind::ImmutableBorrow;
  std::string Owner;
  SiteId Site;
  uint64_t Count = 0;  // raw pointers taken (the events' Counts summed)
  uint64_t Events = 0; // Borrowed events
};

class Ownership {
public:
  /// Timeline: every passport event of T, in time order.
  Ownership(const Trace &T, llvm::ArrayRef<const PassportEventInfo *> Timeline);

  /// Every edge, ordered by target, then owner allocation (none first),
  /// offset, owner name, kind and site: a deterministic order.
  const std::vector<OwnershipEdge> &edges() const { return Edges; }

  /// The edge an Owned, Released or Borrowed event belongs to (for the last
  /// two, the edge its slot held), or null.
  const OwnershipEdge *edgeOf(const PassportEventInfo &E) const;

  /// The owner slot of an Owned, Released or Borrowed event by name: its
  /// edge's owner if it has one, else slotName() of its own site.
  std::string ownerName(const PassportEventInfo &E) const;

  /// The allocated type (allocatedTypeName() of the first Typed event whose
  /// site names one), or "".
  const std::string &typeOf(PassportId Id) const;

  /// The edge of the first Owned (or rename) event that took Id, or null.
  const OwnershipEdge *firstOwner(PassportId Id) const;

  /// The borrows of Id, ordered by owner, kind and site.
  llvm::ArrayRef<BorrowSummary> borrows(PassportId Id) const;

  /// Passports with an Owned, Released or Borrowed event, or a known type.
  const std::set<PassportId> &passports() const { return Passports; }

private:
  void replay(llvm::ArrayRef<const PassportEventInfo *> Timeline);
  void sortEdges();

  const Trace &T;
  std::vector<OwnershipEdge> Edges;
  /// Event sequence number -> index in Edges.
  std::unordered_map<uint64_t, size_t> EventEdge;
  std::unordered_map<PassportId, size_t> FirstOwner;
  std::unordered_map<PassportId, std::string> Types;
  std::unordered_map<PassportId, std::vector<BorrowSummary>> Borrows;
  std::set<PassportId> Passports;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_OWNERSHIP_H

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
// inside it. A version-3 Edge event is an edge already aggregated by the
// runtime: it adds its count to the edge of its key.
//
// It consumes the events in time order as they stream past (TimeOrder.h)
// and keeps per edge, not per event; the edges and facts of freed objects
// are forgotten beyond the kFreedOwnedKept most recent (unless
// keepEverything()), so its memory follows the live objects. Owner names are
// given when the events end, once every Site record has been read (a Site
// record may come after the events that use it).
//
// See also: Model.h (owns one), Graph.h (the graph built on it),
// include/memscope/trace_format.h (the events), runtime/memscope_ownership.cpp
// (the writer), pass/Ownership.cpp (what the compiler recognises).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_OWNERSHIP_H
#define MEMSCOPE_ANALYZER_OWNERSHIP_H

#include "FlatTable.h"
#include "TimeOrder.h"
#include "Trace.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/StringSaver.h"

#include <optional>

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

/// True if every owner slot on cycle \p L's path is a std::unique_ptr (its
/// site's family): no edge can become a weak_ptr, one must stop owning.
bool isOwningCycle(const Trace &T, const CycleLeakInfo &L);

/// One exact edge: every Owned event (or version-3 Edge event) with the
/// same owner, target, kind and site.
struct OwnershipEdge {
  /// The allocation the owner slot lies in (and where), or none for a slot
  /// on a stack, in a global or unknown.
  PassportId From;
  uint64_t FromOffset = 0;
  /// Who owns: slotName() of the site that names the slot best (the first
  /// event's, changed by rename events; an Edge event's LastSite). Names
  /// are kept once each, by the Ownership.
  llvm::StringRef Owner;
  PassportId To;
  trace::EdgeKind Kind = trace::EdgeKind::Owns;
  SiteId Site;
  /// The stack and slot of the edge's first event.
  StackId FirstStack;
  uint64_t FirstSlot = 0;
  /// The site whose Variable names the owner.
  SiteId NameSite;
  /// Owned events of the edge, rename events excluded (0: known only from a
  /// rename); for Edge events, their counts summed.
  uint64_t Count = 0;
  /// Slots that held the edge when the trace ended.
  uint64_t LiveSlots = 0;
  /// A site names the owner slot (a variable, a global, a member).
  bool NamedOwner = false;
  /// The key holds FirstSlot (a slot no site names).
  bool KeyedBySlot = false;
  /// Its index while the events were replayed (PassportEventInfo::EdgeIndex).
  uint32_t ReplayIndex = 0;

  bool liveAtEnd() const { return LiveSlots != 0; }
};

/// The Borrowed events of one allocation with one kind, owner and site.
struct BorrowSummary {
  trace::EdgeKind Kind = trace::EdgeKind::ImmutableBorrow;
  llvm::StringRef Owner; // kept by the Ownership
  SiteId Site;
  uint64_t Count = 0;  // raw pointers taken (the events' Counts summed)
  uint64_t Events = 0; // Borrowed events
  /// Before the names are given: the edge its slot held (~0u: none) and
  /// the slot.
  uint32_t Edge = ~0u;
  uint64_t Slot = 0;
};

class Ownership : public TraceConsumer, public EventConsumer {
public:
  /// Typed passports freed without ownership events kept as graph nodes
  /// (beyond them, such a passport is forgotten when it is freed).
  static constexpr size_t kFreedTypedKept = 4096;
  /// Freed objects whose edges and facts are kept (the most recently
  /// freed), unless every edge is asked for (keepEverything()): beyond
  /// them, the edges to a freed object and what is known of it are
  /// forgotten, so memory follows the live objects, not all the objects
  /// that ever had an owner. Objects named by Error records are kept.
  static constexpr size_t kFreedOwnedKept = 65536;

  /// Sites are looked up in T, which the reader fills alongside.
  explicit Ownership(const Trace &T) : T(T) {}

  /// Keep the edges of every object, freed long ago or not (graph --all).
  void keepEverything() { KeepEverything = true; }
  /// Leave out the borrows (borrows() is then empty): a report prints none,
  /// and an object may be borrowed from millions of slots.
  void skipBorrows() { KeepBorrows = false; }
  /// Edges forgotten with their freed targets.
  uint64_t forgottenEdges() const { return ForgottenEdges; }

  // TraceConsumer: an Error record's passport keeps its edges; a Site
  // record may name a slot the events before it could not.
  void onError(const ErrorInfo &E) override;
  void onSite(const SiteInfo &S) override;

  void onEvent(PassportEventInfo &E) override;
  /// Gives owner names and sorts the edges.
  void onEventsEnd() override;

  /// Every edge, ordered by target, then owner allocation (none first),
  /// offset, owner name, kind and site: a deterministic order.
  const std::vector<OwnershipEdge> &edges() const { return Edges; }

  /// The edge an Owned, Released, Borrowed or Edge event belongs to (for
  /// Released and Borrowed, the edge its slot held), or null.
  const OwnershipEdge *edgeOf(const PassportEventInfo &E) const;

  /// The owner slot of an Owned, Released, Borrowed or Edge event by name:
  /// its edge's owner if it has one, else slotName() of its own site.
  std::string ownerName(const PassportEventInfo &E) const;

  /// The allocated type of a passport with ownership events or kept as a
  /// typed node (allocatedTypeName() of the first Typed event whose site
  /// names one), or "".
  std::string typeOf(PassportId Id) const;
  /// The site of that Typed event (an allocation of the type, where the
  /// compiler saw it), or none.
  SiteId typeSiteOf(PassportId Id) const;

  /// The edge of the first Owned (or rename) event that took Id, or of its
  /// Edge event of the lowest Order; null if none.
  const OwnershipEdge *firstOwner(PassportId Id) const;

  /// The borrows of Id, ordered by owner, kind and site.
  llvm::ArrayRef<BorrowSummary> borrows(PassportId Id) const;

  /// Passports with an Owned, Released, Borrowed or Edge event, or a known
  /// type; in order, without repeats.
  llvm::ArrayRef<PassportId> passports() const { return Passports; }

private:
  /// An edge while the events are replayed: OwnershipEdge without the
  /// owner's name (given at the end), in a Slab row.
  struct EdgeRow {
    uint64_t From = 0, FromOffset = 0, To = 0, FirstSlot = 0;
    uint64_t Count = 0, LiveSlots = 0;
    uint32_t Site = 0, FirstStack = 0, NameSite = 0;
    /// PassportEventInfo::EdgeIndex: the order in which edges were made.
    uint32_t Replay = 0;
    /// The next edge to the same object (its facts' list), or kNone.
    uint32_t NextTo = kNone;
    trace::EdgeKind Kind = trace::EdgeKind::Owns;
    bool KeyedBySlot = false;
  };
  /// A BorrowSummary while the events are replayed, in a Slab row.
  struct BorrowRow {
    uint64_t Passport = 0, Slot = 0, Count = 0, Events = 0;
    uint32_t Site = 0, Edge = ~0u; // Edge: a replay index
    uint32_t Next = kNone;         // the object's next borrow row
    trace::EdgeKind Kind = trace::EdgeKind::ImmutableBorrow;
  };
  /// What is kept of a passport with ownership events or a type: one
  /// bucket, however many facts.
  struct PassportFacts {
    /// Its first edge (a replay index) and, for Edge events, that edge's
    /// Order; ~0u: none.
    uint64_t FirstOrder = 0;
    uint32_t FirstEdge = ~0u;
    /// The sites of its first two Typed events (the first that names a
    /// type wins once every Site record is read).
    SiteId Type1, Type2;
    /// The edges made to it and its borrows: lists of rows, and their
    /// lengths. When Cold, the two lists are a record of ColdLog instead,
    /// at coldAt().
    uint32_t EdgesTo = kNone, Borrows = kNone;
    uint32_t EdgeCount = 0, BorrowCount = 0;
    /// It has ownership events.
    bool Owned = false;
    /// Its edges and borrows are in ColdLog.
    bool Cold = false;
    /// Owner slots took it (Owned events): slot tables name its rows.
    bool HasSlots = false;

    uint64_t coldAt() const { return uint64_t(EdgesTo) << 32 | Borrows; }
    void setColdAt(uint64_t Pos) {
      EdgesTo = static_cast<uint32_t>(Pos >> 32);
      Borrows = static_cast<uint32_t>(Pos);
    }
  };
  /// A slot address in a passport's list of slots (SlotsIn, SlotsTo).
  struct SlotNode {
    uint64_t Slot = 0;
    uint32_t Next = kNone;
  };
  /// The edge a slot held last: a row, and the replay index that row had
  /// then (the row may have been forgotten and made again since).
  struct HeldRef {
    uint32_t Row = kNone, Replay = ~0u;
  };
  static constexpr uint32_t kNone = Slab<EdgeRow>::kNone;
  /// Edges and borrows of one object searched in its list; beyond them, in
  /// a table.
  static constexpr uint32_t kListedEdges = 8, kListedBorrows = 8;
  /// Freed owned objects after which an object's edges and borrows move
  /// from rows into ColdLog, until it is forgotten (kFreedOwnedKept).
  static constexpr size_t kHotFreedOwned = 256;
  /// Site ids below it have their namesVariable() answer cached.
  static constexpr uint32_t kCachedSites = 1 << 16;

  void onTyped(const PassportEventInfo &E);
  void onOwned(PassportEventInfo &E);
  void onReleased(PassportEventInfo &E);
  void onBorrowed(PassportEventInfo &E);
  void onEdge(PassportEventInfo &E);
  void onFreed(const PassportEventInfo &E);
  /// Forgets the edges to Id and what is known of it.
  void forget(uint64_t Id);
  /// Moves the edges and borrows of Id, freed a while ago, into ColdLog if
  /// nothing else refers to their rows.
  void makeCold(uint64_t Id);
  /// Brings the edges and borrows of a cold object back into rows.
  void makeHot(PassportFacts &F, uint64_t Id);
  /// Drops the records at the head of ColdLog whose objects left it.
  void dropColdRecords();
  PassportFacts &facts(PassportId Id) { return Facts[Id.value()]; }
  /// True when the site (if the trace has it yet) names the owner slot.
  bool namesVariable(SiteId Site);
  static uint64_t keyHash(uint64_t From, uint64_t Offset, uint64_t Slot,
                          uint64_t To, trace::EdgeKind Kind, SiteId Site);
  static uint64_t keyHash(const EdgeRow &R);
  static uint64_t borrowHash(const BorrowRow &B);
  /// The row of E's edge, made if new (added to F, E.Passport's facts).
  uint32_t edgeFor(const PassportEventInfo &E, SiteId NameSite,
                   PassportFacts &F);
  void release(uint64_t Slot);
  /// The row of the edge Slot holds, if that edge is to Id.
  std::optional<uint32_t> heldEdge(uint64_t Slot, PassportId Id) const;
  void fill(uint64_t Slot, uint32_t Row);
  /// Adds Slot to the list of Id in Lists.
  void addSlot(FlatMap<uint32_t> &Lists, uint64_t Id, uint64_t Slot);
  void dropSlots(uint32_t Head);
  void summariseBorrow(uint64_t Id, uint32_t Head);
  void nameEdges();
  void sortEdges();

  const Trace &T;
  bool KeepEverything = false;
  bool KeepBorrows = true;
  /// While replaying: the edges. They are found by their key in the list
  /// of their object, or for an object of more than kListedEdges edges in
  /// ManyEdges; edges kept after their object was forgotten (a slot still
  /// holds them) in OrphanEdges.
  Slab<EdgeRow> EdgeRows;
  IndexTable ManyEdges, OrphanEdges;
  uint32_t EdgesMade = 0;
  uint64_t ForgottenEdges = 0;
  /// When the events end: the edges, sorted.
  std::vector<OwnershipEdge> Edges;
  /// Replay index -> index in the sorted Edges.
  llvm::DenseMap<uint32_t, uint32_t> Sorted;
  /// Freed objects with ownership facts, oldest first; objects named by
  /// Error records.
  Fifo FreedOwned;
  llvm::DenseSet<uint64_t> Pinned;
  /// The edges and borrows of objects freed a while ago and not forgotten
  /// yet, one record each, in the order of FreedOwned: rows that are
  /// seldom read again, in a tenth of the bytes and in order, so that
  /// forgetting them reads nothing. The records' positions and passports,
  /// oldest first.
  RecordLog ColdLog;
  Fifo ColdPositions, ColdPassports;
  /// Owner slot address -> the row of the edge it holds now.
  FlatMap<uint32_t> Held;
  /// Owner slot address -> the edge it held last, after it let go: a
  /// Released event may come after the rule that ended the edge.
  FlatMap<HeldRef> LastHeld;
  /// Allocation -> slot addresses inside it that took an edge; allocation
  /// -> slot addresses that took an edge to it (lists of SlotNodes).
  FlatMap<uint32_t> SlotsIn, SlotsTo;
  Slab<SlotNode> SlotNodes;
  PassportTable<PassportFacts> Facts;
  size_t FreedTyped = 0;
  /// While replaying: the borrows, found by (object, kind, site, edge,
  /// slot); when the events end, summarised by object.
  Slab<BorrowRow> BorrowRows;
  IndexTable ManyBorrows;
  llvm::DenseMap<uint64_t, std::vector<BorrowSummary>> Borrows;
  /// The owner names of edges and borrows, each kept once.
  llvm::BumpPtrAllocator NameMemory;
  llvm::UniqueStringSaver Names{NameMemory};
  /// Passports with ownership events or a type naming one, in order; made
  /// when the events end.
  std::vector<PassportId> Passports;
  /// Whether a site names its slot, by site id while the trace lacks none
  /// of them (-1: not looked up yet).
  std::vector<int8_t> SiteNamesVariable;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_OWNERSHIP_H

//===- utils/analyzer/Lifetimes.h - passport histories, bounded -*- C++ -*-===//
//
// The life story of each allocation as the reports quote it, kept for as
// long as a report can still name it: every live block, and the most
// recently freed ones (kFreedKept of them), in case an Error record names
// them after the fact (errors are written when they happen, the events of
// their blocks when a thread's buffer is flushed); a block named by an
// Error record keeps its history to the end. Each history keeps its first
// and last events (kHeadEvents, kTailEvents) and counts the ones in
// between, so a block copied a million times costs what one copied fifty
// times does. Memory therefore follows the live blocks, never the number of
// events or of allocations.
//
// Address reuse is not an event: it is an Allocated event at the address
// of an earlier passport; the earlier one records who reused it.
//
// See also: TimeOrder.h (feeds it), Model.h (owns one), docs/Analyzer.md
// ("Memory").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_LIFETIMES_H
#define MEMSCOPE_ANALYZER_LIFETIMES_H

#include "FlatTable.h"
#include "TimeOrder.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"

#include <deque>
#include <memory>
#include <optional>

namespace memscope {
namespace analyzer {

/// The allocation that reused a passport's address.
struct ReuseInfo {
  PassportId Passport;
  uint64_t TimeNs = 0;
  ThreadId Tid;
  StackId Stack;
};

/// A history as kept: its events in time order, with Omitted events left
/// out between Events[OmittedAt - 1] and Events[OmittedAt].
struct HistoryView {
  std::vector<PassportEventInfo> Events;
  uint64_t Omitted = 0;
  size_t OmittedAt = 0;
};

/// An event as a history keeps it: what the reports print of it, in 72
/// bytes instead of PassportEventInfo's 136 (histories are the analyzer's
/// biggest table, and these cross from the reading thread to the one that
/// keeps them). Its passport is the history's; fields share words by event
/// kind (Lifetimes::store and ::load).
struct StoredEvent {
  uint64_t TimeNs = 0;
  uint64_t Word[4] = {}; // Addr/Slot/Related/Pc, Size/FromSlot/Count,
                         // OwnerPassport, OwnerOffset
  uint32_t Tid = 0, Stack = 0, Site = 0, LastSite = 0, EdgeIndex = ~0u;
  uint8_t Event = 0, Family = 0, Kind = 0;
  uint8_t How = 0;   // Released: ReleaseHow; Foreign: ForeignHow
  uint8_t Flags = 0; // 1: Rename, 2: Live
};

class Lifetimes : public EventConsumer {
public:
  /// Events kept at the start and at the end of each history.
  static constexpr size_t kHeadEvents = 24;
  static constexpr size_t kTailEvents = 24;
  /// Freed blocks kept (the most recently freed), beyond the pinned ones.
  static constexpr size_t kFreedKept = 4096;
  /// Freed blocks whose events stay as StoredEvents; those freed before
  /// them are kept as a compact record (ColdLog) until they are forgotten.
  static constexpr size_t kHotFreed = 256;
  /// Blocks of at most this many events are not compacted.
  static constexpr size_t kColdMinEvents = 4;

  Lifetimes();
  ~Lifetimes() override;

  /// The history of Id; empty if none is kept.
  HistoryView history(PassportId Id) const;
  /// The Allocated event of a passport, or none.
  std::optional<PassportEventInfo> allocation(PassportId Id) const;
  /// True if the passport is kept and was freed (or moved by realloc).
  bool freed(PassportId Id) const;
  /// The allocation that next took this passport's address, or null.
  const ReuseInfo *reusedBy(PassportId Id) const;
  /// The block a realloc moved into Id (its ReallocatedFrom event), or none.
  PassportId movedFrom(PassportId Id) const { return MovedFrom.lookup(Id); }
  /// The site of the first Typed event of Id, or none (the first that names
  /// a type is chosen by Model::typeOf, once every Site record is read).
  llvm::SmallVector<SiteId, 2> typeSites(PassportId Id) const;

  /// An Error record names E.Passport: keep its history to the end.
  void onError(const ErrorInfo &E);
  // EventConsumer.
  void onEvent(PassportEventInfo &E) override;

  /// E in the form it is kept, written field by field into Out (where it
  /// is kept: a copy of a StoredEvent just made would read what the stores
  /// have not finished writing).
  static void store(const PassportEventInfo &E, StoredEvent &Out);
  static PassportEventInfo load(PassportId Passport, const StoredEvent &E);

private:
  /// Every ReallocatedFrom event: the new passport's old one.
  llvm::DenseMap<PassportId, PassportId> MovedFrom;
  /// The events of a kept passport: the first kHeadEvents, then a ring of
  /// the last kTailEvents starting at Events[kHeadEvents + RingStart]; or,
  /// when Cold, the same events as a record of ColdLog at ColdAt.
  struct Block {
    std::vector<StoredEvent> Events; // a buffer of Buffers while in use
    uint64_t Addr = 0;               // of its Allocated event
    uint64_t Omitted = 0;
    uint64_t ColdAt = 0;
    ReuseInfo ReusedBy; // none: not reused
    uint32_t RingStart = 0;
    bool Freed = false;
    bool Pinned = false;
    bool Cold = false;
  };
  const Block *find(PassportId Id) const;
  Block *find(PassportId Id);
  Block &create(uint64_t Id);
  void forget(uint64_t Id);
  /// The place of B's next event (in the ring of its last ones once its
  /// first ones are in).
  StoredEvent &append(Block &B);
  /// Id was freed: keep it a while, then forget it.
  void retire(PassportId Id);
  /// B's events as they are kept, from its buffer or its record.
  std::vector<StoredEvent> eventsOf(const Block &B) const;
  /// Moves the events of B (freed a while ago) into a ColdLog record and
  /// its buffer back to Buffers; back again (an event came for it, or a
  /// pin).
  void makeCold(Block &B, uint64_t Id);
  void makeHot(Block &B);
  /// Drops the records at the head of ColdLog whose blocks left it.
  void dropColdRecords();

  /// Passport -> its Block in Slab (blocks are big; the table stays small
  /// and quick to probe). Slots of forgotten blocks are reused (Free).
  PassportTable<uint32_t> Index;
  std::deque<Block> Slab; // grows without copying what it holds
  std::vector<uint32_t> Free;
  /// User address -> the last passport allocated there.
  FlatMap<uint64_t> AtAddress;
  /// Freed passports, oldest first.
  Fifo FreedOrder;
  /// Passports named by Error records before any of their events came.
  llvm::DenseSet<uint64_t> PendingPins;
  /// Event buffers of blocks no longer hot, for the next ones (a block of a
  /// short-lived object and its buffer are used again while still cached).
  std::vector<std::vector<StoredEvent>> Buffers;
  /// The events of blocks freed a while ago, one record each; the records'
  /// positions and passports, oldest first.
  RecordLog ColdLog;
  Fifo ColdPositions, ColdPassports;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_LIFETIMES_H

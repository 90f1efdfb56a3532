//===- utils/analyzer/HeapProfile.h - sites and the live peak ---*- C++ -*-===//
//
// What heaptrack_print would say about a trace, from the passport events in
// time order: allocation sites (one per allocation stack) by bytes and by
// count, and the peak of live heap bytes with the allocation that reached
// it. Its state is one row per allocation stack and one size per live
// block.
//
// See also: TimeOrder.h (feeds it), Model.h (owns one), docs/Analyzer.md
// ("Peak live heap", "How sites are chosen").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_HEAPPROFILE_H
#define MEMSCOPE_ANALYZER_HEAPPROFILE_H

#include "FlatTable.h"
#include "TimeOrder.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace memscope {
namespace analyzer {

/// The allocations made from one stack.
struct AllocationSite {
  StackId Stack;
  uint64_t Bytes = 0;
  uint64_t Count = 0;
};

/// The most heap memory live at once, and the event that reached it.
struct PeakUsage {
  uint64_t Bytes = 0;
  uint64_t TimeNs = 0; // monotonic, as in the trace
  PassportEventInfo Event;
};

class HeapProfile : public EventConsumer {
public:
  /// Every allocation site, most bytes first (then most allocations).
  const std::vector<AllocationSite> &sitesByBytes() const { return ByBytes; }
  /// Every allocation site, most allocations first (then most bytes).
  const std::vector<AllocationSite> &sitesByCount() const { return ByCount; }
  /// None when the trace has no allocations.
  const std::optional<PeakUsage> &peak() const { return Peak; }
  /// Blocks allocated and not freed when the events ended.
  size_t liveBlocks() const { return LiveSize.size(); }
  uint64_t liveBytes() const { return Live; }

  void onEvent(PassportEventInfo &E) override;
  void onEventsEnd() override;

private:
  llvm::DenseMap<StackId, AllocationSite> Sites;
  PassportTable<uint64_t> LiveSize;
  uint64_t Live = 0;
  std::optional<PeakUsage> Peak;
  std::vector<AllocationSite> ByBytes, ByCount;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_HEAPPROFILE_H

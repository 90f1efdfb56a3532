//===- utils/analyzer/TimeOrder.h - passport events in time order -*- C++ -*-//
//
// Threads write their own batches of passport events, so batches of
// different threads interleave in the file in any order. TimeOrder turns
// the batches into one stream in time order (ties in file order) through a
// bounded reorder window: it holds at most WindowEvents events, merging the
// batches it holds (each is in order already), and hands the earliest one
// on whenever the window is full, and all of them at the end. A
// single-thread trace comes out exactly in order; a multi-thread one
// exactly whenever batches that overlap in time are less than a window
// apart in the file. An event that comes later than the window allows is
// handed on late rather than kept: memory stays bounded, and the
// consumers tolerate it (a Freed before its Allocated, an event of a
// passport they never saw).
//
// The window holds the batches as their bytes (PassportBatch.h) and each
// one's next event decoded: a few bytes per event held, so the window stays
// in the caches; an event is decoded when it is handed on, into the one
// place the consumers read it from.
//
// See also: TraceReader.h (onBatch), Model.h (the consumers),
// docs/Analyzer.md ("Time order").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TIMEORDER_H
#define MEMSCOPE_ANALYZER_TIMEORDER_H

#include "TraceReader.h"

#include <memory>
#include <vector>

namespace memscope {
namespace analyzer {

/// What receives the passport events in time order.
class EventConsumer {
public:
  virtual ~EventConsumer();
  /// One event; consumers earlier in the list may have annotated it
  /// (PassportEventInfo::EdgeIndex).
  virtual void onEvent(PassportEventInfo &E) = 0;
  /// No more events.
  virtual void onEventsEnd() {}
};

class TimeOrder : public TraceConsumer {
public:
  /// Events held at most: about 5 bytes each.
  static constexpr size_t kDefaultWindowEvents = 1 << 17;

  TimeOrder(std::vector<EventConsumer *> Downstream,
            size_t WindowEvents = kDefaultWindowEvents);
  ~TimeOrder() override;

  /// Takes the batch (swapping in a spent run's).
  bool adoptBatch(PassportBatch &Batch) override;
  void onFinish() override;

private:
  struct Run;
  /// Hands on the earliest event, and more of its run while they stay the
  /// earliest and the window is over full (or Drain: at the end).
  void emitEarliest(bool Drain);

  std::vector<EventConsumer *> Downstream;
  size_t WindowEvents;
  size_t Held = 0;
  /// A min-heap of the runs that still hold events, by their next event.
  std::vector<Run *> Heap;
  /// Runs whose events are all handed on, kept for their capacity.
  std::vector<std::unique_ptr<Run>> Spare;
  std::vector<std::unique_ptr<Run>> Active;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TIMEORDER_H

//===- utils/analyzer/EventPipeline.h - consumers on a second core -*- C++ -*-//
//
// Hands the time-ordered passport events to the histories (Lifetimes) on a
// thread of their own, in chunks through a bounded TBB queue, each event
// already in the compact form a history keeps (StoredEvent), so that reading
// and decoding the trace (and the consumers left on the reading thread) run in
// parallel with them: measured on a 20 M-event trace, the histories
// (Lifetimes) cost about as much as everything before them, and the
// pipeline takes the analysis from 3.8 s to 2.8 s (benchmarks/analyzer.sh). The
// queue holds at most kChunks chunks of kChunkEvents events, so memory stays
// bounded. Pins (an Error record naming a passport) travel in the same stream,
// ahead of the events read after them, so the consumers never race the reader.
//
// See also: TimeOrder.h (feeds it), Model.h (wires it), Lifetimes.h.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_EVENTPIPELINE_H
#define MEMSCOPE_ANALYZER_EVENTPIPELINE_H

#include "Lifetimes.h"

#include <memory>
#include <thread>

namespace memscope {
namespace analyzer {

class EventPipeline : public TraceConsumer, public EventConsumer {
public:
  static constexpr size_t kChunkEvents = 512;
  static constexpr size_t kChunks = 64;

  /// Lives gets the events, in the form it keeps them, and the Error
  /// records' pins.
  explicit EventPipeline(Lifetimes &Lives);
  ~EventPipeline() override;

  // TraceConsumer: an Error record pins its passport (Lifetimes::onError).
  void onError(const ErrorInfo &E) override;
  // EventConsumer.
  void onEvent(PassportEventInfo &E) override;
  /// Hands on the last chunk and waits for the consumers to finish.
  void onEventsEnd() override;

private:
  struct Chunk;
  struct Queue;
  void send();
  void work();

  Lifetimes &Lives;
  std::unique_ptr<Queue> Q;
  std::unique_ptr<Chunk> Current;
  std::thread Worker;
  bool Ended = false;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_EVENTPIPELINE_H

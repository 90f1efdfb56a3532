//===- utils/analyzer/EventPipeline.h - histories on a second core -*- C++ -*-//
//
// The histories (Lifetimes) cost about as much as everything else done with
// the passport events, so they run on a thread of their own. The thread
// does not receive the events: it receives what they are made from, the
// batches as bytes (PassportBatch.h, 4-5 bytes per event), and orders and
// decodes them itself through a reorder window of its own, of the same
// size, which hands the events on in the same order as the reading
// thread's. The one thing the reading thread adds to an event, the edge
// the ownership replay gave it (PassportEventInfo::EdgeIndex), travels
// alongside as a stream of 4-byte values, one per ownership event, in that
// order.
//
// Messages go through a bounded TBB queue: a message carries the edge
// indices the reading thread made since the previous one, a batch it has
// ordered (sent with the next, so its indices are already there), and the
// pins of the Error records read meanwhile (Lifetimes::onError), each with
// the event it goes before: the first of the chunk of kChunkEvents events
// in progress when its record was read. Events a pin may still go before
// wait on this thread (fewer than kChunkEvents). At most kMessages wait in
// the queue, so memory stays bounded.
//
// See also: TimeOrder.h, Lifetimes.h, Model.h (wires it), Ownership.h (the
// edge indices).
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
  static constexpr size_t kMessages = 16;
  /// A pin takes effect from the first event of the chunk of kChunkEvents
  /// events in which its Error record was read, as when the events crossed
  /// to this thread in chunks of that size.
  static constexpr uint64_t kChunkEvents = 512;

  /// Lives gets the events, ordered through a window of WindowEvents, and
  /// the Error records' pins.
  EventPipeline(Lifetimes &Lives, size_t WindowEvents);
  ~EventPipeline() override;

  // TraceConsumer: a batch is copied, and sent with the next one (or at
  // the end), once the reading thread has ordered it; an Error record pins
  // its passport.
  void onBatch(const PassportBatch &B) override;
  void onError(const ErrorInfo &E) override;
  // EventConsumer (after the ownership replay): the edge of each ownership
  // event.
  void onEvent(PassportEventInfo &E) override;
  /// Sends the rest and waits for the histories to end.
  void onEventsEnd() override;

private:
  struct Message;
  struct Queue;
  class Worker;
  /// Sends Current (with the pending batch) if it holds anything.
  void send(bool End = false);

  std::unique_ptr<Queue> Q;
  std::unique_ptr<Worker> Work;
  std::unique_ptr<Message> Current;
  std::thread Thread;
  uint64_t Handed = 0; // events handed on by the reading thread
  bool Ended = false;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_EVENTPIPELINE_H

//===- utils/analyzer/EventPipeline.cpp - histories on a second core ------===//
//
// A message is the edge indices made since the previous one, a batch (or
// none), the pins read since, and whether the events ended. Spent messages
// go back to the reading thread through a second queue, so their buffers
// are reused instead of reallocated.
//
// See also: EventPipeline.h.
//===----------------------------------------------------------------------===//
#include "EventPipeline.h"

#include "oneapi/tbb/concurrent_queue.h"

#include <deque>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

namespace {

/// The events the ownership replay gives an edge index (maybe ~0u).
bool carriesEdge(PassportEvent Event) {
  return Event == PassportEvent::Owned || Event == PassportEvent::Released ||
         Event == PassportEvent::Borrowed || Event == PassportEvent::Edge;
}

} // namespace

struct EventPipeline::Message {
  std::vector<uint32_t> EdgeIndices;
  PassportBatch Batch;
  bool HasBatch = false;
  /// Pins, each with the number of the event it goes before.
  std::vector<std::pair<uint64_t, ErrorInfo>> Pins;
  /// Events the reading thread had handed on when it sent this.
  uint64_t Handed = 0;
  bool End = false;

  void clear() {
    EdgeIndices.clear();
    HasBatch = false;
    Pins.clear();
    End = false;
  }
};

struct EventPipeline::Queue {
  tbb::concurrent_bounded_queue<Message *> Full;
  tbb::concurrent_bounded_queue<Message *> Spent;
};

/// The second thread: its own reorder window, fed with the batches, hands
/// the events to Lifetimes with their edge indices and the pins between
/// them.
class EventPipeline::Worker : public EventConsumer {
public:
  Worker(Lifetimes &Lives, size_t WindowEvents)
      : Lives(Lives), Order({this}, WindowEvents) {}

  void run(Queue &Q) {
    while (true) {
      Message *M;
      Q.Full.pop(M);
      for (uint32_t Index : M->EdgeIndices)
        Indices.push(Index);
      for (auto &Pin : M->Pins)
        Pins.push_back(std::move(Pin));
      // A pin read later goes before an event of the reading thread's
      // chunk in progress, or a later one: those before it are final.
      Final = M->End ? UINT64_MAX : M->Handed / kChunkEvents * kChunkEvents;
      bool End = M->End;
      if (M->HasBatch)
        Order.adoptBatch(M->Batch); // swaps in a spent batch
      Q.Spent.push(M);
      release();
      if (End)
        break;
    }
    Order.onFinish();
  }

  void onEvent(PassportEventInfo &E) override {
    // The reading thread handed this event on in the same place of the
    // same order, and gave its edge index then.
    if (carriesEdge(E.Event))
      E.EdgeIndex = static_cast<uint32_t>(Indices.pop());
    if (Held.empty() && Emitted < Final) {
      pinsBefore(Emitted++);
      Lives.onEvent(E);
      return;
    }
    Held.push_back(E);
    ++Emitted;
    release();
  }

  void onEventsEnd() override {
    Final = UINT64_MAX;
    release();
    pinsBefore(UINT64_MAX);
    Lives.onEventsEnd();
  }

private:
  /// Applies the pins that go before event Number.
  void pinsBefore(uint64_t Number) {
    while (NextPin < Pins.size() && Pins[NextPin].first <= Number)
      Lives.onError(Pins[NextPin++].second);
    if (NextPin == Pins.size()) {
      Pins.clear();
      NextPin = 0;
    }
  }

  /// Hands on the held events before Final.
  void release() {
    while (!Held.empty() && Released < Final) {
      pinsBefore(Released++);
      Lives.onEvent(Held.front());
      Held.pop_front();
    }
  }

  Lifetimes &Lives;
  TimeOrder Order;
  Fifo Indices;
  std::vector<std::pair<uint64_t, ErrorInfo>> Pins;
  size_t NextPin = 0;
  /// Events handed on by Order, and of them to Lives; those between wait
  /// in Held until a pin can no longer go before them.
  uint64_t Emitted = 0, Released = 0;
  std::deque<PassportEventInfo> Held;
  uint64_t Final = 0;
};

EventPipeline::EventPipeline(Lifetimes &Lives, size_t WindowEvents)
    : Q(std::make_unique<Queue>()),
      Work(std::make_unique<Worker>(Lives, WindowEvents)),
      Current(std::make_unique<Message>()) {
  Q->Full.set_capacity(kMessages);
  Thread = std::thread([this] { Work->run(*Q); });
}

EventPipeline::~EventPipeline() {
  if (!Ended)
    onEventsEnd();
  Message *M;
  while (Q->Spent.try_pop(M))
    delete M;
}

void EventPipeline::onBatch(const PassportBatch &B) {
  // The previous batch is ordered now, its edge indices made, and the pins
  // read since it are known.
  if (Current->HasBatch)
    send();
  PassportBatch &Copy = Current->Batch;
  Copy.Tid = B.Tid;
  Copy.FormatVersion = B.FormatVersion;
  Copy.BaseTimeNs = B.BaseTimeNs;
  Copy.SpanNs = B.SpanNs;
  Copy.Decoded = B.Decoded;
  Copy.Kept = B.Kept;
  Copy.FirstSequence = B.FirstSequence;
  Copy.Unknown = B.Unknown;
  Copy.Bytes.assign(B.Bytes.begin(), B.Bytes.end());
  Current->HasBatch = true;
}

void EventPipeline::onError(const ErrorInfo &E) {
  // As when the events went in chunks of kChunkEvents with the pins read
  // meanwhile ahead of them: the pin goes before the first event of the
  // chunk in progress.
  if (!E.Passport.isNone())
    Current->Pins.emplace_back(Handed / kChunkEvents * kChunkEvents, E);
}

void EventPipeline::onEvent(PassportEventInfo &E) {
  ++Handed;
  if (carriesEdge(E.Event))
    Current->EdgeIndices.push_back(E.EdgeIndex);
}

void EventPipeline::send(bool End) {
  Current->End = End;
  Current->Handed = Handed;
  Q->Full.push(Current.release());
  Message *Next;
  if (Q->Spent.try_pop(Next)) {
    Next->clear();
    Current.reset(Next);
  } else {
    Current = std::make_unique<Message>();
  }
}

void EventPipeline::onEventsEnd() {
  if (Ended)
    return;
  Ended = true;
  send(/*End=*/true);
  Thread.join();
}

} // namespace analyzer
} // namespace memscope

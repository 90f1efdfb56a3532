//===- utils/analyzer/EventPipeline.cpp - consumers on a second core ------===//
//
// A chunk is a run of events and the pins that came before them; a null
// chunk ends the stream. Spent chunks go back to the reading thread through
// a second queue, so their capacity is reused instead of reallocated.
//
// See also: EventPipeline.h.
//===----------------------------------------------------------------------===//
#include "EventPipeline.h"

#include "oneapi/tbb/concurrent_queue.h"

namespace memscope {
namespace analyzer {

struct EventPipeline::Chunk {
  std::vector<ErrorInfo> Pins;                          // applied before Events
  std::vector<std::pair<uint64_t, StoredEvent>> Events; // passport, event
};

struct EventPipeline::Queue {
  tbb::concurrent_bounded_queue<Chunk *> Full;
  tbb::concurrent_bounded_queue<Chunk *> Spent;
};

EventPipeline::EventPipeline(Lifetimes &Lives)
    : Lives(Lives), Q(std::make_unique<Queue>()),
      Current(std::make_unique<Chunk>()) {
  Q->Full.set_capacity(kChunks);
  Current->Events.reserve(kChunkEvents);
  Worker = std::thread([this] { work(); });
}

EventPipeline::~EventPipeline() {
  if (!Ended)
    onEventsEnd();
  Chunk *C;
  while (Q->Spent.try_pop(C))
    delete C;
}

void EventPipeline::onError(const ErrorInfo &E) {
  if (!E.Passport.isNone())
    Current->Pins.push_back(E);
}

void EventPipeline::onEvent(PassportEventInfo &E) {
  Current->Events.emplace_back(E.Passport.value(), Lifetimes::store(E));
  if (Current->Events.size() >= kChunkEvents)
    send();
}

void EventPipeline::send() {
  Q->Full.push(Current.release());
  Chunk *Next;
  if (Q->Spent.try_pop(Next)) {
    Next->Pins.clear();
    Next->Events.clear();
    Current.reset(Next);
  } else {
    Current = std::make_unique<Chunk>();
    Current->Events.reserve(kChunkEvents);
  }
}

void EventPipeline::work() {
  while (true) {
    Chunk *C;
    Q->Full.pop(C);
    if (!C)
      return;
    for (const ErrorInfo &Pin : C->Pins)
      Lives.onError(Pin);
    for (const auto &[Passport, E] : C->Events)
      Lives.onStored(Passport, E);
    Q->Spent.push(C);
  }
}

void EventPipeline::onEventsEnd() {
  if (Ended)
    return;
  Ended = true;
  send();
  Q->Full.push(nullptr);
  Worker.join();
  Lives.onEventsEnd();
}

} // namespace analyzer
} // namespace memscope

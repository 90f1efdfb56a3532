//===- utils/analyzer/TimeOrder.cpp - passport events in time order -------===//
//
// A k-way merge of the batches in the window: each batch is a Run (its
// bytes, a reader, and its next event decoded); a binary heap of runs is
// keyed by their next event's (time, sequence number).
//
// See also: TimeOrder.h.
//===----------------------------------------------------------------------===//
#include "TimeOrder.h"

#include <algorithm>
#include <tuple>

namespace memscope {
namespace analyzer {

EventConsumer::~EventConsumer() = default;

struct TimeOrder::Run {
  PassportBatch Batch;
  BatchEventReader Reader;
  PassportEventInfo Head; // the next event
  bool HasHead = false;

  const PassportEventInfo &head() const { return Head; }
  /// Decodes the next event into Head; false if there is none.
  bool advance() { return HasHead = Reader.next(Head); }
};

TimeOrder::TimeOrder(std::vector<EventConsumer *> Downstream,
                     size_t WindowEvents)
    : Downstream(std::move(Downstream)),
      WindowEvents(std::max<size_t>(WindowEvents, 1)) {}

TimeOrder::~TimeOrder() = default;

static bool runIsLater(const PassportEventInfo &A, const PassportEventInfo &B) {
  return std::tie(A.TimeNs, A.Sequence) > std::tie(B.TimeNs, B.Sequence);
}

bool TimeOrder::adoptBatch(PassportBatch &Batch) {
  std::unique_ptr<Run> R;
  if (!Spare.empty()) {
    R = std::move(Spare.back());
    Spare.pop_back();
  } else {
    R = std::make_unique<Run>();
  }
  // The run takes the batch; the reader gets the run's old one back, for
  // its capacity.
  std::swap(R->Batch, Batch);
  R->Reader.reset(R->Batch);
  size_t Count = R->Batch.Kept;
  if (!R->advance()) {
    Spare.push_back(std::move(R));
    return true;
  }
  Heap.push_back(R.get());
  auto Cmp = [](const Run *A, const Run *B) {
    return runIsLater(A->head(), B->head());
  };
  std::push_heap(Heap.begin(), Heap.end(), Cmp);
  Active.push_back(std::move(R));
  Held += Count;
  while (Held > WindowEvents)
    emitEarliest(/*Drain=*/false);
  return true;
}

void TimeOrder::emitEarliest(bool Drain) {
  auto Cmp = [](const Run *A, const Run *B) {
    return runIsLater(A->head(), B->head());
  };
  std::pop_heap(Heap.begin(), Heap.end(), Cmp);
  Run *R = Heap.back();
  // Hand on the run's events while it stays the earliest: a single-thread
  // trace's runs never interleave.
  const PassportEventInfo *Bound =
      Heap.size() > 1 ? &Heap.front()->head() : nullptr;
  do {
    --Held;
    for (EventConsumer *C : Downstream)
      C->onEvent(R->Head);
  } while (R->advance() && (Drain || Held > WindowEvents) &&
           (!Bound || !runIsLater(R->head(), *Bound)));
  if (R->HasHead) {
    std::push_heap(Heap.begin(), Heap.end(), Cmp);
    return;
  }
  Heap.pop_back();
  auto It =
      std::find_if(Active.begin(), Active.end(),
                   [&](const std::unique_ptr<Run> &P) { return P.get() == R; });
  Spare.push_back(std::move(*It));
  *It = std::move(Active.back());
  Active.pop_back();
  // A few spare runs are enough to recycle capacity.
  if (Spare.size() > 4)
    Spare.pop_back();
}

void TimeOrder::onFinish() {
  while (Held > 0)
    emitEarliest(/*Drain=*/true);
  for (EventConsumer *C : Downstream)
    C->onEventsEnd();
}

} // namespace analyzer
} // namespace memscope

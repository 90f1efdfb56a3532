//===- utils/analyzer/PassportBatch.h - a batch's events, undecoded -*- C++
//-*-//
//
// The passport events of one PassportBatch record as the reader hands them
// on: checked (the reader decodes them once, to count them and to find
// damage and kinds it cannot name) but kept as the record's bytes, some 4-5
// per event where a decoded event takes 128. A consumer that holds many
// batches (the reorder window, TimeOrder.h) so holds little, and what it
// holds stays in the caches. A BatchEventReader decodes the events again,
// one at a time, in order, each placed in time and numbered in the file.
//
// Events carry no time: the i-th of the batch's n events is placed at
// BaseTimeNs + (EndTimeNs - BaseTimeNs) * i / n, n counting every event
// decoded (those of kinds this reader cannot name too, which are then
// dropped). Sequence numbers count the kept events of the whole file.
//
// See also: EventDecoder.h (the encodings), RecordDecoder.cpp (makes them),
// TimeOrder.h (holds them), docs/TraceFormat.md ("PassportBatch").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_PASSPORTBATCH_H
#define MEMSCOPE_ANALYZER_PASSPORTBATCH_H

#include "EventDecoder.h"

#include <vector>

namespace memscope {
namespace analyzer {

struct PassportBatch {
  ThreadId Tid;
  uint32_t FormatVersion = trace::kFormatVersion;
  uint64_t BaseTimeNs = 0;
  uint64_t SpanNs = 0; // EndTimeNs - BaseTimeNs, or 0
  /// Events decoded (before the payload's end or its damage), and of them
  /// those of kinds and reasons this reader knows.
  uint64_t Decoded = 0;
  uint64_t Kept = 0;
  /// The sequence number of the first kept event.
  uint64_t FirstSequence = 0;
  /// Positions (among the decoded) of the events that are dropped, in
  /// order: few, usually none.
  std::vector<uint64_t> Unknown;
  /// The events' bytes.
  std::vector<uint8_t> Bytes;

  /// The time of the event at Index (among the decoded).
  uint64_t timeOf(uint64_t Index) const;
  /// The time of the first kept event.
  uint64_t firstTimeNs() const;
};

/// The kept events of a batch, decoded in order.
class BatchEventReader {
public:
  /// Starts at B's first event; B must outlive the reader's use and not
  /// change meanwhile.
  void reset(const PassportBatch &B);

  /// Decodes the next kept event into E (overwritten whole, with Tid,
  /// TimeNs and Sequence set); false after the last one.
  bool next(PassportEventInfo &E);

private:
  const PassportBatch *B = nullptr;
  const uint8_t *Pos = nullptr; // the next event's bytes
  EventDecoder Decoder;
  const uint8_t *End = nullptr; // (apart from Pos: loaded on its own)
  uint64_t Index = 0;           // of the next event among the decoded
  uint64_t Sequence = 0;        // of the next kept event
  size_t NextUnknown = 0;       // in B->Unknown
  /// floor(SpanNs * Index / Decoded) as Quotient, remainder Rest: stepped
  /// by SpanNs / Decoded and SpanNs % Decoded, with no division per event.
  uint64_t Quotient = 0, Rest = 0, StepQuotient = 0, StepRest = 0;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_PASSPORTBATCH_H

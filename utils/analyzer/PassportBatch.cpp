//===- utils/analyzer/PassportBatch.cpp - a batch's events, undecoded -----===//
//
// See PassportBatch.h.
//===----------------------------------------------------------------------===//
#include "PassportBatch.h"

namespace memscope {
namespace analyzer {

uint64_t PassportBatch::timeOf(uint64_t Index) const {
  if (Decoded == 0)
    return BaseTimeNs;
  // 128 bits: the product may not fit in 64.
  return BaseTimeNs +
         static_cast<uint64_t>(static_cast<unsigned __int128>(SpanNs) * Index /
                               Decoded);
}

uint64_t PassportBatch::firstTimeNs() const {
  uint64_t Index = 0;
  for (uint64_t Dropped : Unknown) {
    if (Dropped != Index)
      break;
    ++Index;
  }
  return timeOf(Index);
}

void BatchEventReader::reset(const PassportBatch &Batch) {
  B = &Batch;
  Pos = Batch.Bytes.data();
  End = Batch.Bytes.data() + Batch.Bytes.size();
  Decoder = EventDecoder(Batch.FormatVersion);
  Decoder.startBatch();
  Index = 0;
  Sequence = Batch.FirstSequence;
  NextUnknown = 0;
  Quotient = Rest = 0;
  StepQuotient = Batch.Decoded ? Batch.SpanNs / Batch.Decoded : 0;
  StepRest = Batch.Decoded ? Batch.SpanNs % Batch.Decoded : 0;
}

bool BatchEventReader::next(PassportEventInfo &E) {
  static const PassportEventInfo Default;
  while (Index < B->Decoded) {
    E = Default; // a plain copy, not a constructor call
    bool Known;
    // The reader decoded these bytes before: they hold Decoded events.
    Decoder.next(Pos, End, E, Known);
    bool Dropped =
        NextUnknown < B->Unknown.size() && B->Unknown[NextUnknown] == Index;
    uint64_t TimeNs = B->BaseTimeNs + Quotient;
    ++Index;
    Quotient += StepQuotient;
    Rest += StepRest;
    if (Rest >= B->Decoded) {
      Rest -= B->Decoded;
      ++Quotient;
    }
    if (Dropped) {
      ++NextUnknown;
      continue;
    }
    E.Tid = B->Tid;
    E.TimeNs = TimeNs;
    E.Sequence = Sequence++;
    return true;
  }
  return false;
}

} // namespace analyzer
} // namespace memscope

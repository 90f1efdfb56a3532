//===- utils/analyzer/RecordDecoder.h - one record's payload ----*- C++ -*-===//
//
// Decodes the payload of each known record type, one function per type,
// and hands the result to the consumers. It keeps only what the format's
// rules need across records (a second Process or End record, leak-check and
// cycle ids already seen) and the running sequence number of passport
// events, never the records themselves.
//
// See also: TraceReader.cpp (the record loop), EventDecoder.h,
// docs/TraceFormat.md ("Reading rules").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_RECORDDECODER_H
#define MEMSCOPE_ANALYZER_RECORDDECODER_H

#include "Cursor.h"
#include "EventDecoder.h"
#include "TraceReader.h"

#include "llvm/ADT/DenseSet.h"

namespace memscope {
namespace analyzer {

class RecordDecoder {
public:
  RecordDecoder(const HeaderInfo &H, llvm::ArrayRef<TraceConsumer *> Consumers)
      : Header(H), Consumers(Consumers), Events(H.FormatVersion) {}

  /// Decodes one payload of a known type; returns the reason it is
  /// malformed, or nullptr.
  const char *decode(trace::RecordType Type, Cursor &C);

private:
  const char *decodeProcess(Cursor &C);
  const char *decodeModule(Cursor &C);
  const char *decodeStack(Cursor &C);
  const char *decodeThread(Cursor &C);
  const char *decodePassportBatch(Cursor &C);
  const char *decodeError(Cursor &C);
  const char *decodeLeakCheck(Cursor &C);
  const char *decodeLeak(Cursor &C);
  const char *decodeLiveChunk(Cursor &C);
  const char *decodeEnd(Cursor &C);
  const char *decodeSite(Cursor &C);
  const char *decodeCycleLeak(Cursor &C);
  const char *decodeDiagnostic(Cursor &C);
  const char *decodeLeakAlert(Cursor &C);
  const char *decodeErrorBlock(Cursor &C);
  const char *decodeHeapRefs(Cursor &C);
  const char *decodeSnapshot(Cursor &C);
  const char *decodeExec(Cursor &C);

  template <typename Fn> void each(Fn F) {
    for (TraceConsumer *C : Consumers)
      F(*C);
  }

  HeaderInfo Header;
  llvm::ArrayRef<TraceConsumer *> Consumers;
  EventDecoder Events;
  PassportBatch Batch;              // reused from batch to batch
  PassportEventInfo Scratch;        // an event as it is checked
  std::vector<uint64_t> Pcs;        // reused from stack to stack
  std::vector<trace::HeapRef> Refs; // reused from block to block
  uint64_t Sequence = 0;
  bool SeenProcess = false, SeenEnd = false;
  llvm::DenseSet<uint32_t> CheckIds, CycleIds;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_RECORDDECODER_H

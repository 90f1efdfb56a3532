//===- utils/analyzer/EventDecoder.h - passport events of a batch -*- C++ -*-=//
//
// Decodes the variable-length passport events of one PassportBatch record,
// one at a time: the encoding of versions 1 and 2 (head, uleb passport,
// fields) and the tighter one of version 3 (passport references relative to
// the batch's last allocation, repeated stacks left out, aggregated Edge
// events, Foreign events). The per-batch delta state (last address, last slot, ...) starts
// from 0 in every batch (startBatch()).
//
// See also: include/memscope/trace_format.h (PassportBatchRecord),
// docs/TraceFormat.md ("PassportBatch"), PassportBatch.h (places the events
// in time).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_EVENTDECODER_H
#define MEMSCOPE_ANALYZER_EVENTDECODER_H

#include "Cursor.h"
#include "TraceRecords.h"

namespace memscope {
namespace analyzer {

class EventDecoder {
public:
  explicit EventDecoder(uint32_t FormatVersion = trace::kFormatVersion)
      : FormatVersion(FormatVersion) {}

  /// The next batch starts: its delta state goes back to 0.
  void startBatch() { S = BatchState(); }

  /// Decodes the event at Pos (the payload ends at End) into E, whose
  /// fields must hold their defaults (the event sets those it carries),
  /// moves Pos past it, and sets Known to whether this reader can name the
  /// event's kind or reason (a complete event it cannot name is decoded all
  /// the same, to keep its place). Returns the problem that stops decoding
  /// the batch here, or nullptr.
  const char *next(const uint8_t *&Pos, const uint8_t *End,
                   PassportEventInfo &E, bool &Known);

private:
  /// The delta state of one batch.
  struct BatchState {
    uint64_t Addr = 0;      // the last Allocated address
    uint64_t Slot = 0;      // the last owner slot named
    uint64_t LastAlloc = 0; // version 3: the last Allocated passport
    uint32_t AllocStack = 0, FreeStack = 0; // version 3
    /// Version 3: the shapes of Edge and Borrowed events (trace_format.h).
    struct EdgeShape {
      uint8_t KindByte = 0;
      uint32_t FirstSite = 0, LastSite = 0, Origin = 0;
      uint64_t Slot = 0, Owner = 0, OwnerOffset = 0;
    };
    struct BorrowShape {
      uint8_t Kind = 0;
      uint32_t Site = 0;
      uint64_t Slot = 0;
    };
    EdgeShape Edges[trace::kShapes];
    BorrowShape Borrows[trace::kShapes];
    uint32_t NumEdgeShapes = 0, NumBorrowShapes = 0;
  };

  const char *decodeV2(Cursor &C, BatchState &S, PassportEventInfo &E,
                       bool &Known);
  const char *decodeV3(Cursor &C, BatchState &S, PassportEventInfo &E,
                       bool &Known);
  /// The fields of Owned, Released, Borrowed after the passport (the same
  /// in every version).
  static bool decodeOwnership(Cursor &C, BatchState &S, PassportEventInfo &E,
                              bool &Known);
  static bool decodeEdge(Cursor &C, BatchState &S, uint8_t Head,
                         PassportEventInfo &E, bool &Known);
  static bool decodeBorrowV3(Cursor &C, BatchState &S, uint8_t Head,
                             PassportEventInfo &E, bool &Known);

  uint32_t FormatVersion;
  BatchState S;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_EVENTDECODER_H

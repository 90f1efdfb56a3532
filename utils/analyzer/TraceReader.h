//===- utils/analyzer/TraceReader.h - the one trace parser ------*- C++ -*-===//
//
// Reads a trace once, front to back, in bounded chunks, and hands every
// decoded record to the consumers that subscribed (heaptrack's
// AccumulatedTraceData is the model: one parser, many consumers). A new
// analysis adds a TraceConsumer; nothing keeps the file, or its events, in
// memory. This is the only code that knows the byte layout (from
// include/memscope/trace_format.h); every layer above speaks
// TraceRecords.h.
//
// The reader refuses what it cannot read with a TraceError before it reads
// anything in bulk: a file it cannot open or that is not a regular file, a
// file that is not a memscope trace, a trace from a newer format version.
// Anything else it reads as far as it can: unknown record types are skipped
// by size, a record running past the end of the file (or of a compressed
// stream) ends the trace (onTruncated), a record whose payload contradicts
// itself is skipped with a warning (onWarning).
//
// See also: TraceInput.h (bytes and decompression), RecordDecoder.cpp (one
// function per record type), EventDecoder.h (passport events), Trace.h
// (the tables reports keep), TimeOrder.h (events in time order),
// docs/TraceFormat.md (the rules).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TRACEREADER_H
#define MEMSCOPE_ANALYZER_TRACEREADER_H

#include "PassportBatch.h"
#include "TraceRecords.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"

namespace memscope {
namespace analyzer {

/// Record counts, indexed by trace::RecordType; index 0 counts the records
/// of types this reader does not know (skipped).
constexpr unsigned kNumRecordKinds =
    static_cast<unsigned>(trace::RecordType::InstrumentedModule) + 1;
using RecordCounts = std::array<uint64_t, kNumRecordKinds>;

/// The name of a record type as reports print it ("leak-check"), or
/// "unknown" for 0 and types this reader does not know.
const char *recordTypeName(uint32_t Type);

/// What subscribes to a trace. Every method has an empty default, so a
/// consumer overrides what it needs. Calls come in file order; a
/// consumer keeps what it needs and nothing more.
class TraceConsumer {
public:
  virtual ~TraceConsumer();

  virtual void onHeader(const HeaderInfo &) {}
  /// One complete record of type Kind (0: unknown, skipped), before its
  /// payload's callback.
  virtual void onRecord(unsigned /*Kind*/) {}
  virtual void onProcess(const ProcessInfo &) {}
  virtual void onModule(const ModuleInfo &) {}
  virtual void onStack(StackId, llvm::ArrayRef<uint64_t> /*Pcs*/) {}
  virtual void onThread(const ThreadInfo &) {}
  /// The events of one PassportBatch record (at least one), in the
  /// thread's order, still encoded (BatchEventReader decodes them with
  /// their times and sequence numbers). Not in time order across batches:
  /// see TimeOrder.h.
  virtual void onBatch(const PassportBatch &) {}
  /// After every consumer's onBatch: a consumer that keeps the events may
  /// take the batch (swapping in a spent one of its own) instead of copying
  /// it, and return true; the first that does takes it.
  virtual bool adoptBatch(PassportBatch &) { return false; }
  virtual void onError(const ErrorInfo &) {}
  virtual void onLeakCheck(const LeakCheckInfo &) {}
  /// A Leak record of the leak check CheckId (already announced).
  virtual void onLeak(uint32_t /*CheckId*/, const LeakGroupInfo &) {}
  virtual void onLiveChunk(const LiveChunkInfo &) {}
  virtual void onEnd(const EndInfo &) {}
  virtual void onSite(const SiteInfo &) {}
  virtual void onCycleLeak(const CycleLeakInfo &) {}
  virtual void onDiagnostic(const DiagnosticInfo &) {}
  virtual void onLeakAlert(const trace::LeakAlertRecord &) {}
  virtual void onInstrumentedModule(uint64_t /*Pc*/) {}
  /// The block the previous Error record names.
  virtual void onErrorBlock(const ErrorBlockInfo &) {}
  virtual void onHeapRefs(const HeapRefsInfo &,
                          llvm::ArrayRef<trace::HeapRef>) {}
  /// The Snapshot record closing a heap snapshot, with its roots.
  virtual void onSnapshot(const SnapshotInfo &,
                          llvm::ArrayRef<trace::HeapRoot>) {}
  virtual void onExec(const ExecInfo &) {}
  /// A malformed record (or part of one) was skipped.
  virtual void onWarning(const std::string &) {}
  /// The trace ends inside a record; RecordsRead complete records came
  /// before byte Offset (of the records as if uncompressed).
  virtual void onTruncated(uint64_t /*RecordsRead*/, uint64_t /*Offset*/) {}
  /// Reading is over (after the last record, or the cut).
  virtual void onFinish() {}
};

/// Why a file could not be read at all; the analyzer's exit code follows.
enum class TraceErrorKind {
  Unreadable,   // cannot open or read the file, or not a regular file
  NotATrace,    // bad magic, foreign byte order, broken header
  NewerVersion, // written by a format version this reader does not know
};

class TraceError : public llvm::ErrorInfo<TraceError> {
public:
  static char ID;

  TraceError(TraceErrorKind Kind, std::string Message)
      : Kind(Kind), Message(std::move(Message)) {}

  TraceErrorKind kind() const { return Kind; }
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

private:
  TraceErrorKind Kind;
  std::string Message;
};

/// Reads the trace at Path, delivering it to Consumers in order. Fails only
/// with a TraceError, and then before any consumer saw a record.
llvm::Error readTrace(llvm::StringRef Path,
                      llvm::ArrayRef<TraceConsumer *> Consumers);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TRACEREADER_H

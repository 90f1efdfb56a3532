//===- utils/analyzer/Trace.h - the tables a report keeps -------*- C++ -*-===//
//
// Everything a trace says except its passport events, kept as tables: the
// process, modules, stacks, threads, sites, errors, leak checks, the heap
// at exit, cycle leaks, diagnostics, and how the reading went (record
// counts, warnings, truncation). These grow with what the traced program
// had (modules, distinct stacks and sites, threads) and with its findings,
// never with the number of events: the events stream past (TimeOrder.h)
// and only what the analyses derive from them is kept (Model.h).
//
// See also: TraceReader.h (fills it, as one consumer), Model.h.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TRACE_H
#define MEMSCOPE_ANALYZER_TRACE_H

#include "TraceReader.h"

#include "llvm/ADT/DenseMap.h"

#include <optional>

namespace memscope {
namespace analyzer {

class Trace : public TraceConsumer {
public:
  HeaderInfo Header;
  uint32_t FormatVersion = 0;
  std::optional<ProcessInfo> Process;
  std::vector<ModuleInfo> Modules;
  /// Pcs of each stack, innermost first. A stack may be referenced before
  /// its Stack record, or never written at all.
  llvm::DenseMap<StackId, std::vector<uint64_t>> Stacks;
  std::vector<ThreadInfo> Threads;
  /// Passport events read (they are not kept here).
  uint64_t PassportEventCount = 0;
  std::vector<ErrorInfo> Errors;
  std::vector<LeakCheckInfo> LeakChecks;
  std::vector<LiveChunkInfo> LiveChunks;
  /// The HeapRefs records of one heap snapshot (the heap's pointers), in
  /// file order; block I's entries are HeapRefs[RefBlocks[I].First ...].
  /// The snapshot kept is WantedSnapshot, or else the largest (most live
  /// bytes; the later of equals); a trace without Snapshot records (an
  /// older runtime) keeps all its blocks, with the ids they carry.
  struct RefBlock {
    HeapRefsInfo Info;
    uint64_t First = 0;
    uint32_t Count = 0;
  };
  std::vector<RefBlock> RefBlocks;
  std::vector<trace::HeapRef> HeapRefs;
  /// Set before reading: the snapshot to keep (0: the largest).
  uint32_t WantedSnapshot = 0;
  /// Every Snapshot record, in file order.
  std::vector<SnapshotInfo> Snapshots;
  /// The kept snapshot's record (none: the trace has none for it) and the
  /// blocks its roots point to directly.
  std::optional<SnapshotInfo> KeptSnapshot;
  std::vector<trace::HeapRoot> Roots;
  llvm::ArrayRef<trace::HeapRef> refsOf(const RefBlock &B) const {
    return llvm::ArrayRef(HeapRefs).slice(B.First, B.Count);
  }
  std::optional<EndInfo> End;
  /// The process called exec (its trace ends there), if it did.
  std::optional<ExecInfo> Exec;
  /// Call sites by id. Like stacks, a site may be referenced before its
  /// record, or never written.
  llvm::DenseMap<SiteId, SiteInfo> Sites;
  std::vector<CycleLeakInfo> CycleLeaks;   // in file order
  std::vector<DiagnosticInfo> Diagnostics; // in file order
  /// The leak monitor's alerts, in file order (docs/Leaks.md).
  std::vector<trace::LeakAlertRecord> LeakAlerts;
  /// A pc in each module built with memscope (InstrumentedModule records);
  /// empty in traces written before them.
  std::vector<uint64_t> InstrumentedPcs;
  /// Whether the module at Path was built with memscope; true for every
  /// module when the trace does not say.
  bool instrumentedModule(llvm::StringRef Path) const;

  /// Complete records read, of every type (skipped and malformed included).
  uint64_t RecordsRead = 0;
  RecordCounts Counts{};
  /// Records skipped because their payload contradicts itself.
  std::vector<std::string> Warnings;

  /// True if the file ends inside a record; the trace then holds the
  /// records before TruncatedAtOffset.
  bool Truncated = false;
  uint64_t TruncatedAtOffset = 0;
  /// The earliest monotonic timestamp seen (of a Thread, passport event,
  /// Error, LeakCheck or End), the start of the trace for reports.
  std::optional<uint64_t> Earliest;

  const std::vector<uint64_t> *stack(StackId Id) const;
  /// The Site record of an id, or null when the trace lacks it.
  const SiteInfo *site(SiteId Id) const;

  void onHeader(const HeaderInfo &H) override;
  void onRecord(unsigned Kind) override;
  void onProcess(const ProcessInfo &P) override { Process = P; }
  void onModule(const ModuleInfo &M) override { Modules.push_back(M); }
  void onStack(StackId Id, llvm::ArrayRef<uint64_t> Pcs) override;
  void onThread(const ThreadInfo &Th) override;
  void onBatch(const PassportBatch &B) override;
  void onError(const ErrorInfo &E) override;
  void onLeakCheck(const LeakCheckInfo &L) override;
  void onLeak(uint32_t CheckId, const LeakGroupInfo &G) override;
  void onLiveChunk(const LiveChunkInfo &L) override { LiveChunks.push_back(L); }
  void onHeapRefs(const HeapRefsInfo &H,
                  llvm::ArrayRef<trace::HeapRef> Refs) override;
  void onSnapshot(const SnapshotInfo &S,
                  llvm::ArrayRef<trace::HeapRoot> Roots) override;
  void onEnd(const EndInfo &E) override;
  void onErrorBlock(const ErrorBlockInfo &B) override;
  void onExec(const ExecInfo &E) override;
  void onSite(const SiteInfo &S) override;
  void onCycleLeak(const CycleLeakInfo &L) override { CycleLeaks.push_back(L); }
  void onLeakAlert(const trace::LeakAlertRecord &R) override {
    LeakAlerts.push_back(R);
  }
  void onInstrumentedModule(uint64_t Pc) override {
    InstrumentedPcs.push_back(Pc);
  }
  void onDiagnostic(const DiagnosticInfo &D) override {
    Diagnostics.push_back(D);
  }
  void onWarning(const std::string &W) override { Warnings.push_back(W); }
  void onTruncated(uint64_t Records, uint64_t Offset) override;

private:
  /// Forgets RefBlocks [Begin, End) and their entries.
  void dropBlocks(size_t Begin, size_t End);
  /// Where the snapshot being read starts in RefBlocks, and its id.
  size_t PendingStart = 0;
  uint32_t PendingId = 0;

  void see(uint64_t TimeNs) {
    if (!Earliest || TimeNs < *Earliest)
      Earliest = TimeNs;
  }
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TRACE_H

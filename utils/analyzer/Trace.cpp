//===- utils/analyzer/Trace.cpp - the tables a report keeps ---------------===//
//
// See Trace.h.
//===----------------------------------------------------------------------===//
#include "Trace.h"

namespace memscope {
namespace analyzer {

const std::vector<uint64_t> *Trace::stack(StackId Id) const {
  auto It = Stacks.find(Id);
  return It == Stacks.end() ? nullptr : &It->second;
}

bool Trace::instrumentedModule(llvm::StringRef Path) const {
  if (InstrumentedPcs.empty())
    return true;
  for (const ModuleInfo &M : Modules) {
    if (M.Path != Path)
      continue;
    for (uint64_t Pc : InstrumentedPcs)
      for (const ModuleRange &R : M.Ranges)
        if (Pc >= R.Beg && Pc < R.End)
          return true;
  }
  return false;
}

const SiteInfo *Trace::site(SiteId Id) const {
  auto It = Sites.find(Id);
  return It == Sites.end() ? nullptr : &It->second;
}

void Trace::onHeader(const HeaderInfo &H) {
  Header = H;
  FormatVersion = H.FormatVersion;
}

void Trace::onRecord(unsigned Kind) {
  ++RecordsRead;
  ++Counts[Kind];
}

void Trace::onStack(StackId Id, llvm::ArrayRef<uint64_t> Pcs) {
  // The depot gives each stack one id; a repeated record adds nothing.
  if (!Stacks.count(Id))
    Stacks[Id].assign(Pcs.begin(), Pcs.end());
}

void Trace::onThread(const ThreadInfo &Th) {
  see(Th.TimeNs);
  Threads.push_back(Th);
}

void Trace::onBatch(const PassportBatch &B) {
  PassportEventCount += B.Kept;
  // Within a batch times only grow.
  see(B.firstTimeNs());
}

void Trace::onError(const ErrorInfo &E) {
  see(E.TimeNs);
  Errors.push_back(E);
}

void Trace::onLeakCheck(const LeakCheckInfo &L) {
  see(L.TimeNs);
  LeakChecks.push_back(L);
}

void Trace::onLeak(uint32_t CheckId, const LeakGroupInfo &G) {
  for (LeakCheckInfo &L : LeakChecks)
    if (L.CheckId == CheckId) {
      L.Groups.push_back(G);
      return;
    }
}

const char *snapshotWhyName(uint32_t Why) {
  switch (static_cast<trace::SnapshotWhy>(Why)) {
  case trace::SnapshotWhy::MainReturn:
    return "main-return";
  case trace::SnapshotWhy::Exit:
    return "exit";
  case trace::SnapshotWhy::Peak:
    return "peak";
  case trace::SnapshotWhy::Program:
    return "program";
  case trace::SnapshotWhy::Check:
    return "leak-check";
  }
  return "unknown";
}

void Trace::onHeapRefs(const HeapRefsInfo &H,
                       llvm::ArrayRef<trace::HeapRef> Refs) {
  if (WantedSnapshot && H.SnapshotId != WantedSnapshot)
    return;
  if (RefBlocks.size() == PendingStart || H.SnapshotId != PendingId) {
    // A new snapshot: what came before it stays only if a Snapshot record
    // chose it (older traces have none, and keep everything).
    if (H.SnapshotId != PendingId && RefBlocks.size() != PendingStart &&
        KeptSnapshot)
      dropBlocks(PendingStart, RefBlocks.size());
    PendingStart = RefBlocks.size();
    PendingId = H.SnapshotId;
  }
  RefBlocks.push_back({H, HeapRefs.size(), uint32_t(Refs.size())});
  HeapRefs.insert(HeapRefs.end(), Refs.begin(), Refs.end());
}

void Trace::dropBlocks(size_t Begin, size_t End) {
  uint64_t RefsBegin = Begin < RefBlocks.size() ? RefBlocks[Begin].First
                                                : HeapRefs.size();
  uint64_t RefsEnd =
      End < RefBlocks.size() ? RefBlocks[End].First : HeapRefs.size();
  HeapRefs.erase(HeapRefs.begin() + RefsBegin, HeapRefs.begin() + RefsEnd);
  RefBlocks.erase(RefBlocks.begin() + Begin, RefBlocks.begin() + End);
  for (size_t I = Begin; I < RefBlocks.size(); ++I)
    RefBlocks[I].First -= RefsEnd - RefsBegin;
}

void Trace::onSnapshot(const SnapshotInfo &S,
                       llvm::ArrayRef<trace::HeapRoot> SnapshotRoots) {
  Snapshots.push_back(S);
  if (WantedSnapshot && S.Id != WantedSnapshot)
    return;
  bool Blocks = RefBlocks.size() != PendingStart && PendingId == S.Id;
  bool Keep = WantedSnapshot || !KeptSnapshot ||
              S.LiveBytes >= KeptSnapshot->LiveBytes;
  if (!Keep) {
    if (Blocks)
      dropBlocks(PendingStart, RefBlocks.size());
    PendingStart = RefBlocks.size();
    return;
  }
  // The blocks before this snapshot's are another's, chosen or not.
  dropBlocks(0, Blocks ? PendingStart : RefBlocks.size());
  PendingStart = RefBlocks.size();
  KeptSnapshot = S;
  Roots.assign(SnapshotRoots.begin(), SnapshotRoots.end());
  llvm::sort(Roots, [](const trace::HeapRoot &A, const trace::HeapRoot &B) {
    return A.Passport < B.Passport;
  });
}

void Trace::onEnd(const EndInfo &E) {
  see(E.TimeNs);
  End = E;
}

void Trace::onErrorBlock(const ErrorBlockInfo &B) {
  // It follows its Error record; one naming another passport is ignored.
  if (!Errors.empty() && Errors.back().Passport == B.Passport)
    Errors.back().Block = B;
}

void Trace::onExec(const ExecInfo &E) {
  see(E.TimeNs);
  Exec = E;
}

void Trace::onSite(const SiteInfo &S) {
  // A site is written once; a repeated record keeps the first, as for
  // stacks.
  Sites.try_emplace(S.Id, S);
}

void Trace::onTruncated(uint64_t Records, uint64_t Offset) {
  (void)Records;
  Truncated = true;
  TruncatedAtOffset = Offset;
}

} // namespace analyzer
} // namespace memscope

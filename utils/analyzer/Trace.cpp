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

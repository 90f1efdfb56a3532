//===- utils/analyzer/Model.cpp - facts derived from a trace --------------===//
//
// Built once from a Trace: a time-ordered timeline of passport events (the
// runtime writes them through per-thread buffers, so file order is not time
// order), each passport's history, allocation sites grouped by stack, and the
// live-bytes peak found by replaying the timeline.
//
// See also: Model.h, docs/Analyzer.md ("How sites are chosen").
//===----------------------------------------------------------------------===//
#include "Model.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <unordered_set>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

const char *passportEventName(PassportEvent Event) {
  switch (Event) {
  case PassportEvent::Allocated:
    return "allocated";
  case PassportEvent::Freed:
    return "freed";
  case PassportEvent::Reallocated:
    return "reallocated";
  case PassportEvent::ReallocatedFrom:
    return "reallocated-from";
  case PassportEvent::Evicted:
    return "evicted";
  case PassportEvent::Typed:
    return "typed";
  case PassportEvent::Owned:
    return "owned";
  case PassportEvent::Released:
    return "released";
  case PassportEvent::Borrowed:
    return "borrowed";
  }
  return "unknown";
}

const char *allocFamilyName(trace::AllocFamily Family) {
  switch (Family) {
  case trace::AllocFamily::Malloc:
    return "malloc";
  case trace::AllocFamily::New:
    return "new";
  case trace::AllocFamily::NewArray:
    return "new[]";
  }
  return "unknown";
}

const char *leakKindName(trace::LeakKind Kind) {
  return Kind == trace::LeakKind::Direct ? "direct" : "indirect";
}

bool isInternalFrame(const Frame &F) {
  llvm::StringRef File(F.File);
  // memscope's runtime sources, the compiler-rt sources it is built from,
  // and the C++ library headers (std::allocator and friends).
  for (llvm::StringRef Dir :
       {"/runtime/memscope_", "/lib/sanitizer_common/", "/lib/interception/",
        "/lib/lsan/", "/include/c++/"})
    if (File.contains(Dir))
      return true;

  llvm::StringRef Function(F.Function);
  for (llvm::StringRef Prefix :
       {"__memscope_", "__interceptor_", "___interceptor_", "__sanitizer_",
        "__asan_", "__lsan_", "operator new", "operator delete"})
    if (Function.starts_with(Prefix))
      return true;
  // The C allocation functions, which the runtime defines itself.
  for (llvm::StringRef Name :
       {"malloc", "calloc", "realloc", "reallocarray", "free", "cfree",
        "aligned_alloc", "memalign", "posix_memalign", "valloc", "pvalloc",
        "strdup", "strndup", "__strdup"})
    if (Function == Name)
      return true;
  return false;
}

Model::Model(const Trace &T, Symbolizer &Sym) : T(T), Sym(Sym) {
  // The earliest monotonic timestamp stands for the start: the Process
  // record's StartTimeNs is wall-clock time, not comparable.
  std::optional<uint64_t> Earliest;
  auto See = [&](uint64_t TimeNs) {
    if (!Earliest || TimeNs < *Earliest)
      Earliest = TimeNs;
  };
  for (const ThreadInfo &Th : T.Threads)
    See(Th.TimeNs);
  for (const PassportEventInfo &E : T.PassportEvents)
    See(E.TimeNs);
  for (const ErrorInfo &E : T.Errors)
    See(E.TimeNs);
  for (const LeakCheckInfo &L : T.LeakChecks)
    See(L.TimeNs);
  if (T.End)
    See(T.End->TimeNs);
  Origin = Earliest.value_or(0);

  indexHistories();
  rankSites();
  replayLiveBytes();
  Own = std::make_unique<Ownership>(T, Timeline);
}

void Model::indexHistories() {
  Timeline.reserve(T.PassportEvents.size());
  for (const PassportEventInfo &E : T.PassportEvents)
    Timeline.push_back(&E);
  std::sort(Timeline.begin(), Timeline.end(),
            [](const PassportEventInfo *A, const PassportEventInfo *B) {
              return std::tie(A->TimeNs, A->Sequence) <
                     std::tie(B->TimeNs, B->Sequence);
            });
  // Reuse is not an event of its own: it is an allocation at the address
  // of an earlier passport.
  std::unordered_map<uint64_t, PassportId> LastAtAddress;
  for (const PassportEventInfo *E : Timeline) {
    Histories[E->Passport].push_back(E);
    if (E->Event != PassportEvent::Allocated)
      continue;
    auto [It, New] = LastAtAddress.try_emplace(E->Addr, E->Passport);
    if (New || It->second == E->Passport)
      continue;
    ReusedBy.try_emplace(It->second, E);
    It->second = E->Passport;
  }
}

const PassportEventInfo *Model::reusedBy(PassportId Id) const {
  auto It = ReusedBy.find(Id);
  return It == ReusedBy.end() ? nullptr : It->second;
}

llvm::ArrayRef<const PassportEventInfo *> Model::history(PassportId Id) const {
  auto It = Histories.find(Id);
  if (It == Histories.end())
    return {};
  return It->second;
}

const ThreadInfo *Model::thread(ThreadId Tid) const {
  for (const ThreadInfo &Th : T.Threads)
    if (Th.Tid == Tid)
      return &Th;
  return nullptr;
}

const PassportEventInfo *Model::allocation(PassportId Id) const {
  for (const PassportEventInfo *E : history(Id))
    if (E->Event == PassportEvent::Allocated)
      return E;
  return nullptr;
}

StackId Model::eventStack(const PassportEventInfo &E) const {
  if (E.Event != PassportEvent::Reallocated)
    return E.Stack;
  const PassportEventInfo *Allocation = allocation(E.Related);
  return Allocation ? Allocation->Stack : kNoStack;
}

void Model::rankSites() {
  std::unordered_map<StackId, AllocationSite> Sites;
  std::unordered_set<PassportId> Born;
  for (const PassportEventInfo *E : Timeline) {
    // A passport is allocated once; a repeated event adds nothing.
    if (E->Event != PassportEvent::Allocated ||
        !Born.insert(E->Passport).second)
      continue;
    AllocationSite &S = Sites[E->Stack];
    S.Stack = E->Stack;
    S.Bytes += E->Size;
    ++S.Count;
  }
  for (const auto &Entry : Sites)
    ByBytes.push_back(Entry.second);
  ByCount = ByBytes;
  std::sort(ByBytes.begin(), ByBytes.end(),
            [](const AllocationSite &A, const AllocationSite &B) {
              return std::make_tuple(B.Bytes, B.Count, A.Stack) <
                     std::make_tuple(A.Bytes, A.Count, B.Stack);
            });
  std::sort(ByCount.begin(), ByCount.end(),
            [](const AllocationSite &A, const AllocationSite &B) {
              return std::make_tuple(B.Count, B.Bytes, A.Stack) <
                     std::make_tuple(A.Count, A.Bytes, B.Stack);
            });
}

void Model::replayLiveBytes() {
  std::unordered_map<PassportId, uint64_t> LiveSize;
  uint64_t Live = 0;
  for (const PassportEventInfo *E : Timeline) {
    switch (E->Event) {
    case PassportEvent::Allocated:
      if (!LiveSize.emplace(E->Passport, E->Size).second)
        continue;
      Live += E->Size;
      if (!Peak || Live > Peak->Bytes)
        Peak = PeakUsage{Live, E->TimeNs, E};
      break;
    case PassportEvent::Freed:
    case PassportEvent::Reallocated: {
      auto It = LiveSize.find(E->Passport);
      if (It == LiveSize.end())
        continue;
      Live -= It->second;
      LiveSize.erase(It);
      break;
    }
    // realloc writes Allocated for the new block, Reallocated and Freed
    // for the old one; the rest does not change what is live.
    case PassportEvent::ReallocatedFrom:
    case PassportEvent::Evicted:
    case PassportEvent::Typed:
    case PassportEvent::Owned:
    case PassportEvent::Released:
    case PassportEvent::Borrowed:
      break;
    }
  }
}

uint64_t Model::liveBytesAtExit() const {
  uint64_t Bytes = 0;
  for (const LiveChunkInfo &C : T.LiveChunks)
    Bytes += C.Size;
  return Bytes;
}

std::vector<Frame> Model::frames(StackId Id) const {
  const std::vector<uint64_t> *Pcs = T.stack(Id);
  if (!Pcs)
    return {};
  return Sym.symbolizeStack(*Pcs);
}

std::optional<Frame> firstUserFrame(llvm::ArrayRef<Frame> Frames) {
  if (Frames.empty())
    return std::nullopt;
  for (const Frame &F : Frames)
    if (!isInternalFrame(F))
      return F;
  return Frames.front();
}

std::vector<Frame> Model::errorFrames(const ErrorInfo &E) const {
  if (T.stack(E.Stack) || !E.Pc)
    return frames(E.Stack);
  return Sym.symbolize(E.Pc);
}

std::optional<Frame> Model::userFrame(StackId Id) const {
  return firstUserFrame(frames(Id));
}

std::vector<const LeakGroupInfo *>
Model::groups(const LeakCheckInfo &Check) const {
  std::vector<const LeakGroupInfo *> Groups;
  for (const LeakGroupInfo &G : Check.Groups)
    Groups.push_back(&G);
  // Ties keep the trace's order: the pointers follow it.
  std::sort(Groups.begin(), Groups.end(),
            [](const LeakGroupInfo *A, const LeakGroupInfo *B) {
              return std::make_tuple(A->Kind, B->Bytes, B->Objects, A) <
                     std::make_tuple(B->Kind, A->Bytes, A->Objects, B);
            });
  return Groups;
}

} // namespace analyzer
} // namespace memscope

//===- memscope_lsan_common.cpp - lsan_common and what it keeps to itself ===//
//
// compiler-rt's lsan_common.cpp is compiled here, as part of this file, so
// that memscope can ask it what only its own file sees (which allocation
// stacks its suppressions matched) and stand in front of the checks a
// program asks for. A check that matched suppressions but
// found no indirect leak reports without a second pass, so the leaks it
// classified still include the suppressed ones; memscope's trace keeps only
// what the run reported.
//
// See also: memscope_lsan.cpp (the trace of each check).
//===----------------------------------------------------------------------===//
// The program's own checks go through memscope first (below), which notes
// where the calling thread's live frames end.
#define __lsan_do_leak_check MemscopeLsanDoLeakCheck
#define __lsan_do_recoverable_leak_check MemscopeLsanDoRecoverableLeakCheck
// Each leak's allocation stack is printed by StackDepotGet(id).Print():
// the stack memscope hands it prints the stack, then what the leaked
// blocks of that stack did across the boundary with foreign code.
#include "sanitizer_common/sanitizer_stackdepot.h"
namespace memscope {
void PrintLeakCrossing(__sanitizer::u32 StackId);
struct LeakStack : __sanitizer::StackTrace {
  __sanitizer::u32 Id;
  void Print() const {
    __sanitizer::InternalScopedString Out;
    PrintTo(&Out);
    // PrintTo ends with an empty line: the crossing goes before it.
    if (Out.length() && Out.data()[Out.length() - 1] == '\n')
      Out.data()[Out.length() - 1] = 0;
    __sanitizer::Printf("%s", Out.data());
    PrintLeakCrossing(Id);
    __sanitizer::Printf("\n");
  }
};
inline LeakStack LeakStackOf(__sanitizer::u32 Id) {
  return {__sanitizer::StackDepotGet(Id), Id};
}
} // namespace memscope
#define StackDepotGet(Id) memscope::LeakStackOf(Id)
#include "lsan/lsan_common.cpp"
#undef StackDepotGet
#undef __lsan_do_leak_check
#undef __lsan_do_recoverable_leak_check

#include "memscope_trace.h"

namespace memscope {
// LSan's InitCommonLsan, with a suppression context that also accepts
// ASan's suppression types: memscope reads one suppressions file for both
// (ASAN_OPTIONS' and LSAN_OPTIONS' `suppressions` are one flag here), and
// only its leak: lines apply to leaks. LSan's own would refuse the file.
void InitLeakCheckCommon() {
  if (!__sanitizer::common_flags()->detect_leaks)
    return;
  static const char *Types[] = {__lsan::kSuppressionLeak, "interceptor_name",
                                "interceptor_via_fun", "interceptor_via_lib",
                                "odr_violation"};
  CHECK_EQ(nullptr, __lsan::suppression_ctx);
  __lsan::suppression_ctx = new (__lsan::suppression_placeholder)
      __lsan::LeakSuppressionContext(Types, ARRAY_SIZE(Types));
  __lsan::InitializePlatformSpecificModules();
}

// memscope_lsan.cpp: the thread checking from Frame, or none (0).
void NoteCheckCaller(uptr Frame);
// How many times each check runs (the tries option, at least 1).
int LeakCheckTries();
// memscope_lsan.cpp: a heap snapshot first, with snapshot_at_checks.
void SnapshotBeforeCheck();
} // namespace memscope

// The frames below this one are the checker's, over the dead frames of the
// calls the program made before: not roots, as no frame of the program
// that could use them is below its call.
extern "C" {
SANITIZER_INTERFACE_ATTRIBUTE void __lsan_do_leak_check() {
  memscope::SnapshotBeforeCheck();
  memscope::NoteCheckCaller(GET_CURRENT_FRAME());
  for (int I = 1; I < memscope::LeakCheckTries(); ++I)
    MemscopeLsanDoRecoverableLeakCheck();
  MemscopeLsanDoLeakCheck();
  memscope::NoteCheckCaller(0);
}

SANITIZER_INTERFACE_ATTRIBUTE int __lsan_do_recoverable_leak_check() {
  memscope::SnapshotBeforeCheck();
  memscope::NoteCheckCaller(GET_CURRENT_FRAME());
  int Leaks = 0;
  for (int I = 0; I < memscope::LeakCheckTries(); ++I)
    Leaks = MemscopeLsanDoRecoverableLeakCheck();
  memscope::NoteCheckCaller(0);
  return Leaks;
}
} // extern "C"

namespace __lsan {

bool MemscopeStackWasSuppressed(u32 Stack) {
  if (!suppression_ctx)
    return false;
  const InternalMmapVector<u32> &Stacks =
      GetSuppressionContext()->GetSortedSuppressedStacks();
  uptr I = InternalLowerBound(Stacks, Stack);
  return I < Stacks.size() && Stacks[I] == Stack;
}

} // namespace __lsan

// The heap snapshot's roots: LSan's root scan (ClassifyAllChunks up to its
// flood fill, ignored objects aside) with the world stopped, keeping the
// frontier it builds: each block the roots point to directly, once, with
// the kind of root that reached it first. The tags it set are reset as
// after a check.
namespace {

struct RootScanParam : __lsan::CheckForLeaksParam {
  __sanitizer::InternalMmapVector<memscope::RootTarget> *Out;
};

void RootScanCallback(const __lsan::SuspendedThreadsList &Threads, void *Arg) {
  using memscope::trace::RootKind;
  auto *P = static_cast<RootScanParam *>(Arg);
  __lsan::Frontier &F = P->frontier;
  __sanitizer::uptr Taken = 0;
  auto Take = [&](RootKind Kind) {
    for (; Taken < F.size(); ++Taken)
      P->Out->push_back({F[Taken], static_cast<__sanitizer::u32>(Kind)});
  };
  // Ignored blocks are roots too; the heap walk that follows names them,
  // which spares a walk over every chunk here.
  __lsan::ProcessGlobalRegions(&F);
  Take(RootKind::Global);
  __lsan::ProcessThreads(Threads, &F, P->caller_tid, P->caller_sp);
  Take(RootKind::Thread);
  __lsan::ProcessRootRegions(&F);
  Take(RootKind::Region);
  // Only the blocks found were tagged: their tags go back as a check's
  // cleanup (ResetTagsCb) would put them, without walking every chunk.
  for (__sanitizer::uptr Chunk : F)
    __lsan::LsanMetadata(Chunk).set_tag(__lsan::kDirectlyLeaked);
  P->success = true;
}

} // namespace

namespace memscope {

bool CollectRootTargets(InternalMmapVector<RootTarget> *Out) {
  RootScanParam P;
  P.Out = Out;
  P.caller_tid = GetTid();
  P.caller_sp = reinterpret_cast<uptr>(__builtin_frame_address(0));
  // As a check holds it: root regions and ignored objects stay put.
  Lock L(&__lsan::global_mutex);
  __lsan::LockStuffAndStopTheWorld(RootScanCallback, &P);
  return P.success;
}

} // namespace memscope

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
#include "lsan/lsan_common.cpp"
#undef __lsan_do_leak_check
#undef __lsan_do_recoverable_leak_check

namespace memscope {
// memscope_lsan.cpp: the thread checking from Frame, or none (0).
void NoteCheckCaller(uptr Frame);
// How many times each check runs (the tries option, at least 1).
int LeakCheckTries();
} // namespace memscope

// The frames below this one are the checker's, over the dead frames of the
// calls the program made before: not roots, as no frame of the program
// that could use them is below its call.
extern "C" {
SANITIZER_INTERFACE_ATTRIBUTE void __lsan_do_leak_check() {
  memscope::NoteCheckCaller(GET_CURRENT_FRAME());
  for (int I = 1; I < memscope::LeakCheckTries(); ++I)
    MemscopeLsanDoRecoverableLeakCheck();
  MemscopeLsanDoLeakCheck();
  memscope::NoteCheckCaller(0);
}

SANITIZER_INTERFACE_ATTRIBUTE int __lsan_do_recoverable_leak_check() {
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

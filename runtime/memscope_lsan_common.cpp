//===- memscope_lsan_common.cpp - lsan_common and what it keeps to itself ===//
//
// compiler-rt's lsan_common.cpp is compiled here, as part of this file, so
// that memscope can ask it what only its own file sees: which allocation
// stacks its suppressions matched. A check that matched suppressions but
// found no indirect leak reports without a second pass, so the leaks it
// classified still include the suppressed ones; memscope's trace keeps only
// what the run reported.
//
// See also: memscope_lsan.cpp (the trace of each check).
//===----------------------------------------------------------------------===//
#include "lsan/lsan_common.cpp"

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

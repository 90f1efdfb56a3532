//===- pass/StackScrub.h - no stale pointers in dead stack slots -*- C++
//-*-===//
//
// StackScrubPass zeroes a local variable's stack slot when its lifetime ends
// (before llvm.lifetime.end) or, for slots without lifetime markers, when
// the function returns. Only slots that can hold a pointer are cleared.
//
// Why: a leak check that runs while the program runs scans every live frame
// whole, holes included. A frame laid over the dead frame of a function that
// returned, or a block-scoped pointer that went out of scope, still holds
// the address of a block the program dropped, and the block is not reported
// (LSan misses these leaks too). With the slots cleared, the only copies a
// check sees are the ones the program can still use.
//
// clang emits lifetime markers at -O1 and above; the memscope drivers pass
// -fsanitize-address-use-after-scope to cc1 so it emits them at -O0 too.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-stack-scrub in.ll -S
//
// See also: runtime/memscope_lsan.cpp (the checks that scan live frames),
// docs/Leaks.md, test/Instrumentation/stack-scrub.ll,
// test/Runtime/leak/running-check.c.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_STACKSCRUB_H
#define MEMSCOPE_PASS_STACKSCRUB_H

#include "llvm/IR/PassManager.h"

namespace memscope {

/// Runs once per module (a module flag marks it), after MemoryAccessPass so
/// the clearing stores are never checked or routed through the runtime.
class StackScrubPass : public llvm::PassInfoMixin<StackScrubPass> {
public:
  /// With \p RedzonedLocals (StackRedzonesPass runs next), a variable that
  /// will be poisoned out of its scope keeps its contents: a dangling
  /// reference read through code built without memscope then reads what
  /// it read, and the checked access after it is reported as
  /// stack-use-after-scope (cleared, it would crash on null first). The
  /// leak checks skip such variables instead (they scan only the variables
  /// in scope of frames on the fake stack).
  explicit StackScrubPass(bool RedzonedLocals = false)
      : RedzonedLocals(RedzonedLocals) {}
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }

private:
  bool RedzonedLocals;
};

} // namespace memscope

#endif // MEMSCOPE_PASS_STACKSCRUB_H

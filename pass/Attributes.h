//===- pass/Attributes.h - keep the optimiser honest about accesses -*- C++ -*-===//
//
// AttributesPass runs first, at PipelineStart, and marks every function that
// will be instrumented `sanitize_address`. LLVM's optimisations read that
// attribute as "a sanitizer checks this function's memory accesses" and stop
// doing what would hide errors or invent them:
//   - folding a load from memory just freed into undef (the load, and so the
//     use-after-free, disappears),
//   - speculating or widening loads past the end of an object (the widened
//     load would touch a redzone the program never touches: a false report).
// The AddressSanitizer pass itself never runs: the drivers refuse
// -fsanitize=address together with memscope, and nothing else schedules it.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-attributes in.ll -S
//
// See also: pass/MemoryAccess.cpp (which relies on accesses surviving),
// test/Instrumentation/attributes.ll, test/Runtime/use-after-free/.
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_ATTRIBUTES_H
#define MEMSCOPE_PASS_ATTRIBUTES_H

#include "llvm/IR/PassManager.h"

namespace memscope {

class AttributesPass : public llvm::PassInfoMixin<AttributesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_ATTRIBUTES_H

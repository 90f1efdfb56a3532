//===- pass/ForeignCalls.h - pointers crossing declared-only calls -*- C++ -*-=//
//
// See ForeignCalls.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_PASS_FOREIGNCALLS_H
#define MEMSCOPE_PASS_FOREIGNCALLS_H

#include "llvm/IR/PassManager.h"

namespace memscope {

class ForeignCallsPass : public llvm::PassInfoMixin<ForeignCallsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_FOREIGNCALLS_H

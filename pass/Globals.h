//===- pass/Globals.h - redzones after global variables -------*- C++ -*-===//
//
// See Globals.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_PASS_GLOBALS_H
#define MEMSCOPE_PASS_GLOBALS_H

#include "llvm/IR/PassManager.h"

namespace memscope {

class GlobalsPass : public llvm::PassInfoMixin<GlobalsPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_GLOBALS_H

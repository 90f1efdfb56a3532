//===- pass/StackRedzones.h - redzones around local variables -*- C++ -*-===//
//
// See StackRedzones.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_PASS_STACKREDZONES_H
#define MEMSCOPE_PASS_STACKREDZONES_H

#include "llvm/IR/Instructions.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/IR/PassManager.h"

namespace memscope {

/// Marks a load, store or memory intrinsic that addresses a variable with
/// lifetime markers at a constant offset where the variable may be out of
/// its scope (the optimiser forwarded a kept pointer to the variable
/// itself): the access checks check it although the offset lies inside.
inline constexpr llvm::StringLiteral MayBeOutOfScopeMD = "memscope.may_be_out_of_scope";

/// The allocas LLVM's stack-safety analysis proves safe (every access in
/// bounds and within the variable's lifetime, callees of the module
/// included), which the stack pass leaves out of its frames, as ASan does;
/// empty with -memscope-stack-safety=0. Computed for the module as it is.
llvm::DenseSet<const llvm::AllocaInst *>
provenSafeAllocas(llvm::Module &M, llvm::ModuleAnalysisManager &MAM);

/// Whether the stack pass (when it runs) will poison \p AI outside its
/// lifetime markers. \p Safe: provenSafeAllocas of the module.
bool willPoisonOutOfScope(const llvm::AllocaInst &AI,
                          const llvm::DenseSet<const llvm::AllocaInst *> &Safe);

class StackRedzonesPass : public llvm::PassInfoMixin<StackRedzonesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_STACKREDZONES_H

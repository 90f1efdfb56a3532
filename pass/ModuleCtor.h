//===- pass/ModuleCtor.h - the runtime's module constructor -----*- C++ -*-===//
//
// ModuleCtorPass gives every instrumented module a constructor that
// initialises the runtime and references the ABI version check, so an object
// built for another runtime ABI fails to link instead of misbehaving.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-module-ctor in.ll -S
//
// See also: include/memscope/abi.h (ctor name, priority, version check),
// runtime/memscope_interface.h (__memscope_init),
// test/Instrumentation/module-ctor.ll.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_MODULECTOR_H
#define MEMSCOPE_PASS_MODULECTOR_H

#include "llvm/IR/PassManager.h"

namespace memscope {

/// Adds memscope.module_ctor to llvm.global_ctors unless the module already
/// has it.
class ModuleCtorPass : public llvm::PassInfoMixin<ModuleCtorPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

  // Instrumented code must never run without the runtime initialised, at any
  // optimisation level.
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_MODULECTOR_H

//===- pass/ModuleCtor.cpp - the runtime's module constructor -------------===//
//
// Emits, once per module,
//
//   define internal void @memscope.module_ctor() comdat {
//     call void @__memscope_init()
//     call void @__memscope_version_mismatch_check_v1()
//     ret void
//   }
//
// registered in llvm.global_ctors at MEMSCOPE_CTOR_PRIORITY, ahead of every
// user constructor, so the shadow is mapped before the first checked access.
//
// See also: pass/ModuleCtor.h, include/memscope/abi.h,
// test/Instrumentation/module-ctor.ll.
//
//===----------------------------------------------------------------------===//

#include "ModuleCtor.h"

#include "memscope/abi.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace memscope {

PreservedAnalyses ModuleCtorPass::run(Module &M, ModuleAnalysisManager &) {
  bool Created = false;
  // Finds the constructor by name if an earlier run made it, which keeps the
  // pass idempotent; the callback only runs for a new one.
  getOrCreateSanitizerCtorAndInitFunctions(
      M, MEMSCOPE_MODULE_CTOR_NAME, MEMSCOPE_INIT_NAME, /*InitArgTypes=*/{},
      /*InitArgs=*/{},
      [&](Function *Ctor, FunctionCallee) {
        Created = true;
        if (!Triple(M.getTargetTriple()).isOSBinFormatELF()) {
          appendToGlobalCtors(M, Ctor, MEMSCOPE_CTOR_PRIORITY);
          return;
        }
        // Every TU's constructor does the same thing, so on ELF they share
        // one comdat group and the linker keeps a single copy per binary.
        // Naming the constructor as the entry's associated data drops the
        // llvm.global_ctors entry together with a discarded group.
        Ctor->setComdat(M.getOrInsertComdat(MEMSCOPE_MODULE_CTOR_NAME));
        appendToGlobalCtors(M, Ctor, MEMSCOPE_CTOR_PRIORITY, Ctor);
      },
      MEMSCOPE_VERSION_CHECK_NAME);
  return Created ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope

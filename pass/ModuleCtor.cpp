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
// In the module that defines `int main`, each return of main first passes its
// value to __memscope_main_return: the exit status a trace ends with.
//
// See also: pass/ModuleCtor.h, include/memscope/abi.h,
// test/Instrumentation/module-ctor.ll.
//
//===----------------------------------------------------------------------===//

#include "ModuleCtor.h"

#include "memscope/abi.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/Instructions.h"
#include "llvm/IR/Module.h"
#include "llvm/TargetParser/Triple.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

using namespace llvm;

namespace memscope {

/// Hands main's return value to the runtime before each return. Returns
/// true if it changed anything.
static bool reportMainReturn(Module &M) {
  Function *Main = M.getFunction("main");
  if (!Main || Main->isDeclaration() ||
      !Main->getReturnType()->isIntegerTy(32))
    return false;
  // Already done by an earlier run of the pass.
  if (Function *Hook = M.getFunction(MEMSCOPE_MAIN_RETURN_NAME))
    if (!Hook->use_empty())
      return false;
  LLVMContext &Ctx = M.getContext();
  FunctionCallee Hook = M.getOrInsertFunction(
      MEMSCOPE_MAIN_RETURN_NAME, Type::getVoidTy(Ctx), Type::getInt32Ty(Ctx));
  if (auto *F = dyn_cast<Function>(Hook.getCallee()))
    F->addFnAttr(Attribute::NoUnwind);
  bool Changed = false;
  for (BasicBlock &BB : *Main)
    if (auto *Ret = dyn_cast<ReturnInst>(BB.getTerminator())) {
      IRBuilder<> IRB(Ret);
      IRB.CreateCall(Hook, {Ret->getReturnValue()})
          ->setDebugLoc(Ret->getDebugLoc());
      Changed = true;
    }
  return Changed;
}

PreservedAnalyses ModuleCtorPass::run(Module &M, ModuleAnalysisManager &) {
  bool Created = reportMainReturn(M);
  // Finds the constructor by name if an earlier run made it, which keeps the
  // pass idempotent; the callback only runs for a new one.
  getOrCreateSanitizerCtorAndInitFunctions(
      M, MEMSCOPE_MODULE_CTOR_NAME, MEMSCOPE_INIT_NAME, /*InitArgTypes=*/{},
      /*InitArgs=*/{},
      [&](Function *Ctor, FunctionCallee) {
        Created = true;
        // The version check registers the code of the module it is called
        // from by its return address: a sibling call would return into the
        // C library's start-up code instead.
        for (Instruction &I : instructions(*Ctor))
          if (auto *Call = dyn_cast<CallInst>(&I))
            Call->setTailCallKind(CallInst::TCK_NoTail);
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

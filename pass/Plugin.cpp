//===- pass/Plugin.cpp - entry point of libMemscopePass.so ----------------===//
//
// Tells the new pass manager where memscope's passes go: by name for opt,
// and at the extension points clang runs for -fpass-plugin.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so -passes=memscope
//   clang -fpass-plugin=build/lib/libMemscopePass.so ...
//
// Pipeline names: `memscope` (everything, in the order clang runs it),
// `memscope-attributes`, `memscope-ownership`, `memscope-memory-access`,
// `memscope-globals`, `memscope-stack`, `memscope-foreign-calls`,
// `memscope-stack-scrub` and
// `memscope-module-ctor` (one pass each, for tests).
//
// See also: pass/README.md, utils/ (the drivers that add -fpass-plugin),
// test/Instrumentation/clang-pipeline.c.
//
//===----------------------------------------------------------------------===//

#include "Attributes.h"
#include "Compat.h"
#include "ForeignCalls.h"
#include "Globals.h"
#include "MemoryAccess.h"
#include "ModuleCtor.h"
#include "Ownership.h"
#include "RustTypes.h"
#include "StackRedzones.h"
#include "StackScrub.h"

#include "llvm/Passes/PassBuilder.h"

using namespace llvm;

/// -fsanitize=memscope-leak: no access checks (and no attributes that keep
/// accesses for them); ownership, allocation types, stack scrubbing and
/// the module constructor stay.
static cl::opt<bool>
    ClLeakOnly("memscope-leak-only", cl::init(false), cl::Hidden,
               cl::desc("Leave memory accesses alone: the leak-only build."));

namespace memscope {

/// Everything memscope runs once optimisation is over.
static void addInstrumentationPasses(ModulePassManager &MPM) {
  // Dead slots are cleared on the function's own allocas, before the frame
  // layout replaces them; the access checks come after the layout, which
  // tells them which stack accesses may leave their variable.
  MPM.addPass(StackScrubPass(/*RedzonedLocals=*/!ClLeakOnly));
  if (!ClLeakOnly) {
    MPM.addPass(GlobalsPass());
    MPM.addPass(StackRedzonesPass());
    MPM.addPass(MemoryAccessPass());
  }
  MPM.addPass(ForeignCallsPass());
  MPM.addPass(ModuleCtorPass());
}

static bool parsePipelineElement(StringRef Name, ModulePassManager &MPM,
                                 ArrayRef<PassBuilder::PipelineElement>) {
  if (Name == "memscope") {
    MPM.addPass(AttributesPass());
    MPM.addPass(OwnershipPass());
    addInstrumentationPasses(MPM);
    return true;
  }
  if (Name == "memscope-attributes") {
    MPM.addPass(AttributesPass());
    return true;
  }
  if (Name == "memscope-ownership") {
    MPM.addPass(OwnershipPass());
    return true;
  }
  if (Name == "memscope-rust-types") {
    MPM.addPass(RustTypesPass());
    return true;
  }
  if (Name == "memscope-memory-access") {
    MPM.addPass(MemoryAccessPass());
    return true;
  }
  if (Name == "memscope-globals") {
    MPM.addPass(GlobalsPass());
    return true;
  }
  if (Name == "memscope-foreign-calls") {
    MPM.addPass(ForeignCallsPass());
    return true;
  }
  if (Name == "memscope-stack") {
    MPM.addPass(StackRedzonesPass());
    return true;
  }
  if (Name == "memscope-stack-scrub") {
    MPM.addPass(StackScrubPass());
    return true;
  }
  if (Name == "memscope-module-ctor") {
    MPM.addPass(ModuleCtorPass());
    return true;
  }
  return false;
}

static void registerCallbacks(PassBuilder &PB) {
  PB.registerPipelineParsingCallback(parsePipelineElement);

  // Before the optimiser: mark the functions so it keeps their accesses as
  // written, and record smart-pointer operations, borrows and allocation
  // types while calls into std::shared_ptr and std::unique_ptr are still
  // calls (the inliner dissolves them into loads and atomics).
  PB.registerPipelineStartEPCallback(
      [](ModulePassManager &MPM, OptimizationLevel) {
        if (!ClLeakOnly)
          MPM.addPass(AttributesPass());
        MPM.addPass(OwnershipPass());
        MPM.addPass(RustTypesPass());
      });

  // After the optimiser, where clang puts its own sanitizers: checks are
  // placed on the accesses that survived optimisation, so fewer of them run.
  // The O0 pipeline invokes this extension point too.
  compat::registerOptimizerLastEPCallback(
      PB, [](ModulePassManager &MPM, OptimizationLevel) {
        addInstrumentationPasses(MPM);
      });
}

} // namespace memscope

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo() {
  return {LLVM_PLUGIN_API_VERSION, "memscope", MEMSCOPE_VERSION,
          memscope::registerCallbacks};
}

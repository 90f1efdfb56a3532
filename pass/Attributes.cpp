//===- pass/Attributes.cpp - keep the optimiser honest about accesses -----===//
//
// See pass/Attributes.h for why. The functions marked are exactly those
// MemoryAccessPass will instrument, so what it checks is what the program
// does.
//
// See also: pass/Attributes.h, test/Instrumentation/attributes.ll.
//===----------------------------------------------------------------------===//

#include "Attributes.h"

#include "Instrumentable.h"

#include "memscope/abi.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/CommandLine.h"

using namespace llvm;

static cl::opt<bool> ClFrontEndAttributes(
    "memscope-front-end-attributes", cl::init(false), cl::Hidden,
    cl::desc("The front end marked the functions to check sanitize_address: "
             "leave the others unchecked (no_sanitize(\"address\"))."));

namespace memscope {

PreservedAnalyses AttributesPass::run(Module &M, ModuleAnalysisManager &) {
  // Nothing else marks functions sanitize_address before this pass runs.
  bool FrontEnd = ClFrontEndAttributes || any_of(M, [](const Function &F) {
                    return !F.isDeclaration() &&
                           F.hasFnAttribute(Attribute::SanitizeAddress);
                  });
  bool Changed = false;
  for (Function &F : M) {
    if (F.isDeclaration() ||
        F.hasFnAttribute(Attribute::DisableSanitizerInstrumentation) ||
        F.hasFnAttribute(Attribute::SanitizeAddress) ||
        F.getName().starts_with(RuntimePrefix))
      continue;
    if (FrontEnd)
      F.addFnAttr(NoChecksAttr);
    else
      F.addFnAttr(Attribute::SanitizeAddress);
    Changed = true;
  }
  // Attributes are not analyses' inputs that the pass manager caches.
  return Changed ? PreservedAnalyses::none() : PreservedAnalyses::all();
}

} // namespace memscope

//===- pass/Compat.h - LLVM version differences, in one place ---*- C++ -*-===//
//
// The only file that tests LLVM_VERSION_MAJOR. Each shim names the release
// that introduced the difference, so a shim can be deleted once the oldest
// supported LLVM is past it. The rest of pass/ is written against LLVM 22.
//
// See also: pass/Plugin.cpp (the only user of these shims), the top-level
// CMakeLists.txt (MEMSCOPE_LLVM_VERSION).
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_COMPAT_H
#define MEMSCOPE_PASS_COMPAT_H

#include "llvm/Config/llvm-config.h"
#include "llvm/Passes/PassBuilder.h"

// LLVM 22 moved the plugin interface out of llvm/Passes/.
#if LLVM_VERSION_MAJOR >= 22
#include "llvm/Plugins/PassPlugin.h"
#else
#include "llvm/Passes/PassPlugin.h"
#endif

namespace memscope {
namespace compat {

/// Registers \p Callback (taking the pass manager and the optimization level)
/// at the OptimizerLast extension point.
///
/// LLVM 20 added the LTO phase to this callback. memscope instruments in
/// whichever phase reaches it first and its passes are idempotent, so the
/// phase is not needed and is dropped here.
template <typename CallbackT>
void registerOptimizerLastEPCallback(llvm::PassBuilder &PB,
                                     CallbackT Callback) {
#if LLVM_VERSION_MAJOR >= 20
  PB.registerOptimizerLastEPCallback(
      [Callback](llvm::ModulePassManager &MPM, llvm::OptimizationLevel Level,
                 llvm::ThinOrFullLTOPhase) { Callback(MPM, Level); });
#else
  PB.registerOptimizerLastEPCallback(Callback);
#endif
}

} // namespace compat
} // namespace memscope

#endif // MEMSCOPE_PASS_COMPAT_H

//===- pass/MemoryAccess.h - shadow checks on memory accesses ---*- C++ -*-===//
//
// MemoryAccessPass puts a shadow-memory check in front of every load, store,
// atomicrmw and cmpxchg that may touch the heap, and routes llvm.memcpy,
// llvm.memmove and llvm.memset through the runtime, which checks both ranges
// before doing the operation. Common accesses are checked inline; a runtime
// call happens only on a poisoned granule or for an unusual size or
// alignment.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-memory-access in.ll -S
//
// See also: include/memscope/abi.h (shadow mapping, runtime entry names),
// runtime/memscope_interface.h (the report and check entry points),
// test/Instrumentation/load-store.ll.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_MEMORYACCESS_H
#define MEMSCOPE_PASS_MEMORYACCESS_H

#include "llvm/IR/PassManager.h"

namespace memscope {

/// Instruments every function of a module once; a module already marked as
/// instrumented is left alone, so running the pass twice is harmless.
class MemoryAccessPass : public llvm::PassInfoMixin<MemoryAccessPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

  // clang marks -O0 functions optnone; unchecked accesses there would be
  // missed errors, so the pass manager must never skip this pass.
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_MEMORYACCESS_H

//===- pass/Ownership.h - smart pointers and allocation types ---*- C++ -*-===//
//-*-===//
//
// OwnershipPass tells the runtime what the program does with its owners, at
// PipelineStart while the members of std::shared_ptr, std::weak_ptr and
// std::unique_ptr are still calls: each recognised call (construction, copy,
// move, reset, swap, release, lock, destruction, make_*, pointer casts, and
// the borrows get(), operator->, operator*) gets a runtime call next to it
// carrying the owner slot and a per-site descriptor (struct memscope_site).
// It also names the type of allocations whose type the source makes
// knowable: new-expressions, std::allocator<T>::allocate, and malloc into a
// typed local.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-ownership in.ll -S
//
// See also: include/memscope/abi.h ("Ownership instrumentation"),
// runtime/memscope_ownership.cpp, pass/README.md,
// test/Instrumentation/ownership-*.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_OWNERSHIP_H
#define MEMSCOPE_PASS_OWNERSHIP_H

#include "llvm/IR/PassManager.h"

namespace memscope {

/// Instruments every function of a module once; a module already marked as
/// done is left alone, so a pipeline that reaches PipelineStart twice
/// (ThinLTO's pre-link and back end) records each event once.
class OwnershipPass : public llvm::PassInfoMixin<OwnershipPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);

  // clang marks -O0 functions optnone; the pass must see them all the same.
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_OWNERSHIP_H

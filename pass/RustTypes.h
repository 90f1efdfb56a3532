//===- pass/RustTypes.h - Rust allocations typed from debug info -*- C++ -*-===//
//
// In a module rustc compiled (DW_LANG_Rust), every allocation made inside
// `Box<T>::new` (which Rc::new, Arc::new and their kin use for their
// RcInner<T> and ArcInner<T>) is typed by T, read from the constructor's
// template parameter in the debug info of the call's scope chain (inlined
// or not). The type comes with its layout: where the value holds Rc, Arc,
// Weak, Box and Vec, at any depth (RefCell, Option, Mutex, structs, tuples,
// arrays), flattened to offsets and each named by the user's field that
// holds it ("Node::next"). The runtime's cycle search reads those fields at
// exit (runtime/memscope_cycles.cpp).
//
// Recognised before inlining, at PipelineStart with the ownership pass;
// MIR inlining keeps the scopes, so it works at every opt-level.
//
// See also: include/memscope/abi.h (memscope_rust_layout), docs/Rust.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_PASS_RUSTTYPES_H
#define MEMSCOPE_PASS_RUSTTYPES_H

#include "llvm/IR/PassManager.h"

namespace memscope {

class RustTypesPass : public llvm::PassInfoMixin<RustTypesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_RUSTTYPES_H

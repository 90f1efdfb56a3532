//===- pass/Attributes.h - keep the optimiser honest about accesses -*- C++ -*-===//
//
// AttributesPass runs first, at PipelineStart, and marks every function that
// will be instrumented `sanitize_address`. LLVM's optimisations read that
// attribute as "a sanitizer checks this function's memory accesses" and stop
// doing what would hide errors or invent them:
//   - folding a load from memory just freed into undef (the load, and so the
//     use-after-free, disappears),
//   - speculating or widening loads past the end of an object (the widened
//     load would touch a redzone the program never touches: a false report).
//
// Front-end mode (-memscope-front-end-attributes, which the clang drivers
// set): the drivers give cc1 clang's -fsanitize=address front end, so that
// `__has_feature(address_sanitizer)` and `__SANITIZE_ADDRESS__` hold (code
// written for ASan takes its annotated paths: ASAN_POISON_MEMORY_REGION,
// libc++'s container annotations, array cookies), and clang itself marks
// the functions a sanitizer checks. Then this pass adds nothing: a function
// the front end left unmarked (`no_sanitize("address")`, an ignore list)
// gets memscope-no-checks instead (pass/Instrumentable.h). AddressSanitizer's
// own pass then runs after memscope's with each of its instrumentations
// switched off by the drivers; what it still adds (__asan_init from a module
// constructor, __asan_handle_no_return before noreturn calls) the runtime
// provides. memscope-rustc does the same with rustc's -Zsanitizer=address,
// whose switches cannot name the plugin's options (rustc parses them before
// it loads plugins): a module in which the front end marked some function
// is in front-end mode too.
//
//   opt -load-pass-plugin=build/lib/libMemscopePass.so \
//       -passes=memscope-attributes in.ll -S
//
// See also: pass/MemoryAccess.cpp (which relies on accesses surviving),
// test/Instrumentation/attributes.ll, test/Runtime/use-after-free/.
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_ATTRIBUTES_H
#define MEMSCOPE_PASS_ATTRIBUTES_H

#include "llvm/IR/PassManager.h"

namespace memscope {

class AttributesPass : public llvm::PassInfoMixin<AttributesPass> {
public:
  llvm::PreservedAnalyses run(llvm::Module &M, llvm::ModuleAnalysisManager &);
  static bool isRequired() { return true; }
};

} // namespace memscope

#endif // MEMSCOPE_PASS_ATTRIBUTES_H

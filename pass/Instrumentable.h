//===- pass/Instrumentable.h - which functions memscope rewrites -*- C++ -*-===//
//
// The one rule, shared by the access checks and ownership recognition, for
// whether a function's body is memscope's to instrument, and where a
// function's frame ends.
//
// See also: pass/MemoryAccess.cpp, pass/Ownership.cpp, pass/Attributes.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_INSTRUMENTABLE_H
#define MEMSCOPE_PASS_INSTRUMENTABLE_H

#include "memscope/abi.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/Instructions.h"

namespace memscope {

/// Every runtime entry point and every symbol the pass creates starts so.
inline constexpr llvm::StringLiteral RuntimePrefix = "__memscope_";

/// False for declarations, available_externally bodies (dropped before code
/// generation: the copy that runs is instrumented where it is defined),
/// functions marked disable_sanitizer_instrumentation, naked functions, the
/// runtime's own functions, and the module constructor (which calls
/// __memscope_init: nothing in it may rely on the shadow being mapped yet).
inline bool isInstrumentable(const llvm::Function &F) {
  if (F.isDeclaration() || F.hasAvailableExternallyLinkage())
    return false;
  if (F.hasFnAttribute(llvm::Attribute::DisableSanitizerInstrumentation) ||
      F.hasFnAttribute(llvm::Attribute::Naked))
    return false;
  llvm::StringRef Name = F.getName();
  return !Name.starts_with(RuntimePrefix) && Name != MEMSCOPE_MODULE_CTOR_NAME;
}

/// Set by AttributesPass, when the front end decided which functions a
/// sanitizer checks (the drivers compile with clang's -fsanitize=address
/// front end, pass/Attributes.h), on a function it left without
/// sanitize_address: `__attribute__((no_sanitize("address")))`, an ignore
/// list entry. As ASan does, memscope checks none of its accesses and lays
/// out none of its locals; its ownership operations are still recorded.
inline constexpr llvm::StringLiteral NoChecksAttr = "memscope-no-checks";

/// Whether memscope checks \p F's memory accesses and pads its locals.
inline bool isChecked(const llvm::Function &F) {
  return isInstrumentable(F) && !F.hasFnAttribute(NoChecksAttr);
}

/// Where a `ret` lets the frame go: before the tail call that precedes it,
/// if any (code between the two would stop the call being a tail call; a
/// call marked tail reads none of the caller's locals), unless the call
/// copies a struct passed by value from one of them: then after it.
inline llvm::Instruction *frameExit(llvm::ReturnInst *Ret) {
  auto *Call = llvm::dyn_cast_or_null<llvm::CallInst>(Ret->getPrevNode());
  if (!Call || !(Call->isTailCall() || Call->isMustTailCall()))
    return Ret;
  if (Call->isMustTailCall())
    return Call;
  for (unsigned Arg = 0; Arg < Call->arg_size(); ++Arg)
    if (Call->isByValArgument(Arg))
      return Ret;
  return Call;
}

/// Where \p I lets the frame go, if it leaves the function: a `ret` (as
/// above), or a `resume`, which goes on unwinding an exception into the
/// caller after the function's cleanups ran (ASan counts it as a return
/// too). Null for any other instruction.
inline llvm::Instruction *frameExit(llvm::Instruction &I) {
  if (auto *Ret = llvm::dyn_cast<llvm::ReturnInst>(&I))
    return frameExit(Ret);
  return llvm::isa<llvm::ResumeInst>(I) ? &I : nullptr;
}

} // namespace memscope

#endif // MEMSCOPE_PASS_INSTRUMENTABLE_H

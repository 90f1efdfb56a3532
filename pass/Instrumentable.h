//===- pass/Instrumentable.h - which functions memscope rewrites -*- C++ -*-===//
//
// The one rule, shared by the access checks and ownership recognition, for
// whether a function's body is memscope's to instrument.
//
// See also: pass/MemoryAccess.cpp, pass/Ownership.cpp, pass/Attributes.cpp.
//
//===----------------------------------------------------------------------===//

#ifndef MEMSCOPE_PASS_INSTRUMENTABLE_H
#define MEMSCOPE_PASS_INSTRUMENTABLE_H

#include "memscope/abi.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/IR/Function.h"

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

} // namespace memscope

#endif // MEMSCOPE_PASS_INSTRUMENTABLE_H

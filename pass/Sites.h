//===- pass/Sites.h - per-call-site descriptors ----------------*- C++ -*-===//
//
// Builds the `struct memscope_site` globals (include/memscope/abi.h) that
// instrumented calls pass to the runtime: one private, writable global per
// call, its strings shared within the module. Ownership (smart-pointer
// operations, allocation types) and ForeignCalls (calls of declared-only
// functions) both describe their call sites with it.
//
// See also: include/memscope/abi.h, pass/Ownership.cpp,
// pass/ForeignCalls.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_PASS_SITES_H
#define MEMSCOPE_PASS_SITES_H

#include "llvm/ADT/StringMap.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/Module.h"

#include <string>

namespace memscope {

/// The fields of one descriptor; strings may be empty (null in the
/// descriptor).
struct SiteFields {
  uint8_t Op = 0;
  uint8_t Family = 0;
  uint16_t Flags = 0;
  unsigned Line = 0, Column = 0;
  std::string File, Function, Variable, Type;
};

class SiteDescriptors {
public:
  explicit SiteDescriptors(llvm::Module &M);

  /// A new descriptor for one call.
  llvm::GlobalVariable *create(const SiteFields &F);
  /// The descriptor's value alone, for a global that embeds it (a Rust
  /// layout, headed by its type's site).
  llvm::Constant *initializer(const SiteFields &F);
  /// A module-wide constant C string, or null for an empty one.
  llvm::Constant *string(llvm::StringRef S);

  /// The file of a debug location, absolute and without `..` where it can
  /// be.
  static std::string locationFile(const llvm::DILocation *Loc);
  /// Line, column and file of the call at \p Loc into \p F (nothing
  /// without debug info).
  static void setLocation(SiteFields &F, const llvm::DILocation *Loc);

private:
  llvm::Module &M;
  llvm::StructType *SiteTy;
  llvm::PointerType *PtrTy;
  llvm::StringMap<llvm::Constant *> Strings;
  /// Strings go before the first descriptor, so a module lists its strings,
  /// then its descriptors in the order of the calls.
  llvm::GlobalVariable *FirstSite = nullptr;
};

/// Where code that runs after \p CB goes: next to it, or where an invoke
/// continues normally (on an edge of its own if that block has other
/// predecessors).
llvm::BasicBlock::iterator afterCall(llvm::CallBase &CB);

/// `ptr __memscope_alloc_type(ptr site, ptr p)`, declared nounwind with p
/// `returned`: the code after the allocation uses the pointer handed back,
/// so the allocation's result need not live across the call (at -O0 it
/// would be spilled to a slot that stays behind, a root for any later leak
/// check whose frame covers it), and the optimiser still sees through.
llvm::FunctionCallee allocTypeFunction(llvm::Module &M);

} // namespace memscope

#endif // MEMSCOPE_PASS_SITES_H

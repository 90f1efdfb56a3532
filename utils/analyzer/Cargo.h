//===- utils/analyzer/Cargo.h - cargo, built through memscope-rustc -*- C++ -*-===//
//
// `memscope cargo ARGS...` runs cargo with every crate of the build compiled
// by memscope-rustc (RUSTC_WRAPPER), into a target directory of its own
// (<workspace>/target/memscope unless CARGO_TARGET_DIR says otherwise), so
// instrumented and plain builds do not rebuild each other, for an explicit
// target (the host's), so that what runs inside the build (build scripts,
// procedural macros and their crates) is built apart, plain. `memscope
// record -- cargo ...` and `memscope test -- cargo ...` set cargo up the
// same way.
//
// See also: utils/memscope-rustc.in, docs/Rust.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_CARGO_H
#define MEMSCOPE_ANALYZER_CARGO_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace memscope {
namespace analyzer {

/// True if Program names cargo (the command memscope runs).
bool isCargo(llvm::StringRef Program);

/// Sets this process's environment so that a cargo it starts builds with
/// memscope-rustc. False, with Error set, when memscope-rustc is missing or
/// another RUSTC_WRAPPER is already set.
bool prepareCargoEnvironment(std::string &Error);

/// `memscope cargo`: Args are cargo's arguments. Does not return unless
/// cargo cannot be started (exit status 2 or 127).
int runCargo(llvm::ArrayRef<const char *> Args);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_CARGO_H

//===- utils/analyzer/TestCommand.h - `memscope test` -----------*- C++ -*-===//
//
// Runs a command with recording on (as `memscope record`), then lists what
// every process it started was found doing wrong: errors, leaks at exit,
// cycle leaks, leak alerts; writes JSON and JUnit for CI on request, and
// exits non-zero when anything was found.
//
//   memscope test [-o DIR] [--json FILE] [--junit FILE] [--sarif FILE]
//                 [--baseline FILE] [--] CMD [ARGS...]
//   memscope diff OLD.json NEW.json
//
// See also: TestCommand.cpp, Record.h, docs/Analyzer.md ("memscope test").
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TESTCOMMAND_H
#define MEMSCOPE_ANALYZER_TESTCOMMAND_H

#include "llvm/ADT/ArrayRef.h"

namespace memscope {
namespace analyzer {

/// `memscope test`: Args are the arguments after the command name. Returns
/// the command's status when nothing was found; otherwise that status if
/// non-zero, else 1. 1 also for a usage error, 2 when the directory, the
/// process or an output file cannot be made.
int runTest(llvm::ArrayRef<const char *> Args);

/// `memscope diff OLD NEW`: the findings of two `memscope test --json`
/// documents compared by fingerprint; 1 when NEW has findings OLD has not.
int runDiff(llvm::ArrayRef<const char *> Args);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TESTCOMMAND_H

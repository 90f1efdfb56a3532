//===- utils/analyzer/Record.h - `memscope record` ---------------*- C++ -*-===//
//
// Runs a command with recording on for it and every instrumented process it
// starts (fork/exec children, test runners inherit the environment), one
// trace per process in a directory, and says at the end where they are. A
// plain instrumented run writes nothing; this is how a trace is asked for.
//
//   memscope record [-o DIR] [--] CMD [ARGS...]
//
// See also: runtime/memscope_trace.cpp (trace_dir, file names),
// docs/Analyzer.md ("memscope record"), test/Analyzer/record*.test.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_RECORD_H
#define MEMSCOPE_ANALYZER_RECORD_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"

#include <string>
#include <vector>

namespace memscope {
namespace analyzer {

/// `memscope record`: Args are the arguments after the command name.
/// Returns the command's exit status (128 + the signal if it was killed),
/// or 1 for a usage error and 2 when the directory cannot be made or the
/// command cannot be started.
int runRecord(llvm::ArrayRef<const char *> Args);

/// What `memscope record` and `memscope test` share.
/// The names in Dir, before a run.
llvm::StringSet<> listEntries(llvm::StringRef Dir);
/// The traces (names ending in .trace) in Dir that Before does not hold,
/// sorted.
std::vector<std::string> newTraces(llvm::StringRef Dir,
                                   const llvm::StringSet<> &Before);
/// MEMSCOPE_OPTIONS for the command: the caller's own options, then the
/// ones that turn recording into Dir on (later keys win). False, with a
/// message, on a directory name the options syntax cannot quote.
bool recordingOptions(llvm::StringRef Dir, std::string &Options);
/// Runs Command with Options in MEMSCOPE_OPTIONS, in the foreground;
/// returns its exit status (128 + signal when killed), or -1 if it could
/// not be started.
int runCommand(llvm::ArrayRef<const char *> Command,
               const std::string &Options);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_RECORD_H

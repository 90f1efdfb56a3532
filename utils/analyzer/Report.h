//===- utils/analyzer/Report.h - the report front ends ----------*- C++ -*-===//
//
// The two ways `memscope report` prints a Model: ASan-shaped text for people
// (TextReport.cpp) and JSON for tools (JsonReport.cpp, schema in
// docs/Analyzer.md). Both print the same facts in the same order. A
// directory of traces gets one summary per process (DirectoryReport.cpp).
//
// See also: Model.h, main.cpp, docs/Analyzer.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_REPORT_H
#define MEMSCOPE_ANALYZER_REPORT_H

#include "Model.h"

#include "llvm/Support/raw_ostream.h"

#include <string>

namespace memscope {
namespace analyzer {

struct ReportOptions {
  std::string TracePath; // as the user named it
  size_t TopSites = 10;  // rows in each allocation-site ranking
};

void writeTextReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS);

/// One allocation's life in one line, as the text report prints it under
/// an error (`memscope test` under a finding too): `passport #1 (32
/// bytes): allocated T0 at app.c:31 → freed T1 at app.c:36`. Block
/// describes the block when the trace kept none of its events.
std::string passportHistoryText(const Model &M, PassportId Id,
                                const ErrorBlockInfo *Block = nullptr);

/// Version of the JSON document's layout; bumped when a field changes
/// meaning or disappears (adding fields does not bump it).
constexpr unsigned kJsonSchemaVersion = 1;

void writeJsonReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS);

/// `memscope report DIR`: one summary per trace (*.trace) of Dir, one per
/// process, then totals; JSON when Json. Returns the exit code: 0, or the
/// highest of the traces' (2 unreadable, 3 newer, 4 truncated); 2 when Dir
/// cannot be listed or holds no trace.
int writeDirectoryReport(llvm::StringRef Dir, bool Json, llvm::raw_ostream &OS);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_REPORT_H

//===- utils/analyzer/Report.h - the report front ends ----------*- C++ -*-===//
//
// The two ways `memscope report` prints a Model: ASan-shaped text for people
// (TextReport.cpp) and JSON for tools (JsonReport.cpp, schema in
// docs/Analyzer.md). Both print the same facts in the same order.
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

/// Version of the JSON document's layout; bumped when a field changes
/// meaning or disappears (adding fields does not bump it).
constexpr unsigned kJsonSchemaVersion = 1;

void writeJsonReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_REPORT_H

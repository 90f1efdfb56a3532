//===- utils/analyzer/main.cpp - the memscope command line ----------------===//
//
// `memscope <command> [options]`: parses the command line by hand (the
// commands, messages and exit codes are part of the interface, and LLVM's
// cl:: would add the options of the libraries it links), reads the trace and
// hands a Model to the front end asked for.
//
//   build/bin/memscope report memscope.1234.trace [--json] [--top N]
//
// See also: docs/Analyzer.md (commands, options, exit codes, JSON schema),
// TraceReader.h, Report.h, test/Analyzer/.
//===----------------------------------------------------------------------===//
#include "Report.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>
#include <optional>

using namespace memscope::analyzer;

namespace {

/// The exit codes, documented in --help and docs/Analyzer.md.
enum ExitCode : int {
  ExitSuccess = 0,
  ExitUsage = 1,
  ExitUnreadable = 2, // cannot read (or write), or not a memscope trace
  ExitNewerVersion = 3,
  ExitTruncated = 4,
};

constexpr const char *kHelp = R"(OVERVIEW: memscope - reports on memscope traces

USAGE: memscope <command> [options]

COMMANDS:
  report TRACE     the errors, leak checks, top allocation sites and peak
                   live heap of a trace (memscope.<pid>.trace)

REPORT OPTIONS:
  --json           print JSON instead of text (schema: docs/Analyzer.md)
  --top N          rows in each allocation-site ranking (default 10)

OTHER OPTIONS:
  -h, --help       print this help
  --version        print memscope's version and the trace format it reads

EXIT CODES:
  0  the report was printed
  1  usage error
  2  the trace cannot be read, or is not a memscope trace
  3  the trace was written by a newer format version: upgrade memscope
  4  the trace is truncated (the process probably died); the report shows
     what was written
)";

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "memscope: error: " << Message
               << " (see 'memscope --help')\n";
  return ExitUsage;
}

int runReport(llvm::ArrayRef<const char *> Args) {
  ReportOptions Opts;
  bool Json = false;
  std::optional<std::string> Path;
  bool OptionsEnded = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (OptionsEnded || !Arg.starts_with("-")) {
      if (Path)
        return usageError("report takes one trace, got '" + *Path + "' and '" +
                          Arg + "'");
      Path = Arg.str();
      continue;
    }
    if (Arg == "--") {
      OptionsEnded = true;
    } else if (Arg == "-h" || Arg == "--help") {
      llvm::outs() << kHelp;
      return ExitSuccess;
    } else if (Arg == "--json") {
      Json = true;
    } else if (Arg == "--top" || Arg.starts_with("--top=")) {
      llvm::StringRef Value;
      if (Arg == "--top") {
        if (I + 1 == Args.size())
          return usageError("--top needs a number");
        Value = Args[++I];
      } else {
        Value = Arg.drop_front(strlen("--top="));
      }
      if (Value.getAsInteger(10, Opts.TopSites))
        return usageError("--top needs a number, got '" + Value + "'");
    } else {
      return usageError("unknown option '" + Arg + "' for 'report'");
    }
  }
  if (!Path)
    return usageError("report needs a trace file");
  Opts.TracePath = *Path;

  llvm::Expected<Trace> T = readTraceFile(*Path);
  if (!T) {
    int Code = ExitUnreadable;
    llvm::handleAllErrors(T.takeError(), [&](const TraceError &E) {
      llvm::errs() << "memscope: error: " << E.message() << "\n";
      if (E.kind() == TraceErrorKind::NewerVersion)
        Code = ExitNewerVersion;
    });
    return Code;
  }

  Symbolizer Sym(*T);
  Model M(*T, Sym);
  llvm::raw_fd_ostream &OS = llvm::outs();
  if (Json)
    writeJsonReport(M, Opts, OS);
  else
    writeTextReport(M, Opts, OS);
  OS.flush();
  if (std::error_code EC = OS.error()) {
    OS.clear_error();
    llvm::errs() << "memscope: error: cannot write the report: " << EC.message()
                 << "\n";
    return ExitUnreadable;
  }

  for (const std::string &W : Sym.warnings())
    llvm::errs() << "memscope: warning: " << W << "\n";
  if (!T->Truncated)
    return ExitSuccess;
  // The text report says so in its header; JSON readers see the field.
  if (Json)
    llvm::errs() << "memscope: warning: trace is truncated after "
                 << T->RecordsRead << " records at byte offset "
                 << T->TruncatedAtOffset << "\n";
  return ExitTruncated;
}

} // namespace

int main(int Argc, const char **Argv) {
  llvm::ArrayRef<const char *> Args(Argv + 1, Argv + Argc);
  if (Args.empty())
    return usageError("no command given");
  llvm::StringRef Command = Args.front();
  if (Command == "-h" || Command == "--help" || Command == "help") {
    llvm::outs() << kHelp;
    return ExitSuccess;
  }
  if (Command == "--version") {
    llvm::outs() << "memscope " << MEMSCOPE_VERSION
                 << " (reads trace format versions 1 to "
                 << kReadableFormatVersion << ")\n";
    return ExitSuccess;
  }
  if (Command == "report")
    return runReport(Args.drop_front());
  if (Command.starts_with("-"))
    return usageError("unknown option '" + Command + "'");
  return usageError("unknown command '" + Command + "'");
}

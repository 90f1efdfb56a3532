//===- utils/analyzer/main.cpp - the memscope command line ----------------===//
//
// `memscope <command> [options]`: parses the command line by hand (the
// commands, messages and exit codes are part of the interface, and LLVM's
// cl:: would add the options of the libraries it links), reads the trace and
// hands a Model to the front end asked for.
//
//   build/bin/memscope record [-o DIR] -- ./app args
//   build/bin/memscope report memscope.1234.trace [--json] [--top N]
//   build/bin/memscope report DIR [--json]
//   build/bin/memscope graph memscope.1234.trace [--format json|dot] [-o FILE]
//                      [--all] [--min-bytes N] [--type T] [--site FILE:LINE]
//                      [--infer] [--min-confidence X] [--kind K] [--evaluate]
//                      [--root P] [--depth N]
//
// See also: docs/Analyzer.md (commands, options, exit codes, JSON schemas),
// TraceReader.h, Report.h, Graph.h, test/Analyzer/.
//===----------------------------------------------------------------------===//
#include "Cargo.h"
#include "Graph.h"
#include "Record.h"
#include "Relations.h"
#include "Format.h"
#include "Retainers.h"
#include "TestCommand.h"
#include "Report.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <tbb/task_group.h>

#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <unistd.h>

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
  record [-o DIR] [--] CMD [ARGS...]
                   run CMD with recording on for it and every instrumented
                   process it starts: one trace per process in DIR (default
                   memscope.<cmd>.<pid>); exits with CMD's status
  test [-o DIR] [--json FILE] [--junit FILE] [--sarif FILE]
       [--baseline FILE] [--suppressions FILE] [--] CMD [ARGS...]
                   run CMD recorded, then list each process's findings
                   (errors, leaks at exit, cycle leaks, leak alerts) with
                   their lines on stderr, as JSON, JUnit and SARIF 2.1.0;
                   findings the baseline (an earlier --json) holds are
                   known, those KIND:PATTERN suppressions match are
                   dropped; exits 1 when something new was found (CMD's
                   status if non-zero), else with CMD's status; traces
                   kept only with -o DIR
  cargo ARGS...    run cargo with every crate compiled by memscope-rustc
                   (RUSTC_WRAPPER) into target/memscope: `memscope cargo
                   test`, `memscope cargo run`; `record` and `test` set up
                   a cargo command the same way
  diff OLD NEW     the findings of two memscope test --json files: new,
                   fixed, unchanged (by fingerprint); 1 if any are new
  report TRACE     the errors, leak checks, ownership findings, top
                   allocation sites and peak live heap of a trace
                   (memscope.<pid>.trace)
  report DIR       one summary per process for a directory of traces
                   (memscope record -o DIR), and totals
  graph TRACE      the exact ownership graph: allocations, the edges from
                   their owners, cycle leaks, diagnostics

REPORT OPTIONS:
  --json           print JSON instead of text (schema: docs/Analyzer.md)
  --top N          rows in each allocation-site ranking (default 10)

GRAPH OPTIONS:
  --format F       json (default; schema: docs/Analyzer.md) or dot (Graphviz)
  -o FILE          write the graph to FILE instead of stdout
  --all            every object and edge (by default a large graph shows
                   leaked objects, cycle members, the 20 largest live
                   objects, what named roots hold and a few freed objects)
  --min-bytes N    objects of at least N bytes
  --type T         objects whose type matches the regex (or contains) T
  --site FILE:LINE objects allocated at FILE:LINE
  --root P         what passport P reaches through its ownership edges
  --depth N        at most N edges from --root, or around the selection
  --infer          add the relations inferred from a heap snapshot (Owns,
                   Contains, Slice, Shares, Clone, Evolution; each with a
                   confidence and its evidence), apart from the exact edges
  --min-confidence X, --kind K[,K...]
                   only inferred relations this confident, of these kinds
                   (either implies --infer)
  --evaluate       instead of the graph: each inferred kind's precision
                   against the exact edges, and their recall
  --top-retainers N
                   instead of the graph: the N blocks of the heap snapshot
                   that keep the most bytes alive (dominator tree), and
                   the leak suspects; text, or JSON with --format json
  --snapshot N     the heap snapshot to analyse (default: the largest)

OTHER OPTIONS:
  -h, --help       print this help
  --version        print memscope's version and the trace format it reads

EXIT CODES:
  0  the report (or graph) was printed
  1  usage error
  2  the trace cannot be read, or is not a memscope trace
  3  the trace was written by a newer format version: upgrade memscope
  4  the trace is truncated (the process probably died); the report shows
     what was written
  record exits with the command's status (128 + N if signal N killed it),
  or 1 (usage), 2 (the directory or the process cannot be made)
)";

std::optional<llvm::StringRef> optionValue(llvm::ArrayRef<const char *> Args,
                                           size_t &I, llvm::StringRef Name,
                                           bool &Missing);

/// A trace read: its tables, the symbolizer over its modules, and the
/// facts derived while it streamed past.
struct Analysis {
  explicit Analysis(size_t WindowEvents) : M(T, Sym, WindowEvents) {}
  Trace T;
  Symbolizer Sym{T};
  Model M;
};

/// Events the reorder window holds: `--reorder-window N`, an option for
/// tests and experiments that --help does not list.
size_t WindowEvents = TimeOrder::kDefaultWindowEvents;

/// An Analysis that is never destroyed: the process ends right after its
/// report, and freeing what a big trace left in the tables would only cost
/// time. A global keeps each, so that a leak checker run on the analyzer
/// (memscope's, LSan) sees them reachable rather than lost.
Analysis *KeptAnalyses[4];
size_t NumKeptAnalyses;

Analysis *newAnalysis() {
  auto *A = new Analysis(WindowEvents);
  if (NumKeptAnalyses < std::size(KeptAnalyses))
    KeptAnalyses[NumKeptAnalyses++] = A;
  return A;
}

/// `--reorder-window N` at Args[I]: true if it was that option; Error is
/// set for a bad value.
bool windowArg(llvm::ArrayRef<const char *> Args, size_t &I,
               std::string &Error) {
  bool Missing = false;
  std::optional<llvm::StringRef> V =
      optionValue(Args, I, "--reorder-window", Missing);
  if (!V)
    return false;
  if (Missing || V->getAsInteger(10, WindowEvents) || WindowEvents == 0)
    Error = "--reorder-window needs a number of events (at least 1)";
  return true;
}

/// Reads the trace at Path into A, or says why not and gives the exit code.
std::optional<int> readTraceOrExit(llvm::StringRef Path, Analysis &A) {
  std::vector<TraceConsumer *> Consumers = {&A.T};
  for (TraceConsumer *C : A.M.consumers())
    Consumers.push_back(C);
  llvm::Error Err = readTrace(Path, Consumers);
  if (!Err)
    return std::nullopt;
  int Code = ExitUnreadable;
  llvm::handleAllErrors(std::move(Err), [&](const TraceError &E) {
    llvm::errs() << "memscope: error: " << E.message() << "\n";
    if (E.kind() == TraceErrorKind::NewerVersion)
      Code = ExitNewerVersion;
  });
  return Code;
}

/// After the output is written: its write error, the symbolizer's
/// warnings, the truncation warning (WarnTruncated: the output does not say
/// it in words), and the exit code.
int finish(llvm::raw_fd_ostream &OS, llvm::StringRef What, const Trace &T,
           const Symbolizer &Sym, bool WarnTruncated) {
  OS.flush();
  if (std::error_code EC = OS.error()) {
    OS.clear_error();
    llvm::errs() << "memscope: error: cannot write the " << What << ": "
                 << EC.message() << "\n";
    return ExitUnreadable;
  }
  for (const std::string &W : Sym.warnings())
    llvm::errs() << "memscope: warning: " << W << "\n";
  if (!T.Truncated)
    return ExitSuccess;
  if (WarnTruncated)
    llvm::errs() << "memscope: warning: trace is truncated after "
                 << T.RecordsRead << " records at byte offset "
                 << T.TruncatedAtOffset << "\n";
  return ExitTruncated;
}

/// `--name VALUE` or `--name=VALUE` at Args[I] (advancing I past VALUE);
/// none if Args[I] is another option; Missing if VALUE is missing.
std::optional<llvm::StringRef> optionValue(llvm::ArrayRef<const char *> Args,
                                           size_t &I, llvm::StringRef Name,
                                           bool &Missing) {
  llvm::StringRef Arg = Args[I];
  if (Arg.consume_front(Name)) {
    if (Arg.empty()) {
      if (I + 1 == Args.size()) {
        Missing = true;
        return llvm::StringRef();
      }
      return llvm::StringRef(Args[++I]);
    }
    if (Arg.consume_front("="))
      return Arg;
  }
  return std::nullopt;
}

/// The arguments every command reads alike: the trace (positional, also
/// after "--"), "--" and -h/--help. Returns the exit status when the command
/// must stop; empties Arg when it took it.
std::optional<int> commonArg(llvm::StringRef Command, llvm::StringRef &Arg,
                             bool &OptionsEnded,
                             std::optional<std::string> &Path) {
  if (OptionsEnded || !Arg.starts_with("-")) {
    if (Path)
      return usageError(Command + " takes one trace, got '" + *Path +
                        "' and '" + Arg + "'");
    Path = Arg.str();
  } else if (Arg == "--") {
    OptionsEnded = true;
  } else if (Arg == "-h" || Arg == "--help") {
    llvm::outs() << kHelp;
    return ExitSuccess;
  } else {
    return std::nullopt;
  }
  Arg = llvm::StringRef();
  return std::nullopt;
}

/// Parses a graph selection option at Args[I] into Opts: true if it was
/// one; Error is set for a bad value.
bool graphSelectionArg(llvm::ArrayRef<const char *> Args, size_t &I,
                       GraphOptions &Opts, std::string &Error) {
  llvm::StringRef Arg = Args[I];
  if (Arg == "--all") {
    Opts.All = true;
    return true;
  }
  bool Missing = false;
  auto Number = [&](llvm::StringRef Name, llvm::StringRef Value,
                    uint64_t &Out) {
    if (Missing || Value.getAsInteger(10, Out))
      Error =
          (Name + " needs a number" + (Missing ? "" : ", got '" + Value + "'"))
              .str();
  };
  if (std::optional<llvm::StringRef> V =
          optionValue(Args, I, "--min-bytes", Missing)) {
    uint64_t N = 0;
    Number("--min-bytes", *V, N);
    Opts.MinBytes = N;
  } else if (std::optional<llvm::StringRef> V =
                 optionValue(Args, I, "--type", Missing)) {
    std::string Problem;
    if (Missing || V->empty())
      Error = "--type needs a regular expression or a substring";
    else if (!llvm::Regex(*V).isValid(Problem))
      Error =
          "--type '" + V->str() + "' is not a regular expression: " + Problem;
    Opts.Type = V->str();
  } else if (std::optional<llvm::StringRef> V =
                 optionValue(Args, I, "--site", Missing)) {
    auto [File, Line] = V->rsplit(':');
    if (Missing || File.empty() || Line.getAsInteger(10, Opts.SiteLine))
      Error = "--site needs FILE:LINE" +
              (Missing ? std::string() : ", got '" + V->str() + "'");
    Opts.SiteFile = File.str();
  } else if (std::optional<llvm::StringRef> V =
                 optionValue(Args, I, "--root", Missing)) {
    uint64_t N = 0;
    Number("--root", V->starts_with("#") ? V->drop_front() : *V, N);
    if (Error.empty() && N == 0)
      Error = "--root needs a passport (not 0)";
    Opts.Root = PassportId(N);
  } else if (std::optional<llvm::StringRef> V =
                 optionValue(Args, I, "--depth", Missing)) {
    uint64_t N = 0;
    Number("--depth", *V, N);
    Opts.Depth = static_cast<unsigned>(std::min<uint64_t>(N, UINT32_MAX));
  } else {
    return false;
  }
  return true;
}

int runGraph(llvm::ArrayRef<const char *> Args) {
  GraphFormat Format = GraphFormat::Json;
  bool FormatGiven = false;
  GraphOptions Selection;
  std::optional<std::string> Path, Output;
  bool OptionsEnded = false;
  bool Infer = false, Evaluate = false;
  std::optional<uint64_t> TopRetainers;
  uint64_t Snapshot = 0;
  double MinConfidence = 0;
  std::vector<RelationKind> Kinds; // empty: every kind
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (std::optional<int> Exit = commonArg("graph", Arg, OptionsEnded, Path))
      return *Exit;
    if (Arg.empty())
      continue;
    bool Missing = false;
    if (std::optional<llvm::StringRef> Value =
            optionValue(Args, I, "--format", Missing)) {
      if (Missing)
        return usageError("--format needs json or dot");
      if (*Value == "json")
        Format = GraphFormat::Json;
      else if (*Value == "dot")
        Format = GraphFormat::Dot;
      else
        return usageError("--format needs json or dot, got '" + *Value + "'");
      FormatGiven = true;
    } else if (std::optional<llvm::StringRef> Value =
                   optionValue(Args, I, "-o", Missing)) {
      if (Missing || Value->empty())
        return usageError("-o needs a file name");
      Output = Value->str();
    } else if (Arg == "--infer") {
      Infer = true;
    } else if (Arg == "--evaluate") {
      Evaluate = true;
    } else if (std::optional<llvm::StringRef> Value =
                   optionValue(Args, I, "--top-retainers", Missing)) {
      uint64_t N = 0;
      if (Missing || Value->getAsInteger(10, N) || !N)
        return usageError("--top-retainers needs a positive number");
      TopRetainers = N;
    } else if (std::optional<llvm::StringRef> Value =
                   optionValue(Args, I, "--snapshot", Missing)) {
      if (Missing || Value->getAsInteger(10, Snapshot) || !Snapshot ||
          Snapshot > UINT32_MAX)
        return usageError("--snapshot needs a snapshot number (1, 2, ...)");
    } else if (std::optional<llvm::StringRef> Value =
                   optionValue(Args, I, "--min-confidence", Missing)) {
      if (Missing || Value->getAsDouble(MinConfidence) || MinConfidence < 0 ||
          MinConfidence > 1)
        return usageError("--min-confidence needs a number from 0 to 1");
      Infer = true;
    } else if (std::optional<llvm::StringRef> Value =
                   optionValue(Args, I, "--kind", Missing)) {
      llvm::SmallVector<llvm::StringRef, 4> Names;
      if (!Missing)
        Value->split(Names, ',');
      const char *Need =
          "--kind needs Owns, Contains, Slice, Shares, Clone or Evolution";
      if (Names.empty())
        return usageError(Need);
      for (llvm::StringRef Name : Names) {
        std::optional<RelationKind> K = parseRelationKind(Name);
        if (!K)
          return usageError(llvm::Twine(Need) + ", got '" + Name + "'");
        Kinds.push_back(*K);
      }
      Infer = true;
    } else if (std::string Error;
               graphSelectionArg(Args, I, Selection, Error) ||
               windowArg(Args, I, Error)) {
      if (!Error.empty())
        return usageError(Error);
    } else {
      return usageError("unknown option '" + Arg + "' for 'graph'");
    }
  }
  if (!Path)
    return usageError("graph needs a trace file");
  if (TopRetainers && Format == GraphFormat::Dot)
    return usageError("--top-retainers prints text, or JSON with --format "
                      "json; not dot");

  Analysis *A = newAnalysis();
  A->T.WantedSnapshot = uint32_t(Snapshot);
  if (Selection.All || Evaluate)
    A->M.keepAllOwnership();
  if (std::optional<int> Code = readTraceOrExit(*Path, *A))
    return *Code;
  const Trace &T = A->T;
  Symbolizer &Sym = A->Sym;

  auto warnNoSnapshot = [&](const char *What) {
    llvm::errs() << "memscope: warning: '" << *Path << "' has no heap snapshot"
                 << (Snapshot ? " " + std::to_string(Snapshot) : "") << ": "
                 << What << "; record with snapshot_refs > 0\n";
  };
  if (TopRetainers) {
    Retainers R(T);
    if (!R.available()) {
      warnNoSnapshot("no retained sizes");
      return finish(llvm::outs(), "graph", T, Sym, /*WarnTruncated=*/true);
    }
    if (FormatGiven && Format == GraphFormat::Json)
      writeRetainersJson(R, A->M, *TopRetainers, *Path, llvm::outs());
    else
      printRetainers(R, A->M, *TopRetainers, llvm::outs());
    return finish(llvm::outs(), "graph", T, Sym, /*WarnTruncated=*/true);
  }

  // The relations are inferred while the graph is built: both only read
  // the model.
  std::optional<HeapRelations> Relations;
  tbb::task_group Inference;
  if (Infer || Evaluate)
    Inference.run([&] { Relations.emplace(A->M); });
  std::vector<InferredEdge> Inferred;
  auto collectInferred = [&] {
    Inference.wait();
    if (!Relations)
      return;
    if (!Relations->available())
      warnNoSnapshot("nothing to infer");
    for (const InferredEdge &E : Relations->edges())
      if (E.Confidence >= MinConfidence &&
          (Kinds.empty() || llvm::is_contained(Kinds, E.Kind)))
        Inferred.push_back(E);
  };
  if (Evaluate) {
    collectInferred();
    printEvaluation(Relations->evaluate(), llvm::outs());
    return finish(llvm::outs(), "graph", T, Sym, /*WarnTruncated=*/true);
  }

  OwnershipGraph G(A->M);
  std::string Error = G.select(Selection);
  collectInferred();
  if (!Error.empty())
    return usageError(Error);
  // Every inferred edge the kinds and confidence let through, unless the
  // user chose the nodes (--min-bytes, --type, --site, --root): then those
  // that touch them. The blocks they join are nodes too.
  if (Infer) {
    bool Chosen = Selection.MinBytes || !Selection.Type.empty() ||
                  !Selection.SiteFile.empty() || !Selection.Root.isNone();
    std::vector<PassportId> Ends;
    llvm::erase_if(Inferred, [&](const InferredEdge &E) {
      if (Chosen && !G.keeps(E.From) && !G.keeps(E.To))
        return true;
      Ends.push_back(E.From);
      Ends.push_back(E.To);
      return false;
    });
    G.addNodes(std::move(Ends));
  }

  std::unique_ptr<llvm::raw_fd_ostream> File;
  if (Output) {
    std::error_code EC;
    File = std::make_unique<llvm::raw_fd_ostream>(*Output, EC,
                                                  llvm::sys::fs::OF_None);
    if (EC) {
      llvm::errs() << "memscope: error: cannot write '" << *Output
                   << "': " << EC.message() << "\n";
      return ExitUnreadable;
    }
  }
  llvm::raw_fd_ostream &OS = File ? *File : llvm::outs();
  const std::vector<InferredEdge> *Shown = Infer ? &Inferred : nullptr;
  if (Format == GraphFormat::Json)
    writeGraphJson(G, *Path, OS, Shown);
  else
    writeGraphDot(G, OS, Shown);
  // Neither format says in words that the trace was cut.
  return finish(OS, "graph", T, Sym, /*WarnTruncated=*/true);
}

int runReport(llvm::ArrayRef<const char *> Args) {
  ReportOptions Opts;
  bool Json = false;
  std::optional<std::string> Path;
  bool OptionsEnded = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (std::optional<int> Exit = commonArg("report", Arg, OptionsEnded, Path))
      return *Exit;
    if (Arg.empty())
      continue;
    if (Arg == "--json") {
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
    } else if (std::string Error; windowArg(Args, I, Error)) {
      if (!Error.empty())
        return usageError(Error);
    } else {
      return usageError("unknown option '" + Arg + "' for 'report'");
    }
  }
  if (!Path)
    return usageError("report needs a trace file");
  Opts.TracePath = *Path;
  // A directory of traces, one per process (memscope record -o DIR).
  if (llvm::sys::fs::is_directory(*Path)) {
    int Code = writeDirectoryReport(*Path, Json, llvm::outs());
    llvm::outs().flush();
    return Code;
  }

  Analysis *A = newAnalysis();
  A->M.skipBorrows();
  if (std::optional<int> Code = readTraceOrExit(*Path, *A))
    return *Code;
  const Trace &T = A->T;
  Symbolizer &Sym = A->Sym;
  const Model &M = A->M;
  llvm::raw_fd_ostream &OS = llvm::outs();
  if (Json)
    writeJsonReport(M, Opts, OS);
  else
    writeTextReport(M, Opts, OS);
  // The text report says in its header that the trace is truncated; JSON
  // readers see the field, people the warning.
  return finish(OS, "report", T, Sym, /*WarnTruncated=*/Json);
}

} // namespace

/// Out of memory (a small `ulimit -v`): a clean message and exit 2, never
/// an uncaught std::bad_alloc.
void outOfMemory() {
  static const char Message[] =
      "memscope: error: out of memory while analysing the trace\n";
  ssize_t Ignored = ::write(2, Message, sizeof(Message) - 1);
  (void)Ignored;
  ::_exit(ExitUnreadable);
}

int main(int Argc, const char **Argv) {
  std::set_new_handler(outOfMemory);
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
  if (Command == "record")
    return runRecord(Args.drop_front());
  if (Command == "cargo")
    return runCargo(Args.drop_front());
  if (Command == "test")
    return runTest(Args.drop_front());
  if (Command == "diff")
    return runDiff(Args.drop_front());
  if (Command == "report")
    return runReport(Args.drop_front());
  if (Command == "graph")
    return runGraph(Args.drop_front());
  if (Command.starts_with("-"))
    return usageError("unknown option '" + Command + "'");
  return usageError("unknown command '" + Command + "'");
}

//===- utils/analyzer/DirectoryReport.cpp - `memscope report DIR` ---------===//
//
// A directory of traces, one per process (what `memscope record -o DIR --
// CMD` writes), summarised one process at a time: command line, pid, how it
// ended, errors by kind, what the leak check at exit found, the peak of live
// heap; then totals. Each trace streams through its own reader, keeping only
// the tables and the heap profile, so memory is that of the largest trace,
// not of all of them. Text for people, JSON (--json) for tools.
//
// See also: Report.h, main.cpp (runReport), docs/Analyzer.md ("A directory
// of traces").
//===----------------------------------------------------------------------===//
#include "Report.h"

#include "Format.h"
#include "HeapProfile.h"
#include "JsonWriter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cstring>
#include <map>

namespace memscope {
namespace analyzer {

namespace {

/// What the summary says about one trace.
struct ProcessSummary {
  std::string Path;
  std::string Refused; // why the trace could not be read; "" if it was
  TraceErrorKind RefusedKind = TraceErrorKind::Unreadable;
  std::optional<uint64_t> Pid;
  std::vector<std::string> CommandLine;
  uint32_t FormatVersion = 0;
  std::optional<EndInfo> End;
  bool Truncated = false;
  uint64_t TruncatedAtOffset = 0;
  std::map<std::string, uint64_t> ErrorsByKind;
  uint64_t Errors = 0;
  bool LeakChecked = false;
  uint64_t LeakedBytes = 0, LeakedObjects = 0;
  uint64_t PeakBytes = 0;
};

ProcessSummary summarise(const std::string &Path) {
  ProcessSummary S;
  S.Path = Path;
  Trace T;
  HeapProfile Heap;
  TimeOrder Order({&Heap});
  std::vector<TraceConsumer *> Consumers = {&T, &Order};
  if (llvm::Error Err = readTrace(Path, Consumers)) {
    llvm::handleAllErrors(std::move(Err), [&](const TraceError &E) {
      S.Refused = E.message();
      S.RefusedKind = E.kind();
    });
    return S;
  }
  if (T.Process) {
    S.Pid = T.Process->Pid;
    S.CommandLine = T.Process->CommandLine;
  }
  S.FormatVersion = T.FormatVersion;
  S.End = T.End;
  S.Truncated = T.Truncated;
  S.TruncatedAtOffset = T.TruncatedAtOffset;
  for (const ErrorInfo &E : T.Errors)
    ++S.ErrorsByKind[E.Kind];
  S.Errors = T.Errors.size();
  // The check at exit if there is one, else the last one.
  const LeakCheckInfo *Check = nullptr;
  for (const LeakCheckInfo &L : T.LeakChecks)
    if (!Check || !Check->AtExit)
      Check = &L;
  if (Check) {
    S.LeakChecked = true;
    S.LeakedBytes = Check->TotalBytes;
    S.LeakedObjects = Check->TotalObjects;
  }
  S.PeakBytes = Heap.peak() ? Heap.peak()->Bytes : 0;
  return S;
}

/// The exit code a summary asks for: 0, or 2, 3, 4 as for one trace.
int exitCodeOf(const ProcessSummary &S) {
  if (!S.Refused.empty())
    return S.RefusedKind == TraceErrorKind::NewerVersion ? 3 : 2;
  return S.Truncated ? 4 : 0;
}

std::string howItEnded(const ProcessSummary &S) {
  if (S.Truncated)
    return "trace truncated at byte offset " +
           std::to_string(S.TruncatedAtOffset) + " (the process probably died)";
  if (!S.End)
    return "did not finish (no end record)";
  std::string Text;
  if (S.End->ExitCode != kUnknownExitCode)
    Text = "exit code " + std::to_string(S.End->ExitCode);
  if (S.End->Signal) {
    const char *Name = S.End->Signal < 128
                           ? sigabbrev_np(static_cast<int>(S.End->Signal))
                           : nullptr;
    Text += (Text.empty() ? "" : ", ") + std::string("signal ") +
            std::to_string(S.End->Signal) +
            (Name ? std::string(" (SIG") + Name + ")" : "");
  }
  return Text.empty() ? "finished (exit code unknown)" : Text;
}

std::string errorsText(uint64_t Count,
                       const std::map<std::string, uint64_t> &ByKind) {
  if (!Count)
    return "none";
  std::string Text = std::to_string(Count) + " (";
  llvm::ListSeparator Comma(", ");
  for (const auto &Entry : ByKind)
    Text += std::string(llvm::StringRef(Comma)) + std::to_string(Entry.second) +
            " " + Entry.first;
  return Text + ")";
}

void printText(llvm::StringRef Dir, llvm::ArrayRef<ProcessSummary> All,
               llvm::raw_ostream &OS) {
  OS << "memscope report of " << Dir << ": " << All.size() << " trace(s)\n";
  std::map<std::string, uint64_t> TotalByKind;
  uint64_t Errors = 0, Leaked = 0, LeakedObjects = 0, Refused = 0,
           Truncated = 0, Unfinished = 0;
  const ProcessSummary *Largest = nullptr;
  for (const ProcessSummary &S : All) {
    OS << "\n";
    if (!S.Refused.empty()) {
      ++Refused;
      OS << llvm::sys::path::filename(S.Path) << ": not read: " << S.Refused
         << "\n";
      continue;
    }
    OS << "process " << (S.Pid ? std::to_string(*S.Pid) : "?") << ": "
       << commandText(S.CommandLine) << "\n";
    OS << "  trace:  " << S.Path << " (format version " << S.FormatVersion
       << ")\n";
    OS << "  ended:  " << howItEnded(S) << "\n";
    OS << "  errors: " << errorsText(S.Errors, S.ErrorsByKind) << "\n";
    OS << "  leaks:  ";
    if (!S.LeakChecked)
      OS << "no leak check\n";
    else if (!S.LeakedObjects)
      OS << "none\n";
    else
      OS << S.LeakedBytes << " byte(s) in " << S.LeakedObjects
         << " allocation(s)\n";
    OS << "  peak:   " << S.PeakBytes << " byte(s) live\n";
    Truncated += S.Truncated;
    Unfinished += !S.Truncated && !S.End;
    Errors += S.Errors;
    for (const auto &Entry : S.ErrorsByKind)
      TotalByKind[Entry.first] += Entry.second;
    Leaked += S.LeakedBytes;
    LeakedObjects += S.LeakedObjects;
    if (!Largest || S.PeakBytes > Largest->PeakBytes)
      Largest = &S;
  }
  OS << "\n== Totals ==\n";
  OS << "  processes: " << All.size() - Refused;
  if (Refused || Truncated || Unfinished)
    OS << " (" << Truncated << " truncated, " << Unfinished << " unfinished; "
       << Refused << " trace(s) not read)";
  OS << "\n  errors:    " << errorsText(Errors, TotalByKind) << "\n";
  OS << "  leaked:    " << Leaked << " byte(s) in " << LeakedObjects
     << " allocation(s)\n";
  if (Largest)
    OS << "  peak:      " << Largest->PeakBytes
       << " byte(s) live, the most of any process (pid "
       << (Largest->Pid ? std::to_string(*Largest->Pid) : "?") << ")\n";
}

class DirectoryJson : JsonWriter {
public:
  DirectoryJson(llvm::raw_ostream &OS) : JsonWriter(OS) {}

  void print(llvm::StringRef Dir, llvm::ArrayRef<ProcessSummary> All) {
    W.StartObject();
    key("schema_version");
    W.Uint(kJsonSchemaVersion);
    key("directory");
    string(Dir);
    key("processes");
    W.StartArray();
    std::map<std::string, uint64_t> TotalByKind;
    uint64_t Errors = 0, Leaked = 0, LeakedObjects = 0, Peak = 0, Read = 0;
    for (const ProcessSummary &S : All) {
      process(S);
      if (!S.Refused.empty())
        continue;
      ++Read;
      Errors += S.Errors;
      for (const auto &Entry : S.ErrorsByKind)
        TotalByKind[Entry.first] += Entry.second;
      Leaked += S.LeakedBytes;
      LeakedObjects += S.LeakedObjects;
      Peak = std::max(Peak, S.PeakBytes);
    }
    W.EndArray();
    key("totals");
    W.StartObject();
    key("traces");
    W.Uint64(All.size());
    key("processes");
    W.Uint64(Read);
    key("errors");
    W.Uint64(Errors);
    key("errors_by_kind");
    byKind(TotalByKind);
    key("leaked_bytes");
    W.Uint64(Leaked);
    key("leaked_objects");
    W.Uint64(LeakedObjects);
    key("largest_peak_bytes");
    W.Uint64(Peak);
    W.EndObject();
    W.EndObject();
    finish();
  }

private:
  void byKind(const std::map<std::string, uint64_t> &ByKind) {
    W.StartObject();
    for (const auto &Entry : ByKind) {
      W.Key(Entry.first.c_str());
      W.Uint64(Entry.second);
    }
    W.EndObject();
  }

  void process(const ProcessSummary &S) {
    bool Read = S.Refused.empty();
    W.StartObject();
    key("trace");
    string(S.Path);
    key("error");
    orNull(!Read, [&] { string(S.Refused); });
    key("format_version");
    orNull(Read, [&] { W.Uint(S.FormatVersion); });
    key("pid");
    orNull(S.Pid.has_value(), [&] { W.Uint64(*S.Pid); });
    key("command_line");
    orNull(Read && !S.CommandLine.empty(), [&] {
      W.StartArray();
      for (const std::string &Arg : S.CommandLine)
        string(Arg);
      W.EndArray();
    });
    key("truncated");
    W.Bool(S.Truncated);
    key("finished");
    W.Bool(S.End.has_value());
    key("exit_code");
    orNull(S.End && S.End->ExitCode != kUnknownExitCode,
           [&] { W.Uint(S.End->ExitCode); });
    key("signal");
    orNull(S.End && S.End->Signal, [&] { W.Uint(S.End->Signal); });
    key("errors");
    W.Uint64(S.Errors);
    key("errors_by_kind");
    byKind(S.ErrorsByKind);
    key("leak_checked");
    W.Bool(S.LeakChecked);
    key("leaked_bytes");
    W.Uint64(S.LeakedBytes);
    key("leaked_objects");
    W.Uint64(S.LeakedObjects);
    key("peak_bytes");
    W.Uint64(S.PeakBytes);
    W.EndObject();
  }
};

} // namespace

int writeDirectoryReport(llvm::StringRef Dir, bool Json,
                         llvm::raw_ostream &OS) {
  std::vector<std::string> Paths;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Dir, EC), End; It != End && !EC;
       It.increment(EC))
    if (llvm::StringRef(It->path()).ends_with(".trace"))
      Paths.push_back(It->path());
  if (EC) {
    llvm::errs() << "memscope: error: cannot read '" << Dir
                 << "': " << EC.message() << "\n";
    return 2;
  }
  if (Paths.empty()) {
    llvm::errs() << "memscope: error: '" << Dir
                 << "' is a directory without traces (*.trace)\n";
    return 2;
  }
  // Traces by name: memscope.<pid>.trace, in a stable order.
  llvm::sort(Paths);
  std::vector<ProcessSummary> All;
  int Code = 0;
  for (const std::string &Path : Paths) {
    All.push_back(summarise(Path));
    Code = std::max(Code, exitCodeOf(All.back()));
    if (!All.back().Refused.empty())
      llvm::errs() << "memscope: error: " << All.back().Refused << "\n";
  }
  if (Json)
    DirectoryJson(OS).print(Dir, All);
  else
    printText(Dir, All, OS);
  return Code;
}

} // namespace analyzer
} // namespace memscope

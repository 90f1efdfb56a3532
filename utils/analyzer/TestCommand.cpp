//===- utils/analyzer/TestCommand.cpp - `memscope test` -------------------===//
//
// Runs a command (a test binary, ctest, make check) with recording on for
// every instrumented process it starts, as `memscope record` does, then
// reads each new trace and lists its findings: the errors the runtime
// reported, the leaks of the check at exit (direct and indirect), the cycle
// leaks, the leak monitor's alerts. Each finding is one line with where it
// happened (the first user frame) and a fingerprint that survives
// rebuilds: its kind and the functions and files of its first user frames,
// no addresses, no line numbers.
//
// The summary goes to stderr (the command's own output stays as it was);
// --json and --junit write files for CI: the findings per process, and one
// JUnit testcase per process whose failure carries its findings. Exit
// status: the command's own when nothing was found; when something was, the
// command's status if that is an error, else 1.
//
//   memscope test [-o DIR] [--json FILE] [--junit FILE] [--] CMD [ARGS...]
//
// See also: Record.h (running the command), docs/Analyzer.md ("memscope
// test"), test/Analyzer/test-command.c.
//===----------------------------------------------------------------------===//
#include "TestCommand.h"

#include "Format.h"
#include "Graph.h"
#include "JsonWriter.h"
#include "Model.h"
#include "Record.h"
#include "Report.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

#include <unistd.h>

namespace memscope {
namespace analyzer {

namespace {

constexpr int kExitUsage = 1;
constexpr int kExitCannotRun = 2;

struct Finding {
  std::string Kind;    // "heap-use-after-free", "direct leak", ...
  std::string Summary; // one line, without the location
  std::optional<Frame> Where;
  std::string Fingerprint;
  std::vector<Frame> Stack;
};

struct ProcessFindings {
  std::string Trace;
  std::string Refused; // why the trace could not be read
  std::optional<uint64_t> Pid;
  std::vector<std::string> CommandLine;
  std::string Ended;
  std::vector<Finding> Findings;
  /// It called exec: the program it became has a trace of its own.
  bool Replaced = false;
};

/// `kind|function@file|...` over the first three user frames.
std::string fingerprint(llvm::StringRef Kind, llvm::ArrayRef<Frame> Frames) {
  std::string Print = Kind.str();
  unsigned Used = 0;
  for (const Frame &F : Frames) {
    if (Used == 3)
      break;
    if (isInternalFrame(F))
      continue;
    Print += "|" + (F.Function.empty() ? std::string("?") : F.Function) + "@" +
             llvm::sys::path::filename(F.File).str();
    ++Used;
  }
  return Print;
}

Finding makeFinding(std::string Kind, std::string Summary,
                    std::vector<Frame> Frames) {
  Finding F;
  F.Where = firstUserFrame(Frames);
  F.Fingerprint = fingerprint(Kind, Frames);
  F.Kind = std::move(Kind);
  F.Summary = std::move(Summary);
  F.Stack = std::move(Frames);
  return F;
}

/// `file.c:12 in main`, or the module and offset, or `an unknown place`.
std::string whereText(const std::optional<Frame> &F) {
  if (!F)
    return "an unknown place";
  if (!F->File.empty())
    return llvm::sys::path::filename(F->File).str() + ":" +
           std::to_string(F->Line) +
           (F->Function.empty() ? "" : " in " + F->Function);
  if (!F->Function.empty())
    return F->Function;
  return F->hasModule() ? F->Module + "+" + hexText(F->ModuleOffset)
                        : hexText(F->Pc);
}

ProcessFindings analyse(const std::string &Path) {
  ProcessFindings P;
  P.Trace = Path;
  Trace T;
  Symbolizer Sym(T);
  Model M(T, Sym, TimeOrder::kDefaultWindowEvents);
  M.skipBorrows();
  std::vector<TraceConsumer *> Consumers = {&T};
  for (TraceConsumer *C : M.consumers())
    Consumers.push_back(C);
  if (llvm::Error Err = readTrace(Path, Consumers)) {
    llvm::handleAllErrors(
        std::move(Err), [&](const TraceError &E) { P.Refused = E.message(); });
    return P;
  }
  if (T.Process) {
    P.Pid = T.Process->Pid;
    P.CommandLine = T.Process->CommandLine;
  }
  P.Replaced = T.Exec.has_value();
  if (T.Truncated)
    P.Ended = "the trace is cut short (the process died)";
  else if (T.End && T.End->Signal)
    P.Ended = "killed by signal " + std::to_string(T.End->Signal);
  else if (T.End && T.End->ExitCode != kUnknownExitCode)
    P.Ended = "exit code " + std::to_string(T.End->ExitCode);
  else
    P.Ended = "exit code unknown";

  for (const ErrorInfo &E : T.Errors)
    P.Findings.push_back(makeFinding(E.Kind, E.Kind, M.errorFrames(E)));
  for (const LeakCheckInfo &Check : T.LeakChecks) {
    if (!Check.AtExit)
      continue;
    for (const LeakGroupInfo *G : M.groups(Check)) {
      if (G->Kind == trace::LeakKind::StillReachable)
        continue;
      std::string Kind =
          G->Kind == trace::LeakKind::Direct ? "direct leak" : "indirect leak";
      P.Findings.push_back(makeFinding(
          Kind,
          Kind + " of " + std::to_string(G->Bytes) + " byte(s) in " +
              std::to_string(G->Objects) + " object(s)",
          M.frames(G->Stack)));
    }
  }
  for (const CycleLeakInfo &L : T.CycleLeaks) {
    std::vector<Frame> Frames;
    if (std::optional<PassportEventInfo> A =
            M.allocation(L.Steps.front().Passport))
      Frames = M.frames(A->Stack);
    P.Findings.push_back(makeFinding(
        "cycle leak",
        "cycle leak of " + std::to_string(L.Bytes) + " byte(s) in " +
            std::to_string(L.Objects) + " object(s) held by shared pointers",
        std::move(Frames)));
  }
  for (const trace::LeakAlertRecord &A : T.LeakAlerts)
    P.Findings.push_back(makeFinding(
        "leak alert",
        "leak alert: grows " +
            llvm::formatv("{0:f1}", A.BytesPerSecond / 1024.0).str() +
            " KiB/s, live " + std::to_string(A.LiveBytes) + " byte(s)",
        M.frames(StackId(A.Stack))));
  return P;
}

std::string commandText(llvm::ArrayRef<std::string> Args) {
  std::string Text;
  for (const std::string &Arg : Args)
    Text += (Text.empty() ? "" : " ") + shellQuote(Arg);
  return Text.empty() ? "(no process record)" : Text;
}

std::string processName(const ProcessFindings &P) {
  std::string Program =
      P.CommandLine.empty()
          ? llvm::sys::path::filename(P.Trace).str()
          : llvm::sys::path::filename(P.CommandLine.front()).str();
  return Program + " (pid " + (P.Pid ? std::to_string(*P.Pid) : "?") + ")";
}

void printSummary(llvm::ArrayRef<ProcessFindings> All, llvm::raw_ostream &OS) {
  size_t Found = 0, Failing = 0;
  for (const ProcessFindings &P : All) {
    if (!P.Refused.empty()) {
      OS << "memscope test: " << llvm::sys::path::filename(P.Trace)
         << ": not read: " << P.Refused << "\n";
      continue;
    }
    if (P.Findings.empty())
      continue;
    ++Failing;
    Found += P.Findings.size();
    OS << "memscope test: " << processName(P) << ": "
       << commandText(P.CommandLine) << " (" << P.Ended << ")\n";
    for (const Finding &F : P.Findings)
      OS << "  " << F.Summary << " at " << whereText(F.Where) << "\n";
  }
  OS << "memscope test: " << All.size() << " process(es) recorded, ";
  if (!Found)
    OS << "no findings\n";
  else
    OS << Found << " finding(s) in " << Failing << " of them\n";
}

class FindingsJson : JsonWriter {
public:
  explicit FindingsJson(llvm::raw_ostream &OS) : JsonWriter(OS) {}

  void print(llvm::ArrayRef<ProcessFindings> All, int CommandStatus) {
    W.StartObject();
    key("schema_version");
    W.Uint(kJsonSchemaVersion);
    key("command_status");
    W.Int(CommandStatus);
    key("processes");
    W.StartArray();
    for (const ProcessFindings &P : All) {
      W.StartObject();
      key("trace");
      string(P.Trace);
      key("read_error");
      stringOrNull(P.Refused);
      key("pid");
      uint64OrNull(P.Pid);
      key("command_line");
      W.StartArray();
      for (const std::string &Arg : P.CommandLine)
        string(Arg);
      W.EndArray();
      key("ended");
      stringOrNull(P.Ended);
      key("findings");
      W.StartArray();
      for (const Finding &F : P.Findings) {
        W.StartObject();
        key("kind");
        string(F.Kind);
        key("summary");
        string(F.Summary);
        key("location");
        orNull(F.Where.has_value(), [&] { frame(*F.Where); });
        key("fingerprint");
        string(F.Fingerprint);
        key("stack");
        W.StartArray();
        for (const Frame &Fr : F.Stack)
          frame(Fr);
        W.EndArray();
        W.EndObject();
      }
      W.EndArray();
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    finish();
  }
};

std::string xmlEscape(llvm::StringRef S) {
  std::string Out;
  for (char C : S) {
    switch (C) {
    case '&':
      Out += "&amp;";
      break;
    case '<':
      Out += "&lt;";
      break;
    case '>':
      Out += "&gt;";
      break;
    case '"':
      Out += "&quot;";
      break;
    default:
      // XML 1.0 has no place for other control characters.
      Out += static_cast<unsigned char>(C) < 0x20 && C != '\n' && C != '\t'
                 ? ' '
                 : C;
    }
  }
  return Out;
}

/// JUnit XML as CI servers read it: one testcase per process, failed when
/// it has findings (each with its stack in the failure's text).
void writeJUnit(llvm::ArrayRef<ProcessFindings> All, llvm::raw_ostream &OS) {
  size_t Failures = 0, Errors = 0;
  for (const ProcessFindings &P : All) {
    Failures += P.Refused.empty() && !P.Findings.empty();
    Errors += !P.Refused.empty();
  }
  OS << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  OS << "<testsuites name=\"memscope\" tests=\"" << All.size()
     << "\" failures=\"" << Failures << "\" errors=\"" << Errors << "\">\n";
  OS << "  <testsuite name=\"memscope\" tests=\"" << All.size()
     << "\" failures=\"" << Failures << "\" errors=\"" << Errors << "\">\n";
  for (const ProcessFindings &P : All) {
    OS << "    <testcase classname=\"memscope\" name=\""
       << xmlEscape(processName(P)) << "\">\n";
    if (!P.Refused.empty()) {
      OS << "      <error message=\"" << xmlEscape(P.Refused) << "\"/>\n";
    } else if (!P.Findings.empty()) {
      const Finding &First = P.Findings.front();
      OS << "      <failure type=\"" << xmlEscape(First.Kind) << "\" message=\""
         << xmlEscape(First.Summary + " at " + whereText(First.Where) +
                      (P.Findings.size() > 1
                           ? " (and " + std::to_string(P.Findings.size() - 1) +
                                 " more)"
                           : ""))
         << "\">";
      std::string Text = commandText(P.CommandLine) + " (" + P.Ended + ")\n";
      for (const Finding &F : P.Findings) {
        Text += "\n" + F.Summary + " at " + whereText(F.Where) + "\n";
        unsigned N = 0;
        for (const Frame &Fr : F.Stack)
          Text += "    #" + std::to_string(N++) + " " + whereText(Fr) + "\n";
      }
      OS << xmlEscape(Text) << "</failure>\n";
    }
    OS << "    </testcase>\n";
  }
  OS << "  </testsuite>\n</testsuites>\n";
}

int usageError(const llvm::Twine &Message) {
  llvm::errs() << "memscope: error: " << Message
               << " (see 'memscope --help')\n";
  return kExitUsage;
}

/// Writes Write's output to Path; false, with a message, if it cannot.
template <typename WriteFn>
bool writeFile(llvm::StringRef Path, WriteFn Write) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC, llvm::sys::fs::OF_None);
  if (!EC) {
    Write(OS);
    OS.close();
    EC = OS.error();
  }
  if (EC)
    llvm::errs() << "memscope: error: cannot write '" << Path
                 << "': " << EC.message() << "\n";
  return !EC;
}

} // namespace

int runTest(llvm::ArrayRef<const char *> Args) {
  std::optional<std::string> Dir, JsonPath, JUnitPath;
  size_t I = 0;
  for (; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "--") {
      ++I;
      break;
    }
    if (!Arg.starts_with("-"))
      break;
    auto Value = [&](llvm::StringRef Name,
                     std::optional<std::string> &Out) -> std::optional<int> {
      llvm::StringRef Rest = Arg;
      if (Rest.consume_front(Name) && Rest.consume_front("=")) {
        if (Rest.empty())
          return usageError(Name + " needs a value");
        Out = Rest.str();
        return 0;
      }
      if (Arg != Name)
        return std::nullopt;
      if (I + 1 == Args.size() || llvm::StringRef(Args[I + 1]).empty())
        return usageError(Name + " needs a value");
      Out = Args[++I];
      return 0;
    };
    std::optional<int> R;
    if ((R = Value("-o", Dir)) || (R = Value("--output", Dir)) ||
        (R = Value("--json", JsonPath)) || (R = Value("--junit", JUnitPath))) {
      if (*R)
        return *R;
      continue;
    }
    if (Arg == "-h" || Arg == "--help") {
      llvm::outs() << "USAGE: memscope test [-o DIR] [--json FILE] "
                      "[--junit FILE] [--] COMMAND [ARGS...]\n"
                   << "See 'memscope --help'.\n";
      return 0;
    }
    return usageError("unknown option '" + Arg + "' for 'test'");
  }
  llvm::ArrayRef<const char *> Command = Args.drop_front(I);
  if (Command.empty())
    return usageError("test needs a command to run");

  // Without -o the traces go to a directory of their own, removed at the
  // end: only the findings are kept.
  llvm::SmallString<256> Abs;
  bool Temporary = !Dir;
  if (Temporary) {
    if (std::error_code EC =
            llvm::sys::fs::createUniqueDirectory("memscope-test", Abs)) {
      llvm::errs() << "memscope: error: cannot create a trace directory: "
                   << EC.message() << "\n";
      return kExitCannotRun;
    }
  } else {
    Abs = *Dir;
    if (std::error_code EC = llvm::sys::fs::make_absolute(Abs);
        EC || (EC = llvm::sys::fs::create_directories(Abs))) {
      llvm::errs() << "memscope: error: cannot use the trace directory '"
                   << *Dir << "': " << EC.message() << "\n";
      return kExitCannotRun;
    }
  }
  std::string Options;
  if (!recordingOptions(Abs, Options))
    return kExitCannotRun;
  llvm::StringSet<> Before = listTraces(Abs);
  int Status = runCommand(Command, Options);
  if (Status < 0)
    return kExitCannotRun;

  std::vector<std::string> New;
  for (const auto &Name : listTraces(Abs))
    if (!Before.contains(Name.getKey()))
      New.push_back((Abs + "/" + Name.getKey()).str());
  llvm::sort(New);
  // A process that called exec is listed as the program it became (whose
  // trace follows), unless something was found before the exec.
  std::vector<ProcessFindings> All;
  for (const std::string &Path : New) {
    ProcessFindings P = analyse(Path);
    if (!P.Replaced || !P.Findings.empty())
      All.push_back(std::move(P));
  }
  if (Temporary) {
    for (const std::string &Path : New)
      llvm::sys::fs::remove(Path);
    llvm::sys::fs::remove(Abs);
  }

  if (All.empty())
    llvm::errs() << "memscope test: no trace was written: '" << Command.front()
                 << "' and the programs it ran were not built with "
                    "-fsanitize=memscope\n";
  else
    printSummary(All, llvm::errs());
  bool Written = true;
  if (JsonPath)
    Written &= writeFile(*JsonPath, [&](llvm::raw_ostream &OS) {
      FindingsJson(OS).print(All, Status);
    });
  if (JUnitPath)
    Written &= writeFile(*JUnitPath,
                         [&](llvm::raw_ostream &OS) { writeJUnit(All, OS); });
  if (!Written)
    return kExitCannotRun;
  bool Found = llvm::any_of(All, [](const ProcessFindings &P) {
    return !P.Findings.empty() || !P.Refused.empty();
  });
  return Found && Status == 0 ? 1 : Status;
}

} // namespace analyzer
} // namespace memscope

//===- utils/analyzer/TestCommand.cpp - `memscope test` -------------------===//
//
// Runs a command (a test binary, ctest, make check) with recording on for
// every instrumented process it starts, as `memscope record` does, then
// reads each new trace and lists its findings: the errors the runtime
// reported, the leaks of the check at exit (direct and indirect), the cycle
// leaks, the leak monitor's alerts. Each finding is one line with where it
// happened (the first user frame) and a fingerprint that survives
// rebuilds: its kind and the functions and files of its first user frames,
// no addresses, no line numbers. A finding that names a block (an error's,
// a leak group's first) carries the block's passport history, written by
// the text report's code (passportHistoryText).
//
// The summary goes to stderr (the command's own output stays as it was);
// --json, --junit and --sarif write files for CI: the findings per
// process, one JUnit testcase per process whose failure carries its
// findings, and SARIF 2.1.0 results at the findings' lines. With
// --baseline (a previous --json), findings whose fingerprints it holds are
// known: listed, but they fail nothing. Exit status: the command's own when
// nothing new was found; when something was, the command's status if that
// is an error, else 1. Under memscope test the runtime stops a process
// with status 86; a command that failed only through such processes, all of
// whose findings the baseline holds, passes.
//
//   memscope test [-o DIR] [--json FILE] [--junit FILE] [--sarif FILE]
//                 [--baseline FILE] [--suppressions FILE] [--] CMD [ARGS...]
//   memscope diff OLD.json NEW.json
//
// See also: Record.h (running the command), docs/Analyzer.md ("memscope
// test"), test/Analyzer/test-command.c.
//===----------------------------------------------------------------------===//
#include "TestCommand.h"

#include "Format.h"
#include "Graph.h"
#include "JsonWriter.h"
#include "Model.h"
#include "Ownership.h"
#include "Record.h"
#include "Report.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/GlobPattern.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <cstdlib>
#include <map>
#include <unistd.h>

namespace memscope {
namespace analyzer {

namespace {

constexpr int kExitCannotRun = 2;
/// The status the runtime stops a process with under memscope test (its
/// `exitcode`): a process that ends with it failed because of what memscope
/// found, which the findings say, and a baseline may excuse.
constexpr unsigned kFindingsExitCode = 86;

struct Finding {
  std::string Kind;    // "heap-use-after-free", "direct leak", ...
  std::string Summary; // one line, without the location
  std::optional<Frame> Where;
  /// Where the program called into the library Where is in, when that is
  /// another module built with memscope (a Rust cdylib tested from C).
  std::optional<Frame> CalledAt;
  std::string Fingerprint;
  std::vector<Frame> Stack;
  /// The block's life, as the text report prints it (an error's block, a
  /// leak group's first); "" when the finding names no block.
  std::string Passport;
  bool Known = false; // its fingerprint is in the baseline
};

struct ProcessFindings {
  std::string Trace;
  std::string Refused; // why the trace could not be read
  std::optional<uint64_t> Pid;
  std::vector<std::string> CommandLine;
  std::string Ended;
  uint32_t ExitCode = kUnknownExitCode;
  std::vector<Finding> Findings;
  /// It called exec: the program it became has a trace of its own.
  bool Replaced = false;
};

/// `kind|function@file|...` over the first three user frames that are not
/// the system's.
std::string fingerprint(llvm::StringRef Kind, llvm::ArrayRef<Frame> Frames) {
  std::string Print = Kind.str();
  unsigned Used = 0;
  for (const Frame &F : Frames) {
    if (Used == 3)
      break;
    if (isInternalFrame(F) || isSystemFrame(F))
      continue;
    Print += "|" + (F.Function.empty() ? std::string("?") : F.Function) + "@" +
             llvm::sys::path::filename(F.File).str();
    ++Used;
  }
  return Print;
}

/// A finding at the first frame of Frames in code built with memscope,
/// outside memscope and the system's libraries; when frames of a library
/// built without memscope come before it, the summary names the library
/// function that frame called (the memory came from, or went through,
/// foreign code).
Finding makeFinding(const Trace &T, std::string Kind, std::string Summary,
                    std::vector<Frame> Frames) {
  Finding F;
  ForeignCall Call = foreignCall(T, Frames);
  F.Where =
      Call.Caller ? std::optional<Frame>(*Call.Caller) : firstUserFrame(Frames);
  // A finding inside an instrumented shared library is also named where
  // the program (the test) called into it.
  if (!Call.Entry && F.Where && F.Where->hasModule()) {
    auto At = llvm::find_if(Frames, [&](const Frame &X) {
      return X.Pc == F.Where->Pc && X.Function == F.Where->Function;
    });
    for (auto It = At == Frames.end() ? At : std::next(At); It != Frames.end();
         ++It) {
      if (isInternalFrame(*It) || isSystemFrame(*It) || !It->hasModule() ||
          It->Module == F.Where->Module)
        continue;
      if (T.instrumentedModule(It->Module))
        F.CalledAt = *It;
      break;
    }
  }
  if (const Frame *Entry = Call.Entry)
    Summary +=
        " (through foreign code: " +
        (Entry->Function.empty() ? hexText(Entry->Pc) : Entry->Function) +
        " in " + llvm::sys::path::filename(Entry->Module).str() +
        ", not built with memscope)";
  F.Fingerprint = fingerprint(Kind, Frames);
  F.Kind = std::move(Kind);
  F.Summary = std::move(Summary);
  F.Stack = std::move(Frames);
  return F;
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
  if (T.End)
    P.ExitCode = T.End->ExitCode;
  if (T.Truncated)
    P.Ended = "the trace is cut short (the process died)";
  else if (T.End && T.End->Signal)
    P.Ended = "killed by signal " + std::to_string(T.End->Signal);
  else if (T.End && T.End->ExitCode != kUnknownExitCode)
    P.Ended = "exit code " + std::to_string(T.End->ExitCode);
  else
    P.Ended = "exit code unknown";

  for (const ErrorInfo &E : T.Errors) {
    P.Findings.push_back(makeFinding(T, E.Kind, E.Kind, M.errorFrames(E)));
    if (!E.Passport.isNone())
      P.Findings.back().Passport =
          passportHistoryText(M, E.Passport, E.Block ? &*E.Block : nullptr);
  }
  for (const LeakCheckInfo &Check : T.LeakChecks) {
    if (!Check.AtExit)
      continue;
    for (const LeakGroupInfo *G : M.groups(Check)) {
      if (G->Kind == trace::LeakKind::StillReachable)
        continue;
      std::string Kind =
          G->Kind == trace::LeakKind::Direct ? "direct leak" : "indirect leak";
      P.Findings.push_back(makeFinding(
          T, Kind,
          Kind + " of " + std::to_string(G->Bytes) + " byte(s) in " +
              std::to_string(G->Objects) + " object(s)",
          M.frames(G->Stack)));
      // The group's objects share a stack; the first stands for them.
      if (!G->Passports.empty())
        P.Findings.back().Passport =
            passportHistoryText(M, G->Passports.front());
    }
  }
  for (const CycleLeakInfo &L : T.CycleLeaks) {
    std::vector<Frame> Frames;
    if (std::optional<PassportEventInfo> A =
            M.allocation(L.Steps.front().Passport))
      Frames = M.frames(A->Stack);
    P.Findings.push_back(makeFinding(
        T, "cycle leak",
        "cycle leak of " + std::to_string(L.Bytes) + " byte(s) in " +
            std::to_string(L.Objects) + " object(s) held by " +
            (isOwningCycle(T, L) ? "owning pointers" : "shared pointers"),
        std::move(Frames)));
  }
  for (const trace::LeakAlertRecord &A : T.LeakAlerts)
    P.Findings.push_back(makeFinding(
        T, "leak alert",
        "leak alert: grows " +
            llvm::formatv("{0:f1}", A.BytesPerSecond / 1024.0).str() +
            " KiB/s, live " + std::to_string(A.LiveBytes) + " byte(s)",
        M.frames(StackId(A.Stack))));
  return P;
}

std::string processName(const ProcessFindings &P) {
  std::string Program =
      P.CommandLine.empty()
          ? llvm::sys::path::filename(P.Trace).str()
          : llvm::sys::path::filename(P.CommandLine.front()).str();
  return Program + " (pid " + (P.Pid ? std::to_string(*P.Pid) : "?") + ")";
}

void printSummary(llvm::ArrayRef<ProcessFindings> All, llvm::raw_ostream &OS) {
  size_t Found = 0, Failing = 0, Known = 0;
  for (const ProcessFindings &P : All) {
    if (!P.Refused.empty()) {
      OS << "memscope test: " << llvm::sys::path::filename(P.Trace)
         << ": not read: " << P.Refused << "\n";
      continue;
    }
    if (P.Findings.empty())
      continue;
    size_t New =
        llvm::count_if(P.Findings, [](const Finding &F) { return !F.Known; });
    Failing += New > 0;
    Found += New;
    Known += P.Findings.size() - New;
    OS << "memscope test: " << processName(P) << ": "
       << commandText(P.CommandLine) << " (" << P.Ended << ")\n";
    for (const Finding &F : P.Findings) {
      OS << "  " << F.Summary << " at " << whereText(F.Where)
         << (F.CalledAt ? ", called at " + whereText(F.CalledAt) : "")
         << (F.Known ? " (in the baseline)" : "") << "\n";
      if (!F.Passport.empty())
        OS << "    " << F.Passport << "\n";
    }
  }
  OS << "memscope test: " << All.size() << " process(es) recorded, ";
  if (!Found)
    OS << "no " << (Known ? "new " : "") << "findings";
  else
    OS << Found << (Known ? " new" : "") << " finding(s) in " << Failing
       << " of them";
  if (Known)
    OS << " (" << Known << " in the baseline)";
  OS << "\n";
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
        key("passport");
        stringOrNull(F.Passport);
        key("new");
        W.Bool(!F.Known);
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
  auto NewFindings = [](const ProcessFindings &P) {
    std::vector<const Finding *> New;
    for (const Finding &F : P.Findings)
      if (!F.Known)
        New.push_back(&F);
    return New;
  };
  size_t Failures = 0, Errors = 0;
  for (const ProcessFindings &P : All) {
    Failures += P.Refused.empty() && !NewFindings(P).empty();
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
        if (!F.Passport.empty())
          Text += "  " + F.Passport + "\n";
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

/// `file:///abs/path`, or the relative path as it is: a URI reference.
std::string fileUri(llvm::StringRef Path) {
  std::string Uri = Path.starts_with("/") ? "file://" : "";
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-_.~+:@").contains(C))
      Uri += C;
    else
      Uri += "%" + llvm::utohexstr(static_cast<unsigned char>(C), false, 2);
  }
  return Uri;
}

/// SARIF 2.1.0: one run of the memscope driver, a rule per kind found, a
/// result per finding at its first user frame, with its stack and the
/// fingerprint (partialFingerprints "memscope/v1"), and with a baseline
/// its baselineState.
class Sarif : JsonWriter {
public:
  explicit Sarif(llvm::raw_ostream &OS) : JsonWriter(OS) {}

  void print(llvm::ArrayRef<ProcessFindings> All, bool HasBaseline) {
    std::vector<std::string> Rules;
    for (const ProcessFindings &P : All)
      for (const Finding &F : P.Findings)
        if (!llvm::is_contained(Rules, F.Kind))
          Rules.push_back(F.Kind);
    W.StartObject();
    key("$schema");
    W.String("https://json.schemastore.org/sarif-2.1.0.json");
    key("version");
    W.String("2.1.0");
    key("runs");
    W.StartArray();
    W.StartObject();
    key("tool");
    W.StartObject();
    key("driver");
    W.StartObject();
    key("name");
    W.String("memscope");
    key("version");
    W.String(MEMSCOPE_VERSION);
    key("rules");
    W.StartArray();
    for (const std::string &Rule : Rules) {
      W.StartObject();
      key("id");
      string(ruleId(Rule));
      key("name");
      string(Rule);
      key("shortDescription");
      text(ruleDescription(Rule));
      key("defaultConfiguration");
      W.StartObject();
      key("level");
      W.String(levelOf(Rule));
      W.EndObject();
      W.EndObject();
    }
    W.EndArray();
    W.EndObject();
    W.EndObject();
    key("results");
    W.StartArray();
    for (const ProcessFindings &P : All)
      for (const Finding &F : P.Findings)
        result(P, F, Rules, HasBaseline);
    W.EndArray();
    W.EndObject();
    W.EndArray();
    W.EndObject();
    finish();
  }

private:
  /// SARIF rule ids have no spaces: `direct-leak`.
  static std::string ruleId(llvm::StringRef Kind) {
    std::string Id = Kind.str();
    std::replace(Id.begin(), Id.end(), ' ', '-');
    return Id;
  }
  static const char *levelOf(llvm::StringRef Kind) {
    return Kind == "leak alert" ? "warning" : "error";
  }
  static std::string ruleDescription(llvm::StringRef Kind) {
    if (Kind == "direct leak" || Kind == "indirect leak")
      return "Memory is no longer reachable at exit (" + Kind.str() + ")";
    if (Kind == "cycle leak")
      return "Objects kept alive only by a cycle of shared or owning "
             "pointers";
    if (Kind == "leak alert")
      return "An allocation site grows for as long as the program runs";
    return "memscope reported " + Kind.str();
  }

  void text(llvm::StringRef Text) {
    W.StartObject();
    key("text");
    string(Text);
    W.EndObject();
  }

  /// A physicalLocation (only for frames with a file), and the function.
  void location(const Frame &F) {
    W.StartObject();
    if (!F.File.empty()) {
      key("physicalLocation");
      W.StartObject();
      key("artifactLocation");
      W.StartObject();
      key("uri");
      string(fileUri(F.File));
      W.EndObject();
      if (F.Line) {
        key("region");
        W.StartObject();
        key("startLine");
        W.Uint(F.Line);
        if (F.Column) {
          key("startColumn");
          W.Uint(F.Column);
        }
        W.EndObject();
      }
      W.EndObject();
    }
    if (!F.Function.empty()) {
      key("logicalLocations");
      W.StartArray();
      W.StartObject();
      key("fullyQualifiedName");
      string(F.Function);
      key("kind");
      W.String("function");
      W.EndObject();
      W.EndArray();
    }
    W.EndObject();
  }

  void result(const ProcessFindings &P, const Finding &F,
              llvm::ArrayRef<std::string> Rules, bool HasBaseline) {
    W.StartObject();
    key("ruleId");
    string(ruleId(F.Kind));
    key("ruleIndex");
    W.Uint(static_cast<unsigned>(llvm::find(Rules, F.Kind) - Rules.begin()));
    key("level");
    W.String(levelOf(F.Kind));
    key("message");
    text(F.Summary + " in " + processName(P) +
         (F.Passport.empty() ? "" : ".\n" + F.Passport));
    if (F.Where) {
      key("locations");
      W.StartArray();
      location(*F.Where);
      W.EndArray();
    }
    key("partialFingerprints");
    W.StartObject();
    key("memscope/v1");
    string(F.Fingerprint);
    W.EndObject();
    if (HasBaseline) {
      key("baselineState");
      W.String(F.Known ? "unchanged" : "new");
    }
    if (!F.Stack.empty()) {
      key("stacks");
      W.StartArray();
      W.StartObject();
      key("frames");
      W.StartArray();
      for (const Frame &Fr : F.Stack) {
        W.StartObject();
        key("location");
        location(Fr);
        if (Fr.hasModule()) {
          key("module");
          string(Fr.Module);
        }
        W.EndObject();
      }
      W.EndArray();
      W.EndObject();
      W.EndArray();
    }
    key("properties");
    W.StartObject();
    key("process");
    string(processName(P));
    key("commandLine");
    string(commandText(P.CommandLine));
    W.EndObject();
    W.EndObject();
  }
};

/// Path's contents; null, with Error set, if it cannot be read.
std::unique_ptr<llvm::MemoryBuffer> readFile(llvm::StringRef Path,
                                             std::string &Error) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = "cannot read '" + Path.str() + "': " + Buffer.getError().message();
    return nullptr;
  }
  return std::move(*Buffer);
}

/// One line of a suppressions file: `KIND:PATTERN`.
struct Suppression {
  std::string Kind; // a finding kind with '-' for ' ', `leak` (direct or
                    // indirect), or `*`
  llvm::GlobPattern Pattern;
  std::string Substring; // the pattern, matched inside a name too; "" when
                         // it has a '*'
};

/// Reads `KIND:PATTERN` lines (# comments, blank lines); false with Error
/// set on a line that is not one.
bool readSuppressions(llvm::StringRef Path, std::vector<Suppression> &Out,
                      std::string &Error) {
  std::unique_ptr<llvm::MemoryBuffer> Buffer = readFile(Path, Error);
  if (!Buffer)
    return false;
  llvm::SmallVector<llvm::StringRef> Lines;
  Buffer->getBuffer().split(Lines, '\n');
  for (size_t I = 0; I < Lines.size(); ++I) {
    llvm::StringRef Line = Lines[I].trim();
    if (Line.empty() || Line.starts_with("#"))
      continue;
    auto [Kind, Pattern] = Line.split(':');
    llvm::Expected<llvm::GlobPattern> Glob =
        llvm::GlobPattern::create(Pattern.trim());
    if (Kind.trim().empty() || Pattern.trim().empty() || !Glob) {
      if (!Glob)
        llvm::consumeError(Glob.takeError());
      Error = Path.str() + ":" + std::to_string(I + 1) + ": '" + Line.str() +
              "' is not KIND:PATTERN";
      return false;
    }
    std::string Substring = Pattern.contains('*') ? "" : Pattern.trim().str();
    Out.push_back({Kind.trim().str(), std::move(*Glob), Substring});
  }
  return true;
}

/// Whether S matches F: its kind, and its pattern one frame's function,
/// file or module (a whole match, `*` as in a shell; or a substring, as in
/// LSan's suppressions).
bool suppresses(const Suppression &S, const Finding &F) {
  std::string Kind = F.Kind;
  std::replace(Kind.begin(), Kind.end(), ' ', '-');
  bool KindMatches =
      S.Kind == "*" || S.Kind == Kind ||
      (S.Kind == "leak" && llvm::StringRef(Kind).ends_with("-leak") &&
       Kind != "cycle-leak");
  if (!KindMatches)
    return false;
  for (const Frame &Fr : F.Stack)
    for (llvm::StringRef Field :
         {llvm::StringRef(Fr.Function), llvm::StringRef(Fr.File),
          llvm::StringRef(Fr.Module)})
      if (!Field.empty() &&
          (S.Pattern.match(Field) ||
           (!S.Substring.empty() && Field.contains(S.Substring))))
        return true;
  return false;
}

/// The fingerprints of a `memscope test --json` document, with how often
/// each occurs. False, with Error set, if Path is not one.
bool readFingerprints(llvm::StringRef Path,
                      std::map<std::string, unsigned> &Out,
                      std::string &Error) {
  std::unique_ptr<llvm::MemoryBuffer> Buffer = readFile(Path, Error);
  if (!Buffer)
    return false;
  llvm::Expected<llvm::json::Value> Doc =
      llvm::json::parse(Buffer->getBuffer());
  if (!Doc) {
    Error =
        "'" + Path.str() + "' is not JSON: " + llvm::toString(Doc.takeError());
    return false;
  }
  const llvm::json::Object *Root = Doc->getAsObject();
  const llvm::json::Array *Processes =
      Root ? Root->getArray("processes") : nullptr;
  if (!Processes) {
    Error = "'" + Path.str() +
            "' is not the JSON of memscope test (no \"processes\")";
    return false;
  }
  for (const llvm::json::Value &P : *Processes)
    if (const llvm::json::Object *PO = P.getAsObject())
      if (const llvm::json::Array *Findings = PO->getArray("findings"))
        for (const llvm::json::Value &F : *Findings)
          if (const llvm::json::Object *FO = F.getAsObject())
            if (std::optional<llvm::StringRef> Print =
                    FO->getString("fingerprint"))
              ++Out[Print->str()];
  return true;
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
  std::optional<std::string> Dir, JsonPath, JUnitPath, SarifPath, Baseline,
      SuppressionsPath;
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
        (R = Value("--json", JsonPath)) || (R = Value("--junit", JUnitPath)) ||
        (R = Value("--sarif", SarifPath)) ||
        (R = Value("--baseline", Baseline)) ||
        (R = Value("--suppressions", SuppressionsPath))) {
      if (*R)
        return *R;
      continue;
    }
    if (Arg == "-h" || Arg == "--help") {
      llvm::outs() << "USAGE: memscope test [-o DIR] [--json FILE] "
                      "[--junit FILE] [--sarif FILE] [--baseline FILE] "
                      "[--suppressions FILE] [--] COMMAND [ARGS...]\n"
                   << "See 'memscope --help'.\n";
      return 0;
    }
    return usageError("unknown option '" + Arg + "' for 'test'");
  }
  llvm::ArrayRef<const char *> Command = Args.drop_front(I);
  if (Command.empty())
    return usageError("test needs a command to run");
  // The baseline and suppressions are read first: a bad one is said before
  // the tests run.
  std::vector<Suppression> Suppressions;
  if (SuppressionsPath) {
    std::string Error;
    if (!readSuppressions(*SuppressionsPath, Suppressions, Error)) {
      llvm::errs() << "memscope: error: --suppressions: " << Error << "\n";
      return kExitCannotRun;
    }
  }
  std::map<std::string, unsigned> Known;
  if (Baseline) {
    std::string Error;
    if (!readFingerprints(*Baseline, Known, Error)) {
      llvm::errs() << "memscope: error: --baseline: " << Error << "\n";
      return kExitCannotRun;
    }
  }

  // Without -o the traces go to a directory of their own, removed at the
  // end: only the findings are kept. Under another memscope test (ctest
  // running tests that memscope_add_test wraps, under memscope test), to
  // the outer one's, which keeps them for its own report.
  llvm::SmallString<256> Abs;
  const char *Outer = std::getenv("MEMSCOPE_TEST_DIR");
  bool Nested = !Dir && Outer && *Outer;
  bool Temporary = !Dir && !Nested;
  if (Nested) {
    // A directory of its own inside the outer one: tests ctest runs in
    // parallel each see their own traces.
    if (std::error_code EC = llvm::sys::fs::createUniqueDirectory(
            llvm::Twine(Outer) + "/memscope-test", Abs)) {
      llvm::errs() << "memscope: error: cannot create a trace directory in '"
                   << Outer << "': " << EC.message() << "\n";
      return kExitCannotRun;
    }
  } else if (Temporary) {
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
  // Processes memscope stops exit with a status of their own, unless the
  // user chose one.
  const char *UserOptions = std::getenv("MEMSCOPE_OPTIONS");
  bool OwnExitCode =
      !UserOptions || !llvm::StringRef(UserOptions).contains("exitcode=");
  if (OwnExitCode)
    Options += ":exitcode=" + std::to_string(kFindingsExitCode);
  // Traces and nested runs' directories from before (an -o DIR used
  // again).
  llvm::StringSet<> Before = listEntries(Abs);
  setenv("MEMSCOPE_TEST_DIR", Abs.c_str(), /*overwrite=*/1);
  int Status = runCommand(Command, Options);
  if (Status < 0)
    return kExitCannotRun;

  // The traces of this run, and those nested memscope tests left in
  // directories of their own inside this one.
  std::vector<std::string> New;
  for (const std::string &Name : newTraces(Abs, Before))
    New.push_back((Abs + "/" + Name).str());
  for (const auto &Entry : listEntries(Abs))
    if (Entry.getKey().starts_with("memscope-test") &&
        !Before.contains(Entry.getKey())) {
      std::string Sub = (Abs + "/" + Entry.getKey()).str();
      for (const std::string &Name : newTraces(Sub, {}))
        New.push_back(Sub + "/" + Name);
    }
  llvm::sort(New);
  // A process that called exec is listed as the program it became (whose
  // trace follows), unless something was found before the exec.
  std::vector<ProcessFindings> All;
  for (const std::string &Path : New) {
    ProcessFindings P = analyse(Path);
    if (!P.Replaced || !P.Findings.empty())
      All.push_back(std::move(P));
  }
  // Suppressed findings are dropped; each fingerprint of the baseline
  // covers one of the others.
  size_t SuppressedCount = 0;
  for (ProcessFindings &P : All) {
    size_t Before = P.Findings.size();
    llvm::erase_if(P.Findings, [&](const Finding &F) {
      return llvm::any_of(
          Suppressions, [&](const Suppression &S) { return suppresses(S, F); });
    });
    SuppressedCount += Before - P.Findings.size();
  }
  for (ProcessFindings &P : All)
    for (Finding &F : P.Findings) {
      auto It = Known.find(F.Fingerprint);
      if (It != Known.end() && It->second) {
        --It->second;
        F.Known = true;
      }
    }
  if (Temporary)
    llvm::sys::fs::remove_directories(Abs);

  if (All.empty())
    llvm::errs() << "memscope test: no trace was written: '" << Command.front()
                 << "' and the programs it ran were not built with "
                    "-fsanitize=memscope\n";
  else
    printSummary(All, llvm::errs());
  if (SuppressedCount)
    llvm::errs() << "memscope test: " << SuppressedCount
                 << " finding(s) suppressed by " << *SuppressionsPath << "\n";
  bool Written = true;
  if (JsonPath)
    Written &= writeFile(*JsonPath, [&](llvm::raw_ostream &OS) {
      FindingsJson(OS).print(All, Status);
    });
  if (JUnitPath)
    Written &= writeFile(*JUnitPath,
                         [&](llvm::raw_ostream &OS) { writeJUnit(All, OS); });
  if (SarifPath)
    Written &= writeFile(*SarifPath, [&](llvm::raw_ostream &OS) {
      Sarif(OS).print(All, Baseline.has_value());
    });
  if (!Written)
    return kExitCannotRun;
  bool Found = llvm::any_of(All, [](const ProcessFindings &P) {
    return !P.Refused.empty() ||
           llvm::any_of(P.Findings, [](const Finding &F) { return !F.Known; });
  });
  if (Found)
    return Status ? Status : 1;
  // Nothing new: a command that failed only because memscope stopped its
  // processes for what the baseline holds passes.
  bool Excused = Status && OwnExitCode &&
                 llvm::all_of(All,
                              [](const ProcessFindings &P) {
                                return P.ExitCode == 0 ||
                                       P.ExitCode == kUnknownExitCode ||
                                       P.ExitCode == kFindingsExitCode;
                              }) &&
                 (static_cast<unsigned>(Status) == kFindingsExitCode ||
                  llvm::any_of(All, [](const ProcessFindings &P) {
                    return P.ExitCode == kFindingsExitCode;
                  }));
  return Excused ? 0 : Status;
}

int runDiff(llvm::ArrayRef<const char *> Args) {
  if (Args.size() == 1 && (llvm::StringRef(Args[0]) == "-h" ||
                           llvm::StringRef(Args[0]) == "--help")) {
    llvm::outs() << "USAGE: memscope diff OLD.json NEW.json\n"
                 << "See 'memscope --help'.\n";
    return 0;
  }
  if (Args.size() != 2)
    return usageError("diff needs two files written by memscope test --json");
  std::map<std::string, unsigned> Old, New;
  std::string Error;
  if (!readFingerprints(Args[0], Old, Error) ||
      !readFingerprints(Args[1], New, Error)) {
    llvm::errs() << "memscope: error: " << Error << "\n";
    return kExitCannotRun;
  }
  // Fingerprints with counts: a finding that occurs once more is new.
  size_t Added = 0, Fixed = 0, Same = 0;
  llvm::raw_ostream &OS = llvm::outs();
  for (const auto &[Print, Count] : New) {
    unsigned Before = Old.count(Print) ? Old[Print] : 0;
    Same += std::min(Before, Count);
    for (unsigned K = Before; K < Count; ++K, ++Added)
      OS << "new:   " << Print << "\n";
  }
  for (const auto &[Print, Count] : Old) {
    unsigned After = New.count(Print) ? New[Print] : 0;
    for (unsigned K = After; K < Count; ++K, ++Fixed)
      OS << "fixed: " << Print << "\n";
  }
  OS << "memscope diff: " << Added << " new, " << Fixed << " fixed, " << Same
     << " unchanged\n";
  return Added ? 1 : 0;
}

} // namespace analyzer
} // namespace memscope

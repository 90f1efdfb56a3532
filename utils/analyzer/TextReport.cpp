//===- utils/analyzer/TextReport.cpp - the report for people --------------===//
//
// Prints a Model in AddressSanitizer's shape, so habits and parsers built
// around ASan reports keep working: `ERROR: <kind> on address ...`, stacks as
// `#k 0x... in function file:line:col`, `SUMMARY:` lines, LSan's
// `Direct leak of N byte(s) in M object(s) allocated from:`. Added to that
// shape: each error's passport history, allocation sites ranked by bytes
// and count, and the peak of live heap bytes.
//
// See also: Report.h, JsonReport.cpp (the same facts as JSON),
// docs/Analyzer.md (the sections), runtime/memscope_report.cpp (the report
// the runtime prints).
//===----------------------------------------------------------------------===//
#include "Report.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

namespace {

std::string hex(uint64_t Value) {
  return "0x" + llvm::utohexstr(Value, /*LowerCase=*/true);
}

std::string thread(ThreadId Tid) { return "T" + std::to_string(Tid.value()); }

/// One argument as a POSIX shell would need it quoted.
std::string shellQuote(llvm::StringRef Arg) {
  bool Plain = !Arg.empty() && llvm::all_of(Arg, [](char C) {
    return llvm::isAlnum(C) || llvm::StringRef("_./=:,+-@%").contains(C);
  });
  if (Plain)
    return Arg.str();
  std::string Out = "'";
  for (char C : Arg)
    Out += C == '\'' ? std::string("'\\''") : std::string(1, C);
  return Out + "'";
}

std::string moduleText(const Frame &F) {
  return "(" + F.Module + "+" + hex(F.ModuleOffset) + ")";
}

/// Where a frame is: `file:line:col`, `(module+0xoff)` or
/// `(<unknown module>)`.
std::string sourceText(const Frame &F) {
  if (F.File.empty())
    return F.hasModule() ? moduleText(F) : "(<unknown module>)";
  std::string Text = F.File;
  if (F.Line)
    Text += ":" + std::to_string(F.Line);
  if (F.Line && F.Column)
    Text += ":" + std::to_string(F.Column);
  return Text;
}

/// What follows the pc in a stack line: `in function <source>`.
std::string frameText(const Frame &F) {
  if (F.Function.empty())
    return sourceText(F);
  return "in " + F.Function + " " + sourceText(F);
}

/// ASan's SUMMARY order: `<source> in function`.
std::string summaryText(const Frame &F) {
  if (F.Function.empty())
    return sourceText(F);
  return sourceText(F) + " in " + F.Function;
}

/// A frame in a one-line history: `a.cpp:5`, `function`,
/// `(libfoo.so+0x10)` or `0x1234`.
std::string shortText(const Frame &F) {
  if (!F.File.empty())
    return llvm::sys::path::filename(F.File).str() + ":" +
           std::to_string(F.Line);
  if (!F.Function.empty())
    return F.Function;
  if (F.hasModule())
    return "(" + llvm::sys::path::filename(F.Module).str() + "+" +
           hex(F.ModuleOffset) + ")";
  return hex(F.Pc);
}

class TextReport {
public:
  TextReport(const Model &M, const ReportOptions &Opts, llvm::raw_ostream &OS)
      : M(M), T(M.trace()), Opts(Opts), OS(OS) {}

  void print() {
    printHeader();
    printErrors();
    printLeakChecks();
    printSites("bytes", M.sitesByBytes());
    printSites("count", M.sitesByCount());
    printPeak();
  }

private:
  void section(const llvm::Twine &Title) { OS << "\n== " << Title << " ==\n"; }

  void printHeader() {
    OS << "memscope report of " << Opts.TracePath << "\n";
    if (T.Process) {
      OS << "  command line: ";
      llvm::ListSeparator Space(" ");
      for (const std::string &Arg : T.Process->CommandLine)
        OS << Space << shellQuote(Arg);
      OS << "\n  executable:   " << T.Process->ExecutablePath << "\n";
      OS << "  pid " << T.Process->Pid << ", trace format version "
         << T.FormatVersion << ", written by memscope "
         << T.Process->ToolVersion << "\n";
    } else {
      OS << "  no process record; trace format version " << T.FormatVersion
         << "\n";
    }
    OS << "  records: " << T.RecordsRead;
    llvm::ListSeparator Comma(", ");
    OS << " (";
    for (unsigned Kind = 1; Kind < kNumRecordKinds; ++Kind)
      if (T.Counts[Kind])
        OS << Comma << T.Counts[Kind] << " " << recordTypeName(Kind);
    if (T.Counts[0])
      OS << Comma << T.Counts[0] << " of unknown types (skipped)";
    OS << ")\n";
    OS << "  passport events: " << T.PassportEvents.size() << "\n";
    if (!T.LiveChunks.empty())
      OS << "  live at exit: " << M.liveBytesAtExit() << " byte(s) in "
         << T.LiveChunks.size() << " allocation(s)\n";
    if (T.End) {
      OS << "  finished ";
      if (T.End->ExitCode != kUnknownExitCode)
        OS << "with exit code " << T.End->ExitCode << ", ";
      OS << M.sinceStart(T.End->TimeNs) << " ns after start\n";
    }

    if (T.Truncated)
      OS << "warning: trace is truncated after " << T.RecordsRead
         << " records at byte offset " << T.TruncatedAtOffset
         << " (the process probably died): showing what was written\n";
    else if (!T.End)
      OS << "note: the trace has no end record: the process did not finish "
            "normally, or is still running\n";
    for (const std::string &W : T.Warnings)
      OS << "warning: " << W << "\n";
  }

  void printStack(StackId Id) {
    if (Id.isNone()) {
      OS << "    <no stack recorded>\n";
      return;
    }
    std::vector<Frame> Frames = M.frames(Id);
    if (Frames.empty()) {
      OS << "    <stack #" << Id.value() << " is not in the trace>\n";
      return;
    }
    printFrames(Frames);
  }

  void printFrames(llvm::ArrayRef<Frame> Frames) {
    for (size_t I = 0; I < Frames.size(); ++I)
      OS << "    #" << I << " " << hex(Frames[I].Pc) << " "
         << frameText(Frames[I]) << "\n";
  }

  /// ` at a.cpp:5`, or nothing when the event has no stack.
  std::string at(StackId Id) {
    if (Id.isNone())
      return "";
    if (std::optional<Frame> F = M.userFrame(Id))
      return " at " + shortText(*F);
    return " at stack #" + std::to_string(Id.value()) + " (not in the trace)";
  }

  std::string eventText(const PassportEventInfo &E) {
    std::string Related = "passport #" + std::to_string(E.Related.value());
    std::string Where = at(M.eventStack(E));
    switch (E.Event) {
    case PassportEvent::Allocated:
      return "allocated " + thread(E.Tid) + Where;
    case PassportEvent::Freed:
      return "freed " + thread(E.Tid) + Where;
    case PassportEvent::Reallocated:
      return "reallocated " + thread(E.Tid) + Where + " into " + Related;
    case PassportEvent::ReallocatedFrom:
      return "reallocated from " + Related;
    case PassportEvent::Evicted:
      return "left quarantine";
    }
    return "unknown event";
  }

  void printHistory(PassportId Id) {
    llvm::ArrayRef<const PassportEventInfo *> Events = M.history(Id);
    OS << "  passport #" << Id.value();
    if (Events.empty()) {
      OS << ": no events in the trace\n";
      return;
    }
    if (const PassportEventInfo *Allocation = M.allocation(Id))
      OS << " (" << Allocation->Size << " bytes)";
    OS << ": ";
    llvm::ListSeparator Arrow(" \u2192 ");
    for (const PassportEventInfo *E : Events)
      OS << Arrow << eventText(*E);
    if (const PassportEventInfo *Reuse = M.reusedBy(Id))
      OS << Arrow << "address reused by passport #" << Reuse->Passport.value()
         << at(Reuse->Stack);
    OS << "\n";
  }

  void printErrors() {
    section("Errors (" + llvm::Twine(T.Errors.size()) + ")");
    if (T.Errors.empty())
      OS << "none\n";
    for (const ErrorInfo &E : T.Errors) {
      OS << "\nERROR: " << E.Kind << " on address " << hex(E.Addr);
      if (E.AccessSize)
        OS << " (" << (E.IsWrite ? "WRITE" : "READ") << " of size "
           << E.AccessSize << ")";
      OS << " in thread " << thread(E.Tid) << "\n";

      std::vector<Frame> Frames = M.errorFrames(E);
      if (Frames.empty())
        printStack(E.Stack);
      else
        printFrames(Frames);
      if (!E.Passport.isNone())
        printHistory(E.Passport);
      const ThreadInfo *Th = M.thread(E.Tid);
      if (Th && !Th->Parent.isNone())
        OS << "  thread " << thread(Th->Tid) << " was created by "
           << thread(Th->Parent) << at(Th->CreationStack) << "\n";
      if (E.Fatal)
        OS << "  the process stopped after this error\n";

      OS << "SUMMARY: memscope: " << E.Kind;
      if (std::optional<Frame> User = firstUserFrame(Frames))
        OS << " " << summaryText(*User);
      OS << "\n";
    }
  }

  void printLeakChecks() {
    section("Leak checks (" + llvm::Twine(T.LeakChecks.size()) + ")");
    if (T.LeakChecks.empty())
      OS << "none\n";
    for (const LeakCheckInfo &Check : T.LeakChecks) {
      OS << "\nLeak check #" << Check.CheckId
         << (Check.AtExit ? " at exit, " : ", ") << M.sinceStart(Check.TimeNs)
         << " ns after start";
      if (Check.OnlyNew)
        OS << " (only leaks new since the previous check)";
      OS << "\n";
      for (const LeakGroupInfo *G : M.groups(Check)) {
        OS << "\n"
           << (G->Kind == trace::LeakKind::Direct ? "Direct" : "Indirect")
           << " leak of " << G->Bytes << " byte(s) in " << G->Objects
           << " object(s) allocated from:\n";
        printStack(G->Stack);
        if (!G->Passports.empty()) {
          OS << "  passports:";
          for (PassportId P : G->Passports)
            OS << " #" << P.value();
          OS << "\n";
        }
      }
      if (Check.Groups.size() < Check.ExpectedGroups)
        OS << "\nnote: " << Check.Groups.size() << " of "
           << Check.ExpectedGroups
           << " leak groups are in the trace; the rest were not written\n";
      OS << "\nSUMMARY: memscope: " << Check.TotalBytes << " byte(s) leaked in "
         << Check.TotalObjects << " allocation(s).\n";
    }
  }

  void printSites(llvm::StringRef By, llvm::ArrayRef<AllocationSite> Sites) {
    size_t Shown = std::min(Sites.size(), Opts.TopSites);
    section("Top " + llvm::Twine(Shown) + " allocation sites by " + By);
    if (Sites.empty())
      OS << "no allocations recorded\n";
    for (size_t I = 0; I < Shown; ++I) {
      const AllocationSite &S = Sites[I];
      OS << "  " << I + 1 << ". " << S.Bytes << " byte(s) in " << S.Count
         << " allocation(s) " << siteText(S.Stack) << "\n";
    }
  }

  std::string siteText(StackId Id) {
    if (Id.isNone())
      return "with no stack recorded";
    std::string Stack = " (stack #" + std::to_string(Id.value()) + ")";
    std::optional<Frame> F = M.userFrame(Id);
    if (!F)
      return "from a stack not in the trace" + Stack;
    if (F->Function.empty())
      return "at " + hex(F->Pc) + " " + frameText(*F) + Stack;
    return frameText(*F) + Stack;
  }

  void printPeak() {
    section("Peak live heap");
    const std::optional<PeakUsage> &Peak = M.peak();
    if (!Peak) {
      OS << "no allocations recorded\n";
    } else {
      const PassportEventInfo &E = *Peak->Event;
      OS << "  " << Peak->Bytes << " byte(s), " << M.sinceStart(Peak->TimeNs)
         << " ns after start, reached when passport #" << E.Passport.value()
         << " (" << E.Size << " bytes) was allocated" << at(E.Stack) << "\n";
    }
    if (T.End && T.End->PeakLiveBytes)
      OS << "  the runtime counted a peak of " << T.End->PeakLiveBytes
         << " byte(s)\n";
  }

  const Model &M;
  const Trace &T;
  const ReportOptions &Opts;
  llvm::raw_ostream &OS;
};

} // namespace

void writeTextReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS) {
  TextReport(M, Opts, OS).print();
}

} // namespace analyzer
} // namespace memscope

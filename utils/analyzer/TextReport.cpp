//===- utils/analyzer/TextReport.cpp - the report for people --------------===//
//
// Prints a Model in AddressSanitizer's shape, so habits and parsers built
// around ASan reports keep working: `ERROR: <kind> on address ...`, stacks as
// `#k 0x... in function file:line:col`, `SUMMARY:` lines, LSan's
// `Direct leak of N byte(s) in M object(s) allocated from:`. Added to that
// shape: each error's passport history (ownership included, and where the
// block crossed into or out of code built without memscope) and the types
// of allocations, allocation sites ranked by bytes and count, the peak of
// live heap bytes, and the cycle leaks and diagnostics of exact ownership.
//
// See also: Report.h, JsonReport.cpp (the same facts as JSON), Graph.h
// (cycles and diagnostics), docs/Analyzer.md (the sections),
// runtime/memscope_report.cpp (the report the runtime prints).
//===----------------------------------------------------------------------===//
#include "Report.h"

#include "Format.h"
#include "Graph.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

#include <cstring>

namespace memscope {
namespace analyzer {

using trace::PassportEvent;

namespace {

std::string hex(uint64_t Value) { return hexText(Value); }

std::string thread(ThreadId Tid) { return "T" + std::to_string(Tid.value()); }

/// `11 (SIGSEGV)`, or the number alone when the C library has no name.
std::string signalText(uint32_t Signal) {
  const char *Name =
      Signal < 128 ? sigabbrev_np(static_cast<int>(Signal)) : nullptr;
  return std::to_string(Signal) +
         (Name ? std::string(" (SIG") + Name + ")" : std::string());
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

/// How many ownership events a one-line history shows before it stops
/// (a shared pointer copied in a loop has thousands): `memscope graph` and
/// the JSON report have all of them.
constexpr size_t kHistoryOwnershipEvents = 8;

/// `(Node, 48 bytes)`, `(48 bytes)`, `(Node)` or "" for what is known.
std::string typeAndSize(const std::string &Type, std::optional<uint64_t> Size) {
  if (Type.empty() && !Size)
    return "";
  std::string Text = " (" + Type;
  if (Size)
    Text += (Type.empty() ? "" : ", ") + std::to_string(*Size) + " bytes";
  return Text + ")";
}

/// `lib_keep (libgreeter.so)`: a function of a library built without
/// memscope and its file's name; its pc where they are not known.
std::string foreignText(const Frame &F) {
  if (F.Function.empty())
    return "code " + shortFrameText(F);
  return F.Function + " (" +
         (F.hasModule() ? llvm::sys::path::filename(F.Module).str()
                        : hex(F.Pc)) +
         ")";
}

/// One allocation's life in one line (the events of its passport), as the
/// report prints it under an error and `memscope test` under a finding.
class HistoryText {
public:
  explicit HistoryText(const Model &M) : M(M), T(M.trace()) {}

  /// `passport #1 (32 bytes): allocated T0 at app.c:31 → freed T1 at
  /// app.c:36`; from Block when the trace kept none of its events.
  std::string history(PassportId Id, const ErrorBlockInfo *Block) {
    HistoryView History = M.history(Id);
    llvm::ArrayRef<PassportEventInfo> Events = History.Events;
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    OS << "passport #" << Id.value();
    if (Events.empty() && Block) {
      OS << block(*Block);
      return Text;
    }
    if (Events.empty()) {
      OS << ": no events in the trace";
      return Text;
    }
    std::optional<PassportEventInfo> Allocation = M.allocation(Id);
    OS << typeAndSize(M.typeOf(Id),
                      Allocation ? std::optional<uint64_t>(Allocation->Size)
                                 : std::nullopt);
    OS << ": ";
    llvm::ListSeparator Arrow(" \u2192 ");
    size_t Ownership = 0, Hidden = 0;
    const PassportEventInfo *Prev = nullptr;
    for (size_t I = 0; I < Events.size(); ++I) {
      const PassportEventInfo *E = &Events[I];
      // A long history keeps its first and last events.
      if (History.Omitted && I == History.OmittedAt) {
        OS << Arrow << "\u2026 " << History.Omitted << " more events \u2026";
        Prev = nullptr;
      }
      // The type is in the line's head already.
      if (E->Event == PassportEvent::Typed)
        continue;
      if (isOwnershipEvent(*E) && ++Ownership > kHistoryOwnershipEvents) {
        ++Hidden;
        continue;
      }
      bool NextInLine = I + 1 < Events.size() &&
                        !(History.Omitted && I + 1 == History.OmittedAt);
      if (saidAfter(*E, NextInLine ? &Events[I + 1] : nullptr) ||
          saidBefore(*E, Prev))
        continue;
      OS << Arrow << eventText(*E);
      Prev = E;
    }
    if (Hidden)
      OS << Arrow << "(" << Hidden
         << " more ownership event(s): see memscope graph)";
    if (const ReuseInfo *Reuse = M.reusedBy(Id))
      OS << Arrow << "address reused by passport #" << Reuse->Passport.value()
         << at(Reuse->Stack);
    return Text;
  }

  /// ` at a.cpp:5`, or nothing when the event has no stack.
  std::string at(StackId Id) {
    if (Id.isNone())
      return "";
    if (std::optional<Frame> F = M.userFrame(Id))
      return " at " + shortFrameText(*F);
    return " at stack #" + std::to_string(Id.value()) + " (not in the trace)";
  }

private:
  /// Where a block was allocated or freed: at(), or, when the stack came
  /// out of a library built without memscope, the library's function and
  /// the user's call of it: ` by foreign lib_name (libgreeter.so), received
  /// at test.c:57 in main` (Verb: `received`, `called`).
  std::string through(StackId Id, llvm::StringRef Verb) {
    std::vector<Frame> Frames = M.frames(Id);
    ForeignCall Call = foreignCall(T, Frames);
    if (!Call.Entry)
      return at(Id);
    return " by foreign " + foreignText(*Call.Entry) + ", " + Verb.str() +
           " at " + whereText(*Call.Caller);
  }

  /// Whether a Foreign event says again what the Allocated or Freed event
  /// just before it said: the block was allocated inside the foreign
  /// function that returned it, called from the same line; or freed by the
  /// foreign library its free stack went through.
  bool saidBefore(const PassportEventInfo &E, const PassportEventInfo *Prev) {
    if (E.Event != PassportEvent::Foreign || !Prev || Prev->Tid != E.Tid)
      return false;
    bool Returned = E.Crossing == trace::ForeignHow::Received &&
                    Prev->Event == PassportEvent::Allocated;
    bool Freed = E.Crossing == trace::ForeignHow::Freed &&
                 Prev->Event == PassportEvent::Freed;
    if (!Returned && !Freed)
      return false;
    std::vector<Frame> Frames = M.frames(M.eventStack(*Prev));
    ForeignCall Call = foreignCall(T, Frames);
    if (!Call.Entry)
      return false;
    Frame Named = M.foreignFunction(E);
    if (Freed)
      return Named.Module == Call.Entry->Module;
    std::optional<SourceLocation> Site = siteLocation(M, E.Site);
    return Named.Function == Call.Entry->Function && Site &&
           Site->Line == Call.Caller->Line &&
           llvm::sys::path::filename(Site->File) ==
               llvm::sys::path::filename(Call.Caller->File);
  }

  /// Whether a Freed event without a stack (traces keep free stacks only
  /// with the full history) is said better by the Foreign event after it,
  /// which names the foreign code that freed the block.
  bool saidAfter(const PassportEventInfo &E, const PassportEventInfo *Next) {
    return E.Event == PassportEvent::Freed && Next &&
           Next->Event == PassportEvent::Foreign &&
           Next->Crossing == trace::ForeignHow::Freed && Next->Tid == E.Tid &&
           M.eventStack(E).isNone();
  }

  /// A Foreign event: the block crossed a call of foreign code.
  std::string foreignEventText(const PassportEventInfo &E) {
    std::string Function = foreignText(M.foreignFunction(E));
    std::optional<Frame> Place = M.foreignCrossingPlace(E);
    std::string Site = Place ? " at " + whereText(Place) : "";
    switch (E.Crossing) {
    case trace::ForeignHow::Handed:
      return "handed " + thread(E.Tid) + " to foreign " + Function + Site;
    case trace::ForeignHow::Received:
      return "returned " + thread(E.Tid) + " by foreign " + Function + Site;
    case trace::ForeignHow::Freed:
      return "freed " + thread(E.Tid) + " by foreign " + Function + Site;
    }
    return "crossed into foreign " + Function + Site;
  }

  std::string eventText(const PassportEventInfo &E) {
    std::string Related = "passport #" + std::to_string(E.Related.value());
    switch (E.Event) {
    case PassportEvent::Allocated:
      return "allocated " + thread(E.Tid) +
             through(M.eventStack(E), "received");
    case PassportEvent::Freed:
      return "freed " + thread(E.Tid) + through(M.eventStack(E), "called");
    case PassportEvent::Reallocated:
      return "reallocated " + thread(E.Tid) + at(M.eventStack(E)) + " into " +
             Related;
    case PassportEvent::ReallocatedFrom:
      return "reallocated from " + Related;
    case PassportEvent::Evicted:
      return "left quarantine";
    case PassportEvent::Typed:
      return "typed " + M.typeOf(E.Passport);
    case PassportEvent::Owned:
      if (E.Rename)
        return "named " + thread(E.Tid) + " as " + M.ownership().ownerName(E) +
               " at " + shortLocationText(siteLocation(M, E.Site, E.Stack));
      return std::string("owned ") + thread(E.Tid) + " by " +
             M.ownership().ownerName(E) + " (" + edgeKindName(E.Kind) +
             ") at " + shortLocationText(siteLocation(M, E.Site, E.Stack));
    case PassportEvent::Released:
      return std::string("released ") + thread(E.Tid) + " by " +
             M.ownership().ownerName(E) + " (" + releaseHowName(E.How) +
             ") at " + shortLocationText(siteLocation(M, E.Site));
    case PassportEvent::Borrowed:
      return std::string("borrowed ") + thread(E.Tid) + " " +
             std::to_string(E.Count) + " time(s) from " +
             M.ownership().ownerName(E) + " (" + edgeKindName(E.Kind) +
             ") at " + shortLocationText(siteLocation(M, E.Site));
    case PassportEvent::Edge:
      return std::string("owned by ") + M.ownership().ownerName(E) + " (" +
             edgeKindName(E.Kind) + " x" + std::to_string(E.Count) +
             (E.Live ? ", live at the end" : "") + ") at " +
             shortLocationText(siteLocation(M, E.Site, E.Stack));
    case PassportEvent::Foreign:
      return foreignEventText(E);
    }
    return "unknown event";
  }

  static bool isOwnershipEvent(const PassportEventInfo &E) {
    return E.Event == PassportEvent::Owned ||
           E.Event == PassportEvent::Released ||
           E.Event == PassportEvent::Borrowed || E.Event == PassportEvent::Edge;
  }

  /// A block whose events were not kept, as the runtime described it with
  /// the error (ErrorBlock record).
  std::string block(const ErrorBlockInfo &B) {
    const SiteInfo *Type = T.site(B.TypeSite);
    std::string Text =
        typeAndSize(Type ? allocatedTypeName(*Type) : std::string(),
                    std::optional<uint64_t>(B.Size)) +
        ": allocated " + thread(B.AllocTid) + through(B.AllocStack, "received");
    if (B.Freed)
      Text +=
          " \u2192 freed " + thread(B.FreeTid) + through(B.FreeStack, "called");
    return Text;
  }

  const Model &M;
  const Trace &T;
};

class TextReport {
public:
  TextReport(const Model &M, const ReportOptions &Opts, llvm::raw_ostream &OS)
      : M(M), T(M.trace()), Opts(Opts), OS(OS), History(M) {}

  void print() {
    printHeader();
    printErrors();
    printLeakChecks();
    printLeakAlerts();
    printOwnership();
    printSites("bytes", M.sitesByBytes());
    printSites("count", M.sitesByCount());
    printPeak();
  }

private:
  void section(const llvm::Twine &Title) { OS << "\n== " << Title << " ==\n"; }

  void printHeader() {
    OS << "memscope report of " << Opts.TracePath << "\n";
    printProcess();
    printRecordCounts();
    if (!T.LiveChunks.empty())
      OS << "  live at exit: " << M.liveBytesAtExit() << " byte(s) in "
         << T.LiveChunks.size() << " allocation(s)\n";
    printEnd();
    printReadingProblems();
  }

  void printProcess() {
    if (!T.Process) {
      OS << "  no process record; trace format version " << T.FormatVersion
         << "\n";
      return;
    }
    OS << "  command line: ";
    llvm::ListSeparator Space(" ");
    for (const std::string &Arg : T.Process->CommandLine)
      OS << Space << shellQuote(Arg);
    OS << "\n  executable:   " << T.Process->ExecutablePath << "\n";
    OS << "  pid " << T.Process->Pid << ", trace format version "
       << T.FormatVersion << ", written by memscope " << T.Process->ToolVersion
       << "\n";
  }

  void printRecordCounts() {
    OS << "  records: " << T.RecordsRead;
    llvm::ListSeparator Comma(", ");
    OS << " (";
    for (unsigned Kind = 1; Kind < kNumRecordKinds; ++Kind)
      if (T.Counts[Kind])
        OS << Comma << T.Counts[Kind] << " " << recordTypeName(Kind);
    if (T.Counts[0])
      OS << Comma << T.Counts[0] << " of unknown types (skipped)";
    OS << ")\n";
    OS << "  passport events: " << T.PassportEventCount << "\n";
  }

  /// How the process finished, if the trace says.
  void printEnd() {
    if (!T.End)
      return;
    OS << "  finished ";
    if (T.End->ExitCode != kUnknownExitCode)
      OS << "with exit code " << T.End->ExitCode << ", ";
    if (T.End->Signal)
      OS << "by signal " << signalText(T.End->Signal) << ", ";
    OS << M.sinceStart(T.End->TimeNs) << " ns after start\n";
  }

  /// The cut, a missing End record, the malformed records skipped.
  void printReadingProblems() {
    if (T.Truncated)
      OS << "warning: trace is truncated after " << T.RecordsRead
         << " records at byte offset " << T.TruncatedAtOffset
         << " (the process probably died): showing what was written\n";
    else if (!T.End && T.Exec)
      OS << "note: the process called exec (" << T.Exec->Path << "), "
         << M.sinceStart(T.Exec->TimeNs)
         << " ns after start: its trace ends there\n";
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
        OS << "  " << History.history(E.Passport, E.Block ? &*E.Block : nullptr)
           << "\n";
      const ThreadInfo *Th = M.thread(E.Tid);
      if (Th && !Th->Parent.isNone())
        OS << "  thread " << thread(Th->Tid) << " was created by "
           << thread(Th->Parent) << History.at(Th->CreationStack) << "\n";
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
        OS << "\n";
        if (G->Kind == trace::LeakKind::StillReachable)
          OS << "Still reachable (only from frames exit() left suspended): ";
        else
          OS << (G->Kind == trace::LeakKind::Direct ? "Direct" : "Indirect")
             << " leak of ";
        OS << G->Bytes << " byte(s) in " << G->Objects
           << " object(s) allocated from:\n";
        printStack(G->Stack);
        if (!G->Passports.empty()) {
          OS << "  passports:";
          for (PassportId P : G->Passports)
            OS << " #" << P.value() << typeAndSize(M.typeOf(P), std::nullopt);
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

  /// Only when the monitor alerted: older traces' reports stay as they
  /// were.
  void printLeakAlerts() {
    if (T.LeakAlerts.empty())
      return;
    section("Leak alerts (" + llvm::Twine(T.LeakAlerts.size()) + ")");
    for (const trace::LeakAlertRecord &A : T.LeakAlerts) {
      OS << "\nLeak alert #" << A.AlertId << ", " << M.sinceStart(A.TimeNs)
         << " ns after start: grows "
         << llvm::format("%.1f", A.BytesPerSecond / 1024.0) << " KiB/s, live "
         << A.LiveBytes << " byte(s) in " << A.LiveObjects << " object(s), "
         << A.Freed << " of " << A.Allocated
         << " freed, the oldest " << llvm::format("%.1f", A.OldestAgeNs / 1e9)
         << " s old; Mann-Kendall z=" << llvm::format("%.2f", A.Z)
         << ", p=" << llvm::format("%.2g", A.P) << " (threshold "
         << llvm::format("%.2g", A.Threshold) << "; "
         << llvm::format("%.2f", 100 * (1 - A.Alpha))
         << "% family-wise confidence); ";
      if (A.Unreachable == ~0ull)
        OS << "reachability not checked\n";
      else if (A.Unreachable)
        OS << A.Unreachable << " object(s) (" << A.UnreachableBytes
           << " byte(s)) unreachable: a true leak\n";
      else
        OS << "all still reachable: a logical leak\n";
      OS << "allocated from:\n";
      printStack(StackId(A.Stack));
    }
  }

  /// `#3 Node`, or `#3` when its type is unknown.
  std::string passportText(PassportId Id) {
    const std::string &Type = M.typeOf(Id);
    return "#" + std::to_string(Id.value()) + (Type.empty() ? "" : " " + Type);
  }

  /// One cycle leak: its path, holder to holder, and the members on no
  /// path.
  void printCycle(const GraphCycle &C) {
    const CycleLeakInfo &L = *C.Record;
    OS << "\nCycle leak #" << L.CycleId << ": " << L.Bytes << " byte(s) in "
       << L.Objects << " object(s) kept alive only by each other:\n";
    for (size_t I = 0; I < C.Path.size(); ++I) {
      const GraphCycleStep &S = C.Path[I];
      OS << "  " << passportText(S.Holder) << " holds " << passportText(S.Next)
         << " through " << S.Slot << " (" << edgeKindName(S.Kind);
      // Contains steps (a container's buffer) were made by no one site.
      if (S.Site)
        OS << ", made at " << locationText(S.Site);
      OS << ")";
      if (L.WeakStep == I)
        OS << (isOwningCycle(T, L) ? "  <- should not own"
                                   : "  <- should be a weak_ptr");
      OS << "\n";
    }
    if (!L.Held.empty()) {
      OS << "  also kept alive:";
      llvm::ListSeparator Comma(",");
      for (PassportId P : L.Held)
        OS << Comma << " " << passportText(P);
      OS << "\n";
    }
  }

  /// Cycle leaks and diagnostics; only when the trace has some.
  void printOwnership() {
    if (T.CycleLeaks.empty() && T.Diagnostics.empty())
      return;
    OwnershipGraph G(M);
    section("Ownership (" + llvm::Twine(G.cycles().size()) +
            " cycle leak(s), " +
            llvm::Twine(G.diagnostics().size() - G.cycles().size()) +
            " other diagnostic(s))");
    for (const GraphCycle &C : G.cycles())
      printCycle(C);
    bool First = true;
    for (const GraphDiagnostic &D : G.diagnostics()) {
      if (D.Cycle)
        continue;
      if (First)
        OS << "\n";
      First = false;
      OS << (D.Kind == "clone storm" ? "Clone storm" : "Diagnostic") << ": "
         << D.Message << "\n";
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
      const PassportEventInfo &E = Peak->Event;
      OS << "  " << Peak->Bytes << " byte(s), " << M.sinceStart(Peak->TimeNs)
         << " ns after start, reached when passport #" << E.Passport.value()
         << typeAndSize(M.typeOf(E.Passport), E.Size) << " was allocated"
         << History.at(E.Stack) << "\n";
    }
    if (T.End && T.End->PeakLiveBytes)
      OS << "  the runtime counted a peak of " << T.End->PeakLiveBytes
         << " byte(s)\n";
  }

  const Model &M;
  const Trace &T;
  const ReportOptions &Opts;
  llvm::raw_ostream &OS;
  HistoryText History;
};

} // namespace

void writeTextReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS) {
  TextReport(M, Opts, OS).print();
}

std::string passportHistoryText(const Model &M, PassportId Id,
                                const ErrorBlockInfo *Block) {
  return HistoryText(M).history(Id, Block);
}

} // namespace analyzer
} // namespace memscope

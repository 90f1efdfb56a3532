//===- utils/analyzer/JsonReport.cpp - the report for tools ---------------===//
//
// Writes a Model as one JSON document with RapidJSON's PrettyWriter,
// streamed straight to the output. The layout is versioned by
// "schema_version" and documented field by field in docs/Analyzer.md.
// Addresses and pcs are strings ("0x..."): JSON numbers lose precision above
// 2^53 in many readers. Times are nanoseconds since the start of the trace.
//
// See also: Report.h, TextReport.cpp (the same facts as text),
// JsonWriter.h (the conventions), docs/Analyzer.md (the schema),
// test/Analyzer/Inputs/full.json (an example).
//===----------------------------------------------------------------------===//
#include "Report.h"

#include "Graph.h"
#include "JsonWriter.h"

#include <algorithm>

namespace memscope {
namespace analyzer {

namespace {

class JsonReport : JsonWriter {
public:
  JsonReport(const Model &M, const ReportOptions &Opts, llvm::raw_ostream &OS)
      : JsonWriter(OS), M(M), T(M.trace()), Opts(Opts) {}

  void print() {
    W.StartObject();
    key("schema_version");
    W.Uint(kJsonSchemaVersion);
    key("trace");
    writeTrace();
    key("errors");
    W.StartArray();
    for (const ErrorInfo &E : T.Errors)
      writeError(E);
    W.EndArray();
    key("leak_checks");
    W.StartArray();
    for (const LeakCheckInfo &Check : T.LeakChecks)
      writeLeakCheck(Check);
    W.EndArray();
    // Only when the monitor alerted (docs/Analyzer.md).
    if (!T.LeakAlerts.empty()) {
      key("leak_alerts");
      W.StartArray();
      for (const trace::LeakAlertRecord &A : T.LeakAlerts)
        writeLeakAlert(A);
      W.EndArray();
    }
    key("top_sites_by_bytes");
    writeSites(M.sitesByBytes());
    key("top_sites_by_count");
    writeSites(M.sitesByCount());
    key("peak");
    writePeak();
    key("ownership");
    writeOwnership();
    W.EndObject();
    finish();
  }

private:
  void thread(ThreadId Tid) { W.Uint(Tid.value()); }

  void stackId(StackId Id) {
    orNull(!Id.isNone(), [&] { W.Uint(Id.value()); });
  }

  void writeTrace() {
    const ProcessInfo *P = T.Process ? &*T.Process : nullptr;
    const EndInfo *End = T.End ? &*T.End : nullptr;
    W.StartObject();
    key("path");
    string(Opts.TracePath);
    key("format_version");
    W.Uint(T.FormatVersion);
    key("pid");
    orNull(P, [&] { W.Uint64(P->Pid); });
    key("command_line");
    orNull(P, [&] {
      W.StartArray();
      for (const std::string &Arg : P->CommandLine)
        string(Arg);
      W.EndArray();
    });
    key("executable");
    orNull(P, [&] { string(P->ExecutablePath); });
    key("tool_version");
    orNull(P, [&] { string(P->ToolVersion); });
    key("truncated");
    W.Bool(T.Truncated);
    key("truncated_at_offset");
    orNull(T.Truncated, [&] { W.Uint64(T.TruncatedAtOffset); });
    key("finished");
    W.Bool(End);
    key("exit_code");
    orNull(End && End->ExitCode != kUnknownExitCode,
           [&] { W.Uint(End->ExitCode); });
    if (End && End->Signal) {
      // Version 3 only; left out otherwise so older documents stay as they
      // were.
      key("signal");
      W.Uint(End->Signal);
    }
    if (T.Exec) {
      // The process replaced itself with another program (version 3).
      key("exec");
      string(T.Exec->Path);
    }
    key("records");
    W.Uint64(T.RecordsRead);
    key("passport_events");
    W.Uint64(T.PassportEventCount);
    key("record_counts");
    writeRecordCounts();
    key("warnings");
    W.StartArray();
    for (const std::string &Warning : T.Warnings)
      string(Warning);
    W.EndArray();
    key("live_at_exit");
    W.StartObject();
    key("allocations");
    W.Uint64(T.LiveChunks.size());
    key("bytes");
    W.Uint64(M.liveBytesAtExit());
    W.EndObject();
    W.EndObject();
  }

  void writeRecordCounts() {
    W.StartObject();
    // Known types in type order, then the skipped ones; JSON keys spell
    // the type names with underscores.
    for (unsigned I = 1; I <= kNumRecordKinds; ++I) {
      unsigned Kind = I % kNumRecordKinds;
      // The types added after version 2 appear where a trace has them, so
      // that documents of older traces stay as they were.
      if (Kind > static_cast<unsigned>(trace::RecordType::Diagnostic) &&
          !T.Counts[Kind])
        continue;
      std::string Name = recordTypeName(Kind);
      std::replace(Name.begin(), Name.end(), '-', '_');
      key(Name.c_str());
      W.Uint64(T.Counts[Kind]);
    }
    W.EndObject();
  }

  void writeFrame(const Frame &F) { frame(F); }

  void writeFrames(llvm::ArrayRef<Frame> Frames) {
    W.StartArray();
    for (const Frame &F : Frames)
      writeFrame(F);
    W.EndArray();
  }

  /// The user frame of a stack, or null.
  void writeSite(StackId Id) {
    std::optional<Frame> F = M.userFrame(Id);
    orNull(F.has_value(), [&] { writeFrame(*F); });
  }

  void writeEvent(const PassportEventInfo &E) {
    W.StartObject();
    key("event");
    W.String(passportEventName(E.Event));
    key("time_ns");
    W.Uint64(M.sinceStart(E.TimeNs));
    key("thread");
    thread(E.Tid);
    // Only Allocated carries an address and a size, and only Allocated and
    // Freed a meaningful family.
    bool Allocated = E.Event == trace::PassportEvent::Allocated;
    key("address");
    orNull(Allocated && E.Addr, [&] { hex(E.Addr); }); // not always recorded
    key("size");
    orNull(Allocated, [&] { W.Uint64(E.Size); });
    key("family");
    orNull(Allocated || E.Event == trace::PassportEvent::Freed,
           [&] { W.String(allocFamilyName(E.Family)); });
    key("related");
    passport(E.Related);
    key("stack_id");
    stackId(E.Stack);
    key("site");
    writeSite(M.eventStack(E));
    writeOwnershipFields(E);
    if (E.Event == trace::PassportEvent::Foreign)
      writeForeignFields(E);
    W.EndObject();
  }

  /// The fields of the ownership events (null for the others).
  void writeOwnershipFields(const PassportEventInfo &E) {
    using trace::PassportEvent;
    bool Typed = E.Event == PassportEvent::Typed;
    bool Owned = E.Event == PassportEvent::Owned;
    bool Released = E.Event == PassportEvent::Released;
    bool Borrowed = E.Event == PassportEvent::Borrowed;
    bool Edge = E.Event == PassportEvent::Edge;
    bool Slotted = Owned || Released || Borrowed || Edge;
    const SiteInfo *S = T.site(E.Site);
    key("type");
    orNull(Typed && S && !S->Type.empty(),
           [&] { string(allocatedTypeName(*S)); });
    key("edge_kind");
    orNull(Owned || Borrowed || Edge, [&] { W.String(edgeKindName(E.Kind)); });
    key("rename");
    orNull(Owned, [&] { W.Bool(E.Rename); });
    key("how");
    orNull(Released, [&] { W.String(releaseHowName(E.How)); });
    key("owner");
    orNull(Slotted, [&] { string(M.ownership().ownerName(E)); });
    key("slot");
    orNull(Slotted, [&] { hex(E.Slot); });
    key("count");
    orNull(Borrowed || Edge, [&] { W.Uint64(E.Count); });
    if (Edge) {
      key("live_at_end");
      W.Bool(E.Live);
    }
    key("source");
    location(siteLocation(M, E.Site));
  }

  /// Only on Foreign events, like live_at_end on Edge ones.
  void writeForeignFields(const PassportEventInfo &E) {
    Frame F = M.foreignFunction(E);
    key("crossing");
    W.String(foreignHowName(E.Crossing));
    key("foreign_function");
    stringOrNull(F.Function);
    key("foreign_module");
    stringOrNull(F.Module);
    key("foreign_pc");
    hex(E.Pc);
  }

  void writeError(const ErrorInfo &E) {
    W.StartObject();
    key("kind");
    string(E.Kind);
    key("address");
    hex(E.Addr);
    key("access");
    orNull(E.AccessSize, [&] { W.String(E.IsWrite ? "write" : "read"); });
    key("size");
    W.Uint64(E.AccessSize);
    key("thread");
    thread(E.Tid);
    key("thread_parent");
    const ThreadInfo *Th = M.thread(E.Tid);
    orNull(Th && !Th->Parent.isNone(), [&] { thread(Th->Parent); });
    key("time_ns");
    W.Uint64(M.sinceStart(E.TimeNs));
    key("fatal");
    W.Bool(E.Fatal);
    key("pc");
    hex(E.Pc);
    key("stack_id");
    stackId(E.Stack);
    key("stack");
    std::vector<Frame> Frames = M.errorFrames(E);
    writeFrames(Frames);
    key("site");
    std::optional<Frame> User = firstUserFrame(Frames);
    orNull(User.has_value(), [&] { writeFrame(*User); });
    key("passport");
    orNull(!E.Passport.isNone(), [&] { writePassport(E.Passport); });
    W.EndObject();
  }

  void writePassport(PassportId Id) {
    W.StartObject();
    key("id");
    W.Uint64(Id.value());
    key("type");
    stringOrNull(M.typeOf(Id));
    key("size");
    std::optional<PassportEventInfo> Allocation = M.allocation(Id);
    orNull(Allocation.has_value(), [&] { W.Uint64(Allocation->Size); });
    key("history");
    HistoryView History = M.history(Id);
    W.StartArray();
    for (const PassportEventInfo &Event : History.Events)
      writeEvent(Event);
    W.EndArray();
    if (History.Omitted) {
      // A long history keeps its first and last events.
      key("omitted_events");
      W.Uint64(History.Omitted);
      key("omitted_after");
      W.Uint64(History.OmittedAt);
    }
    key("reused_by");
    const ReuseInfo *Reuse = M.reusedBy(Id);
    orNull(Reuse, [&] { writeReuse(*Reuse); });
    W.EndObject();
  }

  void writeReuse(const ReuseInfo &Reuse) {
    W.StartObject();
    key("passport");
    W.Uint64(Reuse.Passport.value());
    key("time_ns");
    W.Uint64(M.sinceStart(Reuse.TimeNs));
    key("thread");
    thread(Reuse.Tid);
    key("site");
    writeSite(Reuse.Stack);
    W.EndObject();
  }

  void writeLeakAlert(const trace::LeakAlertRecord &A) {
    bool Known = A.Unreachable != ~0ull;
    W.StartObject();
    key("id");
    W.Uint(A.AlertId);
    key("time_ns");
    W.Uint64(M.sinceStart(A.TimeNs));
    key("bytes_per_second");
    W.Uint64(A.BytesPerSecond);
    key("live_bytes");
    W.Uint64(A.LiveBytes);
    key("live_objects");
    W.Uint64(A.LiveObjects);
    key("allocated");
    W.Uint64(A.Allocated);
    key("freed");
    W.Uint64(A.Freed);
    key("oldest_age_ns");
    W.Uint64(A.OldestAgeNs);
    key("z");
    W.Double(A.Z);
    key("p");
    W.Double(A.P);
    key("threshold");
    W.Double(A.Threshold);
    key("alpha");
    W.Double(A.Alpha);
    key("unreachable_objects");
    orNull(Known, [&] { W.Uint64(A.Unreachable); });
    key("unreachable_bytes");
    orNull(Known, [&] { W.Uint64(A.UnreachableBytes); });
    key("verdict");
    orNull(Known,
           [&] { W.String(A.Unreachable ? "true leak" : "logical leak"); });
    key("stack");
    writeFrames(M.frames(StackId(A.Stack)));
    W.EndObject();
  }

  void writeLeakCheck(const LeakCheckInfo &Check) {
    W.StartObject();
    key("id");
    W.Uint(Check.CheckId);
    key("time_ns");
    W.Uint64(M.sinceStart(Check.TimeNs));
    key("at_exit");
    W.Bool(Check.AtExit);
    key("only_new");
    W.Bool(Check.OnlyNew);
    key("total_bytes");
    W.Uint64(Check.TotalBytes);
    key("total_objects");
    W.Uint64(Check.TotalObjects);
    key("expected_groups");
    W.Uint(Check.ExpectedGroups);
    key("groups");
    W.StartArray();
    for (const LeakGroupInfo *G : M.groups(Check))
      writeLeakGroup(*G);
    W.EndArray();
    W.EndObject();
  }

  void writeLeakGroup(const LeakGroupInfo &G) {
    W.StartObject();
    key("kind");
    W.String(leakKindName(G.Kind));
    key("bytes");
    W.Uint64(G.Bytes);
    key("objects");
    W.Uint64(G.Objects);
    key("stack_id");
    stackId(G.Stack);
    key("stack");
    writeFrames(M.frames(G.Stack));
    key("passports");
    W.StartArray();
    for (PassportId P : G.Passports)
      W.Uint64(P.value());
    W.EndArray();
    key("passport_types");
    W.StartArray();
    for (PassportId P : G.Passports)
      stringOrNull(M.typeOf(P));
    W.EndArray();
    W.EndObject();
  }

  void writeSites(llvm::ArrayRef<AllocationSite> Sites) {
    W.StartArray();
    for (const AllocationSite &S :
         Sites.take_front(std::min(Sites.size(), Opts.TopSites))) {
      W.StartObject();
      key("stack_id");
      stackId(S.Stack);
      key("bytes");
      W.Uint64(S.Bytes);
      key("count");
      W.Uint64(S.Count);
      key("site");
      writeSite(S.Stack);
      W.EndObject();
    }
    W.EndArray();
  }

  void writePeak() {
    const std::optional<PeakUsage> &Peak = M.peak();
    W.StartObject();
    key("bytes");
    W.Uint64(Peak ? Peak->Bytes : 0);
    key("time_ns");
    orNull(Peak.has_value(), [&] { W.Uint64(M.sinceStart(Peak->TimeNs)); });
    key("passport");
    passport(Peak ? Peak->Event.Passport : kNoPassport);
    key("type");
    stringOrNull(Peak ? M.typeOf(Peak->Event.Passport) : "");
    key("site");
    orNull(Peak.has_value(), [&] { writeSite(Peak->Event.Stack); });
    key("runtime_peak_bytes");
    orNull(T.End && T.End->PeakLiveBytes,
           [&] { W.Uint64(T.End->PeakLiveBytes); });
    W.EndObject();
  }

  /// Cycle leaks and diagnostics, as `memscope graph` has them.
  void writeOwnership() {
    std::optional<OwnershipGraph> G;
    if (!T.CycleLeaks.empty() || !T.Diagnostics.empty())
      G.emplace(M);
    W.StartObject();
    key("cycle_leaks");
    W.StartArray();
    if (G)
      for (const GraphCycle &C : G->cycles())
        cycle(C);
    W.EndArray();
    key("diagnostics");
    W.StartArray();
    if (G)
      for (const GraphDiagnostic &D : G->diagnostics())
        diagnostic(D);
    W.EndArray();
    W.EndObject();
  }

  const Model &M;
  const Trace &T;
  const ReportOptions &Opts;
};

} // namespace

void writeJsonReport(const Model &M, const ReportOptions &Opts,
                     llvm::raw_ostream &OS) {
  JsonReport(M, Opts, OS).print();
}

} // namespace analyzer
} // namespace memscope

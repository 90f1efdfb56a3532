//===- utils/analyzer/RecordDecoder.cpp - one record's payload ------------===//
//
// Sizes and counts come from the file, so every count is checked against
// the bytes really in the payload before anything is allocated for it: a
// damaged trace gives warnings, never a crash or a huge allocation.
//
// See also: RecordDecoder.h, docs/TraceFormat.md.
//===----------------------------------------------------------------------===//
#include "RecordDecoder.h"

namespace memscope {
namespace analyzer {

namespace {
constexpr const char *kShort = "payload shorter than its fixed part";
} // namespace

const char *RecordDecoder::decode(trace::RecordType Type, Cursor &C) {
  using trace::RecordType;
  switch (Type) {
  case RecordType::Process:
    return decodeProcess(C);
  case RecordType::Module:
    return decodeModule(C);
  case RecordType::Stack:
    return decodeStack(C);
  case RecordType::Thread:
    return decodeThread(C);
  case RecordType::PassportBatch:
    return decodePassportBatch(C);
  case RecordType::Error:
    return decodeError(C);
  case RecordType::LeakCheck:
    return decodeLeakCheck(C);
  case RecordType::Leak:
    return decodeLeak(C);
  case RecordType::LiveChunk:
    return decodeLiveChunk(C);
  case RecordType::End:
    return decodeEnd(C);
  case RecordType::Site:
    return decodeSite(C);
  case RecordType::CycleLeak:
    return decodeCycleLeak(C);
  case RecordType::Diagnostic:
    return decodeDiagnostic(C);
  case RecordType::ErrorBlock:
    return decodeErrorBlock(C);
  case RecordType::Exec:
    return decodeExec(C);
  case RecordType::HeapRefs:
    return decodeHeapRefs(C);
  case RecordType::Snapshot:
    return decodeSnapshot(C);
  case RecordType::LeakAlert:
    return decodeLeakAlert(C);
  case RecordType::InstrumentedModule: {
    trace::InstrumentedModuleRecord R;
    if (!C.read(R))
      return kShort;
    each([&](TraceConsumer &Co) { Co.onInstrumentedModule(R.Pc); });
    return nullptr;
  }
  }
  return nullptr; // unknown types never get here
}

const char *RecordDecoder::decodeProcess(Cursor &C) {
  trace::ProcessRecord R;
  ProcessInfo P;
  trace::u32 Argc;
  if (!C.read(R) || !C.readString(P.ToolVersion) || !C.read(Argc))
    return kShort;
  // Every argument takes at least its 4-byte length.
  if (Argc > C.remaining() / sizeof(trace::u32))
    return "argument count larger than the payload";
  P.CommandLine.resize(Argc);
  for (std::string &Arg : P.CommandLine)
    if (!C.readString(Arg))
      return "command line runs past the payload";
  if (!C.readString(P.ExecutablePath))
    return "executable path runs past the payload";
  if (SeenProcess)
    return "second process record";
  SeenProcess = true;
  P.Pid = R.Pid;
  P.StartTimeNs = R.StartTimeNs;
  each([&](TraceConsumer &Co) { Co.onProcess(P); });
  return nullptr;
}

const char *RecordDecoder::decodeModule(Cursor &C) {
  trace::ModuleRecord R;
  if (!C.read(R))
    return kShort;
  constexpr size_t kRangeBytes = 2 * sizeof(trace::u64) + sizeof(trace::u8);
  if (R.RangeCount > C.remaining() / kRangeBytes)
    return "range count larger than the payload";
  ModuleInfo M;
  M.BaseAddress = R.BaseAddress;
  M.Ranges.resize(R.RangeCount);
  for (ModuleRange &Range : M.Ranges) {
    trace::u8 Executable;
    C.read(Range.Beg);
    C.read(Range.End);
    C.read(Executable);
    Range.Executable = Executable != 0;
  }
  std::string BuildId;
  if (!C.readString(M.Path) || !C.readString(BuildId))
    return "path or build id runs past the payload";
  M.BuildId.assign(BuildId.begin(), BuildId.end());
  each([&](TraceConsumer &Co) { Co.onModule(M); });
  return nullptr;
}

const char *RecordDecoder::decodeStack(Cursor &C) {
  trace::StackRecord R;
  if (!C.read(R))
    return kShort;
  // Version 3 writes sleb deltas (at least a byte each), earlier versions
  // u64 pcs.
  bool Deltas = Header.FormatVersion >= 3;
  size_t MinBytes = Deltas ? 1 : sizeof(trace::u64);
  if (R.Count > C.remaining() / MinBytes)
    return "pc count larger than the payload";
  if (R.StackId == 0)
    return "stack id 0 is reserved for 'no stack'";
  Pcs.resize(R.Count);
  uint64_t Pc = 0;
  for (uint64_t &Out : Pcs) {
    if (Deltas) {
      int64_t Delta;
      if (!C.readSleb(Delta))
        return "a pc delta runs past the payload";
      Pc += static_cast<uint64_t>(Delta);
      Out = Pc;
    } else {
      C.read(Out);
    }
  }
  each([&](TraceConsumer &Co) { Co.onStack(StackId(R.StackId), Pcs); });
  return nullptr;
}

const char *RecordDecoder::decodeThread(Cursor &C) {
  trace::ThreadRecord R;
  if (!C.read(R))
    return kShort;
  ThreadInfo Th;
  Th.Tid = ThreadId(R.Tid);
  Th.Parent = ThreadId(R.ParentTid);
  Th.CreationStack = StackId(R.CreationStack);
  Th.OsTid = R.OsTid;
  Th.TimeNs = R.TimeNs;
  each([&](TraceConsumer &Co) { Co.onThread(Th); });
  return nullptr;
}

const char *RecordDecoder::decodePassportBatch(Cursor &C) {
  trace::PassportBatchRecord R;
  if (!C.read(R))
    return kShort;
  // The events are decoded here once, to count them and find damage, and
  // handed on as bytes (PassportBatch.h). Count may be 0 (unknown), so they
  // are decoded to the end of the payload. An event with an enumerator this
  // reader does not know is decoded (its length does not depend on it),
  // placed in time, and dropped.
  PassportBatch &B = Batch;
  B.Tid = ThreadId(R.Tid);
  B.FormatVersion = Header.FormatVersion;
  B.BaseTimeNs = R.BaseTimeNs;
  B.SpanNs = R.EndTimeNs > R.BaseTimeNs ? R.EndTimeNs - R.BaseTimeNs : 0;
  B.Unknown.clear();
  const uint8_t *Begin = C.position(), *End = C.end();
  const uint8_t *Pos = Begin;
  const uint8_t *Whole = Begin; // the end of the last whole event
  Events.startBatch();
  const char *Problem = nullptr;
  uint64_t N = 0;
  size_t DroppedForeign = 0; // of the events in B.Unknown
  while (Pos < End) {
    bool Known;
    if ((Problem = Events.next(Pos, End, Scratch, Known)))
      break;
    if (!Known) {
      B.Unknown.push_back(N);
      DroppedForeign += Scratch.Event == trace::PassportEvent::Foreign;
    }
    ++N;
    Whole = Pos;
  }
  B.Bytes.assign(Begin, Whole);
  B.Decoded = N;
  B.Kept = N - B.Unknown.size();
  B.FirstSequence = Sequence;
  Sequence += B.Kept;
  // A consumer may take B and give back another.
  bool Dropped = !B.Unknown.empty();
  bool DroppedOnlyForeign = DroppedForeign == B.Unknown.size();
  if (B.Kept) {
    each([&](TraceConsumer &Co) { Co.onBatch(B); });
    for (TraceConsumer *Co : Consumers)
      if (Co->adoptBatch(B))
        break;
  }
  if (Problem)
    return Problem;
  if (R.Count != 0 && R.Count != N)
    return "its count of events differs from the events it holds";
  if (Dropped && !DroppedForeign)
    return "an ownership event has an unknown edge kind or release reason; "
           "such events were dropped";
  if (Dropped && DroppedOnlyForeign)
    return "a Foreign event has an unknown crossing; such events were dropped";
  if (Dropped)
    return "ownership events with an unknown edge kind or release reason, "
           "and Foreign events with an unknown crossing, were dropped";
  return nullptr;
}

const char *RecordDecoder::decodeError(Cursor &C) {
  trace::ErrorRecord R;
  ErrorInfo E;
  if (!C.read(R) || !C.readString(E.Kind))
    return kShort;
  E.Addr = R.Addr;
  E.AccessSize = R.AccessSize;
  E.Pc = R.Pc;
  E.Passport = PassportId(R.Passport);
  E.TimeNs = R.TimeNs;
  E.Tid = ThreadId(R.Tid);
  E.Stack = StackId(R.StackId);
  E.IsWrite = R.IsWrite != 0;
  E.Fatal = R.Fatal != 0;
  each([&](TraceConsumer &Co) { Co.onError(E); });
  return nullptr;
}

const char *RecordDecoder::decodeLeakCheck(Cursor &C) {
  trace::LeakCheckRecord R;
  if (!C.read(R))
    return kShort;
  if (!CheckIds.insert(R.CheckId).second)
    return "second record for the same check id";
  LeakCheckInfo L;
  L.CheckId = R.CheckId;
  L.TimeNs = R.TimeNs;
  L.ExpectedGroups = R.LeakCount;
  L.TotalBytes = R.TotalBytes;
  L.TotalObjects = R.TotalObjects;
  L.AtExit = R.AtExit != 0;
  L.OnlyNew = R.OnlyNew != 0;
  each([&](TraceConsumer &Co) { Co.onLeakCheck(L); });
  return nullptr;
}

const char *RecordDecoder::decodeLeak(Cursor &C) {
  trace::LeakRecord R;
  if (!C.read(R))
    return kShort;
  if (R.PassportCount > C.remaining() / sizeof(trace::u64))
    return "passport count larger than the payload";
  if (R.Kind < static_cast<trace::u8>(trace::LeakKind::Direct) ||
      R.Kind > static_cast<trace::u8>(trace::LeakKind::StillReachable))
    return "unknown leak kind";
  if (!CheckIds.count(R.CheckId))
    return "no leak-check record precedes it with its check id";
  LeakGroupInfo G;
  G.Bytes = R.Bytes;
  G.Objects = R.Objects;
  G.Stack = StackId(R.StackId);
  G.Kind = static_cast<trace::LeakKind>(R.Kind);
  G.Passports.resize(R.PassportCount);
  for (PassportId &P : G.Passports) {
    trace::u64 Id;
    C.read(Id);
    P = PassportId(Id);
  }
  each([&](TraceConsumer &Co) { Co.onLeak(R.CheckId, G); });
  return nullptr;
}

const char *RecordDecoder::decodeLiveChunk(Cursor &C) {
  trace::LiveChunkRecord R;
  if (!C.read(R))
    return kShort;
  if (!C.skip(R.ContentSize))
    return "content runs past the payload";
  LiveChunkInfo L;
  L.Passport = PassportId(R.Passport);
  L.Addr = R.Addr;
  L.Size = R.Size;
  L.Tid = ThreadId(R.Tid);
  L.Stack = StackId(R.StackId);
  L.ContentSize = R.ContentSize;
  each([&](TraceConsumer &Co) { Co.onLiveChunk(L); });
  return nullptr;
}

const char *RecordDecoder::decodeHeapRefs(Cursor &C) {
  trace::HeapRefsRecord R;
  if (!C.read(R))
    return kShort;
  if (R.RefCount > C.remaining() / sizeof(trace::HeapRef))
    return "reference count larger than the payload";
  Refs.resize(R.RefCount);
  for (trace::HeapRef &Ref : Refs)
    C.read(Ref);
  HeapRefsInfo H;
  H.Passport = PassportId(R.Passport);
  H.Addr = R.Addr;
  H.Size = R.Size;
  H.Stack = StackId(R.StackId);
  H.SnapshotId = R.SnapshotId;
  H.ContentHash = R.ContentHash;
  H.Sketch = R.Sketch;
  H.OmittedRefs = R.OmittedRefs;
  each([&](TraceConsumer &Co) { Co.onHeapRefs(H, Refs); });
  return nullptr;
}

const char *RecordDecoder::decodeSnapshot(Cursor &C) {
  trace::SnapshotRecord R;
  if (!C.read(R))
    return kShort;
  if (R.RootCount > C.remaining() / sizeof(trace::HeapRoot))
    return "root count larger than the payload";
  std::vector<trace::HeapRoot> Roots(R.RootCount);
  for (trace::HeapRoot &Root : Roots)
    C.read(Root);
  SnapshotInfo S;
  S.Id = R.SnapshotId;
  S.Why = R.Why;
  S.TimeNs = R.TimeNs;
  S.LiveBytes = R.LiveBytes;
  S.LiveBlocks = R.LiveBlocks;
  S.RootsKnown = R.Flags & trace::kSnapshotRootsKnown;
  S.RootCount = R.RootCount;
  each([&](TraceConsumer &Co) { Co.onSnapshot(S, Roots); });
  return nullptr;
}

const char *RecordDecoder::decodeEnd(Cursor &C) {
  trace::EndRecord R;
  if (!C.read(R))
    return kShort;
  if (SeenEnd)
    return "second end record";
  SeenEnd = true;
  // Before version 3 the Signal field was reserved (0).
  EndInfo E{R.TimeNs, R.PeakLiveBytes, R.ExitCode,
            Header.FormatVersion >= 3 ? R.Signal : 0};
  each([&](TraceConsumer &Co) { Co.onEnd(E); });
  return nullptr;
}

const char *RecordDecoder::decodeSite(Cursor &C) {
  trace::SiteRecord R;
  if (!C.read(R))
    return kShort;
  SiteInfo S;
  if (!C.readString(S.File) || !C.readString(S.Function) ||
      !C.readString(S.Variable) || !C.readString(S.Type) ||
      (C.remaining() && !C.readString(S.Layout)))
    return "a string runs past the payload";
  if (R.SiteId == 0)
    return "site id 0 is reserved for 'no site'";
  S.Id = SiteId(R.SiteId);
  S.Line = R.Line;
  S.Column = R.Column;
  S.Op = R.Op;
  S.Family = R.Family;
  S.Flags = R.Flags;
  each([&](TraceConsumer &Co) { Co.onSite(S); });
  return nullptr;
}

const char *RecordDecoder::decodeCycleLeak(Cursor &C) {
  trace::CycleLeakRecord R;
  if (!C.read(R))
    return kShort;
  if (R.StepCount == 0)
    return "a cycle of no steps";
  // Checked one at a time: the sum of both products could overflow.
  if (R.StepCount > C.remaining() / sizeof(trace::CycleStep) ||
      R.HeldCount > (C.remaining() - R.StepCount * sizeof(trace::CycleStep)) /
                        sizeof(trace::u64))
    return "step or passport count larger than the payload";
  if (CycleIds.count(R.CycleId))
    return "second record for the same cycle id";
  CycleIds.insert(R.CycleId);
  CycleLeakInfo L;
  L.CycleId = R.CycleId;
  L.Bytes = R.Bytes;
  L.Objects = R.Objects;
  if (R.WeakStep < R.StepCount)
    L.WeakStep = R.WeakStep;
  L.Steps.resize(R.StepCount);
  for (CycleStepInfo &Step : L.Steps) {
    trace::CycleStep S;
    C.read(S);
    Step.Passport = PassportId(S.Passport);
    Step.SlotOffset = S.SlotOffset;
    Step.Site = SiteId(S.SiteId);
    Step.Kind = static_cast<trace::EdgeKind>(S.Kind);
  }
  L.Held.resize(R.HeldCount);
  for (PassportId &P : L.Held) {
    trace::u64 Id;
    C.read(Id);
    P = PassportId(Id);
  }
  each([&](TraceConsumer &Co) { Co.onCycleLeak(L); });
  return nullptr;
}

const char *RecordDecoder::decodeDiagnostic(Cursor &C) {
  trace::DiagnosticRecord R;
  if (!C.read(R))
    return kShort;
  DiagnosticInfo D{R.Kind, SiteId(R.SiteId), R.Count, R.Threshold};
  each([&](TraceConsumer &Co) { Co.onDiagnostic(D); });
  return nullptr;
}

const char *RecordDecoder::decodeLeakAlert(Cursor &C) {
  trace::LeakAlertRecord R;
  if (!C.read(R))
    return kShort;
  each([&](TraceConsumer &Co) { Co.onLeakAlert(R); });
  return nullptr;
}

const char *RecordDecoder::decodeErrorBlock(Cursor &C) {
  trace::ErrorBlockRecord R;
  if (!C.read(R))
    return kShort;
  if (R.State != 1 && R.State != 2)
    return "error block of an unknown state";
  bool Freed = R.State == 2;
  ErrorBlockInfo B{PassportId(R.Passport),
                   R.Addr,
                   R.Size,
                   ThreadId(R.AllocTid),
                   StackId(R.AllocStack),
                   Freed ? ThreadId(R.FreeTid) : ThreadId(),
                   Freed ? StackId(R.FreeStack) : StackId(),
                   SiteId(R.TypeSite),
                   Freed,
                   static_cast<trace::AllocFamily>(R.Family)};
  each([&](TraceConsumer &Co) { Co.onErrorBlock(B); });
  return nullptr;
}

const char *RecordDecoder::decodeExec(Cursor &C) {
  trace::ExecRecord R;
  ExecInfo E;
  if (!C.read(R) || !C.readString(E.Path))
    return kShort;
  E.TimeNs = R.TimeNs;
  each([&](TraceConsumer &Co) { Co.onExec(E); });
  return nullptr;
}

} // namespace analyzer
} // namespace memscope

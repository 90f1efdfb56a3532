//===- utils/analyzer/TraceReader.cpp - the one trace parser --------------===//
//
// Checks the FileHeader, then walks the records: each RecordHeader names a
// type and a payload size, and the payload is decoded by the parser of its
// type through a cursor that never reads past the payload. Sizes and counts
// come from the file, so every count is checked against the bytes that are
// really there before anything is allocated: a damaged trace gives warnings,
// never a crash or a huge allocation.
//
// See also: TraceReader.h, include/memscope/trace_format.h,
// docs/TraceFormat.md, runtime/memscope_trace.cpp (the writer).
//===----------------------------------------------------------------------===//
#include "TraceReader.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/LEB128.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

namespace memscope {
namespace analyzer {

// The payload structs are copied byte for byte from the file, which holds
// them little-endian.
static_assert(llvm::endianness::native == llvm::endianness::little,
              "the trace reader decodes little-endian structs in place");

char TraceError::ID;

void TraceError::log(llvm::raw_ostream &OS) const { OS << Message; }

std::error_code TraceError::convertToErrorCode() const {
  return llvm::inconvertibleErrorCode();
}

const char *recordTypeName(uint32_t Type) {
  using trace::RecordType;
  switch (static_cast<RecordType>(Type)) {
  case RecordType::Process:
    return "process";
  case RecordType::Module:
    return "module";
  case RecordType::Stack:
    return "stack";
  case RecordType::Thread:
    return "thread";
  case RecordType::PassportBatch:
    return "passport-batch";
  case RecordType::Error:
    return "error";
  case RecordType::LeakCheck:
    return "leak-check";
  case RecordType::Leak:
    return "leak";
  case RecordType::LiveChunk:
    return "live-chunk";
  case RecordType::End:
    return "end";
  case RecordType::Site:
    return "site";
  case RecordType::CycleLeak:
    return "cycle-leak";
  case RecordType::Diagnostic:
    return "diagnostic";
  case RecordType::Exec: // not read yet: counted with the unknown types
    break;
  }
  return "unknown";
}

const std::vector<uint64_t> *Trace::stack(StackId Id) const {
  auto It = Stacks.find(Id);
  return It == Stacks.end() ? nullptr : &It->second;
}

const SiteInfo *Trace::site(SiteId Id) const {
  auto It = Sites.find(Id);
  return It == Sites.end() ? nullptr : &It->second;
}

namespace {

llvm::Error makeError(TraceErrorKind Kind, const llvm::Twine &Message) {
  return llvm::make_error<TraceError>(Kind, Message.str());
}

/// Reads fixed-size values, LEB128 varints and strings from a byte range,
/// refusing to run past its end.
class Cursor {
public:
  explicit Cursor(llvm::ArrayRef<uint8_t> Bytes) : Bytes(Bytes) {}

  size_t remaining() const { return Bytes.size() - Pos; }

  template <typename T> bool read(T &Value) {
    if (remaining() < sizeof(T))
      return false;
    std::memcpy(&Value, Bytes.data() + Pos, sizeof(T));
    Pos += sizeof(T);
    return true;
  }

  bool readBytes(size_t Count, std::vector<uint8_t> &Out) {
    if (remaining() < Count)
      return false;
    Out.assign(Bytes.begin() + Pos, Bytes.begin() + Pos + Count);
    Pos += Count;
    return true;
  }

  bool readUleb(uint64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeULEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  bool readSleb(int64_t &Value) {
    const char *Error = nullptr;
    unsigned Length = 0;
    Value =
        llvm::decodeSLEB128(Bytes.data() + Pos, &Length, Bytes.end(), &Error);
    Pos += Length;
    return !Error;
  }

  /// A u32 length and that many bytes.
  bool readString(std::string &Out) {
    trace::u32 Length;
    if (!read(Length) || remaining() < Length)
      return false;
    Out.assign(reinterpret_cast<const char *>(Bytes.data() + Pos), Length);
    Pos += Length;
    return true;
  }

private:
  llvm::ArrayRef<uint8_t> Bytes;
  size_t Pos = 0;
};

/// Decodes the payload of each known record type into the Trace. Each
/// parse* returns a reason when the payload is malformed, or nullptr.
class RecordParser {
public:
  explicit RecordParser(Trace &T) : T(T) {}

  const char *parse(trace::RecordType Type, Cursor &C) {
    using trace::RecordType;
    switch (Type) {
    case RecordType::Process:
      return parseProcess(C);
    case RecordType::Module:
      return parseModule(C);
    case RecordType::Stack:
      return parseStack(C);
    case RecordType::Thread:
      return parseThread(C);
    case RecordType::PassportBatch:
      return parsePassportBatch(C);
    case RecordType::Error:
      return parseError(C);
    case RecordType::LeakCheck:
      return parseLeakCheck(C);
    case RecordType::Leak:
      return parseLeak(C);
    case RecordType::LiveChunk:
      return parseLiveChunk(C);
    case RecordType::End:
      return parseEnd(C);
    case RecordType::Site:
      return parseSite(C);
    case RecordType::CycleLeak:
      return parseCycleLeak(C);
    case RecordType::Diagnostic:
      return parseDiagnostic(C);
    case RecordType::Exec:
      break;
    }
    return nullptr; // unknown types never get here
  }

private:
  static constexpr const char *kShort = "payload shorter than its fixed part";
  static constexpr const char *kBatchCut =
      "an event runs past the payload; the batch's later events are lost";

  const char *parseProcess(Cursor &C) {
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
    if (T.Process)
      return "second process record";
    P.Pid = R.Pid;
    P.StartTimeNs = R.StartTimeNs;
    T.Process = std::move(P);
    return nullptr;
  }

  const char *parseModule(Cursor &C) {
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
    T.Modules.push_back(std::move(M));
    return nullptr;
  }

  const char *parseStack(Cursor &C) {
    trace::StackRecord R;
    if (!C.read(R))
      return kShort;
    if (R.Count > C.remaining() / sizeof(trace::u64))
      return "pc count larger than the payload";
    if (R.StackId == 0)
      return "stack id 0 is reserved for 'no stack'";
    std::vector<uint64_t> Pcs(R.Count);
    for (uint64_t &Pc : Pcs)
      C.read(Pc);
    // The depot gives each stack one id; a repeated record adds nothing.
    T.Stacks.emplace(StackId(R.StackId), std::move(Pcs));
    return nullptr;
  }

  const char *parseThread(Cursor &C) {
    trace::ThreadRecord R;
    if (!C.read(R))
      return kShort;
    ThreadInfo Th;
    Th.Tid = ThreadId(R.Tid);
    Th.Parent = ThreadId(R.ParentTid);
    Th.CreationStack = StackId(R.CreationStack);
    Th.OsTid = R.OsTid;
    Th.TimeNs = R.TimeNs;
    T.Threads.push_back(Th);
    return nullptr;
  }

  const char *parsePassportBatch(Cursor &C) {
    trace::PassportBatchRecord R;
    if (!C.read(R))
      return kShort;
    // Events carry no time: once they are decoded, the i-th of n is placed
    // at BaseTimeNs + (EndTimeNs - BaseTimeNs) * i / n. Count may be 0
    // (unknown), so the events are decoded to the end of the payload. An
    // event with an enumerator this reader does not know is decoded (its
    // length does not depend on it), placed in time, and dropped.
    std::vector<PassportEventInfo> Decoded;
    std::vector<bool> Keep;
    const char *Problem = nullptr;
    uint64_t PrevAddr = 0, PrevSlot = 0;
    while (C.remaining() > 0) {
      PassportEventInfo E;
      bool Known = true;
      Problem = decodeEvent(C, PrevAddr, PrevSlot, E, Known);
      if (Problem)
        break;
      E.Tid = ThreadId(R.Tid);
      Decoded.push_back(E);
      Keep.push_back(Known);
    }
    uint64_t N = Decoded.size();
    uint64_t SpanNs =
        R.EndTimeNs > R.BaseTimeNs ? R.EndTimeNs - R.BaseTimeNs : 0;
    uint64_t Dropped = 0;
    for (uint64_t I = 0; I < N; ++I) {
      if (!Keep[I]) {
        ++Dropped;
        continue;
      }
      // 128 bits: the product overflows 64 bits for long batches.
      unsigned __int128 Offset = static_cast<unsigned __int128>(SpanNs) * I / N;
      Decoded[I].TimeNs = R.BaseTimeNs + static_cast<uint64_t>(Offset);
      Decoded[I].Sequence = T.PassportEvents.size();
      T.PassportEvents.push_back(Decoded[I]);
    }
    if (Problem)
      return Problem;
    if (R.Count != 0 && R.Count != N)
      return "its count of events differs from the events it holds";
    if (Dropped)
      return "an ownership event has an unknown edge kind or release reason; "
             "such events were dropped";
    return nullptr;
  }

  /// One event; returns the problem, or nullptr. Allocated addresses are
  /// deltas from the batch's previous one, PrevAddr; owner slots of
  /// ownership events deltas from the previous such slot, PrevSlot. Known
  /// becomes false for a complete event whose kind or reason this reader
  /// cannot name.
  static const char *decodeEvent(Cursor &C, uint64_t &PrevAddr,
                                 uint64_t &PrevSlot, PassportEventInfo &E,
                                 bool &Known) {
    // A slot: sleb delta from the batch's previous one.
    auto ReadSlot = [&](uint64_t &Slot) {
      int64_t Delta;
      if (!C.readSleb(Delta))
        return false;
      Slot = PrevSlot + static_cast<uint64_t>(Delta);
      PrevSlot = Slot;
      return true;
    };
    trace::u8 Head;
    uint64_t Passport;
    if (!C.read(Head) || !C.readUleb(Passport))
      return kBatchCut;
    unsigned Event = Head & 0xf;
    if (Event < static_cast<unsigned>(trace::PassportEvent::Allocated) ||
        Event > static_cast<unsigned>(trace::PassportEvent::Borrowed))
      return "unknown passport event kind; the batch's later events are lost";
    E.Event = static_cast<trace::PassportEvent>(Event);
    E.Family = static_cast<trace::AllocFamily>((Head >> 4) & 0x3);
    E.Passport = PassportId(Passport);

    bool Ok = true;
    uint64_t Related, OwnerPassport = 0;
    trace::u8 Kind = 0;
    switch (E.Event) {
    case trace::PassportEvent::Allocated: {
      int64_t AddrDelta;
      Ok = C.readSleb(AddrDelta) && C.readUleb(E.Size) &&
           readStackId(C, E.Stack);
      E.Addr = PrevAddr + static_cast<uint64_t>(AddrDelta);
      PrevAddr = E.Addr;
      break;
    }
    case trace::PassportEvent::Freed:
      Ok = readStackId(C, E.Stack);
      break;
    case trace::PassportEvent::Reallocated:
    case trace::PassportEvent::ReallocatedFrom:
      Ok = C.readUleb(Related);
      E.Related = PassportId(Related);
      break;
    case trace::PassportEvent::Evicted:
      break;
    case trace::PassportEvent::Typed:
      Ok = readSiteId(C, E.Site);
      break;
    case trace::PassportEvent::Owned: {
      int64_t FromDelta;
      Ok = C.read(Kind) && ReadSlot(E.Slot) && C.readUleb(OwnerPassport) &&
           C.readUleb(E.OwnerOffset) && readSiteId(C, E.Site) &&
           C.readSleb(FromDelta) && readStackId(C, E.Stack);
      // FromSlot - Slot; 0: none (a slot never takes a value from itself).
      E.FromSlot = Ok && FromDelta ? E.Slot + static_cast<uint64_t>(FromDelta)
                                   : 0;
      E.Rename = Ok && (Kind & trace::kOwnedRenameBit);
      Known = Ok && setEdgeKind(E, Kind & ~trace::kOwnedRenameBit,
                                trace::EdgeKind::Owns, trace::EdgeKind::Move);
      E.OwnerPassport = PassportId(OwnerPassport);
      break;
    }
    case trace::PassportEvent::Released:
      Ok = C.read(Kind) && ReadSlot(E.Slot) && readSiteId(C, E.Site);
      Known = Kind >= static_cast<trace::u8>(trace::ReleaseHow::Destroyed) &&
              Kind <= static_cast<trace::u8>(trace::ReleaseHow::Handed);
      E.How = static_cast<trace::ReleaseHow>(Kind);
      break;
    case trace::PassportEvent::Borrowed:
      Ok = C.read(Kind) && ReadSlot(E.Slot) && readSiteId(C, E.Site) &&
           C.readUleb(E.Count);
      Known = Ok && setEdgeKind(E, Kind, trace::EdgeKind::ImmutableBorrow,
                                trace::EdgeKind::MutableBorrow);
      break;
    }
    return Ok ? nullptr : kBatchCut;
  }

  /// Sets E.Kind to Value if it lies in [First, Last].
  static bool setEdgeKind(PassportEventInfo &E, unsigned Value,
                          trace::EdgeKind First, trace::EdgeKind Last) {
    if (Value < static_cast<unsigned>(First) ||
        Value > static_cast<unsigned>(Last))
      return false;
    E.Kind = static_cast<trace::EdgeKind>(Value);
    return true;
  }

  static bool readStackId(Cursor &C, StackId &Id) {
    uint64_t Value;
    if (!C.readUleb(Value) || Value > UINT32_MAX)
      return false;
    Id = StackId(static_cast<uint32_t>(Value));
    return true;
  }

  static bool readSiteId(Cursor &C, SiteId &Id) {
    uint64_t Value;
    if (!C.readUleb(Value) || Value > UINT32_MAX)
      return false;
    Id = SiteId(static_cast<uint32_t>(Value));
    return true;
  }

  const char *parseError(Cursor &C) {
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
    T.Errors.push_back(std::move(E));
    return nullptr;
  }

  const char *parseLeakCheck(Cursor &C) {
    trace::LeakCheckRecord R;
    if (!C.read(R))
      return kShort;
    if (findCheck(R.CheckId))
      return "second record for the same check id";
    LeakCheckInfo L;
    L.CheckId = R.CheckId;
    L.TimeNs = R.TimeNs;
    L.ExpectedGroups = R.LeakCount;
    L.TotalBytes = R.TotalBytes;
    L.TotalObjects = R.TotalObjects;
    L.AtExit = R.AtExit != 0;
    L.OnlyNew = R.OnlyNew != 0;
    T.LeakChecks.push_back(std::move(L));
    return nullptr;
  }

  const char *parseLeak(Cursor &C) {
    trace::LeakRecord R;
    if (!C.read(R))
      return kShort;
    if (R.PassportCount > C.remaining() / sizeof(trace::u64))
      return "passport count larger than the payload";
    if (R.Kind != static_cast<trace::u8>(trace::LeakKind::Direct) &&
        R.Kind != static_cast<trace::u8>(trace::LeakKind::Indirect))
      return "unknown leak kind";
    LeakCheckInfo *Check = findCheck(R.CheckId);
    if (!Check)
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
    Check->Groups.push_back(std::move(G));
    return nullptr;
  }

  const char *parseLiveChunk(Cursor &C) {
    trace::LiveChunkRecord R;
    if (!C.read(R))
      return kShort;
    LiveChunkInfo L;
    if (!C.readBytes(R.ContentSize, L.Content))
      return "content runs past the payload";
    L.Passport = PassportId(R.Passport);
    L.Addr = R.Addr;
    L.Size = R.Size;
    L.Tid = ThreadId(R.Tid);
    L.Stack = StackId(R.StackId);
    T.LiveChunks.push_back(std::move(L));
    return nullptr;
  }

  const char *parseEnd(Cursor &C) {
    trace::EndRecord R;
    if (!C.read(R))
      return kShort;
    if (T.End)
      return "second end record";
    T.End = EndInfo{R.TimeNs, R.PeakLiveBytes, R.ExitCode};
    return nullptr;
  }

  const char *parseSite(Cursor &C) {
    trace::SiteRecord R;
    if (!C.read(R))
      return kShort;
    SiteInfo S;
    if (!C.readString(S.File) || !C.readString(S.Function) ||
        !C.readString(S.Variable) || !C.readString(S.Type))
      return "a string runs past the payload";
    if (R.SiteId == 0)
      return "site id 0 is reserved for 'no site'";
    S.Id = SiteId(R.SiteId);
    S.Line = R.Line;
    S.Column = R.Column;
    S.Op = R.Op;
    S.Family = R.Family;
    S.Flags = R.Flags;
    // A site is written once; a repeated record keeps the first, as for
    // stacks.
    T.Sites.emplace(S.Id, std::move(S));
    return nullptr;
  }

  const char *parseCycleLeak(Cursor &C) {
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
    for (const CycleLeakInfo &Other : T.CycleLeaks)
      if (Other.CycleId == R.CycleId)
        return "second record for the same cycle id";
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
    T.CycleLeaks.push_back(std::move(L));
    return nullptr;
  }

  const char *parseDiagnostic(Cursor &C) {
    trace::DiagnosticRecord R;
    if (!C.read(R))
      return kShort;
    T.Diagnostics.push_back(
        DiagnosticInfo{R.Kind, SiteId(R.SiteId), R.Count, R.Threshold});
    return nullptr;
  }

  LeakCheckInfo *findCheck(uint32_t CheckId) {
    for (LeakCheckInfo &L : T.LeakChecks)
      if (L.CheckId == CheckId)
        return &L;
    return nullptr;
  }

  Trace &T;
};

/// "7f 45 4c 46".
std::string hexBytes(llvm::ArrayRef<uint8_t> Bytes) {
  std::string Out;
  for (uint8_t Byte : Bytes) {
    if (!Out.empty())
      Out += ' ';
    Out += llvm::hexdigit(Byte >> 4, /*LowerCase=*/true);
    Out += llvm::hexdigit(Byte & 0xf, /*LowerCase=*/true);
  }
  return Out;
}

/// Checks the FileHeader; on success returns the offset of the first record.
llvm::Expected<uint64_t> checkHeader(llvm::ArrayRef<uint8_t> Bytes,
                                     llvm::StringRef Name, Trace &T) {
  constexpr size_t kMagicSize = sizeof(trace::kMagic);
  llvm::StringRef Expected(reinterpret_cast<const char *>(trace::kMagic),
                           kMagicSize);
  if (Bytes.empty())
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' is not a memscope trace (expected magic " +
                         Expected + ", found an empty file)");
  llvm::ArrayRef<uint8_t> Magic = Bytes.take_front(kMagicSize);
  if (Magic.size() < kMagicSize ||
      std::memcmp(Magic.data(), trace::kMagic, kMagicSize) != 0)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' is not a memscope trace (expected magic " +
                         Expected + ", found " + hexBytes(Magic) + ")");

  // Magic, FormatVersion and EndianMark keep their offsets in every
  // version, so a newer trace is recognised before anything else is read.
  trace::FileHeader H;
  if (Bytes.size() < sizeof(H))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has an incomplete file header (" +
                         llvm::Twine(Bytes.size()) + " of " +
                         llvm::Twine(sizeof(H)) + " bytes)");
  std::memcpy(&H, Bytes.data(), sizeof(H));
  if (H.EndianMark == llvm::byteswap(trace::kLittleEndianMark))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' was written big-endian; this memscope "
                         "reads little-endian traces");
  if (H.EndianMark != trace::kLittleEndianMark)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' has a bad byte-order mark (expected 0x01020304, "
                         "found 0x" +
                         llvm::utohexstr(H.EndianMark, /*LowerCase=*/true) +
                         ")");
  if (H.FormatVersion > kReadableFormatVersion)
    return makeError(
        TraceErrorKind::NewerVersion,
        "'" + Name + "' was written by format version " +
            llvm::Twine(H.FormatVersion) + "; this memscope reads up to " +
            llvm::Twine(kReadableFormatVersion) + ": upgrade memscope");
  if (H.FormatVersion == 0)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' has format version 0, which no memscope "
                         "writes");
  if (H.HeaderSize < sizeof(H))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has a header size of " +
                         llvm::Twine(H.HeaderSize) + " bytes (at least " +
                         llvm::Twine(sizeof(H)) + " expected)");
  if (H.PointerSize != sizeof(trace::u64))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has " + llvm::Twine(H.PointerSize) +
                         "-byte pointers; this memscope reads traces of "
                         "64-bit processes");
  T.FormatVersion = H.FormatVersion;
  return H.HeaderSize;
}

} // namespace

llvm::Expected<Trace> readTrace(llvm::ArrayRef<uint8_t> Bytes,
                                llvm::StringRef Name) {
  Trace T;
  llvm::Expected<uint64_t> First = checkHeader(Bytes, Name, T);
  if (!First)
    return First.takeError();

  RecordParser Parser(T);
  uint64_t Offset = *First;
  const uint64_t FileSize = Bytes.size();
  while (Offset < FileSize) {
    // A record that does not fit in the rest of the file was cut short:
    // the trace ends before it.
    trace::RecordHeader RH;
    bool Fits = FileSize - Offset >= sizeof(RH);
    if (Fits) {
      std::memcpy(&RH, Bytes.data() + Offset, sizeof(RH));
      Fits = FileSize - Offset - sizeof(RH) >= RH.Size;
    }
    if (!Fits) {
      T.Truncated = true;
      T.TruncatedAtOffset = Offset;
      break;
    }
    Cursor Payload(Bytes.slice(Offset + sizeof(RH), RH.Size));
    ++T.RecordsRead;
    unsigned Kind = RH.Type < kNumRecordKinds ? RH.Type : 0;
    ++T.Counts[Kind];
    if (Kind != 0)
      if (const char *Reason =
              Parser.parse(static_cast<trace::RecordType>(Kind), Payload)) {
        // A batch keeps the events decoded before the damage; other
        // records are all or nothing.
        bool Partial =
            Kind == static_cast<unsigned>(trace::RecordType::PassportBatch);
        T.Warnings.push_back((llvm::Twine("malformed ") + recordTypeName(Kind) +
                              " record at byte offset " + llvm::Twine(Offset) +
                              " (" + llvm::Twine(RH.Size) + "-byte payload): " +
                              Reason + (Partial ? "" : "; record skipped"))
                                 .str());
      }
    Offset += sizeof(RH) + RH.Size;
  }
  // A header that claims to be longer than the file leaves no records.
  if (*First > FileSize) {
    T.Truncated = true;
    T.TruncatedAtOffset = FileSize;
  }
  return std::move(T);
}

llvm::Expected<Trace> readTraceFile(llvm::StringRef Path) {
  llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Buffer =
      llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                  /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return makeError(TraceErrorKind::Unreadable,
                     "cannot read '" + Path +
                         "': " + Buffer.getError().message());
  llvm::ArrayRef<uint8_t> Bytes(
      reinterpret_cast<const uint8_t *>((*Buffer)->getBufferStart()),
      (*Buffer)->getBufferSize());
  return readTrace(Bytes, Path);
}

} // namespace analyzer
} // namespace memscope

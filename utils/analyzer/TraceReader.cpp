//===- utils/analyzer/TraceReader.cpp - the one trace parser --------------===//
//
// Checks the file header from its first bytes (magic, byte order, version,
// sizes, compression) before anything is read in bulk, then walks the
// records: each RecordHeader names a type and a payload size; the payload
// is read (in chunks, so a damaged size only ever costs the bytes really
// there) and decoded by RecordDecoder into the consumers' callbacks.
//
// See also: TraceReader.h, TraceInput.h, RecordDecoder.h,
// include/memscope/trace_format.h, docs/TraceFormat.md.
//===----------------------------------------------------------------------===//
#include "TraceReader.h"

#include "RecordDecoder.h"
#include "TraceInput.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/Twine.h"

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

TraceConsumer::~TraceConsumer() = default;

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
  case RecordType::Exec:
    return "exec";
  case RecordType::ErrorBlock:
    return "error-block";
  case RecordType::HeapRefs:
    return "heap-refs";
  case RecordType::Snapshot:
    return "snapshot";
  case RecordType::LeakAlert:
    return "leak-alert";
  case RecordType::InstrumentedModule:
    return "instrumented-module";
  }
  return "unknown";
}

namespace {

llvm::Error makeError(TraceErrorKind Kind, const llvm::Twine &Message) {
  return llvm::make_error<TraceError>(Kind, Message.str());
}

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

/// Payload bytes read at a time: a record claiming more is read in steps,
/// so memory follows the bytes really in the file.
constexpr size_t kPayloadStep = 4 << 20;

/// Reads and checks the file header; fills H.
llvm::Error checkHeader(TraceInput &In, llvm::StringRef Name, HeaderInfo &H) {
  constexpr size_t kMagicSize = sizeof(trace::kMagic);
  llvm::StringRef Expected(reinterpret_cast<const char *>(trace::kMagic),
                           kMagicSize);
  uint8_t Bytes[sizeof(trace::FileHeaderV3)];
  size_t Got;
  if (!In.readRaw(Bytes, sizeof(trace::FileHeader), Got))
    return makeError(TraceErrorKind::Unreadable,
                     "cannot read '" + Name + "': " + In.problem());
  if (Got == 0)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' is not a memscope trace (expected magic " +
                         Expected + ", found an empty file)");
  llvm::ArrayRef<uint8_t> Magic(Bytes, std::min(Got, kMagicSize));
  if (Magic.size() < kMagicSize ||
      std::memcmp(Magic.data(), trace::kMagic, kMagicSize) != 0)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' is not a memscope trace (expected magic " +
                         Expected + ", found " + hexBytes(Magic) + ")");

  // Magic, FormatVersion and EndianMark keep their offsets in every
  // version, so a newer trace is recognised before anything else is read.
  trace::FileHeader F;
  if (Got < sizeof(F))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has an incomplete file header (" +
                         llvm::Twine(Got) + " of " + llvm::Twine(sizeof(F)) +
                         " bytes)");
  std::memcpy(&F, Bytes, sizeof(F));
  if (F.EndianMark == llvm::byteswap(trace::kLittleEndianMark))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' was written big-endian; this memscope "
                         "reads little-endian traces");
  if (F.EndianMark != trace::kLittleEndianMark)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' has a bad byte-order mark (expected 0x01020304, "
                         "found 0x" +
                         llvm::utohexstr(F.EndianMark, /*LowerCase=*/true) +
                         ")");
  if (F.FormatVersion > kReadableFormatVersion)
    return makeError(
        TraceErrorKind::NewerVersion,
        "'" + Name + "' was written by format version " +
            llvm::Twine(F.FormatVersion) + "; this memscope reads up to " +
            llvm::Twine(kReadableFormatVersion) + ": upgrade memscope");
  if (F.FormatVersion == 0)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name +
                         "' has format version 0, which no memscope "
                         "writes");
  size_t FixedSize = F.FormatVersion >= 3 ? sizeof(trace::FileHeaderV3)
                                          : sizeof(trace::FileHeader);
  if (F.HeaderSize < FixedSize)
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has a header size of " +
                         llvm::Twine(F.HeaderSize) + " bytes (at least " +
                         llvm::Twine(FixedSize) + " expected)");
  if (F.PointerSize != sizeof(trace::u64))
    return makeError(TraceErrorKind::NotATrace,
                     "'" + Name + "' has " + llvm::Twine(F.PointerSize) +
                         "-byte pointers; this memscope reads traces of "
                         "64-bit processes");
  H.FormatVersion = F.FormatVersion;
  H.HeaderSize = F.HeaderSize;
  if (FixedSize > sizeof(F)) {
    size_t More;
    In.readRaw(Bytes + sizeof(F), FixedSize - sizeof(F), More);
    if (More < FixedSize - sizeof(F))
      return makeError(TraceErrorKind::NotATrace,
                       "'" + Name + "' has an incomplete file header (" +
                           llvm::Twine(sizeof(F) + More) + " of " +
                           llvm::Twine(FixedSize) + " bytes)");
    trace::FileHeaderV3 V3;
    std::memcpy(&V3, Bytes, sizeof(V3));
    if (V3.Compression > static_cast<trace::u32>(trace::Compression::Zstd))
      return makeError(TraceErrorKind::NotATrace,
                       "'" + Name + "' uses compression " +
                           llvm::Twine(V3.Compression) +
                           ", which this memscope does not know (0 none, 1 "
                           "zstd)");
    H.Compression = static_cast<trace::Compression>(V3.Compression);
    H.Flags = V3.Flags;
  }
  return llvm::Error::success();
}

/// The record loop: reads RecordHeaders and payloads from In, counts and
/// decodes them, and says where the trace ends if it is cut.
class RecordLoop {
public:
  RecordLoop(TraceInput &In, const HeaderInfo &H,
             llvm::ArrayRef<TraceConsumer *> Consumers)
      : In(In), H(H), Consumers(Consumers), Decoder(H, Consumers),
        Offset(H.HeaderSize) {}

  void run() {
    if (H.HeaderSize > In.fileSize() || !In.skipRaw(H.HeaderSize - fixedSize()))
      // A header that claims to be longer than the file leaves no records.
      return truncated(In.fileSize());
    if (!In.startRecords(H.Compression))
      return truncated(Offset);
    while (true) {
      trace::RecordHeader RH;
      size_t Got = In.read(&RH, sizeof(RH));
      // The end, at a record's boundary. A writer that flushed its last
      // write but never ended the zstd frame (it died after that flush) left
      // whole records all the same.
      if (Got == 0 && In.problem().empty())
        return;
      bool Known = RH.Type != 0 && RH.Type < kNumRecordKinds;
      // Unknown types are skipped, never buffered.
      if (Got < sizeof(RH) ||
          !(Known ? readPayload(RH.Size) : skipPayload(RH.Size)))
        return truncated(Offset);
      handle(RH);
      Offset += sizeof(RH) + RH.Size;
    }
  }

private:
  size_t fixedSize() const {
    return H.FormatVersion >= 3 ? sizeof(trace::FileHeaderV3)
                                : sizeof(trace::FileHeader);
  }

  /// Reads Size payload bytes into Payload; false if the records end
  /// first.
  bool readPayload(uint32_t Size) {
    // An uncompressed file's size bounds every record: a record running
    // past it is the cut, known without reading.
    if (!In.compressed() &&
        Size > In.fileSize() - std::min(In.fileSize(), Offset + 8))
      return false;
    Payload.clear();
    while (Payload.size() < Size) {
      size_t Have = Payload.size();
      size_t Step = std::min<size_t>(Size - Have, kPayloadStep);
      Payload.resize(Have + Step);
      size_t Got = In.read(Payload.data() + Have, Step);
      if (Got < Step)
        return false;
    }
    return true;
  }

  /// Reads and drops Size payload bytes; false if the records end first.
  bool skipPayload(uint32_t Size) {
    if (!In.compressed() &&
        Size > In.fileSize() - std::min(In.fileSize(), Offset + 8))
      return false;
    uint8_t Scratch[4096];
    for (uint32_t Left = Size; Left > 0;) {
      size_t Step = std::min<size_t>(Left, sizeof(Scratch));
      if (In.read(Scratch, Step) < Step)
        return false;
      Left -= Step;
    }
    return true;
  }

  void handle(const trace::RecordHeader &RH) {
    ++RecordsRead;
    unsigned Kind = RH.Type < kNumRecordKinds ? RH.Type : 0;
    for (TraceConsumer *C : Consumers)
      C->onRecord(Kind);
    if (Kind == 0)
      return;
    Cursor C(llvm::ArrayRef<uint8_t>(Payload.data(), RH.Size));
    const char *Reason =
        Decoder.decode(static_cast<trace::RecordType>(Kind), C);
    if (!Reason)
      return;
    // A batch keeps the events decoded before the damage; other records
    // are all or nothing.
    bool Partial =
        Kind == static_cast<unsigned>(trace::RecordType::PassportBatch);
    std::string Warning =
        (llvm::Twine("malformed ") + recordTypeName(Kind) +
         " record at byte offset " + llvm::Twine(Offset) + " (" +
         llvm::Twine(RH.Size) + "-byte payload): " + Reason +
         (Partial ? "" : "; record skipped"))
            .str();
    for (TraceConsumer *C : Consumers)
      C->onWarning(Warning);
  }

  void truncated(uint64_t At) {
    if (!In.problem().empty()) {
      std::string Warning =
          In.problem() + " after " + std::to_string(RecordsRead) + " records";
      for (TraceConsumer *C : Consumers)
        C->onWarning(Warning);
    }
    for (TraceConsumer *C : Consumers)
      C->onTruncated(RecordsRead, At);
  }

  TraceInput &In;
  const HeaderInfo &H;
  llvm::ArrayRef<TraceConsumer *> Consumers;
  RecordDecoder Decoder;
  std::vector<uint8_t> Payload; // reused from record to record
  uint64_t Offset;              // of the next RecordHeader, as if uncompressed
  uint64_t RecordsRead = 0;
};

} // namespace

llvm::Error readTrace(llvm::StringRef Path,
                      llvm::ArrayRef<TraceConsumer *> Consumers) {
  llvm::Expected<std::unique_ptr<TraceInput>> In = TraceInput::open(Path);
  if (!In)
    return In.takeError();
  HeaderInfo H;
  if (llvm::Error E = checkHeader(**In, Path, H))
    return E;
  for (TraceConsumer *C : Consumers)
    C->onHeader(H);
  RecordLoop(**In, H, Consumers).run();
  for (TraceConsumer *C : Consumers)
    C->onFinish();
  return llvm::Error::success();
}

} // namespace analyzer
} // namespace memscope

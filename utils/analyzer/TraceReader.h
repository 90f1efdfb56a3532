//===- utils/analyzer/TraceReader.h - the one trace parser ------*- C++ -*-===//
//
// Reads a trace file into typed in-memory tables. This is the only code that
// knows the byte layout (it takes it from include/memscope/trace_format.h);
// every front end (text, JSON, graph, later HTML) works on a Trace.
//
// The reader refuses what it cannot read with a TraceError: a file it cannot
// open, a file that is not a memscope trace, or a trace from a newer format
// version. Anything else it reads as far as it can: unknown record types are
// skipped by size, a record running past the end of the file ends the trace
// (Trace::Truncated), a record whose payload contradicts itself is skipped
// with a warning.
//
// See also: include/memscope/trace_format.h (the layouts),
// docs/TraceFormat.md (the rules), runtime/memscope_trace.cpp (the writer).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TRACEREADER_H
#define MEMSCOPE_ANALYZER_TRACEREADER_H

#include "memscope/trace_format.h"

#include "llvm/Support/Error.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace memscope {
namespace analyzer {

/// An id from the trace that names a row of one table. Each Tag makes a
/// distinct type, so a StackId cannot be passed where a PassportId is meant;
/// NoneValue is the id the trace uses for "none".
template <typename Tag, typename Rep, Rep NoneValue> class TypedId {
public:
  constexpr TypedId() = default;
  constexpr explicit TypedId(Rep Value) : Value(Value) {}

  constexpr Rep value() const { return Value; }
  constexpr bool isNone() const { return Value == NoneValue; }

  friend constexpr bool operator==(TypedId A, TypedId B) {
    return A.Value == B.Value;
  }
  friend constexpr bool operator!=(TypedId A, TypedId B) {
    return A.Value != B.Value;
  }
  friend constexpr bool operator<(TypedId A, TypedId B) {
    return A.Value < B.Value;
  }

private:
  Rep Value = NoneValue;
};

} // namespace analyzer
} // namespace memscope

// Ids key hash tables.
namespace std {
template <typename Tag, typename Rep, Rep NoneValue>
struct hash<memscope::analyzer::TypedId<Tag, Rep, NoneValue>> {
  size_t operator()(memscope::analyzer::TypedId<Tag, Rep, NoneValue> Id) const {
    return hash<Rep>()(Id.value());
  }
};
} // namespace std

namespace memscope {
namespace analyzer {

/// An allocation's passport; 0 means none.
using PassportId = TypedId<struct PassportTag, uint64_t, 0>;
/// A stack from the runtime's stack depot; 0 means none was recorded.
using StackId = TypedId<struct StackTag, uint32_t, 0>;
/// A thread, T<n> in reports; ~0u means none (the main thread's parent).
using ThreadId = TypedId<struct ThreadTag, uint32_t, ~0u>;
/// An instrumented call site (a Site record); 0 means none.
using SiteId = TypedId<struct SiteTag, uint32_t, 0>;

constexpr PassportId kNoPassport;
constexpr StackId kNoStack;
constexpr SiteId kNoSite;

/// The highest format version this reader understands. It reads every
/// version from 1 up: version 2 only added passport events 6-9.
constexpr uint32_t kReadableFormatVersion = trace::kFormatVersion;

struct ProcessInfo {
  uint64_t Pid = 0;
  uint64_t StartTimeNs = 0; // CLOCK_REALTIME
  std::string ToolVersion;
  std::vector<std::string> CommandLine;
  std::string ExecutablePath;
};

struct ModuleRange {
  uint64_t Beg = 0;
  uint64_t End = 0; // one past the last byte
  bool Executable = false;
};

struct ModuleInfo {
  uint64_t BaseAddress = 0;
  std::vector<ModuleRange> Ranges;
  std::string Path;
  std::vector<uint8_t> BuildId;
};

struct ThreadInfo {
  ThreadId Tid;
  ThreadId Parent;
  StackId CreationStack;
  uint64_t OsTid = 0;
  uint64_t TimeNs = 0;
};

/// One event in an allocation's life, decoded from a PassportBatch record.
/// Which fields an event carries depends on its kind (trace_format.h); the
/// others stay 0.
struct PassportEventInfo {
  PassportId Passport;
  trace::PassportEvent Event = trace::PassportEvent::Allocated;
  trace::AllocFamily Family = trace::AllocFamily::Malloc;
  uint64_t TimeNs = 0; // CLOCK_MONOTONIC, placed within the batch's span
  ThreadId Tid;        // the batch's thread
  uint64_t Addr = 0;   // Allocated
  uint64_t Size = 0;   // Allocated
  StackId Stack;       // Allocated, Freed; Owned (system-header sites)
  PassportId Related;  // Reallocated, ReallocatedFrom
  SiteId Site;         // Typed, Owned, Released, Borrowed
  /// Owned (without kOwnedRenameBit), Borrowed.
  trace::EdgeKind Kind = trace::EdgeKind::Owns;
  bool Rename = false; // Owned: the event only names the slot's edge
  trace::ReleaseHow How = trace::ReleaseHow::Destroyed; // Released
  uint64_t Slot = 0;        // Owned, Released, Borrowed: the owner slot
  PassportId OwnerPassport; // Owned: the allocation the slot lies in
  uint64_t OwnerOffset = 0; // Owned: slot - that allocation's address
  uint64_t FromSlot = 0;    // Owned: the copy or move source, 0 if none
  uint64_t Count = 0;       // Borrowed
  /// Position among all passport events of the file: orders events that
  /// share a timestamp.
  uint64_t Sequence = 0;
};

/// One instrumented call site: where an ownership event or a typed
/// allocation happened, and what the compiler knew there.
struct SiteInfo {
  SiteId Id;
  uint32_t Line = 0; // 0 if unknown
  uint32_t Column = 0;
  uint8_t Op = 0;     // MEMSCOPE_OP_* (include/memscope/abi.h)
  uint8_t Family = 0; // MEMSCOPE_FAMILY_*, 0 for type sites
  uint16_t Flags = 0; // MEMSCOPE_SITE_*
  std::string File;
  std::string Function; // the caller, demangled
  std::string Variable; // the owner slot's name, or empty
  std::string Type;     // pointee or allocated type, or empty
};

/// One step of a cycle leak's path: Passport holds the next step's
/// passport (the last step holds the first) through the slot at
/// SlotOffset.
struct CycleStepInfo {
  PassportId Passport;
  uint64_t SlotOffset = 0;
  SiteId Site;                                  // where the edge was made
  trace::EdgeKind Kind = trace::EdgeKind::Owns; // as written; may be unknown
};

/// Allocations kept alive only by strong smart-pointer edges among
/// themselves, found at exit.
struct CycleLeakInfo {
  uint32_t CycleId = 0;
  std::vector<CycleStepInfo> Steps; // never empty
  /// The step whose edge should be a weak_ptr; none if the writer named
  /// none (a value past the path).
  std::optional<size_t> WeakStep;
  uint64_t Bytes = 0;           // all members
  uint64_t Objects = 0;         // all members
  std::vector<PassportId> Held; // members that are not on the path
};

/// A finding about a call site (DiagnosticRecord). Kind is kept as written:
/// front ends name the kinds they know.
struct DiagnosticInfo {
  uint32_t Kind = 0; // trace::DiagnosticKind
  SiteId Site;
  uint64_t Count = 0;
  uint64_t Threshold = 0;
};

struct ErrorInfo {
  std::string Kind;
  uint64_t Addr = 0;
  uint64_t AccessSize = 0; // 0 when the error is not an access
  uint64_t Pc = 0;
  PassportId Passport;
  uint64_t TimeNs = 0;
  ThreadId Tid;
  StackId Stack;
  bool IsWrite = false;
  bool Fatal = false;
};

struct LeakGroupInfo {
  uint64_t Bytes = 0;
  uint64_t Objects = 0;
  StackId Stack;
  trace::LeakKind Kind = trace::LeakKind::Direct;
  std::vector<PassportId> Passports;
};

struct LeakCheckInfo {
  uint32_t CheckId = 0;
  uint64_t TimeNs = 0;
  uint32_t ExpectedGroups = 0; // LeakCount: Groups is shorter if cut off
  uint64_t TotalBytes = 0;
  uint64_t TotalObjects = 0;
  bool AtExit = false;
  bool OnlyNew = false;
  std::vector<LeakGroupInfo> Groups;
};

struct LiveChunkInfo {
  PassportId Passport;
  uint64_t Addr = 0;
  uint64_t Size = 0;
  ThreadId Tid;
  StackId Stack;
  std::vector<uint8_t> Content;
};

/// EndRecord::ExitCode when the runtime closed the trace from an atexit
/// handler, which does not learn the status.
constexpr uint32_t kUnknownExitCode = ~0u;

struct EndInfo {
  uint64_t TimeNs = 0;
  uint64_t PeakLiveBytes = 0; // 0 when the runtime did not count
  uint32_t ExitCode = 0;      // or kUnknownExitCode
};

/// Record counts, indexed by trace::RecordType; index 0 counts the records
/// of types this reader does not know (skipped).
constexpr unsigned kNumRecordKinds =
    static_cast<unsigned>(trace::RecordType::Diagnostic) + 1;
using RecordCounts = std::array<uint64_t, kNumRecordKinds>;

/// The name of a record type as reports print it ("leak-check"), or
/// "unknown" for 0 and types this reader does not know.
const char *recordTypeName(uint32_t Type);

/// Everything a trace file says, in the tables of its record types.
struct Trace {
  uint32_t FormatVersion = 0;
  std::optional<ProcessInfo> Process;
  std::vector<ModuleInfo> Modules;
  /// Pcs of each stack, innermost first. A stack may be referenced before
  /// its Stack record, or never written at all.
  std::unordered_map<StackId, std::vector<uint64_t>> Stacks;
  std::vector<ThreadInfo> Threads;
  /// In file order, which is not time order when threads flush their own
  /// buffers.
  std::vector<PassportEventInfo> PassportEvents;
  std::vector<ErrorInfo> Errors;
  std::vector<LeakCheckInfo> LeakChecks;
  std::vector<LiveChunkInfo> LiveChunks;
  std::optional<EndInfo> End;
  /// Call sites by id. Like stacks, a site may be referenced before its
  /// record, or never written.
  std::unordered_map<SiteId, SiteInfo> Sites;
  std::vector<CycleLeakInfo> CycleLeaks;   // in file order
  std::vector<DiagnosticInfo> Diagnostics; // in file order

  /// Complete records read, of every type (skipped and malformed included).
  uint64_t RecordsRead = 0;
  RecordCounts Counts{};
  /// Records skipped because their payload contradicts itself.
  std::vector<std::string> Warnings;

  /// True if the file ends inside a record; the trace then holds the
  /// records before TruncatedAtOffset.
  bool Truncated = false;
  uint64_t TruncatedAtOffset = 0;

  const std::vector<uint64_t> *stack(StackId Id) const;
  /// The Site record of an id, or null when the trace lacks it.
  const SiteInfo *site(SiteId Id) const;
};

/// Why a file could not be read at all; the analyzer's exit code follows.
enum class TraceErrorKind {
  Unreadable,   // cannot open or read the file
  NotATrace,    // bad magic, foreign byte order, broken header
  NewerVersion, // written by a format version this reader does not know
};

class TraceError : public llvm::ErrorInfo<TraceError> {
public:
  static char ID;

  TraceError(TraceErrorKind Kind, std::string Message)
      : Kind(Kind), Message(std::move(Message)) {}

  TraceErrorKind kind() const { return Kind; }
  void log(llvm::raw_ostream &OS) const override;
  std::error_code convertToErrorCode() const override;

private:
  TraceErrorKind Kind;
  std::string Message;
};

/// Reads the trace at Path. Fails only with a TraceError.
llvm::Expected<Trace> readTraceFile(llvm::StringRef Path);

/// Reads a trace held in memory; Name appears in messages.
llvm::Expected<Trace> readTrace(llvm::ArrayRef<uint8_t> Bytes,
                                llvm::StringRef Name);

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TRACEREADER_H

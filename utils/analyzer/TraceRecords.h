//===- utils/analyzer/TraceRecords.h - what the records say -----*- C++ -*-===//
//
// The decoded form of every record and passport event, as the reader
// (TraceReader.h) delivers them to its consumers: typed ids (PassportId,
// StackId, ThreadId, SiteId), one struct per record type, and
// PassportEventInfo for the events of a PassportBatch. No behaviour: the
// vocabulary every layer above the reader speaks.
//
// See also: include/memscope/trace_format.h (the bytes), TraceReader.h (the
// parser), Trace.h (the tables kept for reports).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_TRACERECORDS_H
#define MEMSCOPE_ANALYZER_TRACERECORDS_H

#include "memscope/trace_format.h"

#include "llvm/ADT/DenseMapInfo.h"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
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

// Ids key llvm::DenseMaps too; the largest value of the representation
// and the one below it are the empty and tombstone keys.
namespace llvm {
template <typename Tag, typename Rep, Rep NoneValue>
struct DenseMapInfo<memscope::analyzer::TypedId<Tag, Rep, NoneValue>> {
  using Id = memscope::analyzer::TypedId<Tag, Rep, NoneValue>;
  static inline Id getEmptyKey() { return Id(static_cast<Rep>(~Rep(0))); }
  static inline Id getTombstoneKey() {
    return Id(static_cast<Rep>(~Rep(0) - 1));
  }
  static unsigned getHashValue(Id V) {
    return DenseMapInfo<Rep>::getHashValue(V.value());
  }
  static bool isEqual(Id A, Id B) { return A == B; }
};
} // namespace llvm

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
/// version from 1 up: version 2 added passport events 6-9, version 3 a
/// longer header, compression, tighter event encodings and Edge events.
constexpr uint32_t kReadableFormatVersion = trace::kFormatVersion;

/// What the file header says.
struct HeaderInfo {
  uint32_t FormatVersion = 0;
  uint32_t HeaderSize = 0;
  trace::Compression Compression = trace::Compression::None;
  uint32_t Flags = 0; // trace::kFlag*
  bool fullHistory() const { return Flags & trace::kFlagFullHistory; }
};

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
  uint64_t TimeNs = 0; // CLOCK_MONOTONIC, placed within the batch's span
  /// Position among all passport events of the file: orders events that
  /// share a timestamp.
  uint64_t Sequence = 0;
  uint64_t Addr = 0;        // Allocated
  uint64_t Size = 0;        // Allocated
  PassportId Related;       // Reallocated, ReallocatedFrom
  uint64_t Slot = 0;        // Owned, Released, Borrowed, Edge: the owner slot
  PassportId OwnerPassport; // Owned, Edge: the allocation the slot lies in
  uint64_t OwnerOffset = 0; // Owned, Edge: slot - that allocation's address
  uint64_t FromSlot = 0;    // Owned: the copy or move source, 0 if none
  uint64_t Count = 0;       // Borrowed; Edge: times the slot took it
  /// Edge (version 3): how many ownership operations the object had seen
  /// before the edge was made (0: its first owner).
  uint64_t Order = 0;
  ThreadId Tid;  // the batch's thread
  StackId Stack; // Allocated, Freed; Owned, Edge (system-header sites)
  SiteId Site;   // Typed, Owned, Released, Borrowed; Edge: its first site
  /// Edge: the last operation that took or renamed the edge.
  SiteId LastSite;
  /// Set by the ownership replay (Ownership.h) for Owned, Released,
  /// Borrowed and Edge events: the edge the event belongs to, or ~0u.
  uint32_t EdgeIndex = ~0u;
  trace::PassportEvent Event = trace::PassportEvent::Allocated;
  trace::AllocFamily Family = trace::AllocFamily::Malloc;
  /// Owned (without kOwnedRenameBit), Borrowed, Edge.
  trace::EdgeKind Kind = trace::EdgeKind::Owns;
  bool Rename = false; // Owned: the event only names the slot's edge
  trace::ReleaseHow How = trace::ReleaseHow::Destroyed; // Released
  bool Live = false; // Edge: the slot held it when the event was written
  /// Foreign: which way the block crossed, and the foreign function (the
  /// callee of a Handed or Received event, a return address inside the
  /// code that freed it for Freed).
  trace::ForeignHow Crossing = trace::ForeignHow::Handed;
  uint64_t Pc = 0;
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
  /// Allocation types: one character per 8-byte word of Type, 'p' a
  /// pointer, 'w' no pointer, '?' unknown (from DWARF, by the pass); empty
  /// if unknown.
  std::string Layout;
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

/// What the runtime knew of the block an error names (ErrorBlock record,
/// version 3): enough to describe it when its events were not kept.
struct ErrorBlockInfo {
  PassportId Passport;
  uint64_t Addr = 0;
  uint64_t Size = 0;
  ThreadId AllocTid;
  StackId AllocStack;
  ThreadId FreeTid; // none unless freed
  StackId FreeStack;
  SiteId TypeSite;
  bool Freed = false;
  trace::AllocFamily Family = trace::AllocFamily::Malloc;
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
  /// The ErrorBlock record that followed it (version 3), if any.
  std::optional<ErrorBlockInfo> Block;
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
  /// Content bytes the record carries (not kept: no report reads them).
  uint32_t ContentSize = 0;
};

/// One live block of a heap snapshot (HeapRefs record; taken when main
/// returned or exit() was called): where it was, a fingerprint of its
/// content; its words that point into live blocks come alongside as
/// trace::HeapRef entries.
struct HeapRefsInfo {
  PassportId Passport;
  uint64_t Addr = 0;
  uint64_t Size = 0;
  StackId Stack;
  uint32_t SnapshotId = 0;
  uint64_t ContentHash = 0;
  uint64_t Sketch = 0;       // 8 one-byte MinHash bins
  uint32_t OmittedRefs = 0;  // pointer words past the runtime's limit
};

/// A Snapshot record: the end of one heap snapshot's HeapRefs records.
struct SnapshotInfo {
  uint32_t Id = 0;
  uint32_t Why = 0; // trace::SnapshotWhy
  uint64_t TimeNs = 0;
  uint64_t LiveBytes = 0;
  uint64_t LiveBlocks = 0;
  uint32_t RootCount = 0;
  bool RootsKnown = false; // the runtime's root scan ran
};

/// "main-return", "exit", "peak", "program", "leak-check", or "unknown".
const char *snapshotWhyName(uint32_t Why);

/// EndRecord::ExitCode when the runtime closed the trace from an atexit
/// handler, which does not learn the status.
constexpr uint32_t kUnknownExitCode = ~0u;

/// The process called exec (Exec record): its trace ends there.
struct ExecInfo {
  uint64_t TimeNs = 0;
  std::string Path;
};

struct EndInfo {
  uint64_t TimeNs = 0;
  uint64_t PeakLiveBytes = 0; // 0 when the runtime did not count
  uint32_t ExitCode = 0;      // or kUnknownExitCode
  uint32_t Signal = 0;        // version 3: the signal that ended it, or 0
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_TRACERECORDS_H

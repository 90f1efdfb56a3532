//===- utils/analyzer/Model.h - facts derived from a trace ------*- C++ -*-===//
//
// What the reports say beyond the raw records: each allocation's history in
// time order (with the allocation that reused its address), allocation sites
// ranked by bytes and by count, the peak of live heap bytes, leak groups in
// report order, the frame of a stack that names the user's code (the first
// one outside memscope's runtime and the allocation functions), and the
// exact ownership replayed from the ownership events (Ownership.h). Every
// front end reads the same Model.
//
// A Model is built while the trace streams past: it subscribes its
// consumers to the reader (consumers()), which feed the passport events
// through one reorder window (TimeOrder.h) to the ownership replay and the
// heap profile (HeapProfile.h), then, on a second thread
// (EventPipeline.h), to the histories (Lifetimes.h). What it keeps follows the
// program's live state, not the number of events.
//
// See also: TraceReader.h (the records), Trace.h (the tables), Symbolizer.h,
// Ownership.h, TextReport.cpp, JsonReport.cpp, Graph.h, docs/Analyzer.md
// (the rules, for users).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_ANALYZER_MODEL_H
#define MEMSCOPE_ANALYZER_MODEL_H

#include "EventPipeline.h"
#include "HeapProfile.h"
#include "Lifetimes.h"
#include "Ownership.h"
#include "Symbolizer.h"
#include "TimeOrder.h"
#include "Trace.h"

#include <memory>
#include <optional>

namespace memscope {
namespace analyzer {

/// Names as reports print them: "allocated", "reallocated-from", "owned",
/// ...
const char *passportEventName(trace::PassportEvent Event);
/// "malloc", "new", "new[]", or "unknown".
const char *allocFamilyName(trace::AllocFamily Family);
/// "direct" or "indirect".
const char *leakKindName(trace::LeakKind Kind);
/// How a Foreign event crossed: "handed", "received", "freed", or
/// "unknown".
const char *foreignHowName(trace::ForeignHow How);

/// True for frames of memscope's runtime (and the compiler-rt code it is
/// built from), of the allocation functions it intercepts, and of the C++
/// library headers: the frames a user does not want named as "where".
bool isInternalFrame(const Frame &F);
/// True for a function of Rust's standard library crates (alloc::, core::,
/// std::, `<alloc::vec::Vec<T>>::push`) or its allocator shims.
bool isRustStdFunction(llvm::StringRef Function);

/// The first frame that is not internal (isInternalFrame), or frame 0 when
/// all are; none for no frames.
std::optional<Frame> firstUserFrame(llvm::ArrayRef<Frame> Frames);

/// True for frames of the system's libraries (/lib/, /lib64/, /usr/lib/:
/// libc's start code, libstdc++) and for `_start`: they change with the
/// machine, not with the program, and are not the foreign code a user
/// links.
bool isSystemFrame(const Frame &F);

/// How a stack reached code built with memscope, from the innermost frame
/// out, past memscope's frames and the system's: Caller is the first frame
/// in such code (a frame of no known module counts as one); Entry, when
/// frames of a library built without memscope come before it, the last of
/// them: the library function Caller called (its API entry point). Both
/// point into the frames, or are null.
struct ForeignCall {
  const Frame *Caller = nullptr;
  const Frame *Entry = nullptr;
};
ForeignCall foreignCall(const Trace &T, llvm::ArrayRef<Frame> Frames);

class Model {
public:
  /// T is filled by the reader alongside the Model's consumers.
  Model(const Trace &T, Symbolizer &Sym,
        size_t WindowEvents = TimeOrder::kDefaultWindowEvents);

  /// What must subscribe to the reader, after T itself.
  std::vector<TraceConsumer *> consumers() { return {&Own, &Order, &Pipeline}; }

  /// Keep every ownership edge, also of objects freed long ago (graph
  /// --all); by default they are forgotten beyond the most recent ones.
  void keepAllOwnership() { Own.keepEverything(); }
  /// Leave out the borrows of the ownership replay: the reports print none
  /// (only `memscope graph` does).
  void skipBorrows() { Own.skipBorrows(); }

  const Trace &trace() const { return T; }

  /// The kept events of one allocation, ordered by time (file order for
  /// equal times); empty if the trace has none (or they were forgotten).
  HistoryView history(PassportId Id) const { return Lives.history(Id); }

  /// The ownership events replayed: edges, owners, types, borrows.
  const Ownership &ownership() const { return Own; }

  /// The allocated type of a passport, or "" when the trace does not say.
  std::string typeOf(PassportId Id) const;

  /// The Thread record of a thread, or null (the main thread has none).
  const ThreadInfo *thread(ThreadId Tid) const;

  /// The Allocated event of a passport, or none.
  std::optional<PassportEventInfo> allocation(PassportId Id) const {
    return Lives.allocation(Id);
  }
  /// True if the trace freed the passport (as far as its history is kept).
  bool freed(PassportId Id) const { return Lives.freed(Id); }

  /// The allocation that next took this passport's address, or null.
  const ReuseInfo *reusedBy(PassportId Id) const { return Lives.reusedBy(Id); }
  /// The block a realloc moved into Id, or none.
  PassportId reallocatedFrom(PassportId Id) const {
    return Lives.movedFrom(Id);
  }

  /// Where an event happened: its own stack, or for Reallocated (which
  /// carries none) the stack that allocated the related passport, the
  /// realloc call that moved the block; for a Freed event without one (a
  /// version-3 trace keeps free stacks only with the full history), the
  /// free stack of the ErrorBlock of an error that names the passport.
  StackId eventStack(const PassportEventInfo &E) const;

  /// Every allocation site, most bytes first (then most allocations).
  const std::vector<AllocationSite> &sitesByBytes() const {
    return Heap.sitesByBytes();
  }
  /// Every allocation site, most allocations first (then most bytes).
  const std::vector<AllocationSite> &sitesByCount() const {
    return Heap.sitesByCount();
  }

  /// The bytes of the LiveChunk records (the heap at exit).
  uint64_t liveBytesAtExit() const;

  /// None when the trace has no allocations.
  const std::optional<PeakUsage> &peak() const { return Heap.peak(); }

  /// Nanoseconds between the start of the trace (its earliest monotonic
  /// timestamp) and TimeNs.
  uint64_t sinceStart(uint64_t TimeNs) const {
    return TimeNs - T.Earliest.value_or(0);
  }

  /// The symbolised frames of a stack; empty if the trace lacks it.
  std::vector<Frame> frames(StackId Id) const;

  /// The frames of an error: its stack, or just its pc when the trace
  /// lacks the stack.
  std::vector<Frame> errorFrames(const ErrorInfo &E) const;

  /// firstUserFrame() of a stack; none if the trace lacks the stack.
  std::optional<Frame> userFrame(StackId Id) const;

  /// The foreign function a Foreign event names: the callee (its entry is
  /// the event's pc) of a Handed or Received event, the function that
  /// called free for a Freed one (a return address), its outermost frame
  /// where calls were inlined. Where the pc does not symbolise, the
  /// function is the call site's callee name (the Site's Variable).
  /// An annotation's crossing (__memscope_handed_to: its site has
  /// MEMSCOPE_SITE_ANNOTATION) names the foreign side only by the name it
  /// was given, without a module.
  Frame foreignFunction(const PassportEventInfo &E) const;
  /// Where the program made the crossing of a Foreign event: the call's
  /// site, or for an annotation the frame its pc (a return address into
  /// the annotation's caller) lies in; nothing for a free.
  std::optional<Frame> foreignCrossingPlace(const PassportEventInfo &E) const;

  /// A leak check's groups in report order: direct before indirect, then
  /// most bytes first.
  std::vector<const LeakGroupInfo *> groups(const LeakCheckInfo &Check) const;

private:
  const Trace &T;
  Symbolizer &Sym;
  Ownership Own;
  Lifetimes Lives;
  HeapProfile Heap;
  EventPipeline Pipeline;
  TimeOrder Order;
};

} // namespace analyzer
} // namespace memscope

#endif // MEMSCOPE_ANALYZER_MODEL_H

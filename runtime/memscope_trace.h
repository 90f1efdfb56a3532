//===- memscope_trace.h - writing the trace file ----------------*- C++ -*-===//
//
// The runtime side of the trace (format: include/memscope/trace_format.h,
// docs/TraceFormat.md). One file per process, memscope.<pid>.trace by
// default (`trace_path`, `trace=0` turns it off).
//
// Passport events, the frequent ones, go into a per-thread buffer with no
// lock; a full buffer is written as one PassportBatch record under the
// writer lock, together with the stacks the depot gained since the last
// write. Rare records (threads, modules, errors, the exit snapshot) are
// written directly under that lock. Buffers are flushed when full, when
// older than `trace_flush_ms` (checked every 256 events), at exit, and before the
// process dies on an error or a signal, so a trace of a crashed program is
// readable up to its last flush.
//
// See also: memscope_allocator.cpp (passport events), memscope_report.cpp
// (error records), utils/analyzer/ (the reader).
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_TRACE_H
#define MEMSCOPE_TRACE_H

#include "memscope_internal.h"
#include "memscope_thread.h"

#include "memscope/abi.h"
#include "memscope/trace_format.h"

namespace memscope {

// An allocation's identity over its whole life: never reused in a process,
// even when its address is. 0 means none.
using PassportId = u64;
constexpr PassportId kNoPassport = 0;

// A fresh passport id (per-thread blocks of a global counter: no contended
// atomic per allocation).
extern MEMSCOPE_TLS PassportId NextPassport;
extern MEMSCOPE_TLS PassportId PassportLimit;
PassportId NewPassportBlock();
ALWAYS_INLINE PassportId NewPassportId() {
  return LIKELY(NextPassport != PassportLimit) ? NextPassport++
                                               : NewPassportBlock();
}

extern bool TraceActive;
// ownership_history=full: per-operation ownership events (Owned, Released),
// addresses and evictions are recorded.
extern bool TraceFullHistory;

void InitializeTrace();
// From the runtime's constructor, once libc is initialised.
void TraceLateInit();

// Passport events; cheap no-ops when the trace is off.
// Previous: the passport whose memory the block takes (0 for fresh memory).
void TraceAllocated(PassportId P, uptr Addr, uptr Size, u32 Stack,
                    AllocKind Kind, PassportId Previous);
void TraceFreed(PassportId P, u32 Stack, AllocKind Kind, uptr Size);
void TraceRelated(trace::PassportEvent Event, PassportId P, PassportId Other);
void TraceEvicted(PassportId P);
// The block crossed into or out of foreign code (memscope_foreign.cpp):
// Site the call (0 for a free), Pc the foreign function.
void TraceForeign(PassportId P, trace::ForeignHow How, u32 Site, uptr Pc);

// Ownership events (memscope_ownership.cpp); Kind bytes as in
// trace_format.h.
void TraceTyped(PassportId P, u32 Site);
void TraceOwned(PassportId P, u8 Kind, uptr Slot, PassportId OwnerPassport,
                uptr OwnerOffset, u32 Site, uptr FromSlot, u32 Stack);
void TraceReleased(PassportId P, trace::ReleaseHow How, uptr Slot, u32 Site);
void TraceBorrowed(PassportId P, trace::EdgeKind Kind, uptr Slot, u32 Site,
                   uptr Count);
// One ownership edge, aggregated (the Edge event): every time the slot took
// the object with Kind from FirstSite. Written when the edge retires or at
// exit (Live: the slot still holds it).
struct EdgeSummary {
  PassportId Passport;      // the object
  uptr Slot;
  PassportId OwnerPassport; // the block the slot lies in, 0 if none
  uptr OwnerOffset;
  u32 FirstSite, LastSite;
  u32 Count;
  u32 Order;                // 0: the object's first owner
  u32 Origin;               // trace::kOriginCallerSite | site, or a stack
  trace::EdgeKind Kind;
  bool Live;
};
void TraceEdge(const EdgeSummary &E);

// A call site's description, once, when the runtime first sees it.
void TraceSite(u32 Id, const memscope_site &S);
void TraceCycleLeak(const trace::CycleLeakRecord &R,
                    const trace::CycleStep *Steps, const PassportId *Held);
void TraceDiagnostic(const trace::DiagnosticRecord &R);
// An instrumented module's constructor ran at Pc (the pass's call of
// __memscope_version_mismatch_check_v1): the module is not foreign code.
void TraceInstrumentedModule(uptr Pc);
// A leak monitor alert, its site's stack written first.
void TraceLeakAlert(const trace::LeakAlertRecord &R);
// The passport counter: passports handed out so far (to threads, in
// blocks), what the leak monitor's "allocated before" compares with.
PassportId PassportMark();

void TraceThreadCreated(ThreadId Tid, ThreadId Parent, u32 CreationStack);
// Block: what the runtime knew of the block the error names (null if none);
// the block's memory is watched, so that a later allocation taking it
// records its address.
void TraceError(const char *Kind, uptr Addr, uptr AccessSize, uptr Pc,
                PassportId Passport, u32 Stack, bool IsWrite, bool Fatal,
                const trace::ErrorBlockRecord *Block = nullptr);
// One leak check's results: a LeakCheck record and its Leak records.
struct LeakGroup {
  u32 Stack;
  bool Indirect;
  uptr Bytes;
  uptr Objects;
  const PassportId *Passports; // up to PassportCount of the group's blocks
  u32 PassportCount;
};
// Reachable: the groups still reachable only from frames exit() left
// suspended (at exit; not counted in the totals).
void TraceLeakCheck(u32 CheckId, bool AtExit, bool OnlyNew,
                    const LeakGroup *Groups, uptr GroupCount,
                    const LeakGroup *Reachable, uptr ReachableCount);

// Re-reads the list of loaded modules and records the new ones (after
// dlopen; also done at start and before the trace is closed).
void TraceRefreshModules();
// fork(): the writer lock is held across it; the child starts a trace of its
// own (memscope.<pid>.trace, or <trace_path>.<pid>) without the parent's
// buffered events.
void TraceBeforeFork();
void TraceAfterForkParent();
void TraceAfterForkChild();

// How the process ends, for TraceFinish.
enum class TraceEnd {
  Exit,     // exit() or the return from main: the live blocks are snapshot
  Die,      // the runtime stops the process after a report
  Signal,   // a fatal signal is about to kill it
  QuickExit // _exit()/_Exit(): no atexit handlers run
};

// Writes every buffer (the live-chunk snapshot at exit) and the End record,
// and closes the trace. Later events are dropped. Never waits forever on the
// writer lock except at exit.
void TraceFinish(TraceEnd How, int ExitCode, int Signal);

// The signal the runtime reports as it dies (SEGV...), for the End record.
void TraceSetDeathSignal(int Signal);
// The exit status, once known (main returned it, or exit() was called): the
// End record written at exit has it.
void TraceSetExitCode(int Status);
// With the trace on: a heap snapshot for relation inference and retained
// sizes (HeapRefs records, then a Snapshot record with its roots). Taken
// when main returns or exit() is called (once), when the program asks, and
// by a free at a live-heap peak (snapshot_peaks).
void TraceHeapSnapshot(trace::SnapshotWhy Why);

// A block the roots point to directly (its user address), and the
// trace::RootKind that reached it first.
struct RootTarget {
  uptr Chunk;
  u32 Kind;
};
// memscope_lsan_common.cpp: LSan's root scan with the world stopped,
// without its flood fill. False if the world could not be stopped.
bool CollectRootTargets(InternalMmapVector<RootTarget> *Out);
// memscope_lsan.cpp: the same, unless a leak check is running (false).
bool CollectRootTargetsUnlessChecking(InternalMmapVector<RootTarget> *Out);

// True if this process is recording its trace: not a vfork child, which
// shares the parent's memory and must leave its trace alone.
bool TraceIsThisProcess();

// Before execve(): writes what is buffered and an Exec record.
void TraceBeforeExec(const char *Path);

// While recording, handlers for the signals that would kill the process
// without a word, where the program left their default action
// (memscope_termination.cpp). Called once, at the end of initialisation.
void InstallTraceSignalHandlers();

} // namespace memscope

#endif // MEMSCOPE_TRACE_H

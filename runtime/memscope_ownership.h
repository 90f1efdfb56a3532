//===- memscope_ownership.h - smart-pointer ownership -----------*- C++ -*-===//
//
// The runtime side of exact ownership (include/memscope/abi.h, "Ownership
// instrumentation"). The pass reports every recognised smart-pointer
// operation with the owner slot's address; the runtime keeps what each slot
// holds in the owner tables (memscope_owner_table.h), records on the object
// what reports need once its owners are gone (who let go of it last, where
// a raw pointer was taken from it), turns changes into trace events when
// recording, and at exit finds cycle leaks (memscope_cycles.cpp) and clone
// storms.
//
// Pieces:
//   memscope_owner_table.h/.cpp     call sites, owner slots (the hot path)
//   memscope_ownership.cpp          the pass's entry points: what changed
//   memscope_cycles.cpp             cycle leaks at exit
//   memscope_report_ownership.cpp   the ownership lines of reports, clone
//                                   storms
//
// See also: pass/Ownership.cpp, docs/Ownership.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_OWNERSHIP_H
#define MEMSCOPE_OWNERSHIP_H

#include "memscope_allocator.h"

#include "memscope/abi.h"
#include "memscope/trace_format.h"

namespace memscope {

void InitializeOwnership();
extern bool OwnershipActive;
// Some block was typed with a Rust layout (pass/RustTypes.cpp): only then
// does the cycle search walk the heap for their fields.
extern bool RustLayoutsSeen;

// The ownership lines of a report on block C: who owned it last and where
// that owner let go, and where the dangling raw pointer came from. Prints
// nothing when the block was never owned by a recognised smart pointer.
void PrintOwnershipStory(const ChunkView &C);

// The type the compiler named for block C ("Node", "int[]"), or null.
const char *TypeNameOf(const ChunkView &C, bool *IsArray);

// At exit, before the leak check: flushes pending borrow counts, reports
// clone storms and, when asked, cycle leaks. Returns true if it reported a
// cycle leak (the exit status must then say so).
bool ReportOwnershipAtExit(bool DetectCycles);

// --- shared by the ownership files ----------------------------------------

inline bool IsStrong(u8 Kind) {
  return Kind != static_cast<u8>(trace::EdgeKind::Weak);
}

// The strong owners a control block counts. libc++'s __shared_owners_ is
// owners - 1 in a long, libstdc++'s _M_use_count the owners in an int; both
// follow the vtable pointer.
inline uptr ReadUseCount(uptr Ctrl, bool Libcxx) {
  if (Libcxx)
    return *reinterpret_cast<const long *>(Ctrl + 8) + 1;
  return *reinterpret_cast<const int *>(Ctrl + 8);
}

// Reports every cycle leak; true if there was one (memscope_cycles.cpp).
bool ReportCycleLeaks();
// At exit: the blocks the leak check would call leaked, sorted by address
// (memscope_lsan.cpp); a cycle the program still reaches is no leak.
void LeakedAtExit(InternalMmapVector<uptr> *Blocks);
// At exit, where exit() was called below main: the stack range of the
// frames it left suspended, whose variables are still reachable (false
// otherwise, or with leak_suspended_frames=1). memscope_lsan.cpp.
bool SuspendedFrames(uptr *Beg, uptr *End);
// Warns of call sites that copied shared pointers unusually often
// (memscope_report_ownership.cpp).
void ReportCloneStorms();

// Where an event at a site inside a system header (a container's code) came
// from, kept beside the site: the user's call that led to it (a site id
// with kCallerOrigin set, from __memscope_caller), else a depot stack whose
// first user frame names it; 0 for events at the user's own sites.
constexpr u32 kCallerOrigin = trace::kOriginCallerSite;

// OwnershipFacts::TypeSite: the block has had an owner (recording only).
constexpr u32 kOwnedOnce = 1u << 31;

// OwnerFacts::BorrowSite: the borrow was a get() (which names a raw
// pointer better than a -> or * does).
constexpr u32 kBorrowGet = 1u << 31;

// Report text (memscope_report_ownership.cpp): "a.cpp:7:12 in main", or
// for a site in a system header where Origin (above) leads;
// "shared_ptr", "weak_ptr", ...; "'session' in main", "'Node::next'".
void PrintSite(u32 Site, u32 Origin);
const char *FamilyName(const memscope_site *S);
void PrintOwnerName(u32 Site);

} // namespace memscope

#endif // MEMSCOPE_OWNERSHIP_H

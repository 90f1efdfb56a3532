//===- memscope_foreign.h - memory crossing into foreign code ---*- C++ -*-===//
//
// Foreign code is code built without memscope, outside the system's
// libraries: a C library the tests link, a Rust cdylib. Its allocations go
// through the intercepted malloc, so its blocks have passports too; what
// memscope adds is where they crossed. A block is
//   - received from foreign code: allocated by it (its allocation stack goes
//     through it before reaching instrumented code), or returned by a call
//     of a foreign function;
//   - handed to foreign code: passed to a call of a foreign function;
//   - freed by foreign code: its free or delete was called from there.
// Calls are seen by the pass (pass/ForeignCalls.cpp): every call of a
// function the module only declares tells the runtime its pointers until
// the runtime has found the callee to be instrumented or the system's.
// Reports say where a block crossed; the trace has a Foreign passport
// event for each crossing.
//
// See also: memscope_foreign.cpp, include/memscope/abi.h
// (MEMSCOPE_OP_FOREIGN_CALL), docs/Foreign.md.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_FOREIGN_H
#define MEMSCOPE_FOREIGN_H

#include "memscope_internal.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_stacktrace.h"

namespace memscope {

enum class CodeOwner : u8 {
  Memscope, // a module built with memscope (its constructor registered it)
  System,   // the system's libraries (/lib, /usr/lib): libc, libstdc++, ...
  Foreign,  // anything else with code: built without memscope
};

// Which kind of module the code at Pc belongs to, and the module's path
// (null if unknown). Code in no module counts as memscope's.
CodeOwner OwnerOfCode(uptr Pc, const char **Module = nullptr);

// The block at P (any address inside it) was freed from code whose return
// address is Caller: a Foreign event in the trace when that code is
// foreign. Only while recording.
void NoteFreedFrom(PassportId Passport, uptr Caller);

// Report lines (slow: they symbolise).
//
// If the depot stack went through foreign code before instrumented code
// (innermost first, past the runtime's and the system's frames), prints
// "in foreign F (lib.so), <Link> at a.c:5:3 in main" and returns true;
// prints nothing otherwise.
bool PrintForeignCrossing(u32 StackId, const char *Link);
// " → handed to foreign F (lib.so) at a.c:9:3 in main" for each crossing
// the pass saw for the passport (the most recent ones are remembered),
// but for the foreign function that allocated it (AllocStack) returning it.
void PrintCallCrossings(PassportId Passport, u32 AllocStack);
// For a leak report's group: a line saying the blocks allocated at
// StackId crossed into or out of foreign code, if they did.
void PrintLeakCrossing(u32 StackId);

} // namespace memscope

#endif // MEMSCOPE_FOREIGN_H

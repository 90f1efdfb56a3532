//===- memscope_internal.h - runtime-wide declarations ----------*- C++ -*-===//
//
// What every runtime file needs: sanitizer_common's basics, the init state,
// and the few cross-file entry points. Nothing here may allocate.
//
// See also: memscope_rtl.cpp (initialisation), include/memscope/abi.h.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_INTERNAL_H
#define MEMSCOPE_INTERNAL_H

#include "sanitizer_common/sanitizer_common.h"
#include "sanitizer_common/sanitizer_internal_defs.h"
#include "sanitizer_common/sanitizer_libc.h"

#include "memscope/abi.h"

namespace memscope {
using namespace __sanitizer;

// Set once __memscope_init has finished; read on every interceptor entry.
extern bool MemscopeInited;
// The program was linked by -fsanitize=memscope-leak: no access checks, so
// no shadow poisoning, no quarantine, no range checks in interceptors and
// no free stacks; passports, ownership, leak checks and the leak monitor
// stay. Set before the flags are read (their defaults differ).
extern bool LeakOnlyBuild;
// True while __memscope_init runs: allocations then go to the bootstrap
// allocator (dlsym itself allocates).
extern bool MemscopeInitIsRunning;

// V in an unsigned T, the largest T where it does not fit (record fields
// narrower than a size).
template <typename T> T Saturate(uptr V) {
  return V > static_cast<T>(~T(0)) ? static_cast<T>(~T(0)) : static_cast<T>(V);
}

void MemscopeInitFromRtl();
inline void EnsureInited() {
  if (UNLIKELY(!MemscopeInited))
    MemscopeInitFromRtl();
}

// Address space for one of the runtime's tables, taken on first touch
// (memscope_shadow.cpp). Unlike MmapNoReserveOrDie it does not count
// against mmap_limit_mb: like the shadow, a reservation is not memory.
void *ReserveTableOrDie(uptr Size, const char *Name);

void InitializeShadow();
void InitializeAllocator();
// start_deactivated: the allocator takes the options activation set, and
// with poison_heap every block gets its redzones (poisoned whole if free).
void ActivateAllocator();
// start_deactivated: the first instrumented module's constructor (through
// __memscope_init or __asan_init) turns the heap's checks on; later calls
// do nothing.
void MaybeActivate();
// Collects each report's text for __asan_set_error_report_callback.
void InitializeReports();
void InitializeInterceptors();
void InitializeMainThread();
void InitializeLeakDetection();
// exit() was called, and the frames from Frame up (the caller's, and its
// registers spilled below them) are suspended for good (memscope_lsan.cpp,
// the exit check).
void NoteExitCall(uptr Frame);
// main returned (the pass's call at its returns): the frames above the exit
// check's are dead then, not suspended.
void NoteMainReturned();
} // namespace memscope

// In an interceptor about to call exit() (exit's own; err, error and their
// kin, which call it inside libc): the caller's callee-saved registers are
// spilled into this frame, below the mark, and the frames from the mark up
// are suspended (NoteExitCall).
#define MEMSCOPE_NOTE_EXIT_HERE()                                              \
  do {                                                                         \
    __builtin_unwind_init();                                                   \
    volatile uptr ExitMark_ = 0;                                               \
    ::memscope::NoteExitCall(reinterpret_cast<uptr>(&ExitMark_));              \
  } while (0)

namespace memscope {

// The kind of allocation function, recorded in the chunk header and compared
// with the deallocation function (alloc-dealloc-mismatch).
enum class AllocKind : u8 { Malloc = 1, New = 2, NewArray = 3 };

} // namespace memscope

#endif // MEMSCOPE_INTERNAL_H

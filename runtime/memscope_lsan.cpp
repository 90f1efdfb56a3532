//===- memscope_lsan.cpp - leak detection through lsan_common -------------===//
//
// compiler-rt's lsan_common finds leaks by reachability with LSan's exact
// semantics: it stops the world, scans the roots (globals of every loaded
// module, each thread's stack, registers and TLS, registered root regions)
// for pointers into live blocks, floods from there, and reports what stays
// unreachable as direct or indirect leaks, grouped by allocation stack,
// honouring suppressions and the __lsan_* API. This file is what it needs
// from the tool (the __lsan hooks) and how memscope turns it on.
//
// See also: memscope_allocator.cpp (the chunk hooks), memscope_thread.cpp
// (thread ranges), test/Runtime/leak/.
//===----------------------------------------------------------------------===//
#include "memscope_allocator.h"
#include "memscope_flags.h"
#include "memscope_interface.h"
#include "memscope_mapping.h"
#include "memscope_thread.h"

#include "lsan/lsan_common.h"
#include "sanitizer_common/sanitizer_flags.h"

namespace memscope {

void InitializeLeakDetection() {
  __lsan::Flags *LF = __lsan::flags();
  LF->SetDefaults();
  LF->suppressions = flags()->suppressions;
  LF->report_objects = flags()->report_objects;
  LF->max_leaks = flags()->max_leaks;
  LF->use_unaligned = flags()->use_unaligned;
  __lsan::InitCommonLsan();
  if (!common_flags()->detect_leaks || !flags()->leak_check_at_exit)
    return;
  // With halt_on_error=0 leaks are reported and the exit status is the
  // program's own.
  Atexit(flags()->halt_on_error ? __lsan::DoLeakCheck
                                : __lsan::DoRecoverableLeakCheckVoid);
}

} // namespace memscope

using namespace memscope;

namespace __lsan {

void LockThreads() { LockThreadTable(); }
void UnlockThreads() { UnlockThreadTable(); }
void EnsureMainThreadIDIsCorrect() { RefreshMainThreadOsId(); }

bool GetThreadRangesLocked(tid_t OsId, uptr *StackBegin, uptr *StackEnd,
                           uptr *TlsBegin, uptr *TlsEnd, uptr *CacheBegin,
                           uptr *CacheEnd, DTLS **Dtls) {
  struct Query {
    tid_t OsId;
    const ThreadInfo *Found;
  } Q = {OsId, nullptr};
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        auto *Q = static_cast<Query *>(Arg);
        if (T.OsId == Q->OsId)
          Q->Found = &T;
      },
      &Q);
  if (!Q.Found)
    return false;
  *StackBegin = Q.Found->StackBegin;
  *StackEnd = Q.Found->StackEnd;
  *TlsBegin = Q.Found->TlsBegin;
  *TlsEnd = Q.Found->TlsEnd;
  // Allocator caches and the quarantine live in mmap'ed memory, outside
  // every root; there is nothing in TLS to exclude.
  *CacheBegin = *CacheEnd = 0;
  *Dtls = nullptr;
  return true;
}

void GetRunningThreadsLocked(InternalMmapVector<tid_t> *Threads) {
  ForEachRunningThread(
      [](const ThreadInfo &T, void *Arg) {
        static_cast<InternalMmapVector<tid_t> *>(Arg)->push_back(T.OsId);
      },
      Threads);
}

// memscope has no fake stacks, and keeps no heap pointers in thread
// contexts or TLS allocator caches.
void GetAllThreadAllocatorCachesLocked(InternalMmapVector<uptr> *) {}
void GetThreadExtraStackRangesLocked(InternalMmapVector<Range> *) {}
void GetThreadExtraStackRangesLocked(tid_t, InternalMmapVector<Range> *) {}
void GetAdditionalThreadContextPtrsLocked(InternalMmapVector<uptr> *) {}

void LockAllocator() { LockAllocatorForLeakCheck(); }
void UnlockAllocator() { UnlockAllocatorForLeakCheck(); }
void GetAllocatorGlobalRange(uptr *Begin, uptr *End) {
  GetAllocatorRange(Begin, End);
}
uptr PointsIntoChunk(void *P) {
  return LiveChunkContaining(reinterpret_cast<uptr>(P));
}
uptr GetUserBegin(uptr Chunk) { return UserBeginOfBlock(Chunk); }
uptr GetUserAddr(uptr Chunk) { return Chunk; }
void ForEachChunk(ForEachChunkCallback Callback, void *Arg) {
  ForEachBlockLocked(Callback, Arg);
}
bool WordIsPoisoned(uptr Addr) { return AddressIsPoisoned(Addr); }

} // namespace __lsan

// Defined by lsan_common; its public header clashes with sanitizer_common's
// internal one.
extern "C" SANITIZER_INTERFACE_ATTRIBUTE int __lsan_do_recoverable_leak_check();

int __memscope_leak_check() {
  return __lsan_do_recoverable_leak_check();
}

//===- memscope_thread.cpp - thread ids and per-thread state --------------===//
//
// See memscope_thread.h. The table of thread infos is reserved once without
// backing (pages appear as threads are created) and indexed by id, so looking
// up a thread in a report needs no lock.
//
// See also: memscope_interceptors.cpp (pthread_create interceptor).
//===----------------------------------------------------------------------===//
#include "memscope_thread.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_atomic.h"

namespace memscope {

MEMSCOPE_TLS ThreadState CurrentThreadState;

namespace {
constexpr uptr kMaxThreads = 1 << 20;
ThreadInfo *ThreadTable;
atomic_uint32_t NextTid;
} // namespace

void InitializeMainThread() {
  ThreadTable = reinterpret_cast<ThreadInfo *>(
      MmapNoReserveOrDie(kMaxThreads * sizeof(ThreadInfo), "thread table"));
  atomic_store_relaxed(&NextTid, 1);
  ThreadTable[kMainTid] = {kInvalidTid, 0};
  StartThread(kMainTid);
}

ThreadId RegisterThread(ThreadId Parent, u32 CreationStack) {
  ThreadId Tid = atomic_fetch_add(&NextTid, 1, memory_order_relaxed);
  if (Tid < kMaxThreads)
    ThreadTable[Tid] = {Parent, CreationStack};
  TraceThreadCreated(Tid, Parent, CreationStack);
  return Tid;
}

void StartThread(ThreadId Tid) {
  ThreadState &T = CurrentThread();
  T.Tid = Tid;
  T.Registered = true;
}

ThreadId CurrentTid() {
  ThreadState &T = CurrentThread();
  if (UNLIKELY(!T.Registered)) {
    if (!ThreadTable) // Before initialisation only the main thread runs.
      return kMainTid;
    StartThread(RegisterThread(kInvalidTid, 0));
  }
  return T.Tid;
}

bool GetCurrentThreadStack(uptr *Top, uptr *Bottom) {
  ThreadState &T = CurrentThread();
  if (UNLIKELY(!T.StackKnown)) {
    // pthread_getattr_np allocates; the allocation it makes asks for a stack
    // trace again, which then gets a one-frame trace instead of recursing.
    if (T.ComputingStack || !MemscopeInited)
      return false;
    T.ComputingStack = true;
    GetThreadStackTopAndBottom(CurrentTid() == kMainTid, &T.StackTop,
                               &T.StackBottom);
    T.ComputingStack = false;
    T.StackKnown = true;
  }
  *Top = T.StackTop;
  *Bottom = T.StackBottom;
  return true;
}

const ThreadInfo *FindThreadInfo(ThreadId Tid) {
  if (!ThreadTable || Tid >= kMaxThreads ||
      Tid >= atomic_load_relaxed(&NextTid))
    return nullptr;
  return &ThreadTable[Tid];
}

} // namespace memscope

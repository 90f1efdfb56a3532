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
#include "sanitizer_common/sanitizer_mutex.h"

#include <pthread.h>

namespace memscope {

MEMSCOPE_TLS ThreadState CurrentThreadState;

namespace {
constexpr uptr kMaxThreads = 1 << 20;
ThreadInfo *ThreadTable;
atomic_uint32_t NextTid;
StaticSpinMutex ThreadTableMu;
// Its destructor marks the thread finished, however it ends (return from
// the start routine or pthread_exit).
pthread_key_t FinishKey;

void FinishThread(void *Arg) {
  ThreadId Tid = static_cast<ThreadId>(reinterpret_cast<uptr>(Arg) - 1);
  SpinMutexLock L(&ThreadTableMu);
  ThreadTable[Tid].Running = false;
}
} // namespace

void InitializeMainThread() {
  ThreadTable = reinterpret_cast<ThreadInfo *>(
      MmapNoReserveOrDie(kMaxThreads * sizeof(ThreadInfo), "thread table"));
  atomic_store_relaxed(&NextTid, 1);
  CHECK_EQ(pthread_key_create(&FinishKey, FinishThread), 0);
  ThreadTable[kMainTid].Parent = kInvalidTid;
  StartThread(kMainTid);
}

ThreadId RegisterThread(ThreadId Parent, u32 CreationStack) {
  ThreadId Tid = atomic_fetch_add(&NextTid, 1, memory_order_relaxed);
  if (Tid < kMaxThreads) {
    ThreadTable[Tid].Parent = Parent;
    ThreadTable[Tid].CreationStack = CreationStack;
  }
  TraceThreadCreated(Tid, Parent, CreationStack);
  return Tid;
}

void StartThread(ThreadId Tid) {
  ThreadState &T = CurrentThread();
  T.Tid = Tid;
  T.Registered = true;
  if (Tid >= kMaxThreads)
    return;
  // The stack and static TLS are leak-check roots, and the stack bounds are
  // what the fast unwinder needs. Finding them allocates for threads other
  // than the main one; the stack traces of those allocations stay short.
  uptr StackBegin, StackSize, TlsBegin, TlsSize;
  T.ComputingStack = true;
  GetThreadStackAndTls(Tid == kMainTid, &StackBegin, &StackSize, &TlsBegin,
                       &TlsSize);
  T.ComputingStack = false;
  T.StackBottom = StackBegin;
  T.StackTop = StackBegin + StackSize;
  T.StackKnown = true;
  {
    SpinMutexLock L(&ThreadTableMu);
    ThreadInfo &Info = ThreadTable[Tid];
    Info.OsId = GetTid();
    Info.StackBegin = StackBegin;
    Info.StackEnd = StackBegin + StackSize;
    Info.TlsBegin = TlsBegin;
    Info.TlsEnd = TlsBegin + TlsSize;
    Info.Running = true;
  }
  if (Tid != kMainTid)
    pthread_setspecific(FinishKey, reinterpret_cast<void *>(Tid + 1));
}

void LockThreadTable() { ThreadTableMu.Lock(); }
void UnlockThreadTable() { ThreadTableMu.Unlock(); }

void ForEachRunningThread(void (*Fn)(const ThreadInfo &, void *), void *Arg) {
  u32 End = atomic_load_relaxed(&NextTid);
  for (u32 Tid = 0; Tid < End && Tid < kMaxThreads; ++Tid)
    if (ThreadTable[Tid].Running)
      Fn(ThreadTable[Tid], Arg);
}

void ThreadTableAfterForkChild() {
  u32 End = atomic_load_relaxed(&NextTid);
  ThreadId Self = CurrentTid();
  for (u32 Tid = 0; Tid < End && Tid < kMaxThreads; ++Tid)
    ThreadTable[Tid].Running = Tid == Self;
  if (Self < kMaxThreads)
    ThreadTable[Self].OsId = GetTid();
}

void RefreshMainThreadOsId() {
  if (CurrentThread().Registered && CurrentThread().Tid == kMainTid)
    ThreadTable[kMainTid].OsId = GetTid();
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

//===- memscope_thread.cpp - thread ids and per-thread state --------------===//
//
// See memscope_thread.h. The table of thread infos is reserved once without
// backing (pages appear as threads are created) and indexed by id, so looking
// up a thread in a report needs no lock.
//
// See also: memscope_interceptors.cpp (pthread_create interceptor).
//===----------------------------------------------------------------------===//
#include "memscope_thread.h"
#include "memscope_flags.h"
#include "memscope_stack_frames.h"
#include "memscope_trace.h"

#include "sanitizer_common/sanitizer_atomic.h"
#include "sanitizer_common/sanitizer_linux.h"
#include "sanitizer_common/sanitizer_mutex.h"

#include <pthread.h>
#include <signal.h>

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

// The key's value: the thread id plus one, and in the high half the round
// of destructor calls. The thread stays running, its stack and TLS roots,
// until the last round glibc makes: the program's own key destructors run
// in the earlier ones, and may free what only TLS holds, or check for
// leaks (as with LSan).
constexpr uptr kRoundShift = 32;
// glibc's PTHREAD_DESTRUCTOR_ITERATIONS (the freestanding build has no
// <limits.h> of glibc's).
constexpr uptr kDestructorRounds = 4;

void FinishThread(void *Arg) {
  uptr Value = reinterpret_cast<uptr>(Arg);
  uptr Round = Value >> kRoundShift;
  if (Round < kDestructorRounds) {
    pthread_setspecific(FinishKey, reinterpret_cast<void *>(
                                       Value + (uptr(1) << kRoundShift)));
    return;
  }
  ThreadId Tid =
      static_cast<ThreadId>((Value & ((uptr(1) << kRoundShift) - 1)) - 1);
  // The stack may be reused (a stack the program gave, or glibc's cache)
  // with the redzones of frames a cancellation left behind.
  ClearStaleStackShadow();
  if (CurrentThread().OwnAltStack) {
    UnsetAlternateSignalStack();
    CurrentThread().OwnAltStack = false;
  }
  {
    SpinMutexLock L(&ThreadTableMu);
    ThreadTable[Tid].Running = false;
    ThreadTable[Tid].FakeStack = 0;
    ThreadTable[Tid].Dtls = nullptr;
    ReleaseFakeStack();
  }
  DTLS_Destroy();
}

// The thread whose pthread_t is Self (thread table locked), or null.
ThreadInfo *FindBySelfLocked(uptr Self) {
  u32 End = atomic_load_relaxed(&NextTid);
  for (u32 Tid = End < kMaxThreads ? End : kMaxThreads; Tid-- > 0;)
    if (ThreadTable[Tid].Self == Self)
      return &ThreadTable[Tid];
  return nullptr;
}
} // namespace

void InitializeMainThread() {
  ThreadTable = reinterpret_cast<ThreadInfo *>(
      ReserveTableOrDie(kMaxThreads * sizeof(ThreadInfo), "thread table"));
  atomic_store_relaxed(&NextTid, 1);
  CHECK_EQ(pthread_key_create(&FinishKey, FinishThread), 0);
  ThreadTable[kMainTid].Parent = kInvalidTid;
  // Another thread may join the main thread once it called pthread_exit.
  ThreadTable[kMainTid].Self = reinterpret_cast<uptr>(pthread_self());
  StartThread(kMainTid);
}

ThreadId RegisterThread(ThreadId Parent, u32 CreationStack) {
  ThreadId Tid = atomic_fetch_add(&NextTid, 1, memory_order_relaxed);
  if (Tid < kMaxThreads) {
    ThreadTable[Tid].Id = Tid;
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
    Info.Dtls = DTLS_Get();
    Info.Running = true;
  }
  if (Tid == kMainTid)
    return;
  // glibc may give the thread a stack where another thread's fake stack
  // was, or its own cached stack with the redzones of frames a
  // cancellation left: the shadow is cleared before anything runs on it.
  ClearStaleStackShadow();
  pthread_setspecific(FinishKey, reinterpret_cast<void *>(
                                     (uptr(1) << kRoundShift) | (Tid + 1)));
  // As the main thread's (InstallDeadlySignalHandlers): the SEGV of a stack
  // overflow is handled on a stack of its own. One the program set stays.
  if (common_flags()->use_sigaltstack && flags()->handle_segv) {
    stack_t Old;
    if (!internal_iserror(internal_sigaltstack(nullptr, &Old)) &&
        (Old.ss_flags & SS_DISABLE)) {
      SetAlternateSignalStack();
      T.OwnAltStack = true;
    }
  }
}

void NoteThreadArg(ThreadId Tid, uptr Arg, bool Detached) {
  if (Tid >= kMaxThreads)
    return;
  SpinMutexLock L(&ThreadTableMu);
  ThreadTable[Tid].StartArg = Arg;
  ThreadTable[Tid].Detached = Detached;
}

bool AttrSaysDetached(const void *Attr) {
  int State = PTHREAD_CREATE_JOINABLE;
  if (Attr)
    pthread_attr_getdetachstate(static_cast<const pthread_attr_t *>(Attr),
                                &State);
  return State == PTHREAD_CREATE_DETACHED;
}

void NoteThreadSelf(ThreadId Tid, uptr Self) {
  if (Tid >= kMaxThreads)
    return;
  SpinMutexLock L(&ThreadTableMu);
  ThreadTable[Tid].Self = Self;
}

void NoteThreadGotArg(ThreadId Tid) {
  if (Tid >= kMaxThreads)
    return;
  SpinMutexLock L(&ThreadTableMu);
  ThreadTable[Tid].StartArg = 0;
  ThreadTable[Tid].Self = reinterpret_cast<uptr>(pthread_self());
}

void NoteThreadReturned(ThreadId Tid, uptr Retval) {
  if (Tid >= kMaxThreads || Tid == kMainTid) // nobody joins the main thread
    return;
  SpinMutexLock L(&ThreadTableMu);
  if (!ThreadTable[Tid].Detached)
    ThreadTable[Tid].Retval = Retval;
}

void NoteThreadJoined(uptr Self) {
  SpinMutexLock L(&ThreadTableMu);
  if (ThreadInfo *T = FindBySelfLocked(Self)) {
    T->Retval = 0;
    T->Joined = Self;
    T->Self = 0; // pthread_t values are reused
  }
}

void CheckJoin(uptr Self) {
  if (!ThreadTable || !flags()->detect_invalid_join)
    return;
  const char *Why;
  {
    SpinMutexLock L(&ThreadTableMu);
    // Past the table's end, threads are not recorded: none is known.
    if (atomic_load_relaxed(&NextTid) >= kMaxThreads)
      return;
    ThreadInfo *T = FindBySelfLocked(Self);
    if (T && !T->Detached)
      return;
    if (T) {
      Why = "detached";
    } else {
      // A thread memscope never saw made is let be: only a pthread_t
      // joined before and not handed out since is known to be gone.
      u32 End = atomic_load_relaxed(&NextTid);
      u32 Tid = End;
      while (Tid-- > 0 && ThreadTable[Tid].Joined != Self) {
      }
      if (Tid >= End)
        return;
      Why = "already joined";
    }
  }
  Report("ERROR: memscope: Joining %s thread, aborting.\n", Why);
  Die();
}

void NoteThreadDetached(uptr Self) {
  SpinMutexLock L(&ThreadTableMu);
  if (ThreadInfo *T = FindBySelfLocked(Self)) {
    T->Detached = true;
    T->Retval = 0;
  }
}

void ForEachPendingThreadValue(void (*Fn)(uptr Value, void *), void *Arg) {
  u32 End = atomic_load_relaxed(&NextTid);
  for (u32 Tid = 0; Tid < End && Tid < kMaxThreads; ++Tid) {
    if (ThreadTable[Tid].StartArg)
      Fn(ThreadTable[Tid].StartArg, Arg);
    if (ThreadTable[Tid].Retval)
      Fn(ThreadTable[Tid].Retval, Arg);
  }
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

ThreadId CurrentTidSlow() {
  ThreadState &T = CurrentThread();
  if (!T.Registered) {
    if (!ThreadTable) // Before initialisation only the main thread runs.
      return kMainTid;
    StartThread(RegisterThread(kInvalidTid, 0));
  }
  return T.Tid;
}

// GetCurrentThreadStack's first call in a thread.
bool ComputeCurrentThreadStack(uptr *Top, uptr *Bottom) {
  ThreadState &T = CurrentThread();
  if (!T.StackKnown) {
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

void GetCurrentThreadTls(uptr *Begin, uptr *End) {
  *Begin = *End = 0;
  // Reads what the thread knows; never starts it (__tls_get_addr may run
  // inside the dynamic loader, under its lock).
  const ThreadState &T = CurrentThread();
  if (!T.Registered || !T.StackKnown || T.Tid >= kMaxThreads)
    return;
  *Begin = ThreadTable[T.Tid].TlsBegin;
  *End = ThreadTable[T.Tid].TlsEnd;
}

const ThreadInfo *FindThreadInfo(ThreadId Tid) {
  if (!ThreadTable || Tid >= kMaxThreads ||
      Tid >= atomic_load_relaxed(&NextTid))
    return nullptr;
  return &ThreadTable[Tid];
}

} // namespace memscope

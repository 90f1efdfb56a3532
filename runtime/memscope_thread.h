//===- memscope_thread.h - thread ids and per-thread state ------*- C++ -*-===//
//
// Threads are numbered T0 (main), T1, T2... in the order pthread_create was
// called. Each has a small per-thread state in initial-exec TLS (no
// __tls_get_addr on the hot path) and an entry in a lock-free table that
// records who created it and where, for "Thread T1 created by T0 here:".
//
// See also: memscope_interceptors.cpp (pthread_create), memscope_stack.cpp.
//===----------------------------------------------------------------------===//
#ifndef MEMSCOPE_THREAD_H
#define MEMSCOPE_THREAD_H

#include "memscope_internal.h"

#include "sanitizer_common/sanitizer_tls_get_addr.h"

namespace memscope {

// A thread's id as printed in reports (the N of TN).
using ThreadId = u32;
constexpr ThreadId kMainTid = 0;
constexpr ThreadId kInvalidTid = ~0U;

struct MallocStorage; // memscope_allocator.cpp

struct ThreadState {
  ThreadId Tid;
  bool Registered;        // Tid is valid
  bool StackKnown;        // StackTop/StackBottom are valid
  bool ComputingStack;    // guards re-entry from pthread_getattr_np's malloc
  uptr StackTop, StackBottom;
  MallocStorage *Malloc;  // lazily created, freed at thread exit
  uptr FakeStack;         // memscope_stack_frames.cpp: 0 none yet, 1 never
  // The frames of the fake stack in use, [FakeBeg, FakeEnd); empty if none.
  uptr FakeBeg, FakeEnd;
  u32 FakeStackSuppressed; // __asan_suppress_fake_stack calls not undone
  // The stack __sanitizer_start_switch_fiber announced, [Bottom, Top), which
  // __sanitizer_finish_switch_fiber makes the current one.
  uptr NextStackTop, NextStackBottom;
  // The stack of the context swapcontext or setcontext last switched to
  // when it lies inside the thread's own (a coroutine's stack in a frame's
  // array), [ContextBottom, ContextTop); empty otherwise.
  uptr ContextBottom, ContextTop;
  // The runtime gave the thread an alternate signal stack (a stack
  // overflow is then reported), to be unmapped when it ends.
  bool OwnAltStack;
};

#define MEMSCOPE_TLS __thread __attribute__((tls_model("initial-exec")))
extern MEMSCOPE_TLS ThreadState CurrentThreadState;

inline ThreadState &CurrentThread() { return CurrentThreadState; }
// The current thread's id; threads the runtime did not see start (created
// before it initialised) are given an id on first use (the slow path).
ThreadId CurrentTidSlow();
ALWAYS_INLINE ThreadId CurrentTid() {
  const ThreadState &T = CurrentThread();
  return LIKELY(T.Registered) ? T.Tid : CurrentTidSlow();
}

// Called in the parent by the pthread_create interceptor.
ThreadId RegisterThread(ThreadId Parent, u32 CreationStack);
// Called first thing in the new thread.
void StartThread(ThreadId Tid);
// The pthread_create interceptor hands Arg to thread Tid; the thread's
// start wrapper then says it has it and, later, what it returned.
void NoteThreadArg(ThreadId Tid, uptr Arg, bool Detached);
void NoteThreadSelf(ThreadId Tid, uptr Self);
// Whether the pthread_attr_t at Attr (may be null) makes a detached thread.
bool AttrSaysDetached(const void *Attr);
void NoteThreadGotArg(ThreadId Tid);
void NoteThreadReturned(ThreadId Tid, uptr Retval);
// pthread_join and pthread_detach of the thread whose pthread_t is Self.
void NoteThreadJoined(uptr Self);
// Before a join of Self (detect_invalid_join): stops the program, as ASan
// does, if Self is a thread it already joined or one detached.
void CheckJoin(uptr Self);
void NoteThreadDetached(uptr Self);
// For the leak checker (thread table locked): every argument and return
// value still pending.
void ForEachPendingThreadValue(void (*Fn)(uptr Value, void *), void *Arg);
// Stack bounds for the fast unwinder; false while they cannot be known yet.
bool ComputeCurrentThreadStack(uptr *Top, uptr *Bottom);
ALWAYS_INLINE bool GetCurrentThreadStack(uptr *Top, uptr *Bottom) {
  const ThreadState &T = CurrentThread();
  if (UNLIKELY(!T.StackKnown))
    return ComputeCurrentThreadStack(Top, Bottom);
  *Top = T.StackTop;
  *Bottom = T.StackBottom;
  return true;
}

struct ThreadInfo {
  ThreadId Id;
  ThreadId Parent;
  u32 CreationStack;
  // Set while the thread runs (guarded by the thread lock): the roots the
  // leak checker scans.
  bool Running;
  tid_t OsId;
  uptr StackBegin, StackEnd, TlsBegin, TlsEnd;
  // Its dynamic TLS blocks as __tls_get_addr handed them out (leak-check
  // roots; sanitizer_common's record, with intercept_tls_get_addr).
  DTLS *Dtls;
  // Its frames of locals for use-after-return (memscope_stack_frames.cpp),
  // or 0.
  uptr FakeStack;
  // What the program handed to the thread and has not got back yet, kept
  // reachable as LSan keeps it: the argument until the thread starts, and
  // what the start routine returned until the thread is joined (never, if
  // detached). Self: the thread's pthread_t; Joined: what it was, once
  // the thread was joined (pthread_t values are reused).
  uptr StartArg, Retval, Self, Joined;
  bool Detached;
};
// Null for ids never handed out.
const ThreadInfo *FindThreadInfo(ThreadId Tid);
// The calling thread's static TLS, or an empty range before it is known
// (before the runtime started the thread).
void GetCurrentThreadTls(uptr *Begin, uptr *End);

// For the leak checker: the thread table stays as it is between these.
void LockThreadTable();
void UnlockThreadTable();
// Calls Fn for every running thread (thread table locked).
void ForEachRunningThread(void (*Fn)(const ThreadInfo &, void *), void *Arg);
// The main thread's OS id can change in a fork()ed child.
void RefreshMainThreadOsId();
// In a fork()ed child only the forking thread runs.
void ThreadTableAfterForkChild();

} // namespace memscope

#endif // MEMSCOPE_THREAD_H

// ===- test/Runtime/leak/thread-values.c - what threads hand back ---------===
//
// As in LSan: what a thread's start routine returned (or passed to
// pthread_exit) stays reachable until the thread is joined, and is leaked once the program drops it (or
// detached the thread); a thread's TLS stays a root while the program's own
// key destructors run, so a check from one of them sees what TLS holds.
//
// See also: runtime/memscope_thread.cpp (pending values, destructor rounds).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t -lpthread && not %t 2>&1 | FileCheck %s
// log_threads names each thread a check scans and its creator, as LSan does.
// RUN: env LSAN_OPTIONS=log_threads=1 not %t 2>&1 | FileCheck %s --check-prefix=THREADS

#include <pthread.h>
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static __thread char *PerThread;
static pthread_key_t Key;

void *returnBlock(void *Arg) {
  (void)Arg;
  return malloc(234);
}

void *exitWithBlock(void *Arg) {
  (void)Arg;
  pthread_exit(malloc(345));
}

void destructor(void *Value) {
  (void)Value;
  // PerThread is still in this thread's TLS: no leak.
  fprintf(stderr, "in destructor: %d\n", __lsan_do_recoverable_leak_check());
  free(PerThread);
}

void *useKey(void *Arg) {
  (void)Arg;
  PerThread = malloc(77);
  pthread_setspecific(Key, (void *)1);
  return 0;
}

int main(void) {
  pthread_key_create(&Key, destructor);
  pthread_t T;
  pthread_create(&T, 0, useKey, 0);
  pthread_join(T, 0);

  pthread_create(&T, 0, returnBlock, 0);
  // Finished or not, its result is the program's until joined.
  fprintf(stderr, "before join: %d\n", __lsan_do_recoverable_leak_check());
  void *Result;
  pthread_join(T, &Result);
  fprintf(stderr, "joined: %d\n", __lsan_do_recoverable_leak_check());
  free(Result);

  pthread_create(&T, 0, exitWithBlock, 0);
  usleep(20000);
  fprintf(stderr, "pthread_exit: %d\n", __lsan_do_recoverable_leak_check());
  pthread_join(T, &Result);
  free(Result);

  pthread_create(&T, 0, returnBlock, 0);
  pthread_detach(T);
  // The detached thread's result is dropped when it returns.
  int Leaked = 0;
  for (int I = 0; I < 500 && !Leaked; ++I) {
    usleep(10000);
    Leaked = __lsan_do_recoverable_leak_check();
  }
  fprintf(stderr, "detached: %d\n", Leaked);
  return 0;
}

// CHECK: in destructor: 0
// CHECK: before join: 0
// CHECK: joined: 0
// CHECK: pthread_exit: 0
// CHECK: Direct leak of 234 byte(s) in 1 object(s) allocated from:
// At -O2 returnBlock's call to malloc is a tail call: the frame above
// malloc is then the runtime's thread start.
// CHECK: #1 {{.*}} in {{returnBlock|.*ThreadStart}}
// CHECK: detached: 1
// CHECK: SUMMARY: memscope: 234 byte(s) leaked in 1 allocation(s).

// THREADS: Thread T0/{{[0-9]+}} was created by T-1
// THREADS: Thread T{{[1-9][0-9]*}}/{{[0-9]+}} was created by T0/{{[0-9]+}}

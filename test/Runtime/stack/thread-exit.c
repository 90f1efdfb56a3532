// ===- test/Runtime/stack/thread-exit.c - frames a thread ends in ---------===//
//
// A thread that ends without returning from its frames (pthread_exit from
// below its start routine, a cancellation while it waits) leaves them on
// its fake stack, which memscope keeps for a while after the thread so that
// a local of it read later is stack-use-after-return (ASan unmaps it: a
// SEGV). Those frames count as returned when the thread ends: a pointer to
// a local the joiner got from pthread_exit's value, or one a cancelled
// thread published, is reported where it is read. -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp (ReleaseFakeStack).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -lpthread
// RUN: not %t exit 2>&1 | FileCheck %s --check-prefix=EXIT
// RUN: not %t cancel 2>&1 | FileCheck %s --check-prefix=CANCEL
// RUN: %clang_memscope -O2 %s -o %t -lpthread
// RUN: not %t exit 2>&1 | FileCheck %s --check-prefix=EXIT
// RUN: not %t cancel 2>&1 | FileCheck %s --check-prefix=CANCEL

#include <pthread.h>
#include <stdio.h>
#include <string.h>

static int Seed = 3;
static long *volatile Published;
static pthread_mutex_t Mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t Ready = PTHREAD_COND_INITIALIZER, Never = PTHREAD_COND_INITIALIZER;

__attribute__((noinline)) static void leave(int Depth) {
  long Local[10];
  for (int I = 0; I < 10; ++I)
    Local[I] = Seed + Depth + I;
  if (Depth == 0)
    pthread_exit(Local);
  leave(Depth - 1);
  Local[0]++;
}

static void *exiting(void *Arg) {
  leave(4);
  return Arg;
}

__attribute__((noinline)) static void wait(void) {
  long Local[10];
  for (int I = 0; I < 10; ++I)
    Local[I] = Seed + I;
  pthread_mutex_lock(&Mu);
  Published = Local;
  pthread_cond_signal(&Ready);
  for (;;)
    pthread_cond_wait(&Never, &Mu); // cancelled here
}

static void unlock(void *Arg) { pthread_mutex_unlock(&Mu); }

static void *cancelled(void *Arg) {
  pthread_cleanup_push(unlock, 0);
  wait();
  pthread_cleanup_pop(0);
  return Arg;
}

int main(int Argc, char **Argv) {
  pthread_t T;
  if (!strcmp(Argv[1], "exit")) {
    void *Value;
    pthread_create(&T, 0, exiting, 0);
    pthread_join(T, &Value);
    long *P = Value;
    printf("%ld\n", P[Seed]); // EXIT
  } else {
    pthread_mutex_lock(&Mu);
    pthread_create(&T, 0, cancelled, 0);
    while (!Published)
      pthread_cond_wait(&Ready, &Mu);
    pthread_mutex_unlock(&Mu);
    pthread_cancel(T);
    pthread_join(T, 0);
    printf("%ld\n", Published[Seed]); // CANCEL
  }
  return 0;
}

// EXIT: ERROR: memscope: stack-use-after-return
// EXIT: READ of size 8
// EXIT: #0 {{.*}} in main {{.*}}thread-exit.c:[[@LINE-16]]
// CANCEL: ERROR: memscope: stack-use-after-return
// CANCEL: READ of size 8
// CANCEL: #0 {{.*}} in main {{.*}}thread-exit.c:[[@LINE-10]]

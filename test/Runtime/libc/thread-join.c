// ===- test/Runtime/libc/thread-join.c - joins of threads gone or detached -===//
//
// Joining a thread twice, or a detached one, is undefined in glibc (a
// crash, a hang, or another thread's value): as ASan does by default
// (detect_invalid_join), memscope stops the program at the join, through
// pthread_join, pthread_tryjoin_np and pthread_timedjoin_np alike. Joins
// that are right stay quiet: threads joined once each (their pthread_t
// values reused), a try-join that waits, and the main thread joined by
// another after its pthread_exit, a C11 thread (made without
// pthread_create's interceptor) joined by pthread_join.
// detect_invalid_join=0 lets glibc answer.
//
// See also: runtime/memscope_thread.cpp (CheckJoin).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 -pthread %s -o %t
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t twice 2>&1 | FileCheck %s --check-prefix=JOINED
// RUN: not %t try 2>&1 | FileCheck %s --check-prefix=JOINED
// RUN: not %t timed 2>&1 | FileCheck %s --check-prefix=JOINED
// RUN: not %t detached 2>&1 | FileCheck %s --check-prefix=DETACHED
// RUN: env MEMSCOPE_OPTIONS=detect_invalid_join=0 %t detached 2>&1 | FileCheck %s --check-prefix=ALLOWED
// RUN: %t main 2>&1 | FileCheck %s --check-prefix=MAIN --implicit-check-not=ERROR
// RUN: %t c11 2>&1 | FileCheck %s --check-prefix=C11 --implicit-check-not=ERROR
// RUN: %clang_memscope -O2 -pthread %s -o %t
// RUN: %t clean 2>&1 | FileCheck %s --check-prefix=CLEAN --implicit-check-not=ERROR
// RUN: not %t twice 2>&1 | FileCheck %s --check-prefix=JOINED

#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <threads.h>
#include <time.h>
#include <unistd.h>

static pthread_t MainThread;

static void *Work(void *Arg) { return Arg; }

static void *Linger(void *Arg) {
  sleep(1);
  return Arg;
}

static int C11Work(void *Arg) { return 5; }

static void *JoinMain(void *Arg) {
  void *Value;
  int Result = pthread_join(MainThread, &Value);
  fprintf(stderr, "joined main: %d\n", Result);
  return Arg;
}

int main(int argc, char **argv) {
  pthread_t T;
  void *Value;
  const char *Mode = argv[1];
  if (!strcmp(Mode, "clean")) {
    long Sum = 0;
    for (long I = 0; I < 200; ++I) {
      pthread_create(&T, NULL, Work, (void *)I);
      pthread_join(T, &Value);
      Sum += (long)Value;
    }
    pthread_create(&T, NULL, Linger, (void *)7L);
    while (pthread_tryjoin_np(T, &Value) == EBUSY)
      usleep(1000);
    fprintf(stderr, "sum %ld, then %ld\n", Sum, (long)Value);
    return 0;
  }
  if (!strcmp(Mode, "c11")) {
    // Two rounds: the second thread may get the first's pthread_t.
    for (int Round = 0; Round < 2; ++Round) {
      thrd_t C;
      thrd_create(&C, C11Work, NULL);
      fprintf(stderr, "c11 join: %d\n", pthread_join(C, &Value));
    }
    pthread_create(&T, NULL, Work, NULL);
    pthread_join(T, &Value);
    thrd_t C;
    thrd_create(&C, C11Work, NULL);
    fprintf(stderr, "c11 join: %d\n", pthread_join(C, &Value));
    return 0;
  }
  pthread_create(&T, NULL, strcmp(Mode, "detached") ? Work : Linger, NULL);
  if (!strcmp(Mode, "twice")) {
    pthread_join(T, &Value);
    pthread_join(T, &Value);
  } else if (!strcmp(Mode, "try")) {
    while (pthread_tryjoin_np(T, &Value))
      usleep(1000);
    pthread_tryjoin_np(T, &Value);
  } else if (!strcmp(Mode, "timed")) {
    struct timespec Deadline;
    clock_gettime(CLOCK_REALTIME, &Deadline);
    Deadline.tv_sec += 10;
    pthread_timedjoin_np(T, &Value, &Deadline);
    pthread_timedjoin_np(T, &Value, &Deadline);
  } else if (!strcmp(Mode, "detached")) {
    pthread_detach(T);
    fprintf(stderr, "join: %s\n", strerror(pthread_join(T, &Value)));
  } else if (!strcmp(Mode, "main")) {
    MainThread = pthread_self();
    pthread_create(&T, NULL, JoinMain, NULL);
    pthread_exit(NULL);
  }
  return 0;
}

// CLEAN: sum 19900, then 7
// JOINED: ERROR: memscope: Joining already joined thread, aborting.
// DETACHED: ERROR: memscope: Joining detached thread, aborting.
// ALLOWED: join: Invalid argument
// MAIN: joined main: 0
// C11: c11 join: 0
// C11: c11 join: 0
// C11: c11 join: 0

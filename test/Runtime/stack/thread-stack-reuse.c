// ===- test/Runtime/stack/thread-stack-reuse.c - a dead thread's fake stack ===//
//
// A thread's fake stack is unmapped some time after the thread ends (when
// 4 more have ended). Until then a local of the ended thread, read through
// a pointer it left, is stack-use-after-return (ASan unmaps it at once: a
// SEGV). Memory mapped there later by code no interceptor sees (glibc's
// stack for a new thread, a raw mmap system call) must read clean: the
// runtime clears the f5 of the frames given back when it unmaps the fake
// stack. (leveldb's multi-threaded test, which starts and ends threads in
// rounds, got a false stack-use-after-return in sigaltstack at a thread's
// start; a thread now also clears its stack's shadow before the runtime's
// start-up code uses it.) -O0 and -O2.
//
// See also: runtime/memscope_stack_frames.cpp (ReleaseFakeStack),
// runtime/memscope_thread.cpp (StartThread).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t -pthread
// RUN: %t 2>&1 | FileCheck %s
// RUN: not %t ended 2>&1 | FileCheck %s --check-prefix=ENDED
// RUN: %clang_memscope -O2 %s -o %t -pthread
// RUN: %t 2>&1 | FileCheck %s
// RUN: not %t ended 2>&1 | FileCheck %s --check-prefix=ENDED

#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE 0x100000
#endif

static char *volatile Seen;

__attribute__((noinline)) static int Fill(int Depth) {
  char Buf[200];
  memset(Buf, Depth, sizeof Buf);
  Seen = Buf;
  int Sum = Buf[Depth % 200];
  if (Depth > 0)
    Sum += Fill(Depth - 1);
  return Sum;
}

static void *Worker(void *Arg) {
  (void)Arg;
  return (void *)(long)Fill(40);
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "ended")) {
    // Until then, a local of an ended thread read through the pointer it
    // left is stack-use-after-return, the thread and variable named.
    pthread_t T;
    pthread_create(&T, 0, Worker, 0);
    pthread_join(T, 0);
    return Seen[3]; // ENDED
  }
  // The runtime keeps the fake stacks of the last 4 threads that ended:
  // the first worker's is unmapped when the fifth ends.
  char *First = 0;
  for (int I = 0; I < 5; ++I) {
    pthread_t T;
    pthread_create(&T, 0, Worker, 0);
    pthread_join(T, 0);
    if (!First)
      First = Seen;
  }
  // The page of a frame the first worker gave back, mapped again behind
  // the interceptors' back, and read whole.
  long Page = sysconf(_SC_PAGESIZE);
  char *Beg = (char *)((unsigned long)First & ~(unsigned long)(Page - 1));
  long R = syscall(SYS_mmap, Beg, Page, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
  if (R != (long)Beg) {
    printf("remapped elsewhere\n"); // the address was taken meanwhile
    return 0;
  }
  volatile char *P = Beg;
  int Sum = 0;
  for (long I = 0; I < Page; ++I)
    Sum += P[I];
  printf("remapped page read: %d\n", Sum);
  return 0;
}
// ENDED: ERROR: memscope: stack-use-after-return
// ENDED: READ of size 1
// ENDED-NEXT: #0 {{.*}} in main {{.*}}thread-stack-reuse.c:[[#@LINE-31]]
// ENDED: is located in stack of thread T1 at offset {{[0-9]+}} in frame
// ENDED-NEXT: #0 {{.*}} in Fill
// ENDED: 'Buf' (line {{[0-9]+}}) <== Memory access at offset {{[0-9]+}} is inside this variable

// CHECK-NOT: ERROR: memscope
// CHECK: remap{{ped page read: 0|ped elsewhere}}
// CHECK-NOT: ERROR: memscope

// ===- test/Runtime/use-after-free/thread-chain.c - threads made by threads ===//
//
// A block allocated, freed and used by three threads, each made by a
// runner thread that main made: the report tells how each came to be, the
// whole chain back to T0, in ASan's order (the accessing thread, the
// freeing one, the allocating one) and each thread once, although the
// runners are gone by then.
//
// See also: runtime/memscope_report.cpp (PrintThreadCreation).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 -pthread %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 -pthread %s -o %t && not %t 2>&1 | FileCheck %s

#include <pthread.h>
#include <stdlib.h>

static int *Shared;

static void *Allocate(void *Arg) {
  Shared = malloc(sizeof(int));
  return Arg;
}
static void *Free(void *Arg) {
  free(Shared);
  return Arg;
}
static void *Use(void *Arg) {
  *(volatile int *)Shared = 1; // BOOM
  return Arg;
}

static void *Runner(void *Fn) {
  pthread_t T;
  pthread_create(&T, NULL, (void *(*)(void *))Fn, NULL);
  pthread_join(T, NULL);
  return NULL;
}

static void Run(void *(*Fn)(void *)) {
  pthread_t T;
  pthread_create(&T, NULL, Runner, (void *)Fn);
  pthread_join(T, NULL);
}

int main(void) {
  Run(Allocate);
  Run(Free);
  Run(Use);
  return 0;
}

// CHECK: ERROR: memscope: heap-use-after-free
// CHECK: WRITE of size 4 at 0x{{[0-9a-f]+}} thread T[[USE:[0-9]+]]
// CHECK: in Use{{.*}}thread-chain.c:29
// CHECK: freed by thread T[[FREE:[0-9]+]] here:
// CHECK: previously allocated by thread T[[ALLOC:[0-9]+]] here:
// CHECK: Thread T[[USE]] created by T[[USE_RUNNER:[0-9]+]] here:
// CHECK: in Runner{{.*}}thread-chain.c:35
// CHECK: Thread T[[USE_RUNNER]] created by T0 here:
// CHECK: in Run{{.*}}thread-chain.c:42
// CHECK: Thread T[[FREE]] created by T[[FREE_RUNNER:[0-9]+]] here:
// CHECK: Thread T[[FREE_RUNNER]] created by T0 here:
// CHECK: Thread T[[ALLOC]] created by T[[ALLOC_RUNNER:[0-9]+]] here:
// CHECK: Thread T[[ALLOC_RUNNER]] created by T0 here:
// CHECK-NOT: Thread T{{[0-9]+}} created by
// CHECK: SUMMARY: memscope: heap-use-after-free

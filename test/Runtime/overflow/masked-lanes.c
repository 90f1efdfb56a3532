// ===- test/Runtime/overflow/masked-lanes.c - masked and gathered accesses ===//
//
// The vectorizer's masked loads and stores, gathers and scatters (AVX2,
// AVX-512; clang's __builtin_masked_* make the same llvm.masked.*
// intrinsics on any x86-64) are checked lane by lane: an enabled lane past
// a stack, global or heap buffer is reported at the intrinsic's line with
// the element's size, and disabled lanes that point past the buffer are
// not. -O0 and -O2.
//
// See also: pass/MemoryAccess.cpp (instrumentMaskedAccess).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: not %t store 2>&1 | FileCheck %s --check-prefix=STORE
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: not %t store 2>&1 | FileCheck %s --check-prefix=STORE

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef int v8i __attribute__((ext_vector_type(8)));
typedef _Bool v8b __attribute__((ext_vector_type(8)));

int Table[6] = {1, 2, 3, 4, 5, 6};
volatile int Sink;

// The first N lanes enabled, N from the command line's length so that no
// build can fold the mask.
static v8b FirstLanes(int N) {
  v8b M = {0, 0, 0, 0, 0, 0, 0, 0};
  for (int I = 0; I < 8; ++I)
    M[I] = I < N;
  return M;
}

__attribute__((noinline)) void store_lanes(int *Dst, v8b M) {
  v8i V = {1, 2, 3, 4, 5, 6, 7, 8};
  __builtin_masked_store(M, V, Dst); // STORE
}

__attribute__((noinline)) int load_lanes(int *Src, v8b M) {
  v8i V = __builtin_masked_load(M, Src); // LOAD
  return V[0] + V[5];
}

__attribute__((noinline)) int gather_lanes(int *Base, v8b M) {
  v8i Idx = {0, 1, 2, 3, 4, 5, 6, 7};
  v8i V = __builtin_masked_gather(M, Idx, Base); // GATHER
  return V[1] + V[4];
}

__attribute__((noinline)) void scatter_lanes(int *Base, v8b M) {
  v8i Idx = {7, 6, 5, 4, 3, 2, 1, 0};
  v8i V = {1, 2, 3, 4, 5, 6, 7, 8};
  __builtin_masked_scatter(M, Idx, V, Base); // SCATTER
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  const char *Case = argv[1];
  // 6 lanes for a six-int buffer, 7 to go one past it.
  int Six = (int)strlen(Case) > 0 ? 6 : 0;
  if (!strcmp(Case, "clean")) {
    int Local[6];
    int *Heap = malloc(6 * sizeof(int));
    store_lanes(Local, FirstLanes(Six));
    store_lanes(Heap, FirstLanes(Six));
    scatter_lanes(Local - 2, FirstLanes(Six)); // lanes 0, 1 disabled
    int Sum = load_lanes(Local, FirstLanes(Six)) +
              load_lanes(Table, FirstLanes(Six)) +
              gather_lanes(Heap, FirstLanes(Six)) +
              gather_lanes(Table, FirstLanes(Six));
    free(Heap);
    printf("clean %d\n", Sum);
    return 0;
  }
  if (!strcmp(Case, "store")) {
    int Local[6];
    store_lanes(Local, FirstLanes(Six + 1));
    Sink = Local[0];
  }
  if (!strcmp(Case, "load"))
    Sink = load_lanes(Table, FirstLanes(Six + 1));
  if (!strcmp(Case, "gather")) {
    int *Heap = malloc(6 * sizeof(int));
    memset(Heap, 0, 6 * sizeof(int));
    Sink = gather_lanes(Heap, FirstLanes(Six + 2));
    free(Heap);
  }
  if (!strcmp(Case, "scatter")) {
    int *Heap = malloc(8 * sizeof(int));
    free(Heap);
    scatter_lanes(Heap, FirstLanes(1));
  }
  return 0;
}

// CASE: store stack-buffer-overflow STORE
// CASE: load global-buffer-overflow LOAD
// CASE: gather heap-buffer-overflow GATHER
// CASE: scatter heap-use-after-free SCATTER

// CLEAN: clean 28

// STORE: ERROR: memscope: stack-buffer-overflow
// STORE: WRITE of size 4
// STORE-NEXT: #0 {{.*}} in store_lanes {{.*}}masked-lanes.c:[[#@LINE-70]]
// STORE: 'Local' (line {{[0-9]+}}) <== Memory access at offset {{[0-9]+}} overflows this variable

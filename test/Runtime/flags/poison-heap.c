// ===- test/Runtime/flags/poison-heap.c - the heap left unpoisoned --------===//
//
// poison_heap=0 (ASan's option) keeps no redzones and no freed-memory
// poison: a heap overflow and a use-after-free go unreported, while what
// the chunk headers tell (a double free) and the leak check still work.
// The default reports the overflow at its line.
//
// See also: runtime/memscope_allocator.cpp (PoisonHeap), docs/Flags.md.
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 %t overflow 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 %t use-after-free 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 not %t double-free 2>&1 | FileCheck %s --check-prefix=DOUBLE
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 not %t leak 2>&1 | FileCheck %s --check-prefix=LEAK
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t overflow 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 %t overflow 2>&1 | FileCheck %s --check-prefix=QUIET
// RUN: env MEMSCOPE_OPTIONS=poison_heap=0 not %t double-free 2>&1 | FileCheck %s --check-prefix=DOUBLE

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int Index = 12;
char *volatile Kept;

int main(int Argc, char **Argv) {
  const char *C = Argv[1];
  char *Block = malloc(10);
  memset(Block, 1, 10);
  if (!strcmp(C, "overflow"))
    Block[Index] = 2; // OVERFLOW
  if (!strcmp(C, "use-after-free")) {
    free(Block);
    fprintf(stderr, "read %d\n", Block[Index - 10] > 0);
    Block = malloc(10);
  }
  if (!strcmp(C, "double-free")) {
    free(Block);
    free(Block); // DOUBLE
  }
  if (!strcmp(C, "leak")) {
    Kept = malloc(33);
    Kept = 0;
  }
  free(Block);
  fprintf(stderr, "done\n");
  return 0;
}

// DEFAULT: ERROR: memscope: heap-buffer-overflow
// DEFAULT: #0 {{.*}} in main {{.*}}poison-heap.c:[[#@LINE-20]]
// QUIET-NOT: ERROR
// QUIET: done
// QUIET-NOT: ERROR
// DOUBLE: ERROR: memscope: attempting double-free
// DOUBLE: #1 {{.*}} in main {{.*}}poison-heap.c:[[#@LINE-17]]
// LEAK: done
// LEAK: ERROR: LeakSanitizer: detected memory leaks
// LEAK: Direct leak of 33 byte(s) in 1 object(s)

// ===- test/Runtime/stack/byval-arguments.c - structs passed by value -----===//
//
// A struct over 16 bytes passed by value is copied whole by the call, from
// wherever its operand points (pass/MemoryAccess.cpp checks the copy before
// the call, as ASan does): one taken past the end of a local array, of a
// global array, of a heap block, from a freed block or from a local whose
// block has ended is reported at the call's line with ASan's kind. Copies
// at the arrays' bounds, and a tail call passing a local on, are not
// reported. -O0 and -O2.
//
// See also: stack-errors.c (the callee's own copy of its argument).
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: %clang_memscope -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// CLEAN: sum 438

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Record {
  long Key;
  long Values[4];
};

struct Record Table[4];
static volatile int Four = 4;

__attribute__((noinline)) long weigh(struct Record R) {
  return R.Key + R.Values[0] + R.Values[3];
}

// Passes its own copy on as the last thing it does (a tail call).
__attribute__((noinline)) long weigh_again(long Key) {
  struct Record R = {Key, {Key, 0, 0, Key}};
  return weigh(R);
}

static void fill(struct Record *Records, int N) {
  for (int I = 0; I < N; ++I) {
    Records[I].Key = I + 1;
    for (int J = 0; J < 4; ++J)
      Records[I].Values[J] = 10 * I + J;
  }
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  const char *Case = argv[1];
  struct Record Local[4];
  fill(Local, 4);
  fill(Table, 4);
  struct Record *Heap = malloc(4 * sizeof(struct Record));
  fill(Heap, 4);
  long Sum = 0;
  if (!strcmp(Case, "clean")) {
    for (int I = 0; I < Four; ++I)
      Sum += weigh(Local[I]) + weigh(Table[I]) + weigh(Heap[I]);
    Sum += weigh_again(Four);
    printf("sum %ld\n", Sum);
  } else if (!strcmp(Case, "stack")) {
    Sum = weigh(Local[Four]); // STACK
  } else if (!strcmp(Case, "global")) {
    Sum = weigh(Table[Four]); // GLOBAL
  } else if (!strcmp(Case, "heap")) {
    Sum = weigh(Heap[Four]); // HEAP
  } else if (!strcmp(Case, "freed")) {
    free(Heap);
    Sum = weigh(Heap[Four - 1]); // FREED
    Heap = NULL;
  } else if (!strcmp(Case, "scope")) {
    struct Record *Kept;
    {
      struct Record Inner = {7, {1, 2, 3, 4}};
      Kept = &Inner;
      Sum += Kept->Key;
    }
    Sum += weigh(*Kept); // SCOPE
  }
  free(Heap);
  return Sum == 12345;
}

// CASE: stack stack-buffer-overflow STACK
// CASE: global global-buffer-overflow GLOBAL
// CASE: heap heap-buffer-overflow HEAP
// CASE: freed heap-use-after-free FREED
// CASE: scope stack-use-after-scope SCOPE

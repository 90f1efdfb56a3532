// ===- test/Runtime/passport/address-reuse.c - a stale pointer after reuse -===
//
// Once a freed block leaves the quarantine its address can be handed out
// again, to a new passport. A stale free through the old pointer then frees
// the new block without error; the next free of it is a double free, and
// the report tells both lives of the address: the new passport (allocated,
// freed by the stale free) and the one it previously held, with its reuse.
//
// See also: runtime/memscope_allocator.cpp (PreviousOccupant).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=1 not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=1 not %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>

char *volatile Old, *volatile New, *volatile Big;

int main(int argc, char **argv) {
  Old = malloc(32 + argc - 1); // A-ALLOC
  free(Old);                   // A-FREE
  // 3 MiB of frees push Old out of a 1 MiB quarantine (FIFO).
  for (int I = 0; I < 3; ++I) {
    Big = malloc(1 << 20);
    free(Big);
  }
  New = malloc(32 + argc - 1); // B-ALLOC: Old's block, reused
  if (Old != New)
    return fprintf(stderr, "address not reused\n"), 2;
  free(Old); // STALE: frees New's block, silently
  free(New); // BOOM
  return 0;
}
// CHECK: ERROR: memscope: attempting double-free on
// CHECK: passport #[[NEW:[0-9]+]] (32 bytes): allocated by T0 at {{.*}}address-reuse.c:[[@LINE-8]]:{{.*}} → freed by T0 at {{.*}}address-reuse.c:[[@LINE-5]]
// CHECK-NEXT: this address previously held passport #{{[0-9]+}} (32 bytes): allocated by T0 at {{.*}}address-reuse.c:[[@LINE-16]]:{{.*}} → freed by T0 at {{.*}}address-reuse.c:[[@LINE-15]]:{{.*}} → evicted from quarantine → address reused by passport #[[NEW]] at {{.*}}address-reuse.c:[[@LINE-9]]

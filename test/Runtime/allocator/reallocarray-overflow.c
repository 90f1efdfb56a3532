// ===- test/Runtime/allocator/reallocarray-overflow.c - n * size wraps ----===
//
// reallocarray exists to catch count * size overflow; memscope reports it
// as reallocarray-overflow. (With allocator_may_return_null=1 it returns
// NULL and leaves the old block alone: allocator/may-return-null.c.)
//
// See also: runtime/memscope_allocator.cpp (MemscopeReallocArray).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

void *volatile Result;

int main(int argc, char **argv) {
  int *Values = malloc(4 * sizeof(int));
  Values[0] = argc;
  Result = reallocarray(Values, SIZE_MAX / 8 + argc, 16); // BOOM
  fprintf(stderr, "reallocarray returned %s\n", Result ? "memory" : "NULL");
  free(Values);
  return 0;
}

// CHECK:      ERROR: memscope: reallocarray parameters overflow: count * size (2305843009213693952 * 16) cannot be represented in type size_t (thread T0)
// CHECK-NEXT:   #0 {{.*}} in reallocarray
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}reallocarray-overflow.c:[[@LINE-8]]:
// CHECK:      SUMMARY: memscope: reallocarray-overflow {{.*}}reallocarray-overflow.c:[[@LINE-9]]:{{[0-9]+}} in main
// CHECK-NOT:  reallocarray returned

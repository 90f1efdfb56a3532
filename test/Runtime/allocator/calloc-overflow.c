// ===- test/Runtime/allocator/calloc-overflow.c - count * size wraps ------===
//
// calloc(count, size) whose product does not fit in size_t: calloc-overflow
// with both factors, instead of a silently small block. (With
// allocator_may_return_null=1 calloc returns NULL: allocator/may-return-null.c.)
//
// See also: runtime/memscope_allocator.cpp (MemscopeCalloc),
// allocator/overflow-count-unsigned.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

// Publishing the result keeps -O2 from folding `calloc(...) == NULL`.
void *volatile Result;

int main(int argc, char **argv) {
  size_t Count = SIZE_MAX / 4 + argc;
  Result = calloc(Count, 8); // BOOM
  fprintf(stderr, "calloc returned %s\n", Result ? "memory" : "NULL");
  return 0;
}

// CHECK:      ERROR: memscope: calloc parameters overflow: count * size (4611686018427387904 * 8) cannot be represented in type size_t (thread T0)
// CHECK-NEXT:   #0 {{.*}} in calloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}calloc-overflow.c:[[@LINE-7]]:
// CHECK:      HINT: {{.*}}allocator_may_return_null=1
// CHECK:      SUMMARY: memscope: calloc-overflow {{.*}}calloc-overflow.c:[[@LINE-9]]:{{[0-9]+}} in main
// CHECK-NOT:  calloc returned

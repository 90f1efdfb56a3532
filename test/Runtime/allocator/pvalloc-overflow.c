// ===- test/Runtime/allocator/pvalloc-overflow.c - a page-rounded size wraps =
//
// pvalloc(size) whose size rounded up to a page does not fit in size_t:
// pvalloc-overflow, in ASan's words, instead of a block of 0 bytes (the
// rounding wrapped). With allocator_may_return_null=1 pvalloc returns NULL.
//
// See also: runtime/memscope_allocator.cpp (MemscopePvalloc),
// allocator/calloc-overflow.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t && not %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=allocator_may_return_null=1 %t 2>&1 | FileCheck %s --check-prefix=NULL

#include <malloc.h>
#include <stdint.h>
#include <stdio.h>

void *volatile Result;

int main(int argc, char **argv) {
  size_t Size = SIZE_MAX - 6 + argc;
  Result = pvalloc(Size);
  fprintf(stderr, "pvalloc returned %s\n", Result ? "memory" : "NULL");
  return 0;
}

// CHECK:      ERROR: memscope: pvalloc parameters overflow: size 0xfffffffffffffffa rounded up to system page size 0x1000 cannot be represented in type size_t (thread T0)
// CHECK-NEXT:   #0 {{.*}} in pvalloc
// CHECK-NEXT:   #1 {{.*}} in main {{.*}}pvalloc-overflow.c:[[@LINE-7]]:
// CHECK:      SUMMARY: memscope: pvalloc-overflow
// NULL: pvalloc returned NULL

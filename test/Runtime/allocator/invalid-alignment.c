// ===- test/Runtime/allocator/invalid-alignment.c - not a power of two ----===
//
// aligned_alloc and memalign with an alignment that is not a power of two:
// invalid-allocation-alignment, naming the alignment and the caller.
//
// See also: runtime/memscope_allocator.cpp (MemscopeAlignedAlloc),
// allocator/posix-memalign.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t aligned_alloc 2>&1 | FileCheck %s --check-prefixes=CHECK,ALIGNED -DFUNC=aligned_alloc
// RUN: not %t memalign 2>&1 | FileCheck %s --check-prefixes=CHECK,MEMALIGN -DFUNC=memalign
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t aligned_alloc 2>&1 | FileCheck %s --check-prefixes=CHECK,ALIGNED -DFUNC=aligned_alloc

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *volatile Result;

int main(int argc, char **argv) {
  size_t Alignment = 46 + argc;
  if (strcmp(argv[1], "aligned_alloc") == 0)
    Result = aligned_alloc(Alignment, 96); // BOOM-ALIGNED
  else
    Result = memalign(Alignment, 96); // BOOM-MEMALIGN
  fprintf(stderr, "returned\n");
  return 0;
}

// CHECK:          ERROR: memscope: invalid allocation alignment: 48, alignment must be a power of two (thread T0)
// CHECK-NEXT:       #0 {{.*}} in [[FUNC]]
// ALIGNED-NEXT:     #1 {{.*}} in main {{.*}}invalid-alignment.c:[[@LINE-9]]:
// MEMALIGN-NEXT:    #1 {{.*}} in main {{.*}}invalid-alignment.c:[[@LINE-8]]:
// CHECK:          SUMMARY: memscope: invalid-allocation-alignment
// CHECK-NOT:      returned

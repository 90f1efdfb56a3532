// ===- test/Runtime/allocator/invalid-alignment.c - not a power of two ----===
//
// memalign with an alignment that is not a power of two:
// invalid-allocation-alignment, naming the alignment and the caller;
// aligned_alloc with one, or with a size that is no multiple of its
// alignment (POSIX's rule, which ASan applies and glibc does not):
// invalid-aligned-alloc-alignment, in ASan's words.
//
// See also: runtime/memscope_allocator.cpp (MemscopeAlignedAlloc),
// allocator/posix-memalign.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t aligned_alloc 2>&1 | FileCheck %s --check-prefixes=CHECK,ALIGNED
// RUN: not %t odd_size 2>&1 | FileCheck %s --check-prefixes=CHECK,ODD
// RUN: not %t memalign 2>&1 | FileCheck %s --check-prefixes=CHECK,MEMALIGN
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t aligned_alloc 2>&1 | FileCheck %s --check-prefixes=CHECK,ALIGNED
// RUN: not %t odd_size 2>&1 | FileCheck %s --check-prefixes=CHECK,ODD

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *volatile Result;

int main(int argc, char **argv) {
  size_t Alignment = 46 + argc;
  if (strcmp(argv[1], "aligned_alloc") == 0)
    Result = aligned_alloc(Alignment, 96); // BOOM-ALIGNED
  else if (strcmp(argv[1], "odd_size") == 0)
    Result = aligned_alloc(64, 98 + argc); // BOOM-ODD
  else
    Result = memalign(Alignment, 96); // BOOM-MEMALIGN
  fprintf(stderr, "returned\n");
  return 0;
}

// ALIGNED:        ERROR: memscope: invalid alignment requested in aligned_alloc: 48, alignment must be a power of two and the requested size 0x60 must be a multiple of alignment (thread T0)
// ODD:            ERROR: memscope: invalid alignment requested in aligned_alloc: 64, alignment must be a power of two and the requested size 0x64 must be a multiple of alignment (thread T0)
// MEMALIGN:       ERROR: memscope: invalid allocation alignment: 48, alignment must be a power of two (thread T0)
// ALIGNED-NEXT:     #0 {{.*}} in aligned_alloc
// ODD-NEXT:         #0 {{.*}} in aligned_alloc
// MEMALIGN-NEXT:    #0 {{.*}} in memalign
// ALIGNED-NEXT:     #1 {{.*}} in main {{.*}}invalid-alignment.c:[[@LINE-15]]:
// ODD-NEXT:         #1 {{.*}} in main {{.*}}invalid-alignment.c:[[@LINE-14]]:
// MEMALIGN-NEXT:    #1 {{.*}} in main {{.*}}invalid-alignment.c:[[@LINE-13]]:
// CHECK:          ==[[PID:[0-9]+]]==HINT: if you don't care about these errors you may set allocator_may_return_null=1
// ALIGNED-NEXT:   SUMMARY: memscope: invalid-aligned-alloc-alignment
// ODD-NEXT:       SUMMARY: memscope: invalid-aligned-alloc-alignment
// MEMALIGN-NEXT:  SUMMARY: memscope: invalid-allocation-alignment
// CHECK-NOT:      returned

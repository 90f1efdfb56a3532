// ===- test/Runtime/allocator/too-big.c - a request beyond the limit ------===
//
// malloc of 2 TiB is above the allocator's 1 TiB ceiling:
// allocation-size-too-big, naming the request and the limit. With
// max_allocation_size_mb the ceiling is the user's: 2 MiB against 1 MiB.
//
// See also: runtime/memscope_allocator.cpp (Allocate), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: env MEMSCOPE_OPTIONS=max_allocation_size_mb=1 not %t small 2>&1 | FileCheck %s --check-prefix=LIMIT
// RUN: %t small 2>&1 | FileCheck %s --check-prefix=FITS --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t 2>&1 | FileCheck %s --check-prefix=HUGE
// RUN: env MEMSCOPE_OPTIONS=max_allocation_size_mb=1 not %t small 2>&1 | FileCheck %s --check-prefix=LIMIT

#include <stdio.h>
#include <stdlib.h>

void *volatile Result;

int main(int argc, char **argv) {
  size_t Size = argc > 1 ? (size_t)2 << 20 : (size_t)2 << 40;
  Result = malloc(Size); // BOOM
  fprintf(stderr, "malloc returned %s\n", Result ? "memory" : "NULL");
  free(Result);
  return 0;
}

// HUGE:      ERROR: memscope: requested allocation size 0x20000000000 ({{0x[0-9a-f]+}} after adjustments for alignment, red zones etc.) exceeds maximum supported size of 0x10000000000 (thread T0)
// HUGE-NEXT:   #0 {{.*}} in malloc
// HUGE-NEXT:   #1 {{.*}} in main {{.*}}too-big.c:[[@LINE-8]]:
// HUGE:      SUMMARY: memscope: allocation-size-too-big {{.*}}too-big.c:[[@LINE-9]]:{{[0-9]+}} in main

// LIMIT:      ERROR: memscope: requested allocation size 0x200000 ({{0x[0-9a-f]+}} after adjustments for alignment, red zones etc.) exceeds maximum supported size of 0x100000 (thread T0)
// LIMIT-NEXT:   #0 {{.*}} in malloc
// LIMIT-NEXT:   #1 {{.*}} in main {{.*}}too-big.c:[[@LINE-13]]:
// LIMIT:      SUMMARY: memscope: allocation-size-too-big {{.*}}too-big.c:[[@LINE-14]]:{{[0-9]+}} in main
// LIMIT-NOT:  malloc returned

// FITS: malloc returned memory

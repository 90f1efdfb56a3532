// ===- test/Runtime/allocator/posix-memalign.c - a bad alignment ----------===
//
// posix_memalign with an alignment that is not a power of two, or not a
// multiple of sizeof(void *): reported as invalid-posix-memalign-alignment.
// A good alignment works. (With allocator_may_return_null=1 a bad one gives
// EINVAL instead: allocator/may-return-null.c.)
//
// See also: runtime/memscope_allocator.cpp (MemscopePosixMemalign).
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: not %t 24 2>&1 | FileCheck %s --check-prefix=REPORT
// RUN: not %t 4 2>&1 | FileCheck %s --check-prefix=REPORT4
// RUN: %t 64 2>&1 | FileCheck %s --check-prefix=GOOD --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t
// RUN: not %t 24 2>&1 | FileCheck %s --check-prefix=REPORT

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  size_t Alignment = strtoul(argv[1], NULL, 10);
  void *Block = &Alignment;
  int Status = posix_memalign(&Block, Alignment, 100); // BOOM
  fprintf(stderr, "status %s, %s\n", Status == EINVAL ? "EINVAL" : Status ? "other" : "0",
          Block == &Alignment ? "untouched" : (uintptr_t)Block % Alignment ? "misaligned" : "aligned");
  if (Status == 0)
    free(Block);
  return 0;
}

// REPORT:      ERROR: memscope: invalid alignment requested in posix_memalign: 24, alignment must be a power of two and a multiple of sizeof(void*) == 8 (thread T0)
// REPORT-NEXT:   #0 {{.*}} in posix_memalign
// REPORT-NEXT:   #1 {{.*}} in main {{.*}}posix-memalign.c:[[@LINE-10]]:
// REPORT:      SUMMARY: memscope: invalid-posix-memalign-alignment {{.*}}posix-memalign.c:[[@LINE-11]]:{{[0-9]+}} in main
// REPORT-NOT:  status

// REPORT4: ERROR: memscope: invalid alignment requested in posix_memalign: 4,

// GOOD:   status 0, aligned

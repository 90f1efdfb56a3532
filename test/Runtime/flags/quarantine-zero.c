// ===- test/Runtime/flags/quarantine-zero.c - no quarantine ---------------===
//
// quarantine_size_mb=0 gives freed memory straight back to the allocator.
// A stale pointer may then point into a new block and go unnoticed, the
// same limitation as ASan's: not tested. What is tested is that heavy
// malloc/free traffic, including immediate reuse, runs cleanly to the end.
//
// See also: runtime/memscope_allocator.cpp (QuarantineCallback), docs/Flags.md.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=0 %t 2>&1 | FileCheck %s
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=0:thread_local_quarantine_size_kb=0 %t 2>&1 | FileCheck %s
// RUN: %clang_memscope -O2 %s -o %t
// RUN: env MEMSCOPE_OPTIONS=quarantine_size_mb=0 %t 2>&1 | FileCheck %s

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
  unsigned long Total = 0;
  for (int Round = 0; Round < 2000; ++Round) {
    size_t Size = 1 + (size_t)(Round * 37 % 5000);
    char *Block = malloc(Size);
    memset(Block, Round & 0xff, Size);
    Total += (unsigned char)Block[Size - 1];
    free(Block);
    char *Again = malloc(Size);
    Again[0] = 1;
    Total += (unsigned char)Again[0];
    free(Again);
  }
  fprintf(stderr, "survived, total %lu\n", Total);
  return 0;
}

// CHECK: survived, total {{[0-9]+}}

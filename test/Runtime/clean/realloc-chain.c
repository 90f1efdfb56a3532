// ===- test/Runtime/clean/realloc-chain.c - a buffer grown and shrunk -----===
//
// The usual growable buffer: realloc from NULL, grown geometrically, shrunk,
// grown to the secondary allocator's sizes and back, contents preserved at
// every step; realloc(p, 0) frees. Exit 0, no report.
//
// See also: runtime/memscope_allocator.cpp (MemscopeRealloc),
// use-after-free/realloc.c.
// ===----------------------------------------------------------------------===

// RUN: %clang_memscope -O0 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope
// RUN: %clang_memscope -O2 %s -o %t && %t 2>&1 | FileCheck %s --implicit-check-not=memscope

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  unsigned char *Data = NULL;
  size_t Size = 0, Capacity = 0;
  int Intact = 1;
  for (int Step = 0; Step < 40000; ++Step) {
    if (Size == Capacity) {
      Capacity = Capacity ? Capacity * 2 : 1;
      Data = realloc(Data, Capacity);
    }
    Data[Size++] = (unsigned char)(Step * 7);
  }
  Data = realloc(Data, 1000); // Shrink.
  Data = realloc(Data, (size_t)8 << 20); // Into the secondary allocator.
  Data[((size_t)8 << 20) - 1] = 1;
  Data = realloc(Data, 999); // And back.
  for (size_t I = 0; I < 999; ++I)
    Intact &= Data[I] == (unsigned char)(I * 7);
  Data = realloc(Data, 0); // Frees; glibc returns NULL.
  printf("grew to %zu, contents %s, realloc(p, 0) %s\n", Capacity,
         Intact ? "intact" : "damaged", Data ? "kept memory" : "freed");
  free(Data);
  return 0;
}

// CHECK: grew to 65536, contents intact, realloc(p, 0) freed

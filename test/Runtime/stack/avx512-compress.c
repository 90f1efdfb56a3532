// ===- test/Runtime/stack/avx512-compress.c - vpcompress and vpexpand -----===//
//
// AVX-512's compressing store writes the lanes its mask enables one after
// another from the pointer, its expanding load reads that many elements:
// popcount(mask) of them whichever lanes are set (llvm.masked.compressstore
// and llvm.masked.expandload, checked element by element since
// pass/MemoryAccess.cpp knows them). Ten set lanes into an 8-int local
// array, or from a 4-float one, are a stack-buffer-overflow at the
// intrinsic's line, as in ASan; eight or four are not. -O0 and -O2.
//
// REQUIRES: avx512f
// ===----------------------------------------------------------------------===//

// RUN: %clang_memscope -mavx512f -O0 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// RUN: %clang_memscope -mavx512f -O2 %s -o %t
// RUN: %python %S/../libc/Inputs/run_cases.py %t %s
// RUN: %t clean | FileCheck %s --check-prefix=CLEAN
// CLEAN: sum 8

#include <immintrin.h>
#include <stdio.h>
#include <string.h>

static volatile __mmask16 TenLanes = 0x5ff5, EightLanes = 0x0ff0,
                          FourLanes = 0x8421;
static volatile int Zero;

__attribute__((noinline)) int compress(__mmask16 Mask) {
  int Out[8], In[16];
  for (int I = 0; I < 16; ++I)
    In[I] = I + Zero;
  _mm512_mask_compressstoreu_epi32(Out, Mask, _mm512_loadu_si512(In)); // STORE
  return Out[0];
}

__attribute__((noinline)) float expand(__mmask16 Mask) {
  float Packed[4];
  for (int I = 0; I < 4; ++I)
    Packed[I] = I + 1 + Zero;
  __m512 V = _mm512_maskz_expandloadu_ps(Mask, Packed); // LOAD
  return _mm512_reduce_add_ps(V);
}

int main(int argc, char **argv) {
  if (argc < 2)
    return 2;
  if (!strcmp(argv[1], "clean")) {
    float Sum = compress(EightLanes) + expand(FourLanes) - 6;
    printf("sum %.0f\n", Sum);
    return 0;
  }
  if (!strcmp(argv[1], "store"))
    return compress(TenLanes);
  return (int)expand(TenLanes);
}

// CASE: store stack-buffer-overflow STORE
// CASE: load stack-buffer-overflow LOAD

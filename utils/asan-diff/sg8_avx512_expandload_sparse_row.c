// EXPECT: stack-buffer-overflow
// FLAGS: -mavx512f
// A sparse row is stored as a bit mask of occupied columns plus the
// occupied values packed densely. Unpacking uses an AVX-512 expand load
// (_mm512_maskz_expandloadu_ps, llvm.masked.expandload), which reads one
// packed value per set mask bit. The mask was built with 11 bits set but
// only 10 values were packed into the local array: the expand load reads
// one float past it.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void unpack_row(float *row, const float *packed,
                                                 __mmask16 occupied) {
  __m512 v = _mm512_maskz_expandloadu_ps(occupied, packed); // BUG
  _mm512_storeu_ps(row, v);
}

int main(int argc, char **argv) {
  float packed[10], row[16];
  int cols = atoi(argv[1]) + 1; /* 11 occupied columns */
  for (int i = 0; i < 10; i++) packed[i] = 0.5f * i + argc;
  __mmask16 occupied = 0;
  for (int c = 0; c < cols; c++) occupied |= (__mmask16)(1u << (c * 3 % 16));
  unpack_row(row, packed, occupied);
  float s = 0;
  for (int i = 0; i < 16; i++) s += row[i];
  printf("%.2f\n", s);
  return 0;
}

// EXPECT: stack-buffer-overflow
// FLAGS: -msse4.2
// A 12-byte tag on the stack is compared 16 bytes at a time with
// _mm_loadu_si128; the unaligned load reads 4 bytes past the local.
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static int tag_equal(const char *a, const char *b) {
  __m128i x = _mm_loadu_si128((const __m128i *)a); // BUG
  __m128i y = _mm_loadu_si128((const __m128i *)b);
  return _mm_movemask_epi8(_mm_cmpeq_epi8(x, y)) == 0xffff;
}

int main(int argc, char **argv) {
  char tag[12];
  for (int i = 0; i < 12; i++) tag[i] = argv[2][i] | 0x20; /* lower-case */
  char want[16] = "abcdefghijkl";
  printf("%d %d\n", tag_equal(tag, want), argc);
  return 0;
}

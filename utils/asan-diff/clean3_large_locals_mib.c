// EXPECT: none
// A 1 MiB array and a 100 KiB array on the stack (well under the 8 MiB
// limit), filled and read to their last bytes with loops, memset, memcpy
// and memcmp, in nested calls and again in a loop so their space is
// reused by frames of other shapes in between.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MIB (1024 * 1024)
#define K100 (100 * 1024)

__attribute__((noinline)) static unsigned long fold(const unsigned char *p,
                                                    size_t n) {
  unsigned long s = 0;
  for (size_t i = 0; i < n; i += 97) s += p[i];
  return s + p[n - 1] * 3ul;
}

__attribute__((noinline)) static unsigned long hundred(int v) {
  unsigned char a[K100];
  unsigned char b[K100];
  memset(a, v, sizeof a);
  memcpy(b, a, sizeof b);
  b[K100 - 1] ^= 1;
  int c = memcmp(a, b, sizeof a);
  return fold(b, sizeof b) + (c < 0 ? 1 : 2);
}

__attribute__((noinline)) static unsigned long mib(int v) {
  unsigned char huge[MIB];
  for (size_t i = 0; i < sizeof huge; i++) huge[i] = (unsigned char)(i * v);
  unsigned long s = fold(huge, sizeof huge);
  s += hundred(v + 1);
  memmove(huge + 1, huge, sizeof huge - 1);
  return s + fold(huge, sizeof huge);
}

__attribute__((noinline)) static unsigned long small_chain(int d) {
  int x[5] = {d, d + 1, d + 2, d + 3, d + 4};
  unsigned long s = fold((unsigned char *)x, sizeof x);
  return d ? s + small_chain(d - 1) : s;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  unsigned long t = 0;
  for (int r = 0; r < 3; r++) {
    t += mib(v + r);
    t += small_chain(2000);
    t += hundred(r);
  }
  printf("%lu %d\n", t, argc);
  return 0;
}

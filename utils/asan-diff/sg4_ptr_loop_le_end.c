// EXPECT: stack-buffer-overflow
// A pointer-walking fill loop compares with <= against a one-past-the-end
// pointer and writes one element past a local array of 7 shorts.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void fill(short *p, short *end, short v) {
  while (p <= end) *p++ = v; // BUG
}
int main(int argc, char **argv) {
  short vals[7];
  short v = (short)atoi(argv[1]);
  fill(vals, vals + 7, v);
  printf("%d %d\n", vals[0], vals[argc]);
  return 0;
}

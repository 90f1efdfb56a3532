// EXPECT: stack-buffer-overflow
// Thirty small address-taken locals of mixed types in one frame; a helper
// given the address of one short reads its neighbour slot p[1].
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long take(void *p, int sz) { return sz == 2 ? ((short *)p)[sz - 1] : *(char *)p; }
__attribute__((noinline)) static long pick(const short *p, int i) { return p[i]; } // BUG
int main(int argc, char **argv) {
  char c0, c1, c2, c3, c4, c5, c6, c7, c8, c9;
  short s0, s1, s2, s3, s4, s5, s6, s7, s8, s9;
  int i0, i1, i2, i3, i4, i5, i6, i7, i8, i9;
  long t = 0;
  char *cs[] = {&c0, &c1, &c2, &c3, &c4, &c5, &c6, &c7, &c8, &c9};
  short *ss[] = {&s0, &s1, &s2, &s3, &s4, &s5, &s6, &s7, &s8, &s9};
  int *is[] = {&i0, &i1, &i2, &i3, &i4, &i5, &i6, &i7, &i8, &i9};
  for (int k = 0; k < 10; k++) { *cs[k] = k; *ss[k] = k * 2; *is[k] = k * 3; }
  for (int k = 0; k < 10; k++) t += take(cs[k], 1) + *ss[k] + *is[k];
  int idx = atoi(argv[1]) - 9; // 1
  t += pick(ss[7], idx);
  printf("%ld %d\n", t, argc);
  return 0;
}

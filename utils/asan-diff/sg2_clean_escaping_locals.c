// EXPECT: none
// Many locals of odd sizes whose addresses escape into non-inlined callees
// that touch exactly their bytes.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Odd { char c; short s; char tail[3]; };
__attribute__((noinline)) static void touch(void *p, size_t n, int v) {
  unsigned char *b = p;
  for (size_t i = 0; i < n; i++) b[i] = (unsigned char)(b[i] + v + i);
}
__attribute__((noinline)) static unsigned sum(const void *p, size_t n) {
  const unsigned char *b = p;
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}
int main(int argc, char **argv) {
  char a1[1] = {0}; char a3[3] = {0}; char a7[7] = {0}; char a13[13] = {0};
  short s5[5] = {0}; int i9[9] = {0}; long l3[3] = {0}; double d1 = 0;
  struct Odd o; memset(&o, 0, sizeof o);
  struct Odd os[3]; memset(os, 0, sizeof os);
  char big[4097]; memset(big, 0, sizeof big);
  int v = atoi(argv[1]);
  for (int r = 0; r < 3; r++) {
    touch(a1, sizeof a1, v); touch(a3, sizeof a3, v); touch(a7, sizeof a7, v);
    touch(a13, sizeof a13, v); touch(s5, sizeof s5, v); touch(i9, sizeof i9, v);
    touch(l3, sizeof l3, v); touch(&d1, sizeof d1, v); touch(&o, sizeof o, v);
    touch(os, sizeof os, v); touch(big, sizeof big, v);
  }
  unsigned t = sum(a1, 1) + sum(a3, 3) + sum(a7, 7) + sum(a13, 13) + sum(s5, sizeof s5) +
               sum(i9, sizeof i9) + sum(l3, sizeof l3) + sum(&d1, 8) + sum(&o, sizeof o) +
               sum(os, sizeof os) + sum(big, sizeof big);
  printf("%u %d\n", t, argc);
  return 0;
}

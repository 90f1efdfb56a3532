// EXPECT: none
// Three mutually recursive functions with different frame shapes pass
// pointers to their locals down the chain and read them on the way back.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static long even_(int n, const char *up);
static long odd_(int n, const int *up);
__attribute__((noinline)) static long third(int n, const short *up) {
  char c[13];
  memset(c, n, sizeof c);
  long r = n > 0 ? even_(n - 1, c) : 0;
  return r + c[12] + (up ? up[4] : 0);
}
__attribute__((noinline)) static long even_(int n, const char *up) {
  int v[5] = {n, n, n, n, n};
  long r = n > 0 ? odd_(n - 1, v) : 0;
  return r + v[4] + (up ? up[12] : 0);
}
__attribute__((noinline)) static long odd_(int n, const int *up) {
  short s[5] = {1, 2, 3, 4, (short)n};
  long r = n > 0 ? third(n - 1, s) : 0;
  return r + s[0] + (up ? up[4] : 0);
}
int main(int argc, char **argv) {
  long t = 0;
  for (int i = 0; i < 20; i++) t += even_(300 + atoi(argv[1]) + i, 0);
  printf("%ld\n", t);
  return 0;
}

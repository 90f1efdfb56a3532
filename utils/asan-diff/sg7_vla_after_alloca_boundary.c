// EXPECT: dynamic-stack-buffer-overflow
// A function carves a header with alloca and then a VLA body in the same
// frame; the body is filled with one element too many, running into the
// space between the two dynamic allocations.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long assemble(int hdr_len, int body_len, int seed) {
  char *hdr = alloca((size_t)hdr_len);
  memset(hdr, 'H', (size_t)hdr_len);
  short body[body_len];
  for (int i = 0; i <= body_len; i++) body[i] = (short)(seed + i); // BUG
  long s = hdr[hdr_len - 1];
  for (int i = 0; i < body_len; i++) s += body[i];
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%ld\n", assemble(n + 6, n, argc));
  return 0;
}

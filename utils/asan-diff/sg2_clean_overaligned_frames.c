// EXPECT: none
// Over-aligned locals (64 to 4096 bytes) in a recursive function whose
// frame fits a fake frame; each is written whole and its alignment checked
// (the program prints MISALIGNED and exits 1 if a frame breaks it).
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static int bad;
#define CHECK(x, a) do { if ((uintptr_t)(x) % (a)) { printf("MISALIGNED %s\n", #x); bad++; } } while (0)
__attribute__((noinline)) static void use(void *p, size_t n) { memset(p, 1, n); }
__attribute__((noinline)) static int f(int d) {
  _Alignas(64) char a[3];
  _Alignas(128) int b[5];
  _Alignas(256) char c[1];
  _Alignas(4096) char pg[100];
  use(a, sizeof a); use(b, sizeof b); use(c, sizeof c); use(pg, sizeof pg);
  CHECK(a, 64); CHECK(b, 128); CHECK(c, 256); CHECK(pg, 4096);
  return d > 0 ? f(d - 1) + a[2] + b[4] + c[0] + pg[99] : a[1];
}
int main(int argc, char **argv) {
  int r = f(atoi(argv[1]));
  printf("%d %d\n", r, argc);
  return bad != 0;
}

// EXPECT: none
// alloca in a loop (sizes 1..97), VLAs in a loop, VLAs of structs and 2-D
// VLAs, every byte touched exactly to the end; an over-aligned VLA too.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct P { short a; char b; };
__attribute__((noinline)) static unsigned eat(const void *p, size_t n) {
  const unsigned char *b = p;
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}
__attribute__((noinline)) static unsigned allocas(int n) {
  unsigned s = 0;
  for (int i = 1; i <= n; i++) {
    char *p = alloca((size_t)i);
    memset(p, i, (size_t)i);
    s += eat(p, (size_t)i) + (unsigned char)p[i - 1];
  }
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned s = 0;
  for (int r = 0; r < 50; r++) s += allocas(97);
  for (int i = 1; i < 200; i++) {
    char v[i];
    memset(v, i, (size_t)i);
    struct P ps[i % 7 + 1];
    memset(ps, 0, sizeof ps);
    ps[i % 7].b = (char)i;
    int m[n][i % 5 + 1];
    memset(m, 0, sizeof m);
    m[n - 1][i % 5] = i;
    _Alignas(64) char al[i % 33 + 1];
    memset(al, 1, sizeof al);
    s += eat(v, (size_t)i) + eat(ps, sizeof ps) + eat(m, sizeof m) + eat(al, sizeof al);
  }
  printf("%u %d\n", s, argc);
  return 0;
}

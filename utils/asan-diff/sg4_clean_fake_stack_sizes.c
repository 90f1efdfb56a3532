// EXPECT: none
// Functions with frames from 16 bytes to 96 KiB are called in a pattern
// that reuses each size class's returned frames; pointers to locals are
// used only while their frame is live (passed down, never up).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static unsigned use(const char *p, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i += 7) s += (unsigned char)p[i];
  return s + (unsigned char)p[n - 1];
}
#define F(NAME, N)                                                         \
  __attribute__((noinline)) static unsigned NAME(int v) {                \
    char buf[N];                                                          \
    memset(buf, v, sizeof buf);                                           \
    return use(buf, sizeof buf);                                          \
  }
F(f16, 16) F(f64, 64) F(f200, 200) F(f1k, 1000) F(f4k, 4100) F(f9k, 9000)
F(f33k, 33000) F(f70k, 70000) F(f96k, 98000)
static unsigned (*const fs[])(int) = {f16, f64, f200, f1k, f4k, f9k, f33k, f70k, f96k};
__attribute__((noinline)) static unsigned nest(int d, int v) {
  char mine[48];
  memset(mine, d, sizeof mine);
  unsigned s = fs[(d * 5 + v) % 9](v + d);
  if (d > 0) s += nest(d - 1, v);
  return s + use(mine, sizeof mine);
}
int main(int argc, char **argv) {
  unsigned s = 0;
  int v = atoi(argv[1]);
  for (int r = 0; r < 200; r++) s += nest(r % 12, v + r);
  printf("%u %d\n", s, argc);
  return 0;
}

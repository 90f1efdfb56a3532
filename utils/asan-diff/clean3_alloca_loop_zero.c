// EXPECT: none
// alloca in bounded loops (the blocks pile up in the frame until it
// returns), alloca(0) whose pointer is only compared, alloca sizes from
// the arguments, and pointers to every block kept in a local table that
// is read back before the function returns.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned sum(const unsigned char *p, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i < n; i++) s += p[i];
  return s;
}

__attribute__((noinline)) static unsigned pile(int n, int seed) {
  unsigned char *blocks[16];
  size_t sizes[16];
  for (int i = 0; i < 16; i++) {
    sizes[i] = (size_t)((i * n + seed) % 37);
    blocks[i] = alloca(sizes[i]);
    if (sizes[i]) memset(blocks[i], i + 1, sizes[i]);
  }
  unsigned s = 0;
  for (int i = 15; i >= 0; i--)
    if (sizes[i]) s += sum(blocks[i], sizes[i]) + blocks[i][sizes[i] - 1];
  return s;
}

__attribute__((noinline)) static int zero(int n) {
  char *a = alloca(0);
  char *b = alloca((size_t)n);
  char *c = alloca(0);
  memset(b, 'z', (size_t)n);
  int distinct = (a != c) + (b != c);
  return distinct + b[n - 1];
}

__attribute__((noinline)) static size_t strings(const char *src) {
  size_t total = 0;
  for (int len = 1; len <= 26; len += 5) {
    char *s = alloca((size_t)len + 1);
    memcpy(s, src, (size_t)len);
    s[len] = '\0';
    total += strlen(s);
  }
  return total;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  unsigned t = 0;
  for (int r = 0; r < 50; r++) t += pile(n + r, r);
  for (int r = 1; r < 40; r++) t += (unsigned)zero(r);
  t += (unsigned)strings(argv[2]);
  printf("%u %d\n", t, argc);
  return 0;
}

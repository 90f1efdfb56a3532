// EXPECT: none
// Blocks with variable-length arrays left every way C allows: break and
// continue out of a loop body, return from inside the block, and goto
// backwards to before the declaration (which frees and reallocates it);
// the arrays are used only inside their blocks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static long fill(char *p, size_t n, int v) {
  memset(p, v, n);
  long s = 0;
  for (size_t i = 0; i < n; i++) s += p[i];
  return s + p[n - 1];
}

__attribute__((noinline)) static long early_return(int n) {
  for (int i = 1; i < 50; i++) {
    char buf[i * 3];
    long s = fill(buf, sizeof buf, i);
    if (i == n) return s;
  }
  return -1;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long total = 0;
  for (int i = 1; i < 100; i++) {
    int vals[i];
    for (int k = 0; k < i; k++) vals[k] = k * n;
    total += vals[i - 1];
    if (i % 7 == 0) continue;
    if (i > 90) break;
    total += fill((char *)vals, sizeof vals, i);
  }
  int tries = 0;
retry:;
  {
    size_t len = (size_t)(tries * 17 + 5);
    char tmp[len];
    total += fill(tmp, len, tries);
    if (++tries < n) goto retry;
  }
  total += early_return(n) + early_return(3);
  printf("%ld %d\n", total, argc);
  return 0;
}

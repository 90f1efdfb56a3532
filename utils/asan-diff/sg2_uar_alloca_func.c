// EXPECT: stack-use-after-return
// A function that also calls alloca returns the address of its fixed-size
// local.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static size_t fill(char *p, size_t n) { memset(p, 'x', n); return n; }
static size_t (*volatile fill_fn)(char *, size_t) = fill;
__attribute__((noinline)) static long *summary(int n) {
  long res[3];
  char *scratch = alloca((size_t)n);
  res[0] = (long)fill_fn(scratch, (size_t)n);
  res[1] = scratch[n - 1];
  res[2] = n;
  long *volatile p = res;
  return p;
}
int main(int argc, char **argv) {
  long *r = summary(atoi(argv[1]));
  printf("%ld\n", r[argc - 1]); // BUG
  return 0;
}

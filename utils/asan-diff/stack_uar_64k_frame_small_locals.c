// EXPECT: stack-use-after-return
// A frame just under 64 KiB: a large buffer and a dozen small locals, one of
// them returned and read after the return.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void use(void *p) { __asm__ volatile("" ::"r"(p) : "memory"); }
__attribute__((noinline)) static int *leave(int n) {
  char big[64900];
  int a = n, b = n + 1, c = n + 2, d = n + 3, e = n + 4, f = n + 5;
  int g = n + 6, h = n + 7, i = n + 8, j = n + 9, k = n + 10, l = n + 11;
  memset(big, n, sizeof big);
  use(big); use(&a); use(&b); use(&c); use(&d); use(&e); use(&f);
  use(&g); use(&h); use(&i); use(&j); use(&k); use(&l);
  static int *keep;
  keep = &l;
  return keep;
}
int main(int argc, char **argv) {
  int *p = leave(atoi(argv[1]));
  printf("%d\n", *p); // BUG
  return 0;
}

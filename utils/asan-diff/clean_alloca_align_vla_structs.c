// EXPECT: none
// __builtin_alloca_with_align at several alignments, allocas in a loop and
// VLAs of structs, all used up to their last element.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct P { int x; short y; char z; };
__attribute__((noinline)) static long aligned(int n) {
  char *a = __builtin_alloca_with_align(n, 128);
  char *b = __builtin_alloca_with_align(n + 3, 1024);
  char *c = __builtin_alloca_with_align(n * 2, 4096);
  memset(a, 1, n); memset(b, 2, n + 3); memset(c, 3, n * 2);
  return a[n - 1] + b[n + 2] + c[2 * n - 1] + ((unsigned long)c % 512 == 0);
}
__attribute__((noinline)) static long vla_structs(int n) {
  struct P p[n];
  struct P q[n + 1][3];
  for (int i = 0; i < n; i++) { p[i].x = i; p[i].y = i; p[i].z = 1; }
  for (int i = 0; i <= n; i++) for (int j = 0; j < 3; j++) { q[i][j].x = j; q[i][j].z = 2; }
  return p[n - 1].z + p[n - 1].x + q[n][2].z + q[n][2].x;
}
int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  long s = 0;
  for (int n = 1; n < 200; n++) {
    s += aligned(n + base) + vla_structs(n);
    char *loop = alloca(n % 7 + 1);
    loop[n % 7] = 1;
    s += loop[n % 7];
  }
  printf("%ld\n", s);
  return 0;
}

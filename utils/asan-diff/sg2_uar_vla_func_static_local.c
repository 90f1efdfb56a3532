// EXPECT: stack-use-after-return
// A function with both a VLA and a fixed array returns the fixed array's
// address.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void squares(int *v, int n) { for (int i = 0; i < n; i++) v[i] = i * i; }
__attribute__((noinline)) static int *stats(int n) {
  int tmp[n];
  int out[4];
  squares(tmp, n);
  out[0] = tmp[0]; out[1] = tmp[n - 1]; out[2] = n; out[3] = tmp[n / 2];
  int *volatile p = out;
  return p;
}
int main(int argc, char **argv) {
  int *s = stats(atoi(argv[1]));
  printf("%d\n", s[argc]); // BUG
  return 0;
}

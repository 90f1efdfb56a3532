// EXPECT: stack-buffer-overflow
// In C a `const int` bound is not a constant expression, so `int hist[n]`
// is a VLA of constant size; the counting loop runs one bin past it.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int histogram(const char *s, int bins) {
  const int n = 8;
  int hist[n];
  for (int i = 0; i < n; i++) hist[i] = 0;
  for (int i = 0; i <= bins; i++) hist[i] += s[i] % 3; // BUG
  return hist[0] + hist[n - 1];
}
int main(int argc, char **argv) {
  printf("%d %d\n", histogram(argv[2], atoi(argv[1]) - 2), argc);
  return 0;
}

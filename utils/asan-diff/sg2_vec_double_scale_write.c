// EXPECT: stack-buffer-overflow
// In-place scaling of a double array, one element too many (read-modify-write).
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void scale(double *v, int n, double f) {
  for (int i = 0; i < n; i++) v[i] *= f; // BUG
}
int main(int argc, char **argv) {
  double v[20];
  for (int i = 0; i < 20; i++) v[i] = i + argc;
  scale(v, atoi(argv[1]) * 2 + 1, 1.5); /* 21 */
  printf("%f\n", v[7]);
  return 0;
}

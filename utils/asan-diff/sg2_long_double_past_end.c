// EXPECT: stack-buffer-overflow
// long double (x87, 10-byte loads) array read one element past its end.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static long double sum(const long double *v, int n) {
  long double s = 0;
  for (int i = 0; i < n; i++) s += v[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  long double v[5];
  for (int i = 0; i < 5; i++) v[i] = i * 1.25L + argc;
  printf("%Lf\n", sum(v, atoi(argv[1]) - 4)); /* 6 */
  return 0;
}

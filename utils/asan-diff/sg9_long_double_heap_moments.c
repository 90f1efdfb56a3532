// EXPECT: heap-buffer-overflow
// Statistical moments are accumulated in long double (x87 80-bit, 16-byte
// slots) in a heap array sized for `order` entries; moment k is stored at
// index k, and k runs 1..order, so the highest moment is written past it.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static void moments(const char *s, long double *m, int order) {
  for (int k = 1; k <= order; k++) {
    long double acc = 0, mean = 'M';
    for (int i = 0; s[i]; i++) {
      long double d = s[i] - mean, p = 1;
      for (int j = 0; j < k; j++) p *= d;
      acc += p;
    }
    m[k] = acc; // BUG
  }
}

int main(int argc, char **argv) {
  int order = atoi(argv[1]) / 3;     /* 3 */
  long double *m = malloc(order * sizeof *m);
  moments(argv[2], m, order);
  printf("%Lf %d\n", m[1], argc);
  free(m);
  return 0;
}

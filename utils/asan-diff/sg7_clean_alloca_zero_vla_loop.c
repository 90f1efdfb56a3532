// EXPECT: none
// alloca(0) whose pointer is only compared, alloca(1) written at its only
// byte, and a VLA whose runtime size changes on every loop iteration
// (growing then shrinking) written exactly to its last element each time.
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static long use(const unsigned char *p, size_t n) {
  long s = 0;
  for (size_t i = 0; i < n; i++) s += p[i];
  return s;
}
__attribute__((noinline)) static long frame(int n) {
  void *z = alloca(0);
  unsigned char *one = alloca(1);
  one[0] = (unsigned char)n;
  long s = (z != NULL) + use(one, 1);
  for (int k = 0; k < 2 * n; k++) {
    int len = k < n ? k + 1 : 2 * n - k;
    unsigned char vla[len];
    memset(vla, k, (size_t)len);
    vla[len - 1] = (unsigned char)(k + 1);
    s += use(vla, (size_t)len);
    size_t m = (size_t)(k % 5);
    unsigned char *a = alloca(m);
    if (m) a[m - 1] = 1;
    s += use(a, m);
  }
  return s;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%ld\n", frame(n) + frame(argc));
  return 0;
}

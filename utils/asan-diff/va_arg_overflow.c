// EXPECT: stack-buffer-overflow
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int total(int count, ...) {
  va_list ap;
  va_start(ap, count);
  int s = 0;
  for (int i = 0; i < count; i++) {
    int *arr = va_arg(ap, int *);
    int n = va_arg(ap, int);
    s += arr[n]; // BUG
  }
  va_end(ap);
  return s;
}
int main(int argc, char **argv) {
  int a[3] = {1, 2, 3}, b[4] = {4, 5, 6, 7};
  printf("%d\n", total(2, a, 2, b, atoi(argv[1]) - 6));
  return 0;
}

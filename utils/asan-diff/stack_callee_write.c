// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static void fill(int *v, int n) {
  for (int i = 0; i <= n; i++)
    v[i] = i * i; // BUG
}
int main(int argc, char **argv) {
  int a[10];
  fill(a, atoi(argv[1]));
  printf("%d\n", a[3]);
  return 0;
}

// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  float a[64], b[64];
  int n = 64 + atoi(argv[1]) / 10;
  for (int i = 0; i < 64; i++) b[i] = i;
  for (int i = 0; i < n; i++) a[i] = b[i % 64] * 2; // BUG
  printf("%f\n", a[3]);
  return 0;
}

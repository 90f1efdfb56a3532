// EXPECT: none
// Recursion 10000 deep with a local array and an address-taken local in
// every frame, then a second, differently shaped recursion over the same stack.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static void touch(int *p) { *p += 1; }
__attribute__((noinline)) static long down(int n, int w) {
  char arr[48];
  int x = n;
  memset(arr, n & 0x3f, sizeof arr);
  touch(&x);
  if (n == 0) return arr[47] + x;
  return down(n - 1, w) + arr[n % 48] + (x & w);
}
__attribute__((noinline)) static long wide(int n) {
  long big[20];
  for (int i = 0; i < 20; i++) big[i] = n + i;
  if (n == 0) return big[19];
  return wide(n - 1) + big[n % 20];
}
int main(int argc, char **argv) {
  int w = atoi(argv[1]);
  long s = down(10000, w);
  s += wide(5000);
  s += down(10000, w + 1);
  printf("%ld\n", s);
  return 0;
}

// EXPECT: none
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
static jmp_buf env;
__attribute__((noinline)) static void leaf(int n) {
  char big[512];
  memset(big, n, sizeof big);
  if (n > 3) longjmp(env, big[100]);
}
__attribute__((noinline)) static void mid(int n) {
  int arr[64];
  for (int i = 0; i < 64; i++) arr[i] = i * n;
  leaf(n + arr[1] % 3);
}
int main(int argc, char **argv) {
  volatile int hits = 0;
  for (volatile int i = 0; i < 100; i++) {
    int r = setjmp(env);
    if (r == 0) mid(i % 8);
    else hits += r;
  }
  char after[256];
  memset(after, 'a', sizeof after - 1);
  after[255] = 0;
  printf("%d %zu\n", hits, strlen(after));
  return 0;
}

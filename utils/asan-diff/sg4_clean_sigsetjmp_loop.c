// EXPECT: none
// siglongjmp out of deep frames with arrays 2000 times; after each jump the
// jumping-to frame uses its own arrays in full, and new deep calls reuse
// the abandoned stack.
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static sigjmp_buf env;
__attribute__((noinline)) static void dive(int d, int stop) {
  char pad[24 + d % 40];
  memset(pad, d, sizeof pad);
  long w[5];
  for (int i = 0; i < 5; i++) w[i] = pad[i] + d;
  if (d == stop) siglongjmp(env, (int)(w[4] & 0xff) + 1);
  dive(d + 1, stop);
  pad[0] = (char)w[0];
}
int main(int argc, char **argv) {
  int base = atoi(argv[1]);
  long acc = 0;
  char mine[100];
  for (volatile int round = 0; round < 2000; round++) {
    int v = sigsetjmp(env, round & 1);
    if (v == 0) {
      dive(0, base + round % 30);
    }
    memset(mine, v, sizeof mine);
    for (int i = 0; i < 100; i++) acc += mine[i];
  }
  printf("%ld %d\n", acc, argc);
  return 0;
}

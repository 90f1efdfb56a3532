// EXPECT: global-buffer-overflow
// A hot lookup table placed in a dotted section (".data.hot", not a C
// identifier, so it keeps its redzone) is written one entry past its end
// by an update loop using `<=`.
#include <stdio.h>
#include <stdlib.h>

__attribute__((section(".data.hot"))) int g_hot[6] = {1, 2, 3, 4, 5, 6};
__attribute__((section(".data.hot"))) int g_hot_count = 6;

static void scale(int f, int n) {
  for (int i = 0; i <= n; i++) /* `<=` */
    g_hot[i] *= f; // BUG
}

int main(int argc, char **argv) {
  int f = atoi(argv[1]);
  volatile int n = g_hot_count + (argc - 3);
  scale(f, n);
  printf("%d\n", g_hot[5]);
  return 0;
}

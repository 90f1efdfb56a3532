// EXPECT: global-buffer-overflow
// A vectorizable copy into a global int array, one element past it.
#include <stdio.h>
#include <stdlib.h>
int out[100];
int in[128];
int main(int argc, char **argv) {
  for (int i = 0; i < 128; i++) in[i] = i * argc;
  int n = atoi(argv[1]) * 10 + 1; /* 101 */
  for (int i = 0; i < n; i++) out[i] = in[i] + 1; // BUG
  printf("%d\n", out[50]);
  return 0;
}

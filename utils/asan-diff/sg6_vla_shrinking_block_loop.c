// EXPECT: dynamic-stack-buffer-overflow
// A VLA declared in a loop body shrinks each pass; a fixed-count copy sized
// for the first pass overflows it on a later pass.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  int start = atoi(argv[1]); // 10
  int want = start - 4;       // 6
  long acc = 0;
  for (int n = start; n > 3; n -= 2) {
    char v[n];
    for (int i = 0; i < want; i++)
      v[i] = argv[2][i]; // BUG
    acc += v[0] + v[n - 1];
  }
  printf("%ld %d\n", acc, argc);
  return 0;
}

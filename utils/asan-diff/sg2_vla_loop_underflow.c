// EXPECT: dynamic-stack-buffer-overflow
// A VLA per loop iteration; a look-behind reads index -1 in each.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  long s = 0;
  for (int round = 1; round <= 3; round++) {
    int v[n * round];
    for (int i = 0; i < n * round; i++) v[i] = i + round;
    int back = round - 3; /* -1 in the last round */
    s += v[back]; // BUG
  }
  printf("%ld %d\n", s, argc);
  return 0;
}

// EXPECT: stack-buffer-overflow
// A one-element array read at index 1 by a loop over a count.
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static int sum(const int *v, int n) {
  int s = 0;
  for (int i = 0; i < n; i++) s += v[i]; // BUG
  return s;
}
int main(int argc, char **argv) {
  int one[1] = {argc};
  printf("%d\n", sum(one, atoi(argv[1]) - 8)); /* 2 */
  return 0;
}

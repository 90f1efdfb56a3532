// EXPECT: stack-use-after-scope
// A switch in a loop: one case's block saves a pointer to its own array,
// a later iteration's other case reads it.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int *saved = 0;
  long s = 0;
  int n = atoi(argv[1]) / 5; /* 2 */
  for (int step = 0; step < n; step++) {
    switch (step) {
    case 0: {
      int vals[5] = {argc, argc + 1, argc + 2, argc + 3, argc + 4};
      saved = vals;
      s += vals[4];
      break;
    }
    case 1:
      s += saved[2]; // BUG
      break;
    }
  }
  printf("%ld\n", s);
  return 0;
}

// EXPECT: stack-use-after-scope
// A state machine saves a pointer into a case block's buffer; the next
// state reads it after the block was left.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  int state = 0, k = atoi(argv[1]) - 7;
  char *volatile saved = 0;
  long out = 0;
  for (int step = 0; step < 3; step++) {
    switch (state) {
    case 0: {
      char line[16];
      for (int i = 0; i < 16; i++) line[i] = argv[2][i];
      saved = line;
      state = 1;
      break;
    }
    case 1:
      out += saved[k]; // BUG
      state = 2;
      break;
    default:
      out++;
    }
  }
  printf("%ld\n", out);
  return 0;
}

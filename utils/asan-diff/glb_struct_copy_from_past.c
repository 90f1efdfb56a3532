// EXPECT: global-buffer-overflow
// A global table of 24-byte configuration structs is copied entry by entry
// into a local; the entry index comes from a count that includes the
// default entry the table no longer has.
#include <stdio.h>
#include <stdlib.h>

struct conf {
  char key[8];
  long value;
  int flags;
};

struct conf g_confs[3] = {{"alpha", 1, 0}, {"beta", 2, 1}, {"gamma", 3, 0}};
volatile int g_nconfs = 4;

int main(int argc, char **argv) {
  long sum = atoi(argv[1]);
  for (int i = 0; i < g_nconfs; i++) {
    struct conf c = g_confs[i]; // BUG
    sum += c.value + c.flags + c.key[0];
  }
  printf("%ld %d\n", sum, argc);
  return 0;
}

// EXPECT: stack-use-after-return
// An atexit handler reads main's local array after main returned.
#include <stdio.h>
#include <stdlib.h>
static int *saved;
static void report(void) { printf("%d\n", saved[2]); } // BUG
int main(int argc, char **argv) {
  int totals[4] = {argc, atoi(argv[1]), 3, 4};
  saved = totals;
  atexit(report);
  printf("%d\n", totals[1]);
  return 0;
}

// EXPECT: stack-buffer-overflow
// ASan does not intercept fgets_unlocked and misses this; memscope intercepts it.
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char line[12];
  FILE *f = fopen("long.txt", "r");
  char *r = fgets_unlocked(line, atoi(argv[1]) + 6, f); // BUG
  fclose(f);
  printf("%d\n", r != 0);
  return 0;
}

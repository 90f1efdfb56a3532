// EXPECT: global-buffer-overflow
// ASan does not intercept fputs_unlocked and misses this; memscope intercepts it.
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
char msg[6];
int main(int argc, char **argv) {
  memcpy(msg, argv[2], sizeof msg);
  FILE *f = fopen("/dev/null", "w");
  fputs_unlocked(msg, f); // BUG
  fclose(f);
  return 0;
}

// EXPECT: global-buffer-overflow
// getcwd into a 4-byte global told it holds 256.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
char g[4];
int main(int argc, char **argv) {
  char *r = getcwd(g, atoi(argv[1]) * 25 + 6); // BUG
  printf("%d %c\n", r != 0, g[0]);
  return 0;
}

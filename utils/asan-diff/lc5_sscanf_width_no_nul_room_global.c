// EXPECT: global-buffer-overflow
// %8s into an 8-byte buffer: the width leaves no room for the terminator.
#include <stdio.h>
char tag[8];
int main(int argc, char **argv) {
  int n = sscanf(argv[2], "%8s", tag); // BUG
  printf("%d %.8s\n", n, tag);
  return 0;
}

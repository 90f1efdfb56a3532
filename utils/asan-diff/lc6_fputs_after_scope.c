// EXPECT: stack-use-after-scope
// fputs of a block-local array through a pointer kept past the block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *p;
  {
    char b[16];
    strncpy(b, argv[2], atoi(argv[1]));
    b[10] = '\n';
    b[11] = 0;
    p = b;
  }
  fputs(p, stdout); // BUG
  return 0;
}

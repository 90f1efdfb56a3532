// EXPECT: stack-buffer-overflow
// n = sprintf(buf, "%s", src) into a too-small stack buffer (at -O1 and up the compiler makes it stpcpy).
#include <stdio.h>
int main(int argc, char **argv) {
  char buf[16];
  int n = sprintf(buf, "%s", argv[2]); // BUG
  printf("%d %c\n", n, buf[0]);
  return 0;
}

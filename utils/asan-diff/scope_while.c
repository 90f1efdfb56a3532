// EXPECT: stack-use-after-scope
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char *last = 0;
  int n = atoi(argv[1]);
  while (n-- > 7) {
    char buf[16];
    snprintf(buf, sizeof buf, "%d", n);
    last = buf;
  }
  printf("%c\n", last[0]); // BUG
  return 0;
}

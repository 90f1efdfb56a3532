// EXPECT: stack-use-after-return
#include <stdio.h>
#include <stdlib.h>
__attribute__((noinline)) static char *name(int i) {
  char buf[24];
  snprintf(buf, sizeof buf, "item-%d", i);
  char *volatile p = buf;
  return p;
}
int main(int argc, char **argv) {
  char *last = 0;
  long tot = 0;
  for (int i = 0; i < 1000 * atoi(argv[1]); i++) { last = name(i); tot += i; }
  printf("%ld %c\n", tot, last[0]); // BUG
  return 0;
}

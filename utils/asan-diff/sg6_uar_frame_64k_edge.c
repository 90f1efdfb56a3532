// EXPECT: stack-use-after-return
// A use after return of a local whose frame (65240 bytes plus ASan-style
// redzones) is right at the fake stack's largest, 64 KiB, frame class.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *render(int n) {
  char page[65240];
  memset(page, 'a' + n % 26, sizeof page);
  char *volatile p = page;
  return p;
}
int main(int argc, char **argv) {
  char *p = render(atoi(argv[1]));
  printf("%c %d\n", p[65000], argc); // BUG
  return 0;
}

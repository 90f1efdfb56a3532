// EXPECT: stack-use-after-return
// A use after return of a local in a 63 KiB frame, just under the fake
// stack's largest (64 KiB) frame class.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *render(int n) {
  char page[63 * 1024];
  memset(page, 'a' + n % 26, sizeof page);
  char *volatile p = page;
  return p;
}
int main(int argc, char **argv) {
  char *p = render(atoi(argv[1]));
  printf("%c %d\n", p[60000], argc); // BUG
  return 0;
}

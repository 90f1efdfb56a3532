// EXPECT: stack-use-after-return (a 96 KiB frame is larger than either tool's largest fake frame, 64 KiB: both miss)
// A use after return of a local in a 96 KiB frame (larger than ASan's
// largest fake-frame class, 64 KiB).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
__attribute__((noinline)) static char *render(int n) {
  char page[96 * 1024];
  memset(page, 'a' + n % 26, sizeof page);
  char *volatile p = page;
  return p;
}
int main(int argc, char **argv) {
  char *p = render(atoi(argv[1]));
  printf("%c %d\n", p[100], argc); // BUG
  return 0;
}

// EXPECT: heap-use-after-free
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct group *gr = malloc(sizeof *gr), *res = 0;
  char buf[1024];
  free(gr);
  int r = getgrnam_r("root", gr, buf, sizeof buf, &res); // BUG
  printf("%d %d\n", r, res != 0);
  return 0;
}

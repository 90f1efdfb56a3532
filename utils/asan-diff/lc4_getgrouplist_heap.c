// EXPECT: heap-buffer-overflow
#include <grp.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  gid_t *g = malloc(2);
  int n = atoi(argv[1]);
  int r = getgrouplist("root", 0, g, &n); // BUG
  printf("%d %d\n", r, n);
  free(g);
  return 0;
}

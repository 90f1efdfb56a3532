// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <sys/statvfs.h>
int main(int argc, char **argv) {
  struct statvfs *sv = malloc(sizeof *sv);
  free(sv);
  int r = statvfs(argc > 1 ? "/" : "/tmp", sv); // BUG
  printf("%d\n", r);
  return 0;
}

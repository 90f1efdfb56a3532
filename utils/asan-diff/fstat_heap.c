// EXPECT: heap-buffer-overflow
// ASan has no fstat interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
int main(int argc, char **argv) {
  struct stat *st = malloc(sizeof(struct stat) - 16);
  int r = fstat(1, st); // BUG
  printf("%d %d\n", r, (int)(st->st_mode & 1));
  free(st);
  return 0;
}

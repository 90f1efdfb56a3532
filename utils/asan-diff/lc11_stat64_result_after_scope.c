// EXPECT: stack-use-after-scope
// Picks the stat buffer to fill depending on a mode: in "verbose" mode a
// block-local buffer is used, and its address outlives the block; the
// stat64 call writes into the dead buffer.
#define _LARGEFILE64_SOURCE
#include <stdio.h>
#include <sys/stat.h>

int main(int argc, char **argv) {
  struct stat64 quiet;
  struct stat64 *out = &quiet;
  if (argc > 1) {
    struct stat64 verbose;
    verbose.st_size = -1;
    out = &verbose;
    printf("verbose stat of long.txt\n");
  }
  int rc = stat64("long.txt", out); // BUG
  printf("%d %lld\n", rc, (long long)out->st_size);
  return 0;
}

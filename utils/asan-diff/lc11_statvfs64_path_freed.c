// EXPECT: heap-use-after-free
// Checks free space on the directory holding a file: the directory path
// is derived into a heap copy, which is released by a "reset" step before
// statvfs64 reads it.
#define _LARGEFILE64_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>

static char *dir_of(const char *file) {
  char *d = strdup(file);
  char *slash = strrchr(d, '/');
  if (slash)
    *slash = '\0';
  else
    strcpy(d, ".");
  return d;
}

int main(int argc, char **argv) {
  char *dir = dir_of(argc > 1 ? "./long.txt" : "/tmp/x");
  struct statvfs64 st;
  free(dir); // reset, meant to happen after the query
  int rc = statvfs64(dir, &st); // BUG
  printf("%d\n", rc);
  return 0;
}

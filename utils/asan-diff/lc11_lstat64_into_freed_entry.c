// EXPECT: heap-use-after-free
// A directory scanner keeps one struct stat64 per entry. When an entry
// is filtered out its record is freed, but the code goes on to lstat64
// the file into the freed record's stat field.
#define _LARGEFILE64_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct entry {
  char name[64];
  struct stat64 st;
};

int main(int argc, char **argv) {
  struct entry *e = calloc(1, sizeof *e);
  snprintf(e->name, sizeof e->name, "%s", "long.txt");
  int filtered = argc > 1 && e->name[0] == 'l';
  if (filtered)
    free(e);
  int rc = lstat64("long.txt", &e->st); // BUG
  printf("%d\n", rc);
  return 0;
}

// EXPECT: heap-buffer-overflow
// readdir_r's entry is allocated with offsetof(struct dirent, d_name) plus a short name, smaller than the entry glibc copies.
#include <dirent.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
int main(int argc, char **argv) {
  DIR *d = opendir("/etc");
  if (!d)
    return 0;
  size_t sz = offsetof(struct dirent, d_name) + (size_t)atoi(argv[1]) / 5;
  struct dirent *ent = malloc(sz);
  struct dirent *res = NULL;
  int count = 0;
  while (readdir_r(d, ent, &res) == 0 && res) // BUG
    count++;
  printf("%d\n", count);
  free(ent);
  closedir(d);
  return 0;
}

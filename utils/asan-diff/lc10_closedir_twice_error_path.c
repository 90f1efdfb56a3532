// EXPECT: double-free
// A directory scan closes its DIR on the error path inside the loop and
// again in the common cleanup: the second closedir frees the DIR glibc
// already freed.
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int count_txt(const char *path, int limit) {
  DIR *d = opendir(path);
  if (!d)
    return -1;
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len > 4 && strcmp(e->d_name + len - 4, ".txt") == 0 && ++n >= limit) {
      closedir(d); // early exit: limit reached
      break;
    }
  }
  closedir(d); // BUG
  return n;
}

int main(int argc, char **argv) {
  printf("%d\n", count_txt(".", atoi(argv[1]) - 9));
  return 0;
}

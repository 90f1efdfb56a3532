// EXPECT: heap-use-after-free
#include <dirent.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv) {
  DIR *d = opendir(argc > 1 ? "/" : ".");
  struct dirent *e = readdir(d);
  closedir(d);
  size_t n = strlen(e->d_name); // BUG
  printf("%zu\n", n);
  return 0;
}

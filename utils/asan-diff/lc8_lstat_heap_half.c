// EXPECT: heap-buffer-overflow
// A file-info cache entry reserves room for the fields it uses and passes that to lstat as a whole struct stat.
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
struct file_info {
  dev_t dev;
  ino_t ino;
  nlink_t nlink;
  mode_t mode;
};
int main(int argc, char **argv) {
  struct file_info *fi = malloc(sizeof *fi * (atoi(argv[1]) / 10));
  int r = lstat("/etc/passwd", (struct stat *)fi); // BUG
  printf("%d %o\n", r, (unsigned)fi->mode);
  free(fi);
  return 0;
}

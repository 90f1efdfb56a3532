// EXPECT: heap-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/vfs.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd = open("long.txt", O_RDONLY);
  struct statfs *s = malloc(atoi(argv[1]) * 4);
  int r = fstatfs(fd, s); // BUG
  printf("%d\n", r);
  free(s);
  close(fd);
  return 0;
}

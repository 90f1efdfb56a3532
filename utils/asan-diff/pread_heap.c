// EXPECT: heap-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *p = malloc(10);
  int fd = open("long.txt", O_RDONLY);
  ssize_t n = pread(fd, p, 2 * atoi(argv[1]), 4); // BUG
  printf("%zd %c\n", n, p[0]);
  close(fd);
  free(p);
  return 0;
}

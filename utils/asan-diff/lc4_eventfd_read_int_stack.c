// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd = eventfd(atoi(argv[1]), 0);
  int v[1];
  int r = eventfd_read(fd, (eventfd_t *)v); // BUG
  printf("%d %d\n", r, v[0]);
  close(fd);
  return 0;
}

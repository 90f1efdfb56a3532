// EXPECT: global-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
char blk[16];
int main(int argc, char **argv) {
  int fd = open("/dev/zero", O_RDONLY);
  ssize_t n = read(fd, blk, atoi(argv[1]) * 2); // BUG
  close(fd);
  printf("%zd\n", n);
  return 0;
}

// EXPECT: global-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <unistd.h>
char g1[10] = "hello";
int main(int argc, char **argv) {
  int fd = open("/dev/null", O_WRONLY);
  struct iovec v[2] = {{argv[2], 3}, {g1, atoi(argv[1]) + 5}};
  ssize_t n = writev(fd, v, 2); // BUG
  printf("%zd\n", n);
  close(fd);
  return 0;
}

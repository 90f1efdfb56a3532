// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char buf[16];
  int fd = open(argv[0], O_RDONLY);
  read(fd, buf, 32); // BUG
  close(fd);
  printf("%d\n", buf[0]);
  return 0;
}

// EXPECT: stack-use-after-scope
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *p;
  {
    char buf[32];
    p = buf;
  }
  int fd = open("long.txt", O_RDONLY);
  ssize_t n = read(fd, p, atoi(argv[1])); // BUG
  close(fd);
  printf("%zd %c\n", n, p[0]);
  return 0;
}

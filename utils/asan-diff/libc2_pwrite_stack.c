// EXPECT: stack-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char rec[12];
  snprintf(rec, sizeof rec, "%s", argv[2]);
  int fd = open("/dev/null", O_WRONLY);
  ssize_t n = pwrite(fd, rec, atoi(argv[1]) * 2, 0); // BUG
  close(fd);
  printf("%zd\n", n);
  return 0;
}

// EXPECT: heap-buffer-overflow
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  char *s = malloc(5);
  memcpy(s, argv[2], 5);
  int fd = open("/dev/null", O_WRONLY);
  int n = dprintf(fd, "%s\n", s); // BUG
  close(fd);
  printf("%d\n", n > 0);
  free(s);
  return 0;
}

// EXPECT: heap-buffer-overflow
// The buffer is shrunk to fit with realloc, then written out with the old capacity.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int main(int argc, char **argv) {
  size_t cap = 64;
  char *p = malloc(cap);
  int len = snprintf(p, cap, "%s", argv[2]);
  p = realloc(p, len + 1);
  int fd = open("/dev/null", O_WRONLY);
  if (fd < 0)
    return 1;
  ssize_t w = write(fd, p, cap); // BUG
  close(fd);
  printf("%zd\n", w);
  free(p);
  return 0;
}

// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd[2];
  pipe(fd);
  char *m = strdup(argv[2]);
  free(m);
  ssize_t n = write(fd[1], m, 8); // BUG
  close(fd[0]);
  close(fd[1]);
  printf("%zd\n", n);
  return 0;
}

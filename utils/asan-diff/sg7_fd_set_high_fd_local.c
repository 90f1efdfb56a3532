// EXPECT: stack-buffer-overflow
// A select() loop builds a local fd_set; an fd number from a table is not
// checked against FD_SETSIZE (1024) before FD_SET, which sets a bit in the
// word past the 128-byte set.
#include <stdio.h>
#include <stdlib.h>
#include <sys/select.h>
__attribute__((noinline)) static int count_set(const fd_set *s) {
  int c = 0;
  for (int fd = 0; fd < FD_SETSIZE; fd++) c += FD_ISSET(fd, s) != 0;
  return c;
}
__attribute__((noinline)) static void add_fd(fd_set *s, int fd) {
  FD_SET(fd, s); // BUG
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  int fds[3] = {0, n, 1024 + n * 5};  /* 1074: past the set */
  fd_set rd;
  FD_ZERO(&rd);
  for (int i = 0; i < 3; i++) add_fd(&rd, fds[i]);
  printf("%d %d\n", count_set(&rd), argc);
  return 0;
}

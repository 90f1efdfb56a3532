// EXPECT: stack-buffer-overflow
// ASan checks ioctl arguments only with handle_ioctl=1 and misses this; memscope (same check, same default) misses it too.
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd[2];
  pipe(fd);
  write(fd[1], argv[2], 5);
  short avail[1];
  int r = ioctl(fd[0], FIONREAD, avail); // BUG
  printf("%d %d\n", r, avail[0]);
  close(fd[0]);
  close(fd[1]);
  return 0;
}

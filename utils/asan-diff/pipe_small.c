// EXPECT: stack-buffer-overflow
// ASan has no pipe interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int fd[1];
  int r = pipe(fd); // BUG
  printf("%d %d\n", r, fd[0] > 2);
  return 0;
}

// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[1];
  int r = socketpair(AF_UNIX, SOCK_STREAM, 0, sv); // BUG
  printf("%d %d\n", r, sv[0] > 2);
  return 0;
}

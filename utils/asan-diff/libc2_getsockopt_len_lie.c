// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  short val[1];
  socklen_t len = sizeof(int);
  int r = getsockopt(s, SOL_SOCKET, SO_RCVBUF, val, &len); // BUG
  printf("%d %d\n", r, val[0]);
  close(s);
  return 0;
}

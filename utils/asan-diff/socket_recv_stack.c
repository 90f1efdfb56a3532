// EXPECT: stack-buffer-overflow
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  send(sv[0], "0123456789abcdef", 16, 0);
  char b[8];
  ssize_t n = recv(sv[1], b, 16, 0); // BUG
  printf("%zd\n", n);
  return 0;
}

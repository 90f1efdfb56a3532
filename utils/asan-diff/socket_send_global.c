// EXPECT: global-buffer-overflow
#include <stdio.h>
#include <sys/socket.h>
#include <unistd.h>
char g[5] = "abcd";
int main(int argc, char **argv) {
  int sv[2]; socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
  ssize_t n = send(sv[0], g, 9, 0); // BUG
  printf("%zd\n", n);
  return 0;
}

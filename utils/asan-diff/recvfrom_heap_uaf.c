// EXPECT: heap-use-after-free
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int sv[2];
  socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
  send(sv[0], argv[2], 5, 0);
  char *p = malloc(32);
  free(p);
  ssize_t n = recvfrom(sv[1], p, 32, 0, 0, 0); // BUG
  printf("%zd\n", n);
  return 0;
}

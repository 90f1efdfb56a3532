// EXPECT: heap-buffer-overflow
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>
int main(int argc, char **argv) {
  int l = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a = {0};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(l, (struct sockaddr *)&a, sizeof a);
  listen(l, 1);
  socklen_t al = sizeof a;
  getsockname(l, (struct sockaddr *)&a, &al);
  int c = socket(AF_INET, SOCK_STREAM, 0);
  connect(c, (struct sockaddr *)&a, sizeof a);
  char *peer = malloc(8);
  socklen_t pl = atoi(argv[1]) + 6;
  int s = accept(l, (struct sockaddr *)peer, &pl); // BUG
  printf("%d %u\n", s >= 0, pl);
  close(s);
  close(c);
  close(l);
  free(peer);
  return 0;
}

// EXPECT: heap-use-after-free
// A UDP reply goes to the sender's address kept in a request object that was freed after parsing.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
struct request {
  struct sockaddr_in from;
  char payload[32];
};
int main(int argc, char **argv) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  if (s < 0)
    return 0;
  struct request *req = calloc(1, sizeof *req);
  req->from.sin_family = AF_INET;
  req->from.sin_port = htons(9);
  req->from.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  snprintf(req->payload, sizeof req->payload, "%s", argv[2]);
  struct sockaddr_in *peer = &req->from;
  free(req);
  ssize_t n = sendto(s, argv[1], strlen(argv[1]), 0, (struct sockaddr *)peer, sizeof *peer); // BUG
  printf("%zd\n", n);
  close(s);
  return 0;
}

// EXPECT: heap-use-after-free
// Resolves a numeric address, keeps a pointer to the result's ai_addr and
// its length, frees the list with freeaddrinfo, and only then copies the
// address out with memcpy: the sockaddr lived inside the freed block.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static int resolve(const char *host, const char *port,
                   struct sockaddr_storage *out, socklen_t *outlen) {
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  if (getaddrinfo(host, port, &hints, &res) != 0)
    return -1;
  const struct sockaddr *sa = res->ai_addr;
  socklen_t len = res->ai_addrlen;
  freeaddrinfo(res);
  memcpy(out, sa, len); // BUG
  *outlen = len;
  return 0;
}

int main(int argc, char **argv) {
  struct sockaddr_storage ss;
  socklen_t len = 0;
  int r = resolve("127.0.0.1", argv[1], &ss, &len);
  printf("%d %u %d\n", r, (unsigned)len, ss.ss_family);
  return 0;
}

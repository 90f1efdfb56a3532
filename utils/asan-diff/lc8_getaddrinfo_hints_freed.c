// EXPECT: heap-use-after-free
// Resolver options are kept in a heap struct freed by an early cleanup path before getaddrinfo reads them.
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
int main(int argc, char **argv) {
  struct addrinfo *hints = calloc(1, sizeof *hints);
  hints->ai_family = AF_INET;
  hints->ai_socktype = SOCK_STREAM;
  hints->ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  if (atoi(argv[1]) > 3)
    free(hints);
  struct addrinfo *res = NULL;
  int rc = getaddrinfo("127.0.0.1", "8080", hints, &res); // BUG
  printf("%d\n", rc);
  if (rc == 0)
    freeaddrinfo(res);
  return 0;
}

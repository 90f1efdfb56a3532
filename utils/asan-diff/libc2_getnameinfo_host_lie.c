// EXPECT: heap-buffer-overflow
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  struct sockaddr_in sa;
  memset(&sa, 0, sizeof sa);
  sa.sin_family = AF_INET;
  sa.sin_port = htons(atoi(argv[1]) * 1000);
  inet_pton(AF_INET, "127.0.0.1", &sa.sin_addr);
  char *host = malloc(4);
  char serv[32];
  int r = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, 64, serv, sizeof serv, NI_NUMERICHOST | NI_NUMERICSERV); // BUG
  printf("%d %s\n", r, serv);
  free(host);
  return 0;
}

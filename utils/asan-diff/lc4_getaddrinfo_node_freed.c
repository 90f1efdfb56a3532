// EXPECT: heap-use-after-free
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char *node = malloc(16);
  strcpy(node, "127.0.0.1");
  node[8] = '0' + atoi(argv[1]) - 9;
  free(node);
  struct addrinfo hints, *res = 0;
  memset(&hints, 0, sizeof hints);
  hints.ai_flags = AI_NUMERICHOST;
  int r = getaddrinfo(node, 0, &hints, &res); // BUG
  printf("%d\n", r);
  if (res)
    freeaddrinfo(res);
  return 0;
}

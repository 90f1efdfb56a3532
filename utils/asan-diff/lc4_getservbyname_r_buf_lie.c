// EXPECT: heap-buffer-overflow
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct servent se, *res = 0;
  char *buf = malloc(16);
  int r = getservbyname_r("http", "tcp", &se, buf, atoi(argv[1]) * 100, &res); // BUG
  printf("%d %d\n", r, res ? ntohs(res->s_port) : -1);
  free(buf);
  return 0;
}

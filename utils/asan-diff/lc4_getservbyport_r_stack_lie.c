// EXPECT: stack-buffer-overflow
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct servent se, *res = 0;
  char buf[16];
  int r = getservbyport_r(htons(80), "tcp", &se, buf, atoi(argv[1]) * 100, &res); // BUG
  printf("%d %s\n", r, res ? res->s_name : "-");
  return 0;
}

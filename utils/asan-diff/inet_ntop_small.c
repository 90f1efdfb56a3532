// EXPECT: stack-buffer-overflow
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct in_addr a = {htonl(0xc0a80a0aU + atoi(argv[1]))};
  char out[8];
  const char *r = inet_ntop(AF_INET, &a, out, INET_ADDRSTRLEN); // BUG
  printf("%c\n", r ? r[0] : '-');
  return 0;
}

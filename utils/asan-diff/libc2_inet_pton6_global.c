// EXPECT: global-buffer-overflow
#include <arpa/inet.h>
#include <stdio.h>
unsigned char addr[4];
int main(int argc, char **argv) {
  const char *s = argc > 1 ? "fe80::1" : "::";
  int r = inet_pton(AF_INET6, s, addr); // BUG
  printf("%d %d\n", r, addr[0]);
  return 0;
}

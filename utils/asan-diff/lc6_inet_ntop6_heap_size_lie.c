// EXPECT: heap-buffer-overflow
// inet_ntop of a full IPv6 address into a 16-byte heap block told it holds 64.
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  unsigned char a[16];
  for (int i = 0; i < 16; i++)
    a[i] = 0x11 * (i % 15 + 1);
  char *b = malloc(16);
  const char *r = inet_ntop(AF_INET6, a, b, atoi(argv[1]) * 6 + 4); // BUG
  printf("%s\n", r);
  free(b);
  return 0;
}

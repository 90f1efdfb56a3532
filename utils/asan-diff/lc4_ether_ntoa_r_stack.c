// EXPECT: stack-buffer-overflow
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  struct ether_addr e = {{0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc}};
  e.ether_addr_octet[0] += atoi(argv[1]);
  char buf[12];
  char *s = ether_ntoa_r(&e, buf); // BUG
  printf("%s\n", s);
  return 0;
}

// EXPECT: heap-use-after-free
// Reverse-maps a neighbour's MAC address to a host name via /etc/ethers.
// The neighbour entry is dropped from the table (freed) when it expires,
// and the lookup then reads the MAC out of the freed entry.
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct neighbour {
  int ifindex;
  int state;
  struct ether_addr mac;
  char pad[2];
};

int main(int argc, char **argv) {
  struct neighbour *n = calloc(1, sizeof *n);
  n->ifindex = 2;
  memcpy(n->mac.ether_addr_octet, "\x02\x42\xac\x11\x00\x02", 6);
  n->state = argc > 1 ? 0 : 1; // 0: expired
  if (n->state == 0)
    free(n);
  char host[256];
  if (ether_ntohost(host, &n->mac) == 0) // BUG
    printf("%s\n", host);
  else
    printf("unknown\n");
  return 0;
}

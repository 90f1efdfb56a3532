// EXPECT: heap-buffer-overflow
// Encodes a host name into DNS wire format for a query. The wire buffer
// is allocated for "a typical label" (16 bytes) while dn_comp is told it
// may use the protocol maximum NS_MAXCDNAME: the encoded name is longer.
// FLAGS: -lresolv
#include <arpa/nameser.h>
#include <netinet/in.h>
#include <resolv.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  char name[64];
  snprintf(name, sizeof name, "mirror%s.example.org", argv[1]);
  unsigned char *wire = malloc(16);
  int n = dn_comp(name, wire, NS_MAXCDNAME, NULL, NULL); // BUG
  printf("%d %u\n", n, wire[0]);
  free(wire);
  return 0;
}

// EXPECT: heap-buffer-overflow
// Copies a MAC address field out of a fixed-width record with memcpy into
// a buffer of exactly 17 bytes (no room for the terminator) and hands it to
// ether_aton, which reads the string to its end.
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char record[] = "eth0    02:42:ac:11:00:02 up  ";

int main(int argc, char **argv) {
  size_t width = 17;
  char *mac = malloc(width);
  memcpy(mac, record + 8, width);
  struct ether_addr *a = ether_aton(mac); // BUG
  printf("%d %d\n", a != NULL, atoi(argv[1]));
  free(mac);
  return 0;
}

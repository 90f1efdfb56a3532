// EXPECT: heap-use-after-free
// The MAC address of an interface record is printed after the record list was released.
#include <net/ethernet.h>
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct iface {
  struct ether_addr mac;
  int index;
};
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct iface *list = calloc(n, sizeof *list);
  for (int i = 0; i < n; i++)
    memcpy(&list[i].mac, argv[2] + i, sizeof list[i].mac);
  struct ether_addr *first = &list[0].mac;
  free(list);
  char *s = ether_ntoa(first); // BUG
  printf("%s\n", s);
  return 0;
}

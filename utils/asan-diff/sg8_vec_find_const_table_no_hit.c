// EXPECT: global-buffer-overflow
// Looking a port number up in a constant table in .rodata: the search
// loop's bound is the table's capacity in the header (41), one more than
// the 40 entries actually defined, and the port asked for is not in the
// table, so the early-exit loop reads the 41st entry.
#include <stdio.h>
#include <stdlib.h>

#define KNOWN_PORTS_MAX 41
static const int kKnownPorts[40] = {
    20,  21,  22,  23,  25,  53,  67,  68,  69,  80,  110, 119, 123, 135,
    137, 138, 139, 143, 161, 162, 179, 194, 389, 443, 445, 465, 514, 515,
    587, 631, 636, 873, 993, 995, 1080, 1194, 1433, 1521, 1723, 3306};

__attribute__((noinline)) static int port_index(int port) {
  for (int i = 0; i < KNOWN_PORTS_MAX; i++)
    if (kKnownPorts[i] == port) // BUG
      return i;
  return -1;
}

int main(int argc, char **argv) {
  int port = atoi(argv[1]) * 800 + argc; /* 8002: not known */
  printf("port %d -> %d\n", port, port_index(port));
  return 0;
}

// EXPECT: stack-buffer-overflow
// Parses lines of an /etc/ethers-style table with ether_line(), which
// copies the host name it finds into the caller's buffer with no length:
// the buffer is sized for short names and a long one overruns it.
#include <netinet/ether.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *table[] = {
    "00:11:22:33:44:55 gw\n",
    "00:11:22:33:44:66 build-server-rack-%s\n",
};

static int lookup(const char *suffix) {
  char line[128];
  struct ether_addr addr;
  char host[24];
  int found = 0;
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
    snprintf(line, sizeof line, table[i], suffix);
    if (ether_line(line, &addr, host) == 0) // BUG
      found += strlen(host) > 0;
  }
  return found;
}

int main(int argc, char **argv) {
  printf("%d\n", lookup(argv[2]));
  return 0;
}

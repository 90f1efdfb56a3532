// EXPECT: heap-use-after-free
// Picks the loopback interface's name out of the getifaddrs list, frees
// the list with freeifaddrs, and then prints the saved name with fputs:
// the name strings live in the block freeifaddrs released.
#include <ifaddrs.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *loopback_name(void) {
  struct ifaddrs *list;
  if (getifaddrs(&list) != 0)
    return NULL;
  const char *name = NULL;
  for (struct ifaddrs *i = list; i; i = i->ifa_next)
    if (i->ifa_flags & IFF_LOOPBACK) {
      name = i->ifa_name;
      break;
    }
  freeifaddrs(list);
  return name;
}

int main(int argc, char **argv) {
  const char *lo = loopback_name();
  if (!lo)
    return 0;
  if (atoi(argv[1]) > 0)
    fputs(lo, stdout); // BUG
  putchar('\n');
  return 0;
}

// EXPECT: stack-buffer-overflow
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char name[2];
  memcpy(name, "lo", 2);
  unsigned idx = if_nametoindex(name + (argc - 3)); // BUG
  printf("%u\n", idx);
  return 0;
}

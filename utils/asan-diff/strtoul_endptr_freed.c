// EXPECT: heap-use-after-free
// ASan has no strtoul interceptor (endptr write unchecked); memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char **slot = malloc(sizeof(char *));
  free(slot);
  unsigned long v = strtoul(argv[1], slot, 10); // BUG
  printf("%lu\n", v);
  return 0;
}

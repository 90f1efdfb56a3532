// EXPECT: stack-buffer-overflow
// ASan has no memccpy interceptor and misses this; memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
  char d[8];
  void *q = memccpy(d, argv[2], '\0', 2 * atoi(argv[1])); // BUG
  printf("%c %p\n", d[0], q);
  return 0;
}

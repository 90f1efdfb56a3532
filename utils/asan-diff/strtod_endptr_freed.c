// EXPECT: heap-use-after-free
// ASan has no strtod interceptor (endptr write unchecked); memscope is expected to report it.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char **slot = malloc(sizeof(char *));
  free(slot);
  double d = strtod(argv[1], slot); // BUG
  printf("%g\n", d);
  return 0;
}

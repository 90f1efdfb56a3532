// EXPECT: stack-use-after-scope
// The end pointer strtol stores into belongs to a block-scoped cursor that has gone out of scope by the time the parse happens.
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
  char **cursor = NULL;
  if (argc > 1) {
    char *end = NULL;
    cursor = &end;
  }
  long v = strtol(argv[1], cursor, 10); // BUG
  printf("%ld\n", v);
  return 0;
}

// EXPECT: global-buffer-overflow
// A 4-character protocol tag stored without its terminator is compared case-insensitively with a bound larger than the tag.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
char proto_tag[4] = {'a', 'b', 'c', 'd'};
int main(int argc, char **argv) {
  size_t n = (size_t)atoi(argv[1]);
  int r = strncasecmp(proto_tag, argv[2], n); // BUG
  printf("%d\n", r);
  return 0;
}

// EXPECT: stack-buffer-overflow
// memcpy of a computed length into the trailing array of a struct nested at
// the end of a local outer struct: the copy goes past the outer struct.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct inner { short n; char tail[6]; };
struct outer { long stamp; struct inner in; };
int main(int argc, char **argv) {
  struct outer o;
  o.stamp = argc;
  o.in.n = 0;
  size_t len = (size_t)atoi(argv[1]) - 3; // 7
  memcpy(o.in.tail, argv[2], len); // BUG
  printf("%ld %c\n", o.stamp, o.in.tail[argc]);
  return 0;
}

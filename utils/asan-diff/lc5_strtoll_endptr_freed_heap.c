// EXPECT: heap-use-after-free
// strtoll stores its end pointer into a cursor struct already freed.
#include <stdio.h>
#include <stdlib.h>
struct cursor {
  char *pos;
  long long last;
};
int main(int argc, char **argv) {
  struct cursor *c = malloc(sizeof *c);
  c->pos = argv[1];
  free(c);
  long long v = strtoll(argv[1], &c->pos, 10); // BUG
  printf("%lld\n", v);
  return 0;
}

// EXPECT: stack-buffer-overflow
// A local option table is searched with `while (tbl[i].name)` -- the
// table was meant to end with a {NULL, 0} sentinel, but this copy was
// declared with an exact size and has none.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct Opt {
  const char *name;
  int value;
};
__attribute__((noinline)) static int find(const struct Opt *tbl, const char *key) {
  for (int i = 0; tbl[i].name; i++) // BUG
    if (strcmp(tbl[i].name, key) == 0) return tbl[i].value;
  return -1;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct Opt opts[4] = {{"verbose", n}, {"quiet", n + 1}, {"depth", n + 2}, {"width", n + 3}};
  int v = find(opts, argv[2]);
  printf("%d %d\n", v, argc);
  return 0;
}

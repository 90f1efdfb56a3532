// EXPECT: stack-use-after-return
// A callee returns a pointer into its by-value struct parameter (passed in
// memory: 40 bytes).
#include <stdio.h>
#include <stdlib.h>
struct Rec { long id; char name[32]; };
__attribute__((noinline)) static const char *name_of(struct Rec r) {
  const char *volatile p = r.name;
  return p;
}
int main(int argc, char **argv) {
  struct Rec r = {atoi(argv[1]), "recordname"};
  const char *n = name_of(r);
  printf("%c %d\n", n[argc], argc); // BUG
  return 0;
}

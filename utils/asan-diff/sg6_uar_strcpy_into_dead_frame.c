// EXPECT: stack-use-after-return
// strcpy writes into an output buffer that a setup function handed out
// from its own frame; the setup function has returned.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct out { char *dst; int cap; };
__attribute__((noinline)) static void setup(struct out *o, int cap) {
  char area[32];
  area[0] = 0;
  o->dst = area;
  o->cap = cap;
}
int main(int argc, char **argv) {
  struct out o;
  setup(&o, atoi(argv[1]));
  strcpy(o.dst, argv[2] + 20); // BUG
  printf("%d %d\n", o.cap, argc);
  return 0;
}

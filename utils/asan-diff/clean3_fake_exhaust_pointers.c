// EXPECT: none
// Recursion 3000 deep with about 700 bytes of locals per frame, more
// frames of that size than a fake stack class holds, so later frames go
// on the real stack; every frame passes a pointer to its array down and
// reads its parent's through it; everything returns normally, then a
// shallower recursion of another shape reuses the stack.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static unsigned link(int depth, const unsigned *parent) {
  unsigned mine[170];
  for (int i = 0; i < 170; i++) mine[i] = (parent ? parent[169 - i] : 1u) * 3u + (unsigned)depth;
  unsigned s = mine[depth % 170];
  if (depth > 0) s ^= link(depth - 1, mine);
  return s + mine[169];
}

__attribute__((noinline)) static unsigned flat(int depth) {
  char line[90];
  memset(line, depth & 0x7f, sizeof line);
  unsigned s = (unsigned char)line[89];
  return depth ? s + flat(depth - 1) : s;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  unsigned t = 0;
  for (int r = 0; r < 3; r++) {
    t += link(3000 + v, NULL);
    t += flat(4000);
  }
  printf("%u %d\n", t, argc);
  return 0;
}

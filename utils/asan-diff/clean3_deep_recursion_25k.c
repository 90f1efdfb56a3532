// EXPECT: none
// Recursion 25000 frames deep, each frame holding a small array whose
// address is passed down one level (the callee reads its parent's array
// while the parent is live), then a second, shallower recursion with a
// larger array per frame over the same stack.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static volatile int seed;

__attribute__((noinline)) static unsigned mix(const int *parent, int n) {
  unsigned s = 0;
  for (int i = 0; i < n; i++) s = s * 31u + (unsigned)parent[i];
  return s;
}

__attribute__((noinline)) static unsigned deep(int depth, const int *parent) {
  int mine[6];
  for (int i = 0; i < 6; i++) mine[i] = depth * 7 + i + seed;
  unsigned s = parent ? mix(parent, 6) : 0;
  if (depth > 0) s ^= deep(depth - 1, mine);
  return s + (unsigned)mine[5];
}

__attribute__((noinline)) static unsigned wide(int depth, char *prev) {
  char page[1000];
  memset(page, (char)depth, sizeof page);
  if (prev) page[999] = prev[999];
  unsigned s = (unsigned char)page[0] + (unsigned char)page[999];
  if (depth > 0) s += wide(depth - 1, page);
  return s;
}

int main(int argc, char **argv) {
  seed = atoi(argv[1]);
  unsigned a = deep(25000, NULL);
  unsigned b = wide(3000, NULL);
  unsigned c = deep(20000, NULL);
  printf("%u %u %u %d\n", a, b, c, argc);
  return 0;
}

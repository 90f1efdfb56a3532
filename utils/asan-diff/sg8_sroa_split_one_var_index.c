// EXPECT: stack-buffer-overflow
// A small local table of thresholds is built with constant indices (the
// kind of array SROA would split into registers) and then read once with a
// level number that is one-based: level 4 reads thresholds[4] of a
// 4-element array.
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int threshold_for(int level, int base) {
  int thresholds[4];
  thresholds[0] = base;
  thresholds[1] = base * 2;
  thresholds[2] = base * 4;
  thresholds[3] = base * 8;
  return thresholds[level]; // BUG
}

int main(int argc, char **argv) {
  int level = atoi(argv[1]) - 6; /* 4: "level 4 of 4" */
  printf("level %d -> %d\n", level, threshold_for(level, argc + 10));
  return 0;
}

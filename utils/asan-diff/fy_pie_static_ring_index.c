// EXPECT: global-buffer-overflow
// FLAGS: -fPIE -pie
// A position-independent executable keeps a ring of recent samples in a
// function-local static array. The index wraps with `& 15` on a ring of
// 12 entries (someone shrank the ring but not the mask).
#include <stdio.h>
#include <stdlib.h>

#define RING 12

__attribute__((noinline)) static double push_sample(double v) {
  static double ring[RING];
  static unsigned head;
  ring[head & 15] = v; // BUG
  head++;
  double s = 0;
  for (int i = 0; i < RING; i++) s += ring[i];
  return s;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]) + 3;    /* 13 samples: the 13th goes to ring[12] */
  double s = 0;
  for (int i = 0; i < n; i++) s = push_sample(i * 0.5);
  printf("%.1f\n", s);
  return 0;
}

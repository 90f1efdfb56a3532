// EXPECT: none
// A precise "shadow stack" of GC roots: each frame registers a local
// struct (holding an array of root slots) in a global linked list and
// unregisters it before returning; a collector called from the deepest
// frames walks every registered local, reading and rewriting its slots.
// Addresses of locals live in globals only while their frames are alive.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct roots {
  struct roots *prev;
  int count;
  long *slots[6];
  char fn[12];
};

static struct roots *chain;
static long collected;

__attribute__((noinline)) static void collect(void) {
  for (struct roots *r = chain; r; r = r->prev)
    for (int i = 0; i < r->count; i++) {
      collected += *r->slots[i] + r->fn[0];
      *r->slots[i] += 1;
    }
}

__attribute__((noinline)) static long compute(int depth, int width) {
  long a = depth, b[3] = {depth, depth * 2, depth * 3};
  long big[40];
  struct roots frame;
  frame.prev = chain;
  frame.count = 5;
  frame.slots[0] = &a;
  frame.slots[1] = &b[0];
  frame.slots[2] = &b[2];
  frame.slots[3] = &big[0];
  frame.slots[4] = &big[39];
  snprintf(frame.fn, sizeof frame.fn, "c%d", depth % 100);
  for (int i = 0; i < 40; i++) big[i] = i * width;
  chain = &frame;
  long r;
  if (depth == 0 || depth % 9 == 0) collect();
  if (depth > 0)
    r = compute(depth - 1, width) + a + b[2] + big[39];
  else
    r = a + b[0] + big[0];
  chain = frame.prev;
  return r;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  long total = 0;
  for (int round = 0; round < n * 20; round++) total += compute(30 + round % 20, round % 7 + 1);
  printf("%ld %ld %d\n", total, collected, chain == NULL);
  return 0;
}

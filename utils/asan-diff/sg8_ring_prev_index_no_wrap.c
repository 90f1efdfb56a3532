// EXPECT: stack-buffer-underflow
// An undo ring of 8 edits kept in a local struct array. undo() takes the
// entry before the head as `ring[head - 1]` without wrapping: when the
// head has just wrapped to 0 it reads before the ring. (The counters'
// indices are provably in bounds, so the ring is the frame's first
// redzoned variable and the read lands in the frame's left redzone.)
#include <stdio.h>
#include <stdlib.h>

struct edit { int pos; int len; char kind; };

__attribute__((noinline)) static int undo(const struct edit *ring, int head) {
  const struct edit *e = &ring[head - 1]; // (no wrap)
  return e->pos + e->len; // BUG
}

int main(int argc, char **argv) {
  int counts[4] = {0, 0, 0, 0};
  struct edit ring[8];
  int head = 0;
  int n = atoi(argv[1]) - 2; /* 8 edits: head wraps to 0 */
  for (int i = 0; i < n; i++) {
    ring[head].pos = i * 10;
    ring[head].len = i + argc;
    ring[head].kind = 'i';
    counts[i & 3]++;
    head = (head + 1) % 8;
  }
  printf("undo -> %d (%d)\n", undo(ring, head), counts[0]);
  return 0;
}

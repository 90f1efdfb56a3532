// EXPECT: container-overflow
// A double-ended queue of ints (a work-stealing style deque: the owner pushes
// and pops at the back, thieves take from the front) in one buffer, with the
// used part [begin, end) in the middle and both unused ends annotated with
// __sanitizer_annotate_double_ended_contiguous_container. peek_prev(), meant
// for "the task before the front", reads one slot before the current begin
// once the front has been stolen from: that slot is in the poisoned free space
// before the container, a container-overflow.
#include <sanitizer/common_interface_defs.h>
#include <stdio.h>
#include <stdlib.h>

struct deq {
  int *buf;
  size_t cap, b, e; /* used: [b, e) */
};

static void annotate(struct deq *d, size_t ob, size_t oe, size_t nb, size_t ne) {
  __sanitizer_annotate_double_ended_contiguous_container(
      d->buf, d->buf + d->cap, d->buf + ob, d->buf + oe, d->buf + nb, d->buf + ne);
}

static void deq_init(struct deq *d, size_t cap) {
  d->buf = malloc(cap * sizeof(int));
  d->cap = cap;
  d->b = d->e = cap / 2;
  annotate(d, 0, cap, d->b, d->e);
}

static void push_back(struct deq *d, int v) {
  annotate(d, d->b, d->e, d->b, d->e + 1);
  d->buf[d->e++] = v;
}

static void push_front(struct deq *d, int v) {
  annotate(d, d->b, d->e, d->b - 1, d->e);
  d->buf[--d->b] = v;
}

static int steal_front(struct deq *d) {
  int v = d->buf[d->b];
  annotate(d, d->b, d->e, d->b + 1, d->e);
  d->b++;
  return v;
}

static int peek_prev(const struct deq *d) {
  return d->buf[d->b - 1]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct deq d;
  deq_init(&d, 64);
  for (int i = 0; i < n; i++) push_back(&d, i * 3);
  push_front(&d, -1);
  push_front(&d, -2);
  int stolen = 0;
  for (int k = 0; k < 4; k++) stolen += steal_front(&d);
  printf("stolen %d prev %d\n", stolen, peek_prev(&d));
  annotate(&d, d.b, d.e, 0, d.cap);
  free(d.buf);
  return 0;
}

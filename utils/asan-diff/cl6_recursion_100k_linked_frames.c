// EXPECT: none
// A flood fill written recursively, run on a thread with a 256 MiB stack:
// 100000 nested frames, each with a small local node that links to its
// caller's node (a linked list threaded through the stack) and a 24-byte
// local path buffer. At the bottom the whole chain is walked from the
// deepest frame back to the top, reading every frame's locals; then the
// recursion unwinds and runs again to a different depth.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct Link {
  const struct Link *up;
  int depth;
  char path[24];
};

static long walk_chain(const struct Link *l) {
  long s = 0;
  int n = 0;
  for (; l; l = l->up, n++) s += l->depth + l->path[(l->depth % 23)] + l->path[23];
  return s + n;
}

__attribute__((noinline)) static long fill(const struct Link *up, int depth, int limit) {
  struct Link me;
  me.up = up;
  me.depth = depth;
  memset(me.path, 'a' + depth % 26, sizeof me.path);
  me.path[23] = (char)(depth & 0x3f);
  if (depth == limit) return walk_chain(&me);
  long r = fill(&me, depth + 1, limit);
  return r + (me.path[0] == 'a' + depth % 26);
}

static void *run(void *arg) {
  int limit = (int)(long)arg;
  long a = fill(NULL, 0, limit);
  long b = fill(NULL, 0, limit / 3);
  long c = fill(NULL, 0, limit);
  return (void *)(a + b - c);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 256u << 20);
  pthread_t t;
  void *r;
  if (pthread_create(&t, &at, run, (void *)(long)(n * 10000))) return 1;
  pthread_join(t, &r);
  pthread_attr_destroy(&at);
  printf("%ld\n", (long)r);
  return 0;
}

// EXPECT: heap-buffer-overflow
// A message header ends with bit-fields packed in a trailing 32-bit unit;
// the allocation uses offsetof(struct msg, flags) as if the flags were a
// 1-byte field at that offset, so setting the `prio` bit-field (in the
// unit's second byte) writes past the block.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

struct msg {
  int len;
  char kind;
  unsigned flags : 4;
  unsigned prio : 6;
  unsigned urgent : 1;
};

__attribute__((noinline)) static void set_prio(struct msg *m, int p) {
  m->prio = p; // BUG
}

int main(int argc, char **argv) {
  struct msg *m = malloc(offsetof(struct msg, kind) + 2);
  m->len = atoi(argv[1]);
  m->kind = argv[2][0];
  m->flags = 3;
  set_prio(m, argc + 5);
  printf("%d %c %u\n", m->len, m->kind, m->flags);
  free(m);
  return 0;
}

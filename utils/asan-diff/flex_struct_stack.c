// EXPECT: stack-buffer-overflow
// A struct with a flexible array member backed by a union with a byte
// buffer on the stack: room for 6 items, the seventh is written.
#include <stdio.h>
#include <stdlib.h>
struct Msg { int n; short items[]; };
union Store { struct Msg m; char raw[sizeof(struct Msg) + 6 * sizeof(short)]; };
__attribute__((noinline)) static void push(struct Msg *m, int count) {
  for (int i = 0; i < count; i++) m->items[m->n++] = (short)i; // BUG
}
int main(int argc, char **argv) {
  union Store s;
  s.m.n = 0;
  push(&s.m, atoi(argv[1]) - 3);
  printf("%zu %d\n", sizeof s, s.m.items[0]);
  return 0;
}

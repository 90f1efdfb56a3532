// EXPECT: stack-use-after-scope
// FLAGS: -std=c11
// C11 code with _Alignas and a _Static_assert: a cache-line aligned
// scratch block is declared inside a loop body and filled by a helper; a
// pointer to it is kept in a variable of the enclosing scope and read
// after the loop, when the block's scope has ended.
#include <stdalign.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct line { alignas(64) unsigned char bytes[64]; };
_Static_assert(sizeof(struct line) == 64, "one cache line");

__attribute__((noinline)) static void fill(struct line *l, int i, char c) {
  memset(l->bytes, i, sizeof l->bytes);
  l->bytes[0] = (unsigned char)c;
}

__attribute__((noinline)) static int peek(const unsigned char *p) {
  return p[0]; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  const unsigned char *last = NULL;
  for (int i = 0; i < n; i++) {
    struct line scratch;
    fill(&scratch, i, argv[2][i % 26]);
    last = scratch.bytes;
  }
  printf("%d\n", peek(last));
  return 0;
}

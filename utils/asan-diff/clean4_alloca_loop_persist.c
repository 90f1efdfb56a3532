// EXPECT: none
// alloca() in loops: blocks stay valid until the function returns, so a
// list threaded through blocks from earlier iterations is walked at the
// end; alloca(0) results are only compared; block sizes come from argv.
#include <alloca.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node {
  struct node *next;
  int len;
  char data[];
};

__attribute__((noinline)) static long build_and_walk(int count, const char *text) {
  struct node *head = NULL;
  for (int i = 0; i < count; i++) {
    int len = 1 + (i * 7) % 26;
    struct node *nd = alloca(sizeof(struct node) + len);
    nd->len = len;
    memcpy(nd->data, text, len);
    nd->next = head;
    head = nd;
    void *zero = alloca(0);
    if (zero == NULL) return -1; /* never: only compared */
  }
  long s = 0;
  for (struct node *p = head; p; p = p->next) s += p->len + p->data[p->len - 1];
  return s;
}

__attribute__((noinline)) static long grow(int rounds, int base) {
  char *blocks[64];
  int sizes[64];
  int kept = 0;
  for (int r = 0; r < rounds && kept < 64; r++) {
    int sz = base + r * 3;
    char *b = alloca(sz);
    memset(b, r, sz);
    blocks[kept] = b;
    sizes[kept++] = sz;
  }
  long s = 0;
  for (int i = 0; i < kept; i++) s += blocks[i][0] + blocks[i][sizes[i] - 1];
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 50; r++) {
    total += build_and_walk(20 + r % 30, text);
    total += grow(40 + r % 24, 1 + r % 9);
  }
  printf("%ld\n", total);
  return 0;
}

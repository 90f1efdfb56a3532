// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=3
// A line buffer drops the bytes already consumed by shifting the rest to
// the front with memmove. The buffer lives in a struct that a separate
// function fills, so even _FORTIFY_SOURCE=3's dynamic object size does not
// know it; the shift moves `len` bytes from `start` instead of
// `len - start`, reading past the end of the heap block.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct linebuf { char *data; size_t len, cap; };

__attribute__((noinline)) static void lb_init(struct linebuf *lb, size_t cap) {
  lb->data = malloc(cap);
  lb->cap = cap;
  lb->len = 0;
}

__attribute__((noinline)) static void lb_append(struct linebuf *lb, const char *s) {
  size_t n = strlen(s);
  if (lb->len + n > lb->cap) n = lb->cap - lb->len;
  memcpy(lb->data + lb->len, s, n);
  lb->len += n;
}

__attribute__((noinline)) static void lb_consume(struct linebuf *lb, size_t start) {
  memmove(lb->data, lb->data + start, lb->len); // BUG
  lb->len -= start;
}

int main(int argc, char **argv) {
  struct linebuf lb;
  lb_init(&lb, 32);
  lb_append(&lb, argv[2]);
  lb_consume(&lb, (size_t)atoi(argv[1]));
  printf("%.*s\n", (int)lb.len, lb.data);
  free(lb.data);
  return 0;
}

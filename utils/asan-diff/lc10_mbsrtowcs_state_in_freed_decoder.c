// EXPECT: heap-use-after-free
// A streaming decoder keeps its mbstate_t inside a heap object; after the
// stream is closed (object freed) a late flush still converts the
// remaining bytes with mbsrtowcs using the freed object's state.
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

struct decoder {
  mbstate_t st;
  int fd;
};

static size_t flush_rest(struct decoder *d, const char *rest, wchar_t *out,
                         size_t cap) {
  const char *p = rest;
  return mbsrtowcs(out, &p, cap, &d->st); // BUG
}

int main(int argc, char **argv) {
  setlocale(LC_ALL, "C.UTF-8");
  struct decoder *d = calloc(1, sizeof *d);
  d->fd = atoi(argv[1]);
  free(d); // stream closed
  wchar_t out[32];
  size_t n = flush_rest(d, argv[2], out, 32);
  printf("%zu\n", n);
  return 0;
}

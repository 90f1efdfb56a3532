// EXPECT: heap-use-after-free
// FLAGS: -std=gnu11
// GNU C11 with __attribute__((cleanup)) (the _cleanup_free_ idiom of
// systemd and others): a scope-bound buffer is freed automatically when
// its block ends, but a pointer to it escaped into the caller's struct
// and is read afterwards.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inline void freep(void *p) { free(*(void **)p); }
#define _cleanup_free_ __attribute__((cleanup(freep)))

struct result { const char *label; size_t len; };

__attribute__((noinline)) static void classify(const char *in, int n,
                                               struct result *out) {
  _cleanup_free_ char *label = malloc(32);
  snprintf(label, 32, "%s:%d", n > 5 ? "long" : "short", n);
  out->label = label;
  out->len = strlen(in);
}

int main(int argc, char **argv) {
  struct result r;
  classify(argv[2], atoi(argv[1]), &r);
  printf("%zu %c\n", r.len, r.label[0]); // BUG
  return 0;
}

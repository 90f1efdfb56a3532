// EXPECT: none
// A status line built with a chain of snprintf calls into a heap buffer, clamping the running
// length to what was actually written, so truncation just stops the line; the buffer is
// filled to its last byte (the terminator at cap - 1) and the remaining calls get size 1.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct sbuf { char *p; size_t cap, len; int truncated; };

static void sb_add(struct sbuf *b, const char *fmt, const char *s, int v) {
  size_t room = b->cap - b->len; /* always >= 1 */
  int n = snprintf(b->p + b->len, room, fmt, s, v);
  if (n < 0) return;
  if ((size_t)n >= room) { b->len = b->cap - 1; b->truncated = 1; }
  else b->len += (size_t)n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  size_t caps[] = { 1, 2, 16, 80, 4096 };
  for (size_t c = 0; c < sizeof caps / sizeof *caps; c++) {
    struct sbuf b = { malloc(caps[c]), caps[c], 0, 0 };
    b.p[0] = '\0';
    sb_add(&b, "%s%d:", "workers=", n);
    for (int i = 0; i < n; i++) sb_add(&b, " %s#%d", alpha + i, i * 17);
    sb_add(&b, " %send%d", "", 0);
    printf("cap %4zu: len %4zu%s |%.60s|\n", b.cap, b.len, b.truncated ? " (truncated)" : "", b.p);
    if (strlen(b.p) != b.len) printf("length mismatch\n");
    free(b.p);
  }
  return 0;
}

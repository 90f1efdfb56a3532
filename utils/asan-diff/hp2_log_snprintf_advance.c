// EXPECT: heap-buffer-overflow
// a log formatter advances its cursor by snprintf's return value, which is the untruncated length; after one truncation the remaining size underflows and the next snprintf writes past the heap buffer
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct logline {
  char *buf;
  size_t cap, pos;
};

static void ll_init(struct logline *l, size_t cap) {
  l->buf = malloc(cap);
  l->cap = cap;
  l->pos = 0;
  l->buf[0] = '\0';
}

static void ll_add(struct logline *l, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  l->pos += (size_t)vsnprintf(l->buf + l->pos, l->cap - l->pos, fmt, ap); // BUG
  va_end(ap);
}

static void ll_kv(struct logline *l, const char *k, const char *v) { ll_add(l, " %s=%s", k, v); }

static void ll_kvi(struct logline *l, const char *k, long v) { ll_add(l, " %s=%ld", k, v); }

struct request {
  const char *method;
  char path[96];
  int status;
  long bytes;
  double ms;
  char agent[64];
};

static void format_request(struct logline *l, const struct request *r) {
  l->pos = 0;
  ll_add(l, "[access]");
  ll_kv(l, "method", r->method);
  ll_kv(l, "path", r->path);
  ll_kv(l, "agent", r->agent);
  ll_kvi(l, "status", r->status);
  ll_kvi(l, "bytes", r->bytes);
  ll_add(l, " ms=%.2f", r->ms);
}

static unsigned hash_line(const struct logline *l) {
  unsigned h = 0;
  size_t n = l->pos < l->cap ? l->pos : l->cap - 1;
  for (size_t i = 0; i < n && l->buf[i]; i++) h = h * 131 + (unsigned char)l->buf[i];
  return h;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  struct logline l;
  ll_init(&l, 96);
  unsigned total = 0;
  for (int i = 0; i < n; i++) {
    struct request r;
    r.method = i % 3 ? "GET" : "POST";
    snprintf(r.path, sizeof r.path, "/api/v1/%.*s/%d", 2 + i * 2, alpha, i);
    r.status = i % 5 ? 200 : 404;
    r.bytes = 100L * i + 17;
    r.ms = 0.25 * i;
    snprintf(r.agent, sizeof r.agent, "client/%d.%d (%.10s)", i, n, alpha + i % 8);
    format_request(&l, &r);
    total += hash_line(&l);
    if (i < 3) printf("%s\n", l.buf);
  }
  printf("hash %08x\n", total);
  free(l.buf);
  return 0;
}

// EXPECT: global-buffer-overflow
// an HTTP response writer copies reason phrases with memcpy using a length column in its status table; one row's length was not updated when the phrase was shortened
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct status {
  int code;
  const char *reason;
  size_t reason_len;
};

static const struct status kStatus[] = {
    {200, "OK", 2},
    {201, "Created", 7},
    {204, "No Content", 10},
    {301, "Moved Permanently", 17},
    {304, "Not Modified", 12},
    {400, "Bad Request", 11},
    {404, "Not Found", 9},
    {413, "Too Large", 24}, /* was "Request Entity Too Large" */
    {500, "Internal Server Error", 21},
};

static const struct status *lookup(int code) {
  for (size_t i = 0; i < sizeof kStatus / sizeof kStatus[0]; i++)
    if (kStatus[i].code == code) return &kStatus[i];
  return &kStatus[sizeof kStatus / sizeof kStatus[0] - 1];
}

struct response {
  char buf[512];
  size_t len;
};

static void put(struct response *r, const void *p, size_t n) {
  if (r->len + n > sizeof r->buf) n = sizeof r->buf - r->len;
  memcpy(r->buf + r->len, p, n); // BUG
  r->len += n;
}

static void put_str(struct response *r, const char *s) { put(r, s, strlen(s)); }

static void status_line(struct response *r, int code) {
  const struct status *st = lookup(code);
  char num[16];
  int n = snprintf(num, sizeof num, "HTTP/1.1 %d ", st->code);
  put(r, num, (size_t)n);
  put(r, st->reason, st->reason_len);
  put(r, "\r\n", 2);
}

static void header(struct response *r, const char *k, const char *v) {
  put_str(r, k);
  put(r, ": ", 2);
  put_str(r, v);
  put(r, "\r\n", 2);
}

static size_t respond(int code, const char *body) {
  struct response r = {.len = 0};
  char clen[24];
  status_line(&r, code);
  snprintf(clen, sizeof clen, "%zu", strlen(body));
  header(&r, "Content-Length", clen);
  header(&r, "Content-Type", "text/plain");
  put(&r, "\r\n", 2);
  put_str(&r, body);
  fwrite(r.buf, 1, r.len < 40 ? r.len : 40, stdout);
  printf("... (%zu bytes)\n", r.len);
  return r.len;
}

int main(int argc, char **argv) {
  int limit = argc > 1 ? atoi(argv[1]) : 10;
  const char *body = argc > 2 ? argv[2] : "hello";
  size_t total = respond(200, "ok");
  total += respond(404, "missing");
  int code = strlen(body) > (size_t)limit ? 413 : 201;
  total += respond(code, body);
  printf("total %zu\n", total);
  return 0;
}

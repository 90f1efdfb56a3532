// EXPECT: heap-buffer-overflow
// a JSON writer sizes the escaped string as 2*len+3, assuming every byte escapes to at most two characters; control bytes become six-character \u00XX escapes and sprintf writes past the buffer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct field {
  const char *key;
  const unsigned char *bytes;
  size_t len;
  int is_number;
  long number;
};

/* Returns a quoted, escaped copy of s[0..len). */
static char *json_quote(const unsigned char *s, size_t len) {
  char *out = malloc(2 * len + 3);
  size_t o = 0;
  out[o++] = '"';
  for (size_t i = 0; i < len; i++) {
    unsigned char c = s[i];
    switch (c) {
    case '"': out[o++] = '\\'; out[o++] = '"'; break;
    case '\\': out[o++] = '\\'; out[o++] = '\\'; break;
    case '\n': out[o++] = '\\'; out[o++] = 'n'; break;
    case '\t': out[o++] = '\\'; out[o++] = 't'; break;
    case '\f': out[o++] = '\\'; out[o++] = 'f'; break;
    case '\r': out[o++] = '\\'; out[o++] = 'r'; break;
    default:
      if (c < 0x20) {
        o += (size_t)sprintf(out + o, "\\u%04x", c); // BUG
      } else {
        out[o++] = (char)c;
      }
    }
  }
  out[o++] = '"';
  out[o] = '\0';
  return out;
}

struct writer {
  char *buf;
  size_t len, cap;
};

static void w_put(struct writer *w, const char *s) {
  size_t n = strlen(s);
  if (w->len + n + 1 > w->cap) {
    while (w->len + n + 1 > w->cap) w->cap = w->cap ? w->cap * 2 : 64;
    w->buf = realloc(w->buf, w->cap);
  }
  memcpy(w->buf + w->len, s, n + 1);
  w->len += n;
}

static void write_object(struct writer *w, const struct field *f, int count) {
  w_put(w, "{");
  for (int i = 0; i < count; i++) {
    if (i) w_put(w, ",");
    char *k = json_quote((const unsigned char *)f[i].key, strlen(f[i].key));
    w_put(w, k);
    w_put(w, ":");
    free(k);
    if (f[i].is_number) {
      char num[32];
      snprintf(num, sizeof num, "%ld", f[i].number);
      w_put(w, num);
    } else {
      char *v = json_quote(f[i].bytes, f[i].len);
      w_put(w, v);
      free(v);
    }
  }
  w_put(w, "}");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  unsigned char name[32], raw[32];
  size_t nl = strlen(alpha) < 12 ? strlen(alpha) : 12;
  memcpy(name, alpha, nl);
  name[3] = '"';
  name[7] = '\\';
  for (int i = 0; i < n && i < 32; i++) raw[i] = (unsigned char)(i * 3);
  struct field fields[] = {
      {"id", NULL, 0, 1, (long)n * 1000 + 7},
      {"name", name, nl, 0, 0},
      {"raw", raw, (size_t)(n < 32 ? n : 32), 0, 0},
      {"size", NULL, 0, 1, (long)nl},
  };
  struct writer w = {NULL, 0, 0};
  write_object(&w, fields, 4);
  printf("%s\n%zu bytes\n", w.buf, w.len);
  free(w.buf);
  return 0;
}

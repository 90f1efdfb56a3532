// EXPECT: heap-buffer-overflow
// a field splitter from an old portable codebase ships its own strdup/strndup (compat.c style, for libcs that lacked them); the quoted-field path copies the field with its closing quote into an exact-size allocation
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- compat: used where the platform has no strndup (old macOS, some RTOS libcs) ---- */
#ifndef HAVE_STRNDUP
char *strndup(const char *s, size_t n) {
  size_t len = 0;
  while (len < n && s[len]) len++;
  char *p = malloc(len + 1);
  if (!p) return NULL;
  memcpy(p, s, len);
  p[len] = '\0';
  return p;
}
char *strdup(const char *s) { return strndup(s, strlen(s)); }
#endif

struct fields {
  char **v;
  size_t n, cap;
};

static void push(struct fields *f, char *s) {
  if (f->n == f->cap) {
    f->cap = f->cap ? f->cap * 2 : 4;
    f->v = realloc(f->v, f->cap * sizeof *f->v);
  }
  f->v[f->n++] = s;
}

/* Splits on sep; a field may be "quoted", with "" standing for one quote. */
static int split(const char *line, char sep, struct fields *out) {
  const char *p = line;
  for (;;) {
    if (*p == '"') {
      const char *start = ++p;
      size_t len = 0;
      while (*p && !(p[0] == '"' && p[1] != '"')) {
        if (p[0] == '"') p++;
        p++;
        len++;
      }
      if (*p != '"') return -1;
      char *f = malloc(len + 1);
      size_t o = 0;
      for (const char *q = start; q <= p; q++) {
        if (q[0] == '"' && q[1] == '"') q++;
        f[o++] = *q;
      }
      f[o] = '\0'; // BUG
      push(out, f);
      p++;
    } else {
      const char *end = strchr(p, sep);
      size_t len = end ? (size_t)(end - p) : strlen(p);
      push(out, strndup(p, len));
      p += len;
    }
    if (*p != sep) break;
    p++;
  }
  return 0;
}

int main(int argc, char **argv) {
  int id = argc > 1 ? atoi(argv[1]) : 1;
  const char *name = argc > 2 ? argv[2] : "widget";
  char line[256];
  snprintf(line, sizeof line, "%d,%.6s,plain text,\"say \"\"%.4s\"\" twice\",%d", id, name, name + 6,
           id * 3);
  struct fields f = {0};
  int rc = split(line, ',', &f);
  char *title = strdup(f.n > 1 ? f.v[1] : "");
  printf("rc=%d, %zu fields, title %s\n", rc, f.n, title);
  for (size_t i = 0; i < f.n; i++) printf("  [%zu] %s\n", i, f.v[i]);
  for (size_t i = 0; i < f.n; i++) free(f.v[i]);
  free(f.v);
  free(title);
  return 0;
}

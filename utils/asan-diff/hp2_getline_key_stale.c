// EXPECT: heap-use-after-free
// a log scanner remembers a pointer to the request id inside the getline buffer of the "begin" line; a longer later line makes getline realloc the buffer, and the id is compared through the stale pointer
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct span {
  char id[16];
  long start, end;
  int lines;
};

static long parse_ts(const char *line) { return strtol(line, NULL, 10); }

static const char *field(const char *line, const char *name, size_t *len) {
  const char *p = strstr(line, name);
  if (!p) return NULL;
  p += strlen(name);
  const char *e = p;
  while (*e && *e != ' ' && *e != '\n') e++;
  *len = (size_t)(e - p);
  return p;
}

static size_t build_log(char *out, size_t cap, const char *alpha, int n) {
  size_t off = 0;
  for (int i = 0; i < n; i++) {
    int id = i / 3;
    const char *what = i % 3 == 0 ? "begin" : i % 3 == 1 ? "step" : "end";
    off += (size_t)snprintf(out + off, cap - off, "%d %s req=r%03d%s%.*s\n", 1000 + i * 7, what, id,
                            i % 3 == 1 ? " detail=" : "", i % 3 == 1 ? 40 + i * 9 : 0, alpha);
  }
  return off;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha0 = argc > 2 ? argv[2] : "ABCDEFGHIJ";
  char alpha[512];
  size_t al = strlen(alpha0), o = 0;
  while (o + al < sizeof alpha) {
    memcpy(alpha + o, alpha0, al);
    o += al;
  }
  alpha[o] = '\0';
  static char text[8192];
  size_t tl = build_log(text, sizeof text, alpha, n);
  FILE *in = fmemopen(text, tl, "r");
  char *line = NULL;
  size_t cap = 0;
  const char *open_id = NULL;
  size_t open_len = 0;
  struct span spans[8];
  int nspans = 0;
  while (getline(&line, &cap, in) > 0) {
    size_t len;
    const char *id = field(line, "req=", &len);
    if (!id) continue;
    if (strstr(line, " begin ")) {
      open_id = id;
      open_len = len;
      if (nspans < 8) {
        snprintf(spans[nspans].id, sizeof spans[nspans].id, "%.*s", (int)len, id);
        spans[nspans].start = parse_ts(line);
        spans[nspans].lines = 1;
        nspans++;
      }
      continue;
    }
    if (!open_id || !nspans) continue;
    if (len == open_len && memcmp(id, open_id, len) == 0) { // BUG
      spans[nspans - 1].lines++;
      if (strstr(line, " end ")) {
        spans[nspans - 1].end = parse_ts(line);
        open_id = NULL;
      }
    }
  }
  free(line);
  fclose(in);
  for (int i = 0; i < nspans; i++)
    printf("%s: %d lines, %ld ms\n", spans[i].id, spans[i].lines, spans[i].end - spans[i].start);
  return 0;
}

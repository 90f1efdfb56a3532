// EXPECT: strcpy-param-overlap
// an in-place path cleaner removes "./" segments and doubled slashes by strcpy'ing the rest of the string over itself
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void collapse_slashes(char *p) {
  char *w = p;
  for (char *r = p; *r; r++) {
    if (r[0] == '/' && r[1] == '/') continue;
    *w++ = *r;
  }
  *w = '\0';
}

static void strip_dot_segments(char *p) {
  char *s = p;
  while ((s = strstr(s, "/./")) != NULL) strcpy(s, s + 2); // BUG
  size_t n = strlen(p);
  if (n >= 2 && p[n - 2] == '/' && p[n - 1] == '.') p[n - 1] = '\0';
  while (p[0] == '.' && p[1] == '/') memmove(p, p + 2, strlen(p + 2) + 1);
}

static int depth_of(const char *p) {
  int d = 0;
  for (; *p; p++)
    if (*p == '/' && p[1] && p[1] != '/') d++;
  return d;
}

/* Resolves "name/.." pairs in place; a leading ".." of a relative path is kept. */
static void resolve_parents(char *p) {
  char *seg;
  while ((seg = strstr(p, "/..")) != NULL && (seg[3] == '/' || seg[3] == '\0')) {
    char *prev = seg;
    while (prev > p && prev[-1] != '/') prev--;
    if (prev == p && *p != '/') break;
    char *from = seg + 3;
    char *to = prev > p ? prev - 1 : p;
    memmove(to, from, strlen(from) + 1);
    if (*p == '\0') strcpy(p, "/");
  }
}

static int join(char *out, size_t cap, const char *base, const char *rel) {
  if (rel[0] == '/') return snprintf(out, cap, "%s", rel) < (int)cap ? 0 : -1;
  size_t bl = strlen(base);
  int n = snprintf(out, cap, "%s%s%s", base, bl && base[bl - 1] == '/' ? "" : "/", rel);
  return n >= 0 && (size_t)n < cap ? 0 : -1;
}

struct entry {
  char path[128];
  int depth;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 3;
  const char *name = argc > 2 ? argv[2] : "file";
  struct entry *e = calloc(4, sizeof *e);
  snprintf(e[0].path, sizeof e[0].path, "/usr//share/./doc/%s", name);
  snprintf(e[1].path, sizeof e[1].path, "./build//%.*s/./obj/./", n, name);
  snprintf(e[2].path, sizeof e[2].path, "/home/user");
  snprintf(e[3].path, sizeof e[3].path, "/a/./b/././c");
  for (int i = 0; i < 4; i++) {
    collapse_slashes(e[i].path);
    strip_dot_segments(e[i].path);
    e[i].depth = depth_of(e[i].path);
    printf("%-40s depth %d\n", e[i].path, e[i].depth);
  }
  char joined[256];
  for (int i = 0; i < 4; i++) {
    if (join(joined, sizeof joined, e[i].path, "../lib/./x.so") != 0) continue;
    collapse_slashes(joined);
    strip_dot_segments(joined);
    resolve_parents(joined);
    printf("  joined: %s\n", joined);
  }
  free(e);
  return 0;
}

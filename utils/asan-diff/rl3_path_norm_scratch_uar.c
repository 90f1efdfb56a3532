// EXPECT: stack-use-after-return
// a path normalizer hands back the input itself when it is already clean, and otherwise a pointer into its own stack scratch buffer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCRATCH 256

struct norm {
  const char *path;
  size_t len;
  int changed;
};

static int is_clean(const char *p) {
  if (*p != '/') return 0;
  for (const char *s = p; *s; s++) {
    if (s[0] == '/' && (s[1] == '/' || s[1] == '\0') && s != p) return 0;
    if (s[0] == '/' && s[1] == '.' && (s[2] == '/' || s[2] == '\0')) return 0;
    if (s[0] == '/' && s[1] == '.' && s[2] == '.' && (s[3] == '/' || s[3] == '\0')) return 0;
  }
  return 1;
}

__attribute__((noinline)) static void normalize(const char *in, struct norm *out) {
  if (is_clean(in)) {
    out->path = in;
    out->len = strlen(in);
    out->changed = 0;
    return;
  }
  char scratch[SCRATCH];
  size_t seg_start[64];
  int depth = 0;
  size_t o = 0;
  const char *p = in;
  while (*p && o + 2 < SCRATCH) {
    while (*p == '/') p++;
    const char *e = p;
    while (*e && *e != '/') e++;
    size_t n = (size_t)(e - p);
    if (n == 0) break;
    if (n == 1 && p[0] == '.') {
      /* skip */
    } else if (n == 2 && p[0] == '.' && p[1] == '.') {
      if (depth > 0) o = seg_start[--depth];
    } else if (depth < 64 && o + n + 2 < SCRATCH) {
      seg_start[depth++] = o;
      scratch[o++] = '/';
      memcpy(scratch + o, p, n);
      o += n;
    }
    p = e;
  }
  if (o == 0) scratch[o++] = '/';
  scratch[o] = '\0';
  out->path = scratch;
  out->len = o;
  out->changed = 1;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 4;
  const char *name = argc > 2 ? argv[2] : "HOME";
  char inputs[4][128];
  snprintf(inputs[0], sizeof inputs[0], "/usr/local/%s", name);
  snprintf(inputs[1], sizeof inputs[1], "/srv/%.*s/../%s/./data", n, name, name + n);
  snprintf(inputs[2], sizeof inputs[2], "//var//log/%d/", n);
  snprintf(inputs[3], sizeof inputs[3], "/a/b/../../..");
  size_t total = 0;
  for (int i = 0; i < 4; i++) {
    struct norm r;
    normalize(inputs[i], &r);
    char first = r.path[0]; // BUG
    total += r.len + (size_t)(first == '/');
    printf("%-40s -> %.*s%s\n", inputs[i], (int)r.len, r.path, r.changed ? " (changed)" : "");
  }
  printf("total %zu\n", total);
  return 0;
}

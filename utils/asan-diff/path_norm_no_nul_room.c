// EXPECT: stack-buffer-overflow
// the component buffer has no room for the terminator: a 16-letter component writes comp[16]
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_COMP 16   /* longest path component, without its '\0' */
#define MAX_DEPTH 12
#define MAX_PATH 160

struct comps {
  char name[MAX_DEPTH][MAX_COMP + 1];
  int n;
  int absolute;
};

/* Splits path into components, resolving "." and "..". Returns -1 if one is too long. */
static int split_path(const char *path, struct comps *out) {
  out->n = 0;
  out->absolute = path[0] == '/';
  const char *p = path;
  while (*p) {
    while (*p == '/') p++;
    if (!*p) break;
    const char *start = p;
    while (*p && *p != '/') p++;
    size_t len = (size_t)(p - start);
    char comp[MAX_COMP];
    if (len > MAX_COMP) return -1;
    strncpy(comp, start, len);
    comp[len] = '\0'; // BUG
    if (strcmp(comp, ".") == 0) continue;
    if (strcmp(comp, "..") == 0) {
      if (out->n > 0 && strcmp(out->name[out->n - 1], "..") != 0) out->n--;
      else if (!out->absolute) strcpy(out->name[out->n++], "..");
      continue;
    }
    if (out->n == MAX_DEPTH) return -2;
    strcpy(out->name[out->n++], comp);
  }
  return 0;
}

static void join_comps(const struct comps *c, char *out, size_t cap) {
  out[0] = '\0';
  if (c->absolute) strcat(out, "/");
  for (int i = 0; i < c->n; i++) {
    if (strlen(out) + strlen(c->name[i]) + 2 > cap) break;
    if (i) strcat(out, "/");
    strcat(out, c->name[i]);
  }
  if (!out[0]) strcat(out, ".");
}

static int normalize(const char *path, char *out, size_t cap) {
  struct comps c;
  int r = split_path(path, &c);
  if (r < 0) {
    snprintf(out, cap, "<error %d>", r);
    return r;
  }
  join_comps(&c, out, cap);
  return 0;
}

/* base + rel, as a shell's cd would resolve it */
static int resolve(const char *base, const char *rel, char *out, size_t cap) {
  char tmp[2 * MAX_PATH];
  if (rel[0] == '/') snprintf(tmp, sizeof tmp, "%s", rel);
  else snprintf(tmp, sizeof tmp, "%s/%s", base, rel);
  return normalize(tmp, out, cap);
}

static void path_basename(const char *path, char *out, size_t cap) {
  const char *slash = strrchr(path, '/');
  const char *b = slash ? slash + 1 : path;
  if (!*b && slash == path) b = "/";
  strncpy(out, b, cap - 1);
  out[cap - 1] = '\0';
}

static void path_dirname(const char *path, char *out, size_t cap) {
  const char *slash = strrchr(path, '/');
  if (!slash) { strncpy(out, ".", cap); return; }
  size_t len = slash == path ? 1 : (size_t)(slash - path);
  if (len >= cap) len = cap - 1;
  memcpy(out, path, len);
  out[len] = '\0';
}

static const char *path_ext(const char *base) {
  const char *dot = strrchr(base, '.');
  return dot && dot != base ? dot + 1 : "";
}

/* Relative path from one absolute directory to another. */
static void relative_to(const char *from, const char *to, char *out, size_t cap) {
  struct comps a, b;
  split_path(from, &a);
  split_path(to, &b);
  int common = 0;
  while (common < a.n && common < b.n && strcmp(a.name[common], b.name[common]) == 0) common++;
  out[0] = '\0';
  for (int i = common; i < a.n; i++) {
    if (strlen(out) + 4 > cap) return;
    strcat(out, out[0] ? "/.." : "..");
  }
  for (int i = common; i < b.n; i++) {
    if (strlen(out) + strlen(b.name[i]) + 2 > cap) return;
    if (out[0]) strcat(out, "/");
    strcat(out, b.name[i]);
  }
  if (!out[0]) strcat(out, ".");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *word = argc > 2 ? argv[2] : "XYZ";
  char home[64], proj[64], longc[64];
  snprintf(home, sizeof home, "/home/%.8s", word);
  snprintf(proj, sizeof proj, "%s/src/%.*s", home, n % 7 + 2, word + 3);
  snprintf(longc, sizeof longc, "%.*s", MAX_COMP, word); /* exactly MAX_COMP letters */

  const char *tests[] = {
    "/usr/./local/../lib//x86_64-linux-gnu/", "a/b/../../c", "../../x/./y", "/../..", ".", "",
    "//double//slashes///", "/tmp/ABCDEFGHIJKLMNOPQRSTUVWXYZ/file",
  };
  char out[MAX_PATH], buf[MAX_PATH];
  for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
    normalize(tests[i], out, sizeof out);
    printf("%-42s -> %s\n", tests[i], out);
  }

  char rel[3][64];
  snprintf(rel[0], sizeof rel[0], "../%s/./include", longc);
  snprintf(rel[1], sizeof rel[1], "%s/../%s.c", longc, longc);
  snprintf(rel[2], sizeof rel[2], "/opt/%.4s/bin/../lib", word + 4);
  for (int i = 0; i < 3; i++) {
    resolve(proj, rel[i], out, sizeof out);
    char base[32], dir[MAX_PATH];
    path_basename(out, base, sizeof base);
    path_dirname(out, dir, sizeof dir);
    printf("%s + %s\n  -> %s (dir %s, base %s, ext '%s')\n", proj, rel[i], out, dir, base, path_ext(base));
  }
  relative_to(proj, home, buf, sizeof buf);
  printf("from %s to %s: %s\n", proj, home, buf);
  relative_to("/usr/share/doc", "/usr/lib/gcc/x86_64", buf, sizeof buf);
  printf("from /usr/share/doc to /usr/lib/gcc/x86_64: %s\n", buf);
  return 0;
}

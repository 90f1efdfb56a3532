// EXPECT: stack-buffer-overflow
// a path utility checks strlen(base)+strlen(rel) against the buffer size but forgets the separator and the terminator; strcat then writes past the 64-byte stack buffer
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PATH_BUF 64

/* Collapses "//", "/./" and "dir/.." in place. */
static void normalize(char *path) {
  char *parts[32];
  int np = 0;
  int absolute = path[0] == '/';
  char tmp[PATH_BUF * 2];
  snprintf(tmp, sizeof tmp, "%s", path);
  for (char *tok = strtok(tmp, "/"); tok; tok = strtok(NULL, "/")) {
    if (strcmp(tok, ".") == 0) continue;
    if (strcmp(tok, "..") == 0) {
      if (np > 0) np--;
      continue;
    }
    if (np < 32) parts[np++] = tok;
  }
  char *w = path;
  if (absolute) *w++ = '/';
  for (int i = 0; i < np; i++) {
    size_t l = strlen(parts[i]);
    memmove(w, parts[i], l);
    w += l;
    if (i + 1 < np) *w++ = '/';
  }
  *w = '\0';
}

/* Joins base and rel into out (PATH_BUF bytes); -1 if it does not fit. */
static int path_join(char *out, const char *base, const char *rel) {
  if (rel[0] == '/') {
    if (strlen(rel) >= PATH_BUF) return -1;
    strcpy(out, rel);
    return 0;
  }
  if (strlen(base) + strlen(rel) > PATH_BUF) return -1;
  strcpy(out, base);
  if (out[0] && out[strlen(out) - 1] != '/') strcat(out, "/");
  strcat(out, rel); // BUG
  return 0;
}

static const char *basename_of(const char *p) {
  const char *s = strrchr(p, '/');
  return s ? s + 1 : p;
}

static int ext_is(const char *p, const char *ext) {
  const char *b = basename_of(p);
  const char *dot = strrchr(b, '.');
  return dot && strcmp(dot + 1, ext) == 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  char base[PATH_BUF];
  snprintf(base, sizeof base, "/srv/build/./%.20s/../%.20s/out", alpha, alpha + 2);
  normalize(base);
  printf("base %s (%zu)\n", base, strlen(base));
  int joined = 0, c_files = 0;
  char rel[PATH_BUF];
  for (int i = 0; i < n * 3; i++) {
    int dl = i % 26;
    snprintf(rel, sizeof rel, "obj/%.*s.%s", dl, alpha, i % 2 ? "c" : "o");
    char full[PATH_BUF];
    if (path_join(full, base, rel) != 0) continue;
    normalize(full);
    joined++;
    if (ext_is(full, "c")) c_files++;
  }
  printf("joined %d paths, %d sources\n", joined, c_files);
  return 0;
}

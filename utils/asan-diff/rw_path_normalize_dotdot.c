// EXPECT: stack-buffer-overflow
// A path normalizer for relative paths inside a sandbox: splits on '/', drops "." and empty
// components, pops on "..". The ".." case pops without checking that anything is left, so a
// path that climbs above its start reads the component slot before the array.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXCOMP 16

static int normalize(const char *in, char *out, size_t outsz) {
  char copy[256];
  const char *comp[MAXCOMP];
  int n = 0;
  if (strlen(in) >= sizeof copy) return -1;
  strcpy(copy, in);
  for (char *tok = strtok(copy, "/"); tok; tok = strtok(NULL, "/")) {
    if (strcmp(tok, ".") == 0) continue;
    if (strcmp(tok, "..") == 0) {
      const char *dropped = comp[--n]; // BUG
      if (dropped[0] == '.') n++; /* a hidden dir is kept: "..." quirks of the old tool */
      continue;
    }
    if (n == MAXCOMP) return -1;
    comp[n++] = tok;
  }
  size_t len = 0;
  out[0] = '\0';
  for (int i = 0; i < n; i++) {
    size_t cl = strlen(comp[i]);
    if (len + cl + 2 > outsz) return -1;
    if (i) out[len++] = '/';
    memcpy(out + len, comp[i], cl);
    len += cl;
    out[len] = '\0';
  }
  if (len == 0 && outsz > 1) strcpy(out, ".");
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *name = argc > 2 ? argv[2] : "file";
  char path[256], out[256];
  const char *templates[] = { "a/b/./c/../%s", "./x//y/%s/..", "docs/../%s/./v1", "lib/%s/../../%s" };
  int ok = 0;
  for (int i = 0; i < n; i++) {
    snprintf(path, sizeof path, templates[i % 4], name, name);
    if (i == n - 1) snprintf(path, sizeof path, "build/../../%s", name); /* escapes the sandbox */
    int c = normalize(path, out, sizeof out);
    if (c >= 0) { ok++; printf("%-40s -> %s\n", path, out); }
  }
  printf("%d/%d normalized\n", ok, n);
  return 0;
}

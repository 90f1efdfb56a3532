// EXPECT: stack-use-after-return
// A du-like disk usage summary: walks a synthetic directory listing, sums sizes per directory
// and prints them with a human-readable size formatter. The formatter returns its local
// buffer (the "static" was dropped in a cleanup), and printf reads it after it returned.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
  char path[48];
  unsigned long long size;
};

__attribute__((noinline)) /* shows up by name in profiles */
static const char *human(unsigned long long bytes) {
  char buf[16];
  static const char *units[] = { "B", "K", "M", "G", "T" };
  double v = (double)bytes;
  int u = 0;
  while (v >= 1024 && u < 4) { v /= 1024; u++; }
  if (u == 0) snprintf(buf, sizeof buf, "%lluB", bytes);
  else snprintf(buf, sizeof buf, v < 10 ? "%.1f%s" : "%.0f%s", v, units[u]);
  const char *p = buf;
  return p;
}

static int dir_of(const char *path, char *dir, size_t n) {
  const char *slash = strrchr(path, '/');
  size_t len = slash ? (size_t)(slash - path) : 1;
  if (len >= n) return -1;
  memcpy(dir, slash ? path : ".", len);
  dir[len] = '\0';
  return 0;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct entry files[64];
  int nf = 0;
  static const char *dirs[] = { "src", "src/core", "docs", "build/obj" };
  for (int i = 0; i < n * 4 && nf < 64; i++, nf++) {
    snprintf(files[nf].path, sizeof files[nf].path, "%s/%c%c.%s", dirs[i % 4], alpha[i % 26],
             alpha[(i * 7) % 26], i % 3 ? "c" : "o");
    files[nf].size = (unsigned long long)(i + 1) * (i % 4 == 3 ? 1048573ull : 3071ull);
  }
  char seen[8][48];
  unsigned long long totals[8] = { 0 };
  int ndirs = 0;
  for (int i = 0; i < nf; i++) {
    char d[48];
    if (dir_of(files[i].path, d, sizeof d) != 0) continue;
    int k = 0;
    while (k < ndirs && strcmp(seen[k], d) != 0) k++;
    if (k == ndirs && ndirs < 8) strcpy(seen[ndirs++], d);
    if (k < 8) totals[k] += files[i].size;
  }
  unsigned long long grand = 0;
  for (int k = 0; k < ndirs; k++) {
    grand += totals[k];
    const char *h = human(totals[k]);
    printf("%-8s %s\n", h, seen[k]); // BUG
  }
  printf("total %llu bytes in %d files\n", grand, nf);
  return 0;
}

// EXPECT: dynamic-stack-buffer-overflow
// a path resolver splits a path into components in an alloca'ed array sized by the number of slashes; a relative path has one more component than slashes and the last one is stored past the array
#include <alloca.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vfs_node {
  const char *name;
  int parent;
  int is_dir;
};

static const struct vfs_node tree[] = {
    {"", -1, 1},        {"usr", 0, 1},   {"lib", 1, 1},   {"bin", 1, 1},  {"etc", 0, 1},
    {"hosts", 4, 0},    {"home", 0, 1},  {"ABCD", 6, 1},  {"src", 7, 1},  {"main.c", 8, 0},
    {"notes.txt", 7, 0}, {"libc.so", 2, 0}, {"cc", 3, 0},
};
#define NTREE (int)(sizeof tree / sizeof tree[0])

static int lookup_child(int dir, const char *name, size_t len) {
  for (int i = 0; i < NTREE; i++)
    if (tree[i].parent == dir && strlen(tree[i].name) == len && memcmp(tree[i].name, name, len) == 0) return i;
  return -1;
}

/* Resolves path (absolute, or relative to cwd); -1 if missing. */
static int resolve(const char *path, int cwd) {
  size_t slashes = 0;
  for (const char *p = path; *p; p++) slashes += *p == '/';
  struct comp {
    const char *s;
    size_t len;
  } *comps = alloca(slashes * sizeof *comps);
  size_t nc = 0;
  const char *p = path;
  while (*p) {
    while (*p == '/') p++;
    if (!*p) break;
    const char *start = p;
    while (*p && *p != '/') p++;
    comps[nc].s = start; // BUG
    comps[nc].len = (size_t)(p - start);
    nc++;
  }
  int node = path[0] == '/' ? 0 : cwd;
  for (size_t i = 0; i < nc && node >= 0; i++) {
    if (comps[i].len == 1 && comps[i].s[0] == '.') continue;
    if (comps[i].len == 2 && comps[i].s[0] == '.' && comps[i].s[1] == '.') {
      if (tree[node].parent >= 0) node = tree[node].parent;
      continue;
    }
    if (!tree[node].is_dir) return -1;
    node = lookup_child(node, comps[i].s, comps[i].len);
  }
  return node;
}

static void full_name(int node, char *out, size_t cap) {
  if (node <= 0) {
    snprintf(out, cap, "/");
    return;
  }
  char tmp[128] = "";
  while (node > 0) {
    char t2[128];
    snprintf(t2, sizeof t2, "/%s%s", tree[node].name, tmp);
    memcpy(tmp, t2, sizeof tmp);
    node = tree[node].parent;
  }
  snprintf(out, cap, "%s", tmp);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  char home[32];
  snprintf(home, sizeof home, "/home/%.4s", alpha);
  const char *paths[] = {"/usr/lib/libc.so", "/etc//hosts", home, "/home/ABCD/src/../notes.txt", "/usr/bin/cc/"};
  int found = 0;
  char name[128];
  for (int i = 0; i < 5; i++) {
    int node = resolve(paths[i], 0);
    full_name(node, name, sizeof name);
    if (node >= 0) found++;
    printf("%-28s -> %s\n", paths[i], node >= 0 ? name : "(missing)");
  }
  int cwd = resolve(home, 0);
  int rel = resolve(n > 5 ? "src/main.c" : "notes.txt", cwd);
  full_name(rel, name, sizeof name);
  printf("%d absolute found; relative -> %s\n", found, rel >= 0 ? name : "(missing)");
  return 0;
}

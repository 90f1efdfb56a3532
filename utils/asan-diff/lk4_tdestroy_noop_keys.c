// EXPECT: leak
// A symbol table is a tsearch() tree whose keys are strdup'd names. At shutdown
// it is torn down with tdestroy() and a "free" callback that only counts the
// entries: glibc frees the tree's nodes, but every key string is lost.
#define _GNU_SOURCE
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *g_root;
static int g_freed;

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

static void count_only(void *key) {
  (void)key;
  g_freed++; /* BUG: should free(key) */
}

__attribute__((noinline)) static int intern(const char *s) {
  char *k = strdup(s);
  void *r = tsearch(k, &g_root, cmp);
  if (*(char **)r != k) {
    free(k); /* already present */
    return 0;
  }
  return 1;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOP";
  int added = 0;
  char name[64];
  for (int i = 0; i < n; i++) {
    snprintf(name, sizeof name, "sym_%.*s_%d", i % 5 + 1, alpha, i % 7);
    added += intern(name);
  }
  tdestroy(g_root, count_only); // BUG
  g_root = NULL;
  scrub();
  printf("added %d destroyed %d\n", added, g_freed);
  return 0;
}

// EXPECT: leak
// A line store grows its array with a quota-enforcing xrealloc() that returns
// NULL once the quota is exceeded. The caller writes the result straight back
// (store.items = xrealloc(store.items, ...)), so when the quota trips the old
// array is lost together with every line it pointed to.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct store {
  char **items;
  size_t count, cap;
  int failed;
};

static struct store g_store;
static size_t g_quota;
static size_t g_used;

__attribute__((noinline)) static void *xrealloc(void *p, size_t old, size_t n) {
  if (g_used - old + n > g_quota) return NULL; /* simulated allocation failure */
  g_used = g_used - old + n;
  return realloc(p, n);
}

__attribute__((noinline)) static int store_add(struct store *s, const char *line) {
  if (s->count == s->cap) {
    size_t ncap = s->cap ? s->cap * 2 : 2;
    s->items = xrealloc(s->items, s->cap * sizeof *s->items, ncap * sizeof *s->items); // BUG
    if (!s->items) {
      s->count = s->cap = 0;
      s->failed = 1;
      return -1;
    }
    s->cap = ncap;
  }
  s->items[s->count++] = strdup(line);
  return 0;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  g_quota = (size_t)n * 8; /* room for n pointers */
  char line[64];
  int added = 0;
  for (int i = 0; i < 2 * n; i++) {
    snprintf(line, sizeof line, "%s line %03d", argv[2] ? argv[2] : "x", i);
    if (store_add(&g_store, line) != 0) break;
    added++;
  }
  scrub();
  printf("added %d failed %d count %zu\n", added, g_store.failed, g_store.count);
  for (size_t i = 0; i < g_store.count; i++) free(g_store.items[i]);
  free(g_store.items);
  return 0;
}

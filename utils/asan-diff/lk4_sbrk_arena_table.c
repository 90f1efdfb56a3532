// EXPECT: leak
// A legacy module keeps its buffer table in memory it takes with sbrk() (a
// bump allocator for "permanent" metadata). The program break is neither a
// global of a loaded module nor a heap block, so LSan does not scan it: the
// buffers listed only there are reported as leaked. The two buffers also
// listed in an ordinary global table stay reachable.
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct meta {
  char *bufs[16];
  size_t sizes[16];
  int count;
};

static struct meta *g_meta;
static char *g_pinned[2];

__attribute__((noinline)) static struct meta *perm_alloc(void) {
  void *cur = sbrk(0);
  uintptr_t a = ((uintptr_t)cur + 63) & ~(uintptr_t)63;
  size_t need = (a - (uintptr_t)cur) + sizeof(struct meta);
  if (sbrk((intptr_t)need) == (void *)-1) return NULL;
  memset((void *)a, 0, sizeof(struct meta));
  return (struct meta *)a;
}

__attribute__((noinline)) static void fill(int n) {
  for (int i = 0; i < 6; i++) {
    size_t sz = (size_t)n * (i + 1) + 5;
    g_meta->bufs[i] = malloc(sz);
    g_meta->sizes[i] = sz;
    memset(g_meta->bufs[i], 'b', sz);
    g_meta->count++;
  }
  g_pinned[0] = g_meta->bufs[0];
  g_pinned[1] = g_meta->bufs[3];
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  g_meta = perm_alloc();
  if (!g_meta) return 2;
  fill(n);
  scrub();
  size_t total = 0;
  for (int i = 0; i < g_meta->count; i++) total += g_meta->sizes[i];
  printf("buffers %d bytes %zu\n", g_meta->count, total);
  return 0;
}

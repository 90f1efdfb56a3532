// EXPECT: leak
// A scheduler keeps its sessions on a circular doubly-linked ring. On a
// "rebuild" it starts a new ring by overwriting the global head without
// freeing the old one. Every node of the old ring is still pointed to by its
// neighbours, but nothing outside the cycle reaches it: LSan reports the whole
// ring (and each node's buffer) as leaked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct session {
  struct session *next, *prev;
  char *buf;
  int id;
};

static struct session *g_ring;

__attribute__((noinline)) static void ring_add(int id, int n) {
  struct session *s = malloc(sizeof *s);
  s->id = id;
  s->buf = malloc((size_t)n + id);
  memset(s->buf, 's', (size_t)n + id);
  if (!g_ring) {
    s->next = s->prev = s;
    g_ring = s;
  } else {
    s->next = g_ring;
    s->prev = g_ring->prev;
    g_ring->prev->next = s;
    g_ring->prev = s;
  }
}

__attribute__((noinline)) static void rebuild(void) {
  g_ring = NULL; // BUG
}

static int ring_count(void) {
  int c = 0;
  if (!g_ring) return 0;
  struct session *s = g_ring;
  do { c++; s = s->next; } while (s != g_ring);
  return c;
}

static void ring_free(void) {
  if (!g_ring) return;
  struct session *s = g_ring->next;
  while (s != g_ring) { struct session *nx = s->next; free(s->buf); free(s); s = nx; }
  free(g_ring->buf);
  free(g_ring);
  g_ring = NULL;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  for (int i = 0; i < n / 2; i++) ring_add(i, n);
  int before = ring_count();
  rebuild();
  for (int i = 0; i < 3; i++) ring_add(100 + i, n);
  int after = ring_count();
  scrub();
  printf("before %d after %d\n", before, after);
  ring_free();
  return 0;
}

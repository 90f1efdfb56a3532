// EXPECT: leak
// A message arena keeps fixed 32-byte records and poisons each record's
// unused tail to catch overruns. The "used" size is computed from an old
// layout (header plus a 32-bit handle) and so ends 4 bytes into the 8-byte
// body pointer: the word holding the pointer is half poisoned. LSan ignores a
// word any byte of which is poisoned (use_poisoned=0), so every body is
// reported as leaked although the arena is still reachable.
#include <sanitizer/asan_interface.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  uint32_t len;
  uint32_t flags;
  char *body;     /* was a uint32_t handle in the old layout */
  uint64_t seq;
  uint64_t spare;
};

struct arena {
  struct rec *recs;
  int count;
};

static struct arena g_arena;

/* old layout: header + 32-bit handle */
#define USED_SIZE (offsetof(struct rec, body) + sizeof(uint32_t))

__attribute__((noinline)) static void arena_init(int count) {
  g_arena.recs = aligned_alloc(32, sizeof(struct rec) * count);
  g_arena.count = count;
  memset(g_arena.recs, 0, sizeof(struct rec) * count);
}

__attribute__((noinline)) static void arena_put(int i, const char *text, int n) {
  struct rec *r = &g_arena.recs[i];
  r->len = (uint32_t)(strlen(text) + n);
  r->flags = 1;
  r->body = malloc(r->len + 1);
  memset(r->body, '.', r->len);
  memcpy(r->body, text, strlen(text));
  r->body[r->len] = 0;
  r->seq = (uint64_t)i;
  /* seal: poison the bytes past the used part of the record */
  ASAN_POISON_MEMORY_REGION((char *)r + USED_SIZE, sizeof *r - USED_SIZE); // BUG
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *words[] = {"alpha", "bravo", "charlie", "delta", "echo"};
  arena_init(5);
  unsigned long sum = 0;
  for (int i = 0; i < 5; i++) {
    arena_put(i, words[i], n + i);
    sum += g_arena.recs[i].len + g_arena.recs[i].flags;
  }
  scrub();
  printf("records %d sum %lu\n", g_arena.count, sum);
  return 0;
}

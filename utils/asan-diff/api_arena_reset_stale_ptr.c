// EXPECT: use-after-poison
// A request-scoped bump arena over one malloc'd block, as web servers use:
// every allocation of a request comes from the arena and arena_reset() poisons
// the whole block at the end of the request. The handler keeps a pointer to
// the previous request's parsed header name in a "last seen" cache and reads
// it while handling the next request, after the reset: use-after-poison.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena {
  char *base;
  size_t cap, used;
};

static void arena_init(struct arena *a, size_t cap) {
  a->base = malloc(cap);
  a->cap = cap;
  a->used = 0;
  ASAN_POISON_MEMORY_REGION(a->base, cap);
}

static void *arena_alloc(struct arena *a, size_t n) {
  size_t at = (a->used + 15) & ~(size_t)15;
  if (at + n > a->cap) return NULL;
  a->used = at + n;
  ASAN_UNPOISON_MEMORY_REGION(a->base + at, n);
  return a->base + at;
}

static void arena_reset(struct arena *a) {
  ASAN_POISON_MEMORY_REGION(a->base, a->cap);
  a->used = 0;
}

static char *dup_token(struct arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

static const char *last_header; /* cache across requests: the bug */

static int handle(struct arena *a, const char *req) {
  int same = last_header && last_header[0] == req[0]; // BUG
  const char *colon = strchr(req, ':');
  char *name = dup_token(a, req, (size_t)(colon - req));
  char *value = dup_token(a, colon + 1, strlen(colon + 1));
  last_header = name;
  printf("%s = %s (%s)\n", name, value, same ? "same" : "new");
  return same;
}

int main(int argc, char **argv) {
  struct arena a;
  arena_init(&a, 4096);
  char req[64];
  snprintf(req, sizeof req, "Host:%s", argv[2]);
  handle(&a, req);
  arena_reset(&a);
  snprintf(req, sizeof req, "Accept:%d", atoi(argv[1]));
  handle(&a, req);
  arena_reset(&a);
  free(a.base);
  return 0;
}

// EXPECT: leak
// A bump arena is meant to live for the whole process, so when it has been
// filled the program tells LSan to ignore it. One arena is registered
// correctly (its base); for the other the code passes its cursor, which after
// the last allocation points one past the end of the block. LSan rejects a
// pointer that is not inside a block (the call fails and returns an error),
// so that second arena is reported as leaked.
#include <sanitizer/lsan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena {
  char *base, *cur;
  size_t size;
};

static void arena_init(struct arena *a, size_t size) {
  a->base = a->cur = malloc(size);
  a->size = size;
}

static void *arena_take(struct arena *a, size_t n) {
  if ((size_t)(a->cur - a->base) + n > a->size) return NULL;
  void *p = a->cur;
  a->cur += n;
  return p;
}

__attribute__((noinline)) static size_t fill(struct arena *a, size_t chunk) {
  size_t got = 0;
  char *p;
  while ((p = arena_take(a, chunk)) != NULL) {
    memset(p, 'x', chunk);
    got += chunk;
  }
  return got;
}

__attribute__((noinline)) static size_t setup(int n) {
  struct arena a, b;
  size_t chunk = (size_t)n + 3;
  arena_init(&a, chunk * 8);
  arena_init(&b, chunk * 6);
  size_t got = fill(&a, chunk) + fill(&b, chunk);
  __lsan_ignore_object(a.base);
  __lsan_ignore_object(b.cur); // BUG: one past the end
  return got;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  size_t got = setup(n);
  scrub();
  printf("arena bytes used %zu\n", got);
  return 0;
}

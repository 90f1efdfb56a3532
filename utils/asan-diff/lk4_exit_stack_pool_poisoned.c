// EXPECT: leak
// main keeps a small ASan-aware object pool in a local array: a released
// slot is poisoned, but its "payload" pointer is left in it and the payload
// is never freed. A fatal-error helper then calls exit() while main is
// suspended. LSan takes no pointer from a poisoned word (use_poisoned=0), so
// the payloads of the released slots are leaked even though main's frame is
// live; the payloads of the slots in use are reachable.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct slot {
  char *payload;
  long used;
  long len;
  long pad;
};

struct pool {
  struct slot slots[6];
};

static struct pool *volatile g_shutdown_hook;

__attribute__((noinline)) static void slot_fill(struct slot *s, int i, int n) {
  s->len = (long)n * (i + 2);
  s->payload = malloc((size_t)s->len);
  memset(s->payload, 'p', (size_t)s->len);
  s->used = 1;
}

__attribute__((noinline)) static void slot_release(struct slot *s) {
  s->used = 0;
  ASAN_POISON_MEMORY_REGION(s, sizeof *s); // BUG: s->payload not freed
}

__attribute__((noinline)) static void fatal(const char *msg) {
  fflush(stdout);
  fprintf(stderr, "fatal: %s\n", msg);
  exit(0);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  struct pool p __attribute__((aligned(32)));
  g_shutdown_hook = &p;
  for (int i = 0; i < 6; i++) slot_fill(&p.slots[i], i, n);
  for (int i = 0; i < 6; i += 2) slot_release(&p.slots[i]);
  scrub();
  long live = 0;
  for (int i = 1; i < 6; i += 2) live += p.slots[i].len;
  if (live > 0) fatal(argc > 2 ? argv[2] : "disk full");
  ASAN_UNPOISON_MEMORY_REGION(&p, sizeof p);
  g_shutdown_hook = NULL;
  return 0;
}

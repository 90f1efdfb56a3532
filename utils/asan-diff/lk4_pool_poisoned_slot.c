// EXPECT: leak
// A connection-slot pool in a global array poisons a slot when it is released
// (as an ASan-aware pool does) but forgets to free the slot's payload buffer.
// The stale payload pointer now sits only in poisoned memory: LSan (with its
// default use_poisoned=0) does not take a pointer from a poisoned word, so the
// payloads of the released slots are reported as leaked.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NSLOTS 8

struct slot {
  char *payload;
  size_t len;
  int used;
  int id;
  long pad;
};

static struct slot pool[NSLOTS] __attribute__((aligned(32)));

__attribute__((noinline)) static struct slot *slot_get(int id, size_t len) {
  for (int i = 0; i < NSLOTS; i++) {
    if (!pool[i].used) {
      ASAN_UNPOISON_MEMORY_REGION(&pool[i], sizeof pool[i]);
      pool[i].used = 1;
      pool[i].id = id;
      pool[i].len = len;
      pool[i].payload = malloc(len);
      memset(pool[i].payload, 'a' + id % 26, len);
      return &pool[i];
    }
  }
  return NULL;
}

__attribute__((noinline)) static void slot_put(struct slot *s) {
  s->used = 0;
  s->len = 0;
  /* BUG: free(s->payload) is missing; the pointer is left in the slot. */
  ASAN_POISON_MEMORY_REGION(s, sizeof *s); // BUG
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  size_t total = 0;
  for (int i = 0; i < NSLOTS; i++) {
    struct slot *s = slot_get(i, (size_t)n * (i + 1) + 3);
    total += s->len;
  }
  /* release the odd-numbered connections */
  for (int i = 1; i < NSLOTS; i += 2) slot_put(&pool[i]);
  /* the even ones stay connected until exit: reachable */
  long check = 0;
  for (int i = 0; i < NSLOTS; i += 2) check += pool[i].payload[0];
  scrub();
  printf("bytes %zu check %ld\n", total, check);
  return 0;
}

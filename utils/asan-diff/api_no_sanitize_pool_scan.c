// EXPECT: none
// A slab allocator keeps its free objects poisoned, and its integrity checker
// (compiled with __attribute__((no_sanitize("address"))), as allocators do for
// code that walks their own metadata) scans the whole slab, free objects
// included, to count objects whose header magic is intact. Reading poisoned
// memory from an uninstrumented function is allowed: neither tool may report.
// A second checker uses disable_sanitizer_instrumentation for the same scan,
// and a third reads an allocation's heap redzone the same way.
#include <sanitizer/asan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OBJ 48
#define NOBJ 32
#define MAGIC 0x51ab51abu

struct obj {
  uint32_t magic;
  uint32_t used;
  char payload[OBJ - 8];
};

static struct obj *slab;

static void slab_init(void) {
  slab = aligned_alloc(64, sizeof(struct obj) * NOBJ);
  for (int i = 0; i < NOBJ; i++) {
    slab[i].magic = MAGIC;
    slab[i].used = 0;
  }
  ASAN_POISON_MEMORY_REGION(slab, sizeof(struct obj) * NOBJ);
}

static struct obj *obj_get(int i) {
  ASAN_UNPOISON_MEMORY_REGION(&slab[i], sizeof slab[i]);
  slab[i].used = 1;
  return &slab[i];
}

__attribute__((no_sanitize("address"))) static int check_slab(void) {
  int good = 0;
  for (int i = 0; i < NOBJ; i++) good += slab[i].magic == MAGIC;
  return good;
}

__attribute__((disable_sanitizer_instrumentation)) static int count_used(void) {
  int used = 0;
  for (int i = 0; i < NOBJ; i++) used += slab[i].used;
  return used;
}

__attribute__((no_sanitize("address"))) static unsigned peek_past(const char *p, size_t n) {
  unsigned x = 0;
  for (size_t i = 0; i < 8; i++) x = x * 3 + (unsigned char)p[n + i];
  return x;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  slab_init();
  for (int i = 0; i < n; i += 3) {
    struct obj *o = obj_get(i);
    memcpy(o->payload, argv[2], sizeof o->payload);
  }
  printf("intact %d used %d\n", check_slab(), count_used());
  char *s = malloc(13);
  memcpy(s, "hello, world", 13);
  volatile unsigned junk = peek_past(s, 13);
  (void)junk;
  free(s);
  ASAN_UNPOISON_MEMORY_REGION(slab, sizeof(struct obj) * NOBJ);
  free(slab);
  return 0;
}

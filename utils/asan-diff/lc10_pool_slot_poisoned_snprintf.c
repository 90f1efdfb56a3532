// EXPECT: use-after-poison
// A fixed-slot string pool poisons a slot when it is released (as pool
// allocators annotate their free lists for ASan); a caller that kept the
// slot formats a new label into it with snprintf after the release.
#include <sanitizer/asan_interface.h>
#include <stdio.h>
#include <stdlib.h>

#define SLOT 32
static char pool[4 * SLOT];

static char *slot_get(int i) {
  ASAN_UNPOISON_MEMORY_REGION(pool + i * SLOT, SLOT);
  return pool + i * SLOT;
}

static void slot_put(char *p) { ASAN_POISON_MEMORY_REGION(p, SLOT); }

int main(int argc, char **argv) {
  ASAN_POISON_MEMORY_REGION(pool, sizeof pool);
  char *label = slot_get(1);
  snprintf(label, SLOT, "job-%s", argv[1]);
  printf("%s\n", label);
  slot_put(label);
  snprintf(label, SLOT, "done-%s", argv[2]); // BUG
  return 0;
}

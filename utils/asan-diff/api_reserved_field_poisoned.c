// EXPECT: use-after-poison
// A versioned wire header keeps a reserved 8-byte field "for future use" and
// the library poisons it in every header it allocates, to catch code that
// starts using it without a version bump. A new feature stores a timestamp
// into the reserved field anyway.
#include <sanitizer/asan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

struct header {
  uint32_t magic;
  uint16_t version;
  uint16_t flags;
  uint64_t length;
  uint64_t reserved; /* must stay untouched in version 1 */
  uint64_t checksum;
};

static struct header *header_new(uint64_t len) {
  struct header *h = calloc(1, sizeof *h);
  h->magic = 0x57495245;
  h->version = 1;
  h->length = len;
  ASAN_POISON_MEMORY_REGION(&h->reserved, sizeof h->reserved);
  return h;
}

static void header_free(struct header *h) {
  ASAN_UNPOISON_MEMORY_REGION(&h->reserved, sizeof h->reserved);
  free(h);
}

static void stamp(struct header *h, uint64_t t) {
  h->flags |= 4;
  h->reserved = t; // BUG
}

int main(int argc, char **argv) {
  struct header *h = header_new((uint64_t)atoi(argv[1]) * 100);
  h->checksum = h->length ^ h->magic;
  if (argc > 2 && argv[2][0] == 'A') stamp(h, (uint64_t)time(NULL));
  printf("len %llu flags %u\n", (unsigned long long)h->length, h->flags);
  header_free(h);
  return 0;
}

// EXPECT: stack-buffer-overflow
// A 24-byte header is cleared with __builtin_memset_inline using the size of
// the full 32-byte record type, writing 8 bytes past the local header.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct header { long magic, len, crc; };
struct record { struct header h; long payload; };

__attribute__((noinline)) static void reset(struct header *h) {
  __builtin_memset_inline(h, 0, sizeof(struct record)); // BUG
}

int main(int argc, char **argv) {
  struct header h;
  h.magic = 0xfeed;
  h.len = atoi(argv[1]);
  reset(&h);
  h.crc = argc;
  printf("%ld %ld\n", h.len, h.crc);
  return 0;
}

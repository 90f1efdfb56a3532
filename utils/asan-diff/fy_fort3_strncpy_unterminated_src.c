// EXPECT: heap-buffer-overflow
// FLAGS: -D_FORTIFY_SOURCE=3
// A packet parser copies a fixed-width name field with strncpy, trusting
// the field width from the header rather than the bytes actually received.
// The received field is a heap block of 12 bytes with no NUL, and strncpy
// is told it may read up to 20: it reads past the block looking for a NUL.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct hdr { unsigned name_width; };

__attribute__((noinline)) static void copy_name(char *out, size_t outsz,
                                                const char *field,
                                                const struct hdr *h) {
  strncpy(out, field, h->name_width < outsz ? h->name_width : outsz); // BUG
  out[outsz - 1] = 0;
}

int main(int argc, char **argv) {
  struct hdr h = {(unsigned)atoi(argv[1]) * 2};    /* 20 */
  char *field = malloc(12);
  memcpy(field, argv[2], 12);                      /* no NUL */
  char *out = malloc(32);
  copy_name(out, 32, field, &h);
  printf("%s\n", out);
  free(out);
  free(field);
  return 0;
}

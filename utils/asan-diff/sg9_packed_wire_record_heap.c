// EXPECT: heap-buffer-overflow
// Wire records are a packed struct (13 bytes, unaligned 8-byte field). The
// buffer holds `count` records, but the loop reads the timestamp of record
// `count` (the header's count includes the trailer record) — an unaligned
// 8-byte load straddling the end of the heap block.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct __attribute__((packed)) rec {
  uint8_t type;
  uint32_t id;
  uint64_t ts;
};

int main(int argc, char **argv) {
  int count = atoi(argv[1]) / 2;      /* 5 */
  struct rec *r = malloc(count * sizeof *r);
  for (int i = 0; i < count; i++) {
    r[i].type = argv[2][i];
    r[i].id = i;
    r[i].ts = 1000 + i * argc;
  }
  uint64_t last = 0;
  for (int i = 0; i <= count; i++)
    last = r[i].ts > last ? r[i].ts : last; // BUG
  printf("%zu %llu\n", sizeof(struct rec), (unsigned long long)last);
  free(r);
  return 0;
}

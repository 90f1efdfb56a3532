// EXPECT: stack-buffer-overflow
// A table of packed wire records (1-byte tag + unaligned 4-byte length,
// 5 bytes each) on the stack. The total-length loop runs `<= count`, so
// the last iteration reads a 4-byte unaligned length at bytes 26..29 of a
// 25-byte local.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct __attribute__((packed)) rec {
  uint8_t tag;
  uint32_t len;
};

__attribute__((noinline)) static uint64_t total_len(const struct rec *r,
                                                    int count) {
  uint64_t t = 0;
  for (int i = 0; i <= count; i++)
    t += r[i].len; // BUG
  return t;
}

int main(int argc, char **argv) {
  struct rec recs[5];
  int count = atoi(argv[1]) / 2; /* 5 */
  for (int i = 0; i < 5; i++) {
    recs[i].tag = (uint8_t)i;
    recs[i].len = (uint32_t)(i * 100 + argc);
  }
  printf("%llu\n", (unsigned long long)total_len(recs, count));
  return 0;
}

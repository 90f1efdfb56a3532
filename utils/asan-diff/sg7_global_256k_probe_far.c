// EXPECT: global-buffer-overflow
// An open-addressing hash table of 32768 8-byte slots (256 KiB) in a global
// probes with `(h + i) & (2 * CAP - 1)` (wrong mask), so a probe lands
// 4000 bytes past the table -- inside ASan's large-global redzone.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#define CAP 32768
static uint64_t g_slots[CAP];
__attribute__((noinline)) static long probe(unsigned h, int tries) {
  for (int i = 0; i < tries; i++) {
    unsigned idx = (h + (unsigned)i) & (2 * CAP - 1);
    if (g_slots[idx] == 0) return idx; // BUG
  }
  return -1;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  for (int i = 0; i < CAP; i++) g_slots[i] = (uint64_t)i + 1;
  unsigned h = CAP + 500 - (unsigned)n;  /* 33258: slot CAP + 490, 3920 bytes past */
  printf("%ld %d\n", probe(h, 3), argc);
  return 0;
}

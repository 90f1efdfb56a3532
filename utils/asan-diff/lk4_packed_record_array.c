// EXPECT: leak
// A wire-format table of 16 packed 9-byte records {tag; buffer pointer} holds
// the only pointer to each record's buffer. The pointer of record i sits at
// byte 9*i+1 of the table: aligned to 8 only for records 7 and 15. LSan scans
// aligned words only (use_unaligned=0), so it sees exactly those two buffers
// and reports the other 14 as leaked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct __attribute__((packed)) rec {
  unsigned char tag;
  char *buf;
};

_Static_assert(sizeof(struct rec) == 9, "packed record");

struct rec g_table[16] __attribute__((aligned(16))); /* extern: the optimizer may not split it */

__attribute__((noinline)) static void load(int n) {
  for (int i = 0; i < 16; i++) {
    size_t sz = (size_t)n + (size_t)i * 2 + 1;
    char *b = malloc(sz);
    memset(b, 'a' + i, sz - 1);
    b[sz - 1] = 0;
    g_table[i].tag = (unsigned char)i;
    memcpy((char *)&g_table[i] + 1, &b, sizeof b);
  }
}

__attribute__((noinline)) static size_t total_len(void) {
  size_t t = 0;
  for (int i = 0; i < 16; i++) {
    char *b;
    memcpy(&b, (char *)&g_table[i] + 1, sizeof b);
    t += strlen(b);
  }
  return t;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  load(n);
  scrub();
  size_t t = total_len();
  scrub();
  printf("records 16 total %zu\n", t);
  return 0;
}

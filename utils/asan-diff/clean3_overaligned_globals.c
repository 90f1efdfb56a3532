// EXPECT: none
// Globals aligned to 64, 256 and 4096 bytes, a global struct with an
// over-aligned member, and static locals of odd sizes, each read and
// written at its last byte through a volatile index and with memcpy.
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

alignas(4096) static unsigned char page_buf[4096 + 7];
alignas(256) unsigned char block256[300];
alignas(64) static int ints64[17];
struct Rec {
  char c;
  alignas(64) long vals[3];
  char last;
};
static struct Rec recs[4];
static volatile size_t vidx;

__attribute__((noinline)) static unsigned long scan(const void *p, size_t n) {
  const unsigned char *b = p;
  unsigned long s = 0;
  for (size_t i = 0; i < n; i++) s += b[i];
  return s;
}

int main(int argc, char **argv) {
  int v = atoi(argv[1]);
  static char s7[7];
  static short s33[33];
  unsigned bad = (uintptr_t)page_buf % 4096 + (uintptr_t)block256 % 256 +
                 (uintptr_t)ints64 % 64 + (uintptr_t)recs[1].vals % 64;
  memset(page_buf, v, sizeof page_buf);
  memset(block256, v + 1, sizeof block256);
  for (int i = 0; i < 17; i++) ints64[i] = i * v;
  for (int i = 0; i < 4; i++) {
    recs[i].c = (char)i;
    recs[i].vals[2] = i * 100L;
    recs[i].last = (char)(i + v);
  }
  vidx = sizeof page_buf - 1;
  page_buf[vidx] ^= 0x55;
  vidx = sizeof block256 - 1;
  block256[vidx] = 9;
  vidx = 16;
  ints64[vidx] += 3;
  vidx = 3;
  recs[vidx].last++;
  memcpy(s7, argv[2], sizeof s7);
  for (int i = 0; i < 33; i++) s33[i] = (short)(i * 3);
  vidx = 32;
  unsigned long t = scan(page_buf, sizeof page_buf) + scan(block256, sizeof block256) +
                    scan(ints64, sizeof ints64) + scan(recs, sizeof recs) +
                    scan(s7, sizeof s7) + (unsigned long)s33[vidx];
  printf("%lu %u %d\n", t, bad, argc);
  return 0;
}

// EXPECT: stack-buffer-overflow
// FLAGS: -fno-unroll-loops -fno-vectorize -fno-slp-vectorize
// A checksum loop over a local packet, built without unrolling or
// vectorization so it is one scalar load per byte; the loop bound counts
// the trailing checksum byte that the packet array does not have.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PAYLOAD 24

__attribute__((noinline)) static unsigned checksum(const unsigned char *p,
                                                   size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i <= n; i++) s = (s << 1 | s >> 31) ^ p[i]; // BUG
  return s;
}

int main(int argc, char **argv) {
  unsigned char pkt[PAYLOAD];
  memset(pkt, atoi(argv[1]), sizeof pkt);
  memcpy(pkt, argv[2], 8);
  printf("%08x\n", checksum(pkt, sizeof pkt));
  return 0;
}

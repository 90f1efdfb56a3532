// EXPECT: global-buffer-overflow
// An unaligned 4-byte read of a packed global array that starts 2 bytes
// before its end (a read straddling the end).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct __attribute__((packed)) E { char k; int v; short x; };
struct E tbl[6];
int main(int argc, char **argv) {
  int off = atoi(argv[1]) * 4; /* 40: bytes 40..43 of a 42-byte global */
  int r;
  struct E *volatile t = tbl;
  r = *(int __attribute__((aligned(1))) *)((char *)t + off); // BUG
  printf("%zu %d\n", sizeof tbl, r);
  return 0;
}

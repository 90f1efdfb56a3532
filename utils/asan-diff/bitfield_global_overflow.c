// EXPECT: global-buffer-overflow
// A global struct whose last members are bit-fields and a short array; a
// store through the array index lands past the end of the global.
#include <stdio.h>
#include <stdlib.h>
struct Hdr { unsigned ver : 3; unsigned len : 13; unsigned short opts[3]; };
struct Hdr hdr = {1, 20, {1, 2, 3}};
int main(int argc, char **argv) {
  int k = atoi(argv[1]) - 5; /* opts[5]: 2 + 10 = byte 12 of an 8-byte struct */
  hdr.opts[k] = 9; // BUG
  printf("%zu %u %u\n", sizeof hdr, hdr.ver, hdr.len);
  return 0;
}

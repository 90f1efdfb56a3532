// EXPECT: none
// switch statements that jump into the middle of blocks: Duff's device
// copying between stack arrays, and cases placed inside nested blocks
// that declare arrays (entered without passing their declarations, then
// written before being read), all inside loops.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((noinline)) static void duff_copy(char *to, const char *from, int count) {
  int n = (count + 7) / 8;
  if (count <= 0) return;
  switch (count % 8) {
  case 0: do { *to++ = *from++;
  case 7:      *to++ = *from++;
  case 6:      *to++ = *from++;
  case 5:      *to++ = *from++;
  case 4:      *to++ = *from++;
  case 3:      *to++ = *from++;
  case 2:      *to++ = *from++;
  case 1:      *to++ = *from++;
          } while (--n > 0);
  }
}

__attribute__((noinline)) static long jump_in(int k) {
  long s = 0;
  switch (k % 4) {
  case 0: {
    int head[6];
    for (int i = 0; i < 6; i++) head[i] = i + k;
    s += head[5];
  case 1:;
    char mid[14];
    memset(mid, k & 0x7f, sizeof mid);
    s += mid[13];
    {
    case 2:;
      long tail[9];
      for (int i = 0; i < 9; i++) tail[i] = k * i;
      s += tail[8];
    }
    break;
  }
  default: {
    short other[21];
    for (int i = 0; i < 21; i++) other[i] = (short)(i - k);
    s += other[20];
  }
  }
  return s;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *text = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  long total = 0;
  for (int r = 0; r < n * 500; r++) {
    char src[64], dst[64];
    for (int i = 0; i < 64; i++) src[i] = text[(i + r) % 26];
    int count = r % 65;
    memset(dst, 0, sizeof dst);
    duff_copy(dst, src, count);
    total += count ? dst[count - 1] : 0;
    total += jump_in(r);
  }
  printf("%ld\n", total);
  return 0;
}

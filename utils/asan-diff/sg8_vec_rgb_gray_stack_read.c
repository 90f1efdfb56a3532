// EXPECT: stack-buffer-overflow
// Converting a row of packed 3-byte RGB pixels to gray. The row holds 21
// pixels but the width passed is the image width, 22; the loop's
// interleaved loads (vectorized at -O2 as stride-3 groups) read pixel 21,
// past the local row.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct rgb { uint8_t r, g, b; };

__attribute__((noinline)) static void to_gray(const struct rgb *px,
                                              uint8_t *out, int w) {
  for (int i = 0; i < w; i++)
    out[i] = (uint8_t)((px[i].r * 77 + px[i].g * 150 + px[i].b * 29) >> 8); // BUG
}

int main(int argc, char **argv) {
  struct rgb row[21];
  uint8_t gray[32];
  int w = atoi(argv[1]) * 2 + 2; /* 22 */
  for (int i = 0; i < 21; i++) {
    row[i].r = (uint8_t)(i * 11);
    row[i].g = (uint8_t)(i * 5 + argc);
    row[i].b = (uint8_t)(255 - i);
  }
  to_gray(row, gray, w);
  unsigned s = 0;
  for (int i = 0; i < 21; i++) s += gray[i];
  printf("%u\n", s);
  return 0;
}

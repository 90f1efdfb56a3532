// EXPECT: heap-buffer-overflow
// Crops a region out of an RGBA image row by row with a hand-written byte copy loop (which the
// optimizer turns into memcpy). The crop rectangle is clamped against the image's width but
// the destination rows are sized from the clamped width while the copy uses the requested
// width, so each row spills into the next and the last row runs past the destination.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct img { int w, h; uint8_t *px; };

static struct img crop(const struct img *src, int x, int y, int w, int h) {
  int cw = x + w > src->w ? src->w - x : w;
  int ch = y + h > src->h ? src->h - y : h;
  struct img out = { cw, ch, malloc((size_t)cw * ch * 4) };
  for (int r = 0; r < ch; r++) {
    const uint8_t *s = src->px + ((size_t)(y + r) * src->w + x) * 4;
    uint8_t *d = out.px + (size_t)r * cw * 4;
    size_t n = (size_t)w * 4;
    for (size_t i = 0; i < n; i++) d[i] = s[i]; // BUG
  }
  return out;
}

static uint32_t checksum(const struct img *im) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < (size_t)im->w * im->h * 4; i++) h = (h ^ im->px[i]) * 16777619u;
  return h;
}

int main(int argc, char **argv) {
  int s = argc > 1 ? atoi(argv[1]) : 10;
  const char *pat = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct img im = { 8 * s, 6 * s, NULL };
  im.px = malloc((size_t)im.w * im.h * 4);
  for (size_t i = 0; i < (size_t)im.w * im.h * 4; i++) im.px[i] = (uint8_t)(pat[i % 26] + i / 4);
  struct img a = crop(&im, 4, 4, 16, 16);            /* inside */
  struct img b = crop(&im, im.w - 20, 10, 32, 8);    /* wider than what is left */
  printf("%dx%d %08x, %dx%d %08x\n", a.w, a.h, checksum(&a), b.w, b.h, checksum(&b));
  free(a.px);
  free(b.px);
  free(im.px);
  return 0;
}

// EXPECT: none
// Image crop and pad with hand-written copy and fill loops (which the optimizer turns into
// memcpy/memset): the crop clamps the copy width to what remains of the source row, the
// padding fills each destination row to its very end, and a struct-sized header is copied by
// assignment into an allocation of exactly its size.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

struct hdr { uint32_t magic; uint16_t w, h; uint8_t fmt, flags; uint8_t reserved[6]; };
struct img { int w, h; uint8_t *px; };

static struct img crop_pad(const struct img *src, int x, int y, int w, int h, uint8_t fill) {
  struct img out = { w, h, malloc((size_t)w * h * 4) };
  for (int r = 0; r < h; r++) {
    uint8_t *d = out.px + (size_t)r * w * 4;
    size_t copied = 0;
    if (y + r < src->h && x < src->w) {
      int cw = x + w > src->w ? src->w - x : w;
      const uint8_t *s = src->px + ((size_t)(y + r) * src->w + x) * 4;
      for (size_t i = 0; i < (size_t)cw * 4; i++) d[i] = s[i];
      copied = (size_t)cw * 4;
    }
    for (size_t i = copied; i < (size_t)w * 4; i++) d[i] = fill;
  }
  return out;
}

int main(int argc, char **argv) {
  int s = argc > 1 ? atoi(argv[1]) : 10;
  const char *pat = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  struct img im = { 8 * s + 3, 6 * s + 1, NULL };
  im.px = malloc((size_t)im.w * im.h * 4);
  for (size_t i = 0; i < (size_t)im.w * im.h * 4; i++) im.px[i] = (uint8_t)(pat[i % 26] ^ i);
  struct img a = crop_pad(&im, 0, 0, im.w, im.h, 0);              /* the whole image */
  struct img b = crop_pad(&im, im.w - 5, im.h - 2, 16, 8, 0xff);  /* mostly padding */
  struct img c = crop_pad(&im, im.w, im.h, 3, 3, 7);              /* entirely outside */
  struct hdr h0 = { 0x494d4731, (uint16_t)b.w, (uint16_t)b.h, 4, 1, { 0 } };
  struct hdr *hp = malloc(sizeof *hp);
  *hp = h0;
  uint32_t sum = 0;
  for (size_t i = 0; i < (size_t)b.w * b.h * 4; i++) sum += b.px[i];
  printf("a %dx%d last %02x, b sum %u, c %02x, hdr %ux%u\n", a.w, a.h, a.px[(size_t)a.w * a.h * 4 - 1], sum,
         c.px[8 * 4 + 3], hp->w, hp->h);
  free(hp);
  free(a.px);
  free(b.px);
  free(c.px);
  free(im.px);
  return 0;
}

// EXPECT: none
// Image kernels at their borders: a cache-blocked transpose of a non-square image whose size
// is not a multiple of the block, a bilinear downscale/upscale that samples the last row and
// column exactly (x1 = min(x0 + 1, w - 1)), and a 5x5 box filter with mirrored borders.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define BLK 8

static void transpose(const uint8_t *src, uint8_t *dst, int w, int h) {
  for (int by = 0; by < h; by += BLK)
    for (int bx = 0; bx < w; bx += BLK)
      for (int y = by; y < by + BLK && y < h; y++)
        for (int x = bx; x < bx + BLK && x < w; x++) dst[(size_t)x * h + y] = src[(size_t)y * w + x];
}

static void resize(const uint8_t *src, int w, int h, uint8_t *dst, int nw, int nh) {
  for (int y = 0; y < nh; y++) {
    double fy = nh > 1 ? (double)y * (h - 1) / (nh - 1) : 0;
    int y0 = (int)fy, y1 = y0 + 1 < h ? y0 + 1 : h - 1;
    double ty = fy - y0;
    for (int x = 0; x < nw; x++) {
      double fx = nw > 1 ? (double)x * (w - 1) / (nw - 1) : 0;
      int x0 = (int)fx, x1 = x0 + 1 < w ? x0 + 1 : w - 1;
      double tx = fx - x0;
      double top = src[(size_t)y0 * w + x0] * (1 - tx) + src[(size_t)y0 * w + x1] * tx;
      double bot = src[(size_t)y1 * w + x0] * (1 - tx) + src[(size_t)y1 * w + x1] * tx;
      dst[(size_t)y * nw + x] = (uint8_t)(top * (1 - ty) + bot * ty + 0.5);
    }
  }
}

static int mirror(int v, int n) { return v < 0 ? -v - 1 : v >= n ? 2 * n - v - 1 : v; }

static void box5(const uint8_t *src, uint8_t *dst, int w, int h) {
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      int acc = 0;
      for (int dy = -2; dy <= 2; dy++)
        for (int dx = -2; dx <= 2; dx++) acc += src[(size_t)mirror(y + dy, h) * w + mirror(x + dx, w)];
      dst[(size_t)y * w + x] = (uint8_t)(acc / 25);
    }
}

static unsigned long checksum(const uint8_t *p, size_t n) {
  unsigned long s = 0;
  for (size_t i = 0; i < n; i++) s = s * 31 + p[i];
  return s;
}

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 10;
  const char *pat = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  int w = 3 * scale + 5, h = 2 * scale + 3;
  uint8_t *img = malloc((size_t)w * h), *t = malloc((size_t)w * h), *tt = malloc((size_t)w * h);
  for (int i = 0; i < w * h; i++) img[i] = (uint8_t)(pat[i % 26] * (i % 7));
  transpose(img, t, w, h);
  transpose(t, tt, h, w);
  int same = 1;
  for (int i = 0; i < w * h; i++) same &= img[i] == tt[i];
  int sw = w / 3 + 1, sh = h / 2 + 1;
  uint8_t *small = malloc((size_t)sw * sh), *big = malloc((size_t)w * h);
  resize(img, w, h, small, sw, sh);
  resize(small, sw, sh, big, w, h);
  box5(big, tt, w, h);
  box5(img, t, 2, 2); /* a tiny corner: mirroring right at the edges */
  printf("%dx%d transpose %s, small %lx, blurred %lx\n", w, h, same ? "ok" : "BAD", checksum(small, (size_t)sw * sh),
         checksum(tt, (size_t)w * h));
  free(img); free(t); free(tt); free(small); free(big);
  return 0;
}

// EXPECT: heap-buffer-overflow
// a box blur over a large RGBA image (several MiB, so the allocator maps it separately) samples the row below without clamping at the last row
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct image {
  int w, h;
  uint8_t *px; /* RGBA, row-major */
};

static struct image img_new(int w, int h) {
  struct image im = {w, h, malloc((size_t)w * h * 4)};
  return im;
}

static uint8_t *pixel(const struct image *im, int x, int y) { return im->px + ((size_t)y * im->w + x) * 4; }

static void fill_pattern(struct image *im, const char *seed, size_t sl) {
  for (int y = 0; y < im->h; y++)
    for (int x = 0; x < im->w; x++) {
      uint8_t *p = pixel(im, x, y);
      p[0] = (uint8_t)(seed[(size_t)(x / 16 + y / 16) % sl] * 3);
      p[1] = (uint8_t)(x ^ y);
      p[2] = (uint8_t)(y * 5);
      p[3] = 255;
    }
}

/* 3x3 box blur; x is clamped at the edges, y is not clamped at the bottom. */
static void blur(const struct image *src, struct image *dst) {
  for (int y = 0; y < src->h; y++) {
    int y0 = y > 0 ? y - 1 : 0;
    int y1 = y + 1;
    for (int x = 0; x < src->w; x++) {
      int x0 = x > 0 ? x - 1 : 0;
      int x1 = x + 1 < src->w ? x + 1 : x;
      for (int c = 0; c < 4; c++) {
        unsigned sum = 0, cnt = 0;
        for (int yy = y0; yy <= y1; yy++)
          for (int xx = x0; xx <= x1; xx++) {
            sum += pixel(src, xx, yy)[c]; // BUG
            cnt++;
          }
        pixel(dst, x, y)[c] = (uint8_t)(sum / cnt);
      }
    }
  }
}

static void histogram(const struct image *im, unsigned hist[4][16]) {
  memset(hist, 0, sizeof(unsigned[4][16]));
  size_t n = (size_t)im->w * im->h;
  for (size_t i = 0; i < n; i++)
    for (int c = 0; c < 4; c++) hist[c][im->px[i * 4 + c] >> 4]++;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGH";
  int w = 96 * n, h = 64 * n; /* 960x640 RGBA = 2.4 MB */
  struct image src = img_new(w, h), dst = img_new(w, h);
  fill_pattern(&src, seed, strlen(seed));
  blur(&src, &dst);
  unsigned hist[4][16];
  histogram(&dst, hist);
  unsigned peak = 0;
  int peak_bin = 0;
  for (int b = 0; b < 16; b++)
    if (hist[0][b] > peak) {
      peak = hist[0][b];
      peak_bin = b;
    }
  printf("%dx%d blurred, red peaks at bin %d (%u px)\n", w, h, peak_bin, peak);
  free(src.px);
  free(dst.px);
  return 0;
}

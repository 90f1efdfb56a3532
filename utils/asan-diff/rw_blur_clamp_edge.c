// EXPECT: heap-buffer-overflow
// A grayscale image pipeline: a synthetic image, a 3x3 Gaussian blur with clamp-to-edge borders,
// then a Sobel edge count. The blur clamps neighbour coordinates to [0, w] and [0, h] instead
// of [0, w-1] and [0, h-1]; inside the image that reads the next row, but at the bottom-right
// pixel it reads one past the image buffer.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct image {
  int w, h;
  uint8_t *px;
};

static struct image img_new(int w, int h) {
  struct image im = { w, h, calloc((size_t)w * h, 1) };
  return im;
}

static int clampi(int v, int lo, int hi) { return v < lo ? lo : v > hi ? hi : v; }

static uint8_t sample(const struct image *im, int x, int y) {
  x = clampi(x, 0, im->w);
  y = clampi(y, 0, im->h - 1);
  return im->px[(size_t)y * im->w + x]; // BUG
}

static struct image blur3(const struct image *src) {
  static const int k[3][3] = { { 1, 2, 1 }, { 2, 4, 2 }, { 1, 2, 1 } };
  struct image dst = img_new(src->w, src->h);
  for (int y = 0; y < src->h; y++)
    for (int x = 0; x < src->w; x++) {
      int acc = 0;
      for (int dy = -1; dy <= 1; dy++)
        for (int dx = -1; dx <= 1; dx++) acc += k[dy + 1][dx + 1] * sample(src, x + dx, y + dy);
      dst.px[(size_t)y * dst.w + x] = (uint8_t)((acc + 8) / 16);
    }
  return dst;
}

static int sobel_edges(const struct image *im, int threshold) {
  int edges = 0;
  for (int y = 1; y < im->h - 1; y++)
    for (int x = 1; x < im->w - 1; x++) {
      const uint8_t *p = im->px + (size_t)y * im->w + x;
      int gx = -p[-im->w - 1] - 2 * p[-1] - p[im->w - 1] + p[-im->w + 1] + 2 * p[1] + p[im->w + 1];
      int gy = -p[-im->w - 1] - 2 * p[-im->w] - p[-im->w + 1] + p[im->w - 1] + 2 * p[im->w] + p[im->w + 1];
      if (gx * gx + gy * gy > threshold * threshold) edges++;
    }
  return edges;
}

int main(int argc, char **argv) {
  int scale = argc > 1 ? atoi(argv[1]) : 10;
  const char *pattern = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  int w = 4 * scale + 3, h = 3 * scale + 1;
  struct image im = img_new(w, h);
  size_t plen = strlen(pattern);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      int inside = (x - w / 2) * (x - w / 2) + (y - h / 2) * (y - h / 2) < (h / 3) * (h / 3);
      im.px[(size_t)y * w + x] = (uint8_t)(inside ? 200 : pattern[(x + y) % plen]);
    }
  struct image b = blur3(&im);
  printf("%dx%d: %d edges before blur, %d after\n", w, h, sobel_edges(&im, 60), sobel_edges(&b, 60));
  free(im.px);
  free(b.px);
  return 0;
}

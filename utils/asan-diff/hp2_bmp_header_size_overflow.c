// EXPECT: allocation-size-too-big
// an image loader computes the pixel buffer size from header fields in int; a crafted header with a negative height makes the size negative and the size_t conversion asks malloc for ~2^64 bytes
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bmp_header {
  char magic[2];
  uint32_t file_size;
  uint32_t data_offset;
  int32_t width;
  int32_t height; /* negative: top-down rows */
  uint16_t bpp;
};

static uint32_t rd32(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint16_t rd16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }
static void wr32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

static int parse_header(const uint8_t *file, size_t len, struct bmp_header *h) {
  if (len < 30) return -1;
  memcpy(h->magic, file, 2);
  if (h->magic[0] != 'B' || h->magic[1] != 'M') return -1;
  h->file_size = rd32(file + 2);
  h->data_offset = rd32(file + 10);
  h->width = (int32_t)rd32(file + 18);
  h->height = (int32_t)rd32(file + 22);
  h->bpp = rd16(file + 28);
  if (h->bpp != 24 && h->bpp != 32) return -1;
  if (h->width <= 0 || h->width > 16384) return -1;
  return 0;
}

struct bitmap {
  int w, h;
  int stride;
  uint8_t *rows;
};

static int load_pixels(const uint8_t *file, size_t len, const struct bmp_header *h, struct bitmap *bm) {
  int stride = (h->width * (h->bpp / 8) + 3) & ~3;
  int size = stride * h->height;
  bm->rows = malloc((size_t)size); // BUG
  if (!bm->rows) return -1;
  bm->w = h->width;
  bm->h = h->height < 0 ? -h->height : h->height;
  bm->stride = stride;
  size_t avail = len > h->data_offset ? len - h->data_offset : 0;
  size_t want = (size_t)stride * (size_t)bm->h;
  memset(bm->rows, 0, want);
  memcpy(bm->rows, file + h->data_offset, avail < want ? avail : want);
  return 0;
}

static size_t make_file(uint8_t *buf, size_t cap, int w, int h, int bpp, const char *seed) {
  memset(buf, 0, cap);
  buf[0] = 'B';
  buf[1] = 'M';
  wr32(buf + 10, 54);
  wr32(buf + 18, (uint32_t)w);
  wr32(buf + 22, (uint32_t)h);
  buf[28] = (uint8_t)bpp;
  size_t n = 54;
  size_t sl = strlen(seed);
  for (; n < cap && n < 54 + (size_t)(w * 4 * (h < 0 ? -h : h)); n++) buf[n] = (uint8_t)seed[n % sl];
  wr32(buf + 2, (uint32_t)n);
  return n;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGH";
  static uint8_t file[8192];
  int heights[] = {n, n / 2, -n};
  unsigned long sum = 0;
  for (int k = 0; k < 3; k++) {
    size_t len = make_file(file, sizeof file, n * 2, heights[k], k == 1 ? 24 : 32, seed);
    struct bmp_header h;
    if (parse_header(file, len, &h)) {
      printf("image %d: bad header\n", k);
      continue;
    }
    struct bitmap bm;
    if (load_pixels(file, len, &h, &bm)) {
      printf("image %d: out of memory\n", k);
      continue;
    }
    for (int y = 0; y < bm.h; y++)
      for (int x = 0; x < bm.stride; x++) sum += bm.rows[(size_t)y * bm.stride + x];
    printf("image %d: %dx%d stride %d\n", k, bm.w, bm.h, bm.stride);
    free(bm.rows);
  }
  printf("sum %lu\n", sum);
  return 0;
}

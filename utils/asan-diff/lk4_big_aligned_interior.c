// EXPECT: leak
// A video pipeline allocates frame buffers of several MiB with 64 KiB (and
// 2 MiB) alignment for DMA. The frames being decoded are tracked only by
// their write cursors, deep inside the buffers (interior pointers, which
// keep them reachable); one frame's cursor has run exactly to its end (one
// past the last byte, pointing into no block) and a dropped frame has no
// pointer at all: those two buffers are reported as leaked.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct frame {
  unsigned char *cursor;
  size_t left;
};

static struct frame g_frames[4];

__attribute__((noinline)) static void *dma_alloc(size_t align, size_t size) {
  void *p = NULL;
  if (posix_memalign(&p, align, size) != 0) return NULL;
  memset(p, 0x11, size);
  return p;
}

__attribute__((noinline)) static void decode(int n) {
  size_t sz = ((size_t)3 << 20) + (size_t)n * 1000;
  unsigned char *a = dma_alloc(1 << 16, sz);
  unsigned char *b = dma_alloc(1 << 21, sz + 4096);
  unsigned char *c = dma_alloc(1 << 16, sz + 8192);
  unsigned char *d = dma_alloc(1 << 21, sz + 12288);
  g_frames[0].cursor = a + sz - 17; /* near the end */
  g_frames[0].left = 17;
  g_frames[1].cursor = b + (sz + 4096) / 2 + 3;
  g_frames[1].left = (sz + 4096) / 2 - 3;
  g_frames[2].cursor = c + sz + 8192; // BUG: one past the end
  g_frames[2].left = 0;
  g_frames[3].cursor = NULL; // BUG: frame d dropped
  g_frames[3].left = (size_t)(d[0] + d[sz]);
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  decode(n);
  scrub();
  printf("%d %d %zu %zu\n", g_frames[0].cursor[0], g_frames[1].cursor[0], g_frames[2].left,
         g_frames[3].left);
  return 0;
}

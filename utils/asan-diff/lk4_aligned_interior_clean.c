// EXPECT: none
// A DMA-style buffer manager allocates with posix_memalign, aligned_alloc,
// memalign and valloc. The buffers in use at exit are held only through
// cursors into their middle (interior pointers, which LSan counts); the
// others are freed. No leak may be reported.
#define _GNU_SOURCE
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct ring {
  unsigned char *rd;
  unsigned char *wr;
  size_t cap;
};

static struct ring g_rings[4];

__attribute__((noinline)) static void setup(int n) {
  size_t base = (size_t)n * 64;
  void *p = NULL;
  if (posix_memalign(&p, 4096, base * 3) != 0) exit(2);
  unsigned char *a = p;
  unsigned char *b = aligned_alloc(64, base * 2);
  unsigned char *c = memalign(256, base + 8);
  unsigned char *d = valloc(base * 5);
  unsigned char *bufs[4] = {a, b, c, d};
  size_t caps[4] = {base * 3, base * 2, base + 8, base * 5};
  for (int i = 0; i < 4; i++) {
    memset(bufs[i], i, caps[i]);
    g_rings[i].rd = bufs[i] + caps[i] / 3;
    g_rings[i].wr = bufs[i] + caps[i] / 2;
    g_rings[i].cap = caps[i];
  }
  /* scratch buffers of the same families, released */
  void *q = NULL;
  if (posix_memalign(&q, 128, base) == 0) free(q);
  free(aligned_alloc(32, base));
  free(memalign(4096, base));
  free(valloc(base));
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  setup(n);
  scrub();
  long sum = 0;
  for (int i = 0; i < 4; i++) sum += g_rings[i].rd[0] + g_rings[i].wr[0] + (long)g_rings[i].cap;
  printf("sum %ld\n", sum);
  return 0;
}

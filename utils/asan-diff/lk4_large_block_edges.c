// EXPECT: leak
// A tile cache keeps views into large (mmap-backed) tile buffers: one view
// points at a buffer's last byte, one into the middle of another; both keep
// their buffers reachable (interior pointers). A third view is an "end"
// cursor one past the last byte of its buffer, and a small header block is
// also kept only by its end cursor: a pointer one past the end points into no
// block, so those two buffers are leaked.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct view {
  char *cur;
  size_t left;
};

static struct view g_last, g_mid, g_end, g_hdr_end;

__attribute__((noinline)) static void build(int n) {
  size_t big = (size_t)(1 << 20) + (size_t)n * 3;
  char *a = malloc(big), *b = malloc(big + 4096), *c = malloc(big + 8192);
  memset(a, 1, big);
  memset(b, 2, big + 4096);
  memset(c, 3, big + 8192);
  g_last.cur = a + big - 1;
  g_last.left = 1;
  g_mid.cur = b + (big + 4096) / 2;
  g_mid.left = (big + 4096) / 2;
  g_end.cur = c + big + 8192; // BUG
  g_end.left = 0;
  size_t hs = (size_t)n * 4 + 5;
  char *h = malloc(hs);
  memset(h, 4, hs);
  g_hdr_end.cur = h + hs; // BUG
  g_hdr_end.left = 0;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub(void) {
  char z[16384];
  memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  build(n);
  scrub();
  printf("%d %d %zu %zu\n", g_last.cur[0], g_mid.cur[0], g_end.left, g_hdr_end.left);
  return 0;
}

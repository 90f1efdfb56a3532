// EXPECT: global-buffer-overflow
// A 16-byte-aligned global DMA descriptor area of 20 bytes is cleared
// 8 bytes at a time with a loop that rounds the size up to 24.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

_Alignas(16) unsigned char g_desc[20];
int g_desc_ready;

static void clear_desc(unsigned char *p, size_t n) {
  for (size_t i = 0; i < (n + 7) / 8 * 8; i += 8)
    *(volatile uint64_t *)(p + i) = 0; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_desc[0] = (unsigned char)n;
  clear_desc(g_desc, sizeof g_desc + (size_t)(argc - 3));
  g_desc_ready = 1;
  printf("%d %d\n", g_desc[0], g_desc_ready);
  return 0;
}

// EXPECT: global-buffer-overflow
// A 3-byte global RGB triple is read as a 32-bit word (a "fast path" that
// assumes a 4-byte pixel), reading one byte past the global.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

unsigned char g_rgb[3] = {0x10, 0x20, 0x30};

static uint32_t load_pixel(const unsigned char *p) {
  return *(const uint32_t *)p; // BUG
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  g_rgb[0] = (unsigned char)n;
  const unsigned char *volatile p = g_rgb + (argc - 3);
  uint32_t px = load_pixel(p);
  printf("%08x\n", px & 0xffffffu);
  return 0;
}

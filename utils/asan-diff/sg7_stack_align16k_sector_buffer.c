// EXPECT: stack-buffer-overflow
// An O_DIRECT-style read path keeps its 512-byte sector buffer on the
// stack, aligned to 16 KiB (the page size of arm64 kernels built with 16K
// pages, so one code path serves both); the checksum loop runs to `<= n`
// and reads the byte after the sector.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#define SECTOR 512
__attribute__((noinline)) static unsigned checksum(const unsigned char *p, size_t n) {
  unsigned s = 0;
  for (size_t i = 0; i <= n; i++) s = s * 31 + p[i]; // BUG
  return s;
}
__attribute__((noinline)) static unsigned read_sector(const char *src, int n) {
  _Alignas(16384) unsigned char sector[SECTOR];
  for (int i = 0; i < SECTOR; i++) sector[i] = (unsigned char)src[(i * n) % 26];
  return checksum(sector, SECTOR);
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  printf("%u %d\n", read_sector(argv[2], n), argc);
  return 0;
}

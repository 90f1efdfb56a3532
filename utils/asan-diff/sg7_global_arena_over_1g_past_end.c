// EXPECT: global-buffer-overflow
// A bump allocator carves blocks out of a static arena of 1 GiB + 64 KiB
// in .bss (only the pages used are ever touched). Its capacity check
// allows 16 bytes of "header slack" past the end, so the block that fills
// the arena is cleared 16 bytes beyond it.
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define ARENA (((size_t)1 << 30) + 65536)
static unsigned char g_arena[ARENA];
static size_t g_top;
__attribute__((noinline)) static void *bump(size_t n) {
  if (g_top + n > ARENA + 16) return NULL;
  void *p = &g_arena[g_top];
  g_top += n;
  return p;
}
int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  void *big = bump(ARENA - 32);    /* the bulk of the arena, not touched */
  unsigned char *hdr = bump((size_t)n * 4 + 8);  /* 48 bytes: 16 too many */
  if (!big || !hdr) return 1;
  memset(hdr, 0, (size_t)n * 4 + 8); // BUG
  printf("%d %d\n", hdr[0], argc);
  return 0;
}

// EXPECT: global-buffer-overflow
// A 1 MiB static pool is handed out by a bump allocator whose bound check
// compares the start offset, not the end, so the last block's tail is
// written past the pool.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define POOL_SIZE (1 << 20)
static unsigned char g_pool[POOL_SIZE];
static size_t g_used;

static void *pool_alloc(size_t n) {
  if (g_used >= POOL_SIZE) return NULL; /* should check g_used + n */
  void *p = g_pool + g_used;
  g_used += n;
  return p;
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  size_t blk = 4096 + (size_t)(argc - 3);
  unsigned char *last = NULL;
  for (int i = 0; i < 255; i++) last = pool_alloc(blk);
  last = pool_alloc(blk - 16);
  last = pool_alloc(64); /* starts 16 bytes before the end */
  if (last)
    for (size_t i = 0; i < 64; i++)
      last[i] = (unsigned char)(i + n); // BUG
  printf("%zu %d\n", g_used, g_pool[0]);
  return 0;
}

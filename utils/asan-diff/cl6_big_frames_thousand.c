// EXPECT: none
// A multi-level tile renderer recurses 1000 levels; the frame size cycles
// through 8, 16, 32 and 64 KiB local tiles (four different functions), so
// about 30 MiB of stack is live at the bottom, on a thread created with a
// 64 MiB stack. Each level fills its tile completely, passes a pointer to
// its last row down, and reads the child's returned checksum together with
// the first and last bytes of its own tile after the call.
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long level(int depth, int max, const unsigned char *parent_row);

#define TILE_FN(NAME, KIB)                                                     \
  __attribute__((noinline)) static long NAME(int depth, int max,               \
                                             const unsigned char *prow) {      \
    unsigned char tile[(KIB)*1024];                                            \
    unsigned char seed = prow ? prow[depth % 64] : 7;                          \
    memset(tile, seed + depth, sizeof tile);                                   \
    tile[sizeof tile - 1] = (unsigned char)depth;                              \
    long below = depth + 1 < max ? level(depth + 1, max, tile + sizeof tile - 64) : 0; \
    return below + tile[0] + tile[sizeof tile - 1];                            \
  }

TILE_FN(tile8, 8)
TILE_FN(tile16, 16)
TILE_FN(tile32, 32)
TILE_FN(tile64, 64)

static long level(int depth, int max, const unsigned char *parent_row) {
  switch (depth % 4) {
  case 0: return tile8(depth, max, parent_row);
  case 1: return tile16(depth, max, parent_row);
  case 2: return tile32(depth, max, parent_row);
  default: return tile64(depth, max, parent_row);
  }
}

static void *render(void *arg) {
  int max = (int)(long)arg;
  long a = level(0, max, NULL);
  long b = level(1, max / 2, NULL);
  return (void *)(a - b);
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 64u << 20);
  pthread_t t;
  void *r;
  if (pthread_create(&t, &at, render, (void *)(long)(n * 100))) return 1;
  pthread_join(t, &r);
  pthread_attr_destroy(&at);
  printf("%ld\n", (long)r);
  return 0;
}

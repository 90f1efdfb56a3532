// EXPECT: use-after-poison
// A pool of 12-byte "point3" records in a malloc'd slab with a 24-byte stride
// (room for per-slot metadata that was never added): each handed-out object is
// unpoisoned for exactly its 12 bytes, so the last 12 bytes of every slot stay
// poisoned. A serializer writes a trailing 4-byte "w" coordinate it believes
// the struct has (it was removed from the struct in a refactor) right after
// the 12 bytes: the store lands in the slot's poisoned padding.
#include <sanitizer/asan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct point3 {
  float x, y, z;
};

#define STRIDE 24

struct pool {
  unsigned char *mem;
  int count, next;
};

static void pool_init(struct pool *p, int count) {
  p->mem = malloc((size_t)count * STRIDE);
  p->count = count;
  p->next = 0;
  ASAN_POISON_MEMORY_REGION(p->mem, (size_t)count * STRIDE);
}

static struct point3 *pool_new(struct pool *p) {
  if (p->next == p->count) return NULL;
  unsigned char *slot = p->mem + (size_t)p->next++ * STRIDE;
  ASAN_UNPOISON_MEMORY_REGION(slot, sizeof(struct point3));
  return (struct point3 *)slot;
}

static void put_w(struct point3 *pt, float w) {
  memcpy((char *)pt + sizeof *pt, &w, sizeof w); /* stale layout: x,y,z,w */
}

int main(int argc, char **argv) {
  int n = atoi(argv[1]);
  struct pool p;
  pool_init(&p, 64);
  struct point3 *pts[16];
  for (int i = 0; i < n; i++) {
    pts[i] = pool_new(&p);
    pts[i]->x = (float)i;
    pts[i]->y = (float)(argv[2][i] - 'A');
    pts[i]->z = 1.0f;
  }
  float w = 1.0f;
  for (int i = 0; i < n; i++) {
    *(volatile float *)((char *)pts[i] + sizeof(struct point3)) = w; // BUG
    put_w(pts[i], w);
  }
  printf("%f\n", pts[n - 1]->y);
  ASAN_UNPOISON_MEMORY_REGION(p.mem, 64 * STRIDE);
  free(p.mem);
  return 0;
}

// EXPECT: heap-buffer-overflow
// a fixed-size object pool rounds the slot stride up to 16 but allocates its block as count*size; threading the free list through the slots writes past the block
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pool {
  unsigned char *mem;
  size_t objsize, stride, count;
  void *free_list;
  size_t in_use, peak;
};

static size_t round_up(size_t n, size_t a) { return (n + a - 1) & ~(a - 1); }

static int pool_init(struct pool *p, size_t objsize, size_t count) {
  if (objsize < sizeof(void *)) objsize = sizeof(void *);
  p->objsize = objsize;
  p->stride = round_up(objsize, 16);
  p->count = count;
  p->mem = malloc(count * objsize);
  if (!p->mem) return -1;
  p->free_list = NULL;
  for (size_t i = count; i-- > 0;) {
    void **slot = (void **)(p->mem + i * p->stride);
    *slot = p->free_list; // BUG
    p->free_list = slot;
  }
  p->in_use = p->peak = 0;
  return 0;
}

static void *pool_alloc(struct pool *p) {
  void **slot = p->free_list;
  if (!slot) return NULL;
  p->free_list = *slot;
  if (++p->in_use > p->peak) p->peak = p->in_use;
  memset(slot, 0, p->objsize);
  return slot;
}

static void pool_free(struct pool *p, void *obj) {
  if (!obj) return;
  *(void **)obj = p->free_list;
  p->free_list = obj;
  p->in_use--;
}

static void pool_destroy(struct pool *p) { free(p->mem); }

struct particle {
  float x, y;
  float vx, vy;
  int life;
  int id;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  struct pool pool;
  if (pool_init(&pool, sizeof(struct particle), (size_t)n)) return 1;
  struct particle *live[64];
  int nlive = 0, spawned = 0, died = 0;
  for (int tick = 0; tick < n * 2; tick++) {
    /* spawn */
    struct particle *p = pool_alloc(&pool);
    if (p && nlive < 64) {
      p->id = spawned++;
      p->x = (float)(alpha[(size_t)tick % al] - 'A');
      p->y = 0;
      p->vx = 0.5f * (float)(tick % 3);
      p->vy = 1.0f;
      p->life = 3 + tick % 4;
      live[nlive++] = p;
    }
    /* step */
    for (int i = 0; i < nlive;) {
      struct particle *q = live[i];
      q->x += q->vx;
      q->y += q->vy;
      if (--q->life == 0) {
        live[i] = live[--nlive];
        pool_free(&pool, q);
        died++;
      } else {
        i++;
      }
    }
  }
  float ysum = 0;
  for (int i = 0; i < nlive; i++) ysum += live[i]->y;
  printf("spawned %d died %d live %d peak %zu ysum %.1f\n", spawned, died, nlive, pool.peak, ysum);
  pool_destroy(&pool);
  return 0;
}

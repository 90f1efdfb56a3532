// EXPECT: none
// a SIMD-style buffer pool built on posix_memalign and aligned_alloc: vectors are processed in blocks of four with a scalar tail, slots are carved at exact 64-byte strides, and realloc shrinks keep using the returned pointer
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vec {
  float *v;
  size_t n;
};

static struct vec vec_new(size_t n) {
  struct vec x = {NULL, n};
  void *p = NULL;
  if (posix_memalign(&p, 32, n * sizeof(float) ? n * sizeof(float) : 32) != 0) abort();
  x.v = p;
  return x;
}

static float dot(const struct vec *a, const struct vec *b) {
  float acc[4] = {0, 0, 0, 0};
  size_t i = 0;
  for (; i + 4 <= a->n; i += 4)
    for (int k = 0; k < 4; k++) acc[k] += a->v[i + k] * b->v[i + k];
  float s = acc[0] + acc[1] + acc[2] + acc[3];
  for (; i < a->n; i++) s += a->v[i] * b->v[i];
  return s;
}

static void axpy(float alpha, const struct vec *x, struct vec *y) {
  size_t i = 0;
  for (; i + 4 <= x->n; i += 4) {
    y->v[i] += alpha * x->v[i];
    y->v[i + 1] += alpha * x->v[i + 1];
    y->v[i + 2] += alpha * x->v[i + 2];
    y->v[i + 3] += alpha * x->v[i + 3];
  }
  for (; i < x->n; i++) y->v[i] += alpha * x->v[i];
}

struct slab {
  unsigned char *mem;
  size_t stride, count;
  uint64_t used;
};

static int slab_init(struct slab *s, size_t objsize, size_t count) {
  s->stride = (objsize + 63) & ~(size_t)63;
  s->count = count > 64 ? 64 : count;
  s->mem = aligned_alloc(64, s->stride * s->count);
  s->used = 0;
  return s->mem ? 0 : -1;
}

static void *slab_get(struct slab *s) {
  for (size_t i = 0; i < s->count; i++)
    if (!(s->used >> i & 1)) {
      s->used |= (uint64_t)1 << i;
      return s->mem + i * s->stride;
    }
  return NULL;
}

static void slab_put(struct slab *s, void *p) {
  size_t i = (size_t)((unsigned char *)p - s->mem) / s->stride;
  s->used &= ~((uint64_t)1 << i);
}

struct particle {
  float pos[3], vel[3];
  int id;
};

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t al = strlen(alpha);
  size_t len = (size_t)n * 3 + 3; /* not a multiple of four */
  struct vec a = vec_new(len), b = vec_new(len);
  for (size_t i = 0; i < len; i++) {
    a.v[i] = (float)(alpha[i % al] - 'A') * 0.5f;
    b.v[i] = (float)(i % 7) - 3.0f;
  }
  axpy(0.25f, &a, &b);
  float d = dot(&a, &b);
  /* shrink b to its first half and keep working through the new pointer */
  size_t half = len / 2;
  float *nb = realloc(b.v, half * sizeof(float));
  if (!nb) abort();
  b.v = nb;
  b.n = half;
  float tail = b.v[half - 1];
  struct slab s;
  if (slab_init(&s, sizeof(struct particle), (size_t)n)) return 1;
  struct particle *ps[64];
  int np = 0;
  for (int i = 0; i < n; i++) {
    ps[np] = slab_get(&s);
    if (!ps[np]) break;
    memset(ps[np], 0, s.stride);
    ps[np]->id = i;
    ps[np]->pos[0] = a.v[(size_t)i % len];
    np++;
  }
  float sx = 0;
  for (int i = 0; i < np; i++) sx += ps[i]->pos[0] + (float)ps[i]->id;
  for (int i = 0; i < np; i += 2) slab_put(&s, ps[i]);
  printf("dot %.3f tail %.3f particles %d sum %.2f used %016llx\n", d, tail, np, sx, (unsigned long long)s.used);
  free(s.mem);
  free(a.v);
  free(b.v);
  return 0;
}

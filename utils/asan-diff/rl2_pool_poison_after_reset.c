// EXPECT: use-after-poison
// the frame arena poisons its memory on reset (as an ASan-aware allocator does); a render command built last frame is still read from the queue
#include <sanitizer/asan_interface.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct frame_arena {
  unsigned char *base;
  size_t size, used, high_water;
  int resets;
};

static void fa_init(struct frame_arena *a, size_t size) {
  a->base = malloc(size);
  a->size = size;
  a->used = a->high_water = 0;
  a->resets = 0;
  ASAN_POISON_MEMORY_REGION(a->base, size);
}

static void *fa_alloc(struct frame_arena *a, size_t n) {
  n = (n + 15) & ~(size_t)15;
  if (a->used + n > a->size) return NULL;
  void *p = a->base + a->used;
  ASAN_UNPOISON_MEMORY_REGION(p, n);
  a->used += n;
  if (a->used > a->high_water) a->high_water = a->used;
  return p;
}

static void fa_reset(struct frame_arena *a) {
  ASAN_POISON_MEMORY_REGION(a->base, a->used);
  a->used = 0;
  a->resets++;
}

struct cmd {
  int kind;        /* 0 rect, 1 text */
  int x, y, w, h;
  char text[20];
  struct cmd *next;
};

struct queue {
  struct cmd *head, *tail;
  int count;
};

static void q_push(struct queue *q, struct cmd *c) {
  c->next = NULL;
  if (q->tail) q->tail->next = c; else q->head = c;
  q->tail = c;
  q->count++;
}

static long execute(struct queue *q, int *rects, int *texts) {
  long area = 0;
  for (struct cmd *c = q->head; c; c = c->next) {
    if (c->kind == 0) { area += (long)c->w * c->h; (*rects)++; } // BUG
    else { area += (long)strlen(c->text) * 8; (*texts)++; }
  }
  return area;
}

static void build_frame(struct frame_arena *a, struct queue *q, int frame, const char *label) {
  for (int i = 0; i < 4 + frame % 3; i++) {
    struct cmd *c = fa_alloc(a, sizeof *c);
    if (!c) break;
    c->kind = i % 2;
    c->x = i * 10;
    c->y = frame;
    c->w = 5 + i;
    c->h = 3 + frame % 4;
    snprintf(c->text, sizeof c->text, "%.*s#%d", 1 + i, label, frame);
    q_push(q, c);
  }
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *label = argc > 2 ? argv[2] : "HUD";
  struct frame_arena a;
  fa_init(&a, 4096);
  struct queue overlay = {NULL, NULL, 0};   /* meant to be rebuilt each frame */
  long total = 0;
  int rects = 0, texts = 0;
  for (int frame = 0; frame < n; frame++) {
    struct queue q = {NULL, NULL, 0};
    build_frame(&a, &q, frame, label);
    if (frame == 0) build_frame(&a, &overlay, 100, "overlay");  /* built once, by mistake */
    total += execute(&q, &rects, &texts);
    total += execute(&overlay, &rects, &texts);
    fa_reset(&a);
  }
  printf("frames=%d area=%ld rects=%d texts=%d high=%zu resets=%d\n", n, total, rects, texts,
         a.high_water, a.resets);
  free(a.base);
  return 0;
}

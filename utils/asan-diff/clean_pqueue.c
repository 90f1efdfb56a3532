// EXPECT: none
// A binary min-heap priority queue: Dijkstra on a weighted grid (growing heap) and top-k by heapifying an exact-size copy.
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pq_item { int prio; int id; };

struct pq {
  struct pq_item *a;
  int n, cap;
  long swaps;
};

static void pq_init(struct pq *q, int cap) {
  q->a = malloc((size_t)cap * sizeof *q->a);
  q->n = 0;
  q->cap = cap;
  q->swaps = 0;
}

static int less(const struct pq_item *x, const struct pq_item *y) {
  return x->prio < y->prio || (x->prio == y->prio && x->id < y->id);
}

static void swap_items(struct pq *q, int i, int j) {
  struct pq_item t = q->a[i];
  q->a[i] = q->a[j];
  q->a[j] = t;
  q->swaps++;
}

static void sift_up(struct pq *q, int i) {
  while (i > 0) {
    int parent = (i - 1) / 2;
    if (!less(&q->a[i], &q->a[parent])) break;
    swap_items(q, i, parent);
    i = parent;
  }
}

static void sift_down(struct pq *q, int i) {
  for (;;) {
    int l = 2 * i + 1, r = l + 1, m = i;
    if (l < q->n && less(&q->a[l], &q->a[m])) m = l;
    if (r < q->n && less(&q->a[r], &q->a[m])) m = r;
    if (m == i) return;
    swap_items(q, i, m);
    i = m;
  }
}

static void pq_push(struct pq *q, int prio, int id) {
  if (q->n == q->cap) {
    q->cap = q->cap * 2;
    q->a = realloc(q->a, (size_t)q->cap * sizeof *q->a);
  }
  q->a[q->n].prio = prio;
  q->a[q->n].id = id;
  sift_up(q, q->n++);
}

static struct pq_item pq_pop(struct pq *q) {
  struct pq_item top = q->a[0];
  q->a[0] = q->a[--q->n];
  sift_down(q, 0);
  return top;
}

/* Takes ownership of an array of exactly n items. */
static void pq_heapify(struct pq *q, struct pq_item *items, int n) {
  q->a = items;
  q->n = q->cap = n;
  q->swaps = 0;
  for (int i = n / 2 - 1; i >= 0; i--) sift_down(q, i);
}

#define W 24
#define H 16

static int cost_at(const unsigned char *grid, int x, int y) { return grid[y * W + x]; }

static long dijkstra(const unsigned char *grid, int sx, int sy, int tx, int ty, int *pops, long *swaps) {
  int *dist = malloc(W * H * sizeof *dist);
  for (int i = 0; i < W * H; i++) dist[i] = INT_MAX;
  struct pq q;
  pq_init(&q, 4);
  dist[sy * W + sx] = 0;
  pq_push(&q, 0, sy * W + sx);
  static const int dx[] = { 1, -1, 0, 0 }, dy[] = { 0, 0, 1, -1 };
  *pops = 0;
  while (q.n > 0) {
    struct pq_item it = pq_pop(&q);
    (*pops)++;
    if (it.prio > dist[it.id]) continue; /* stale entry */
    if (it.id == ty * W + tx) break;
    int x = it.id % W, y = it.id / W;
    for (int k = 0; k < 4; k++) {
      int nx = x + dx[k], ny = y + dy[k];
      if (nx < 0 || ny < 0 || nx >= W || ny >= H) continue;
      int c = cost_at(grid, nx, ny);
      if (c == 0) continue; /* wall */
      int nd = it.prio + c;
      if (nd < dist[ny * W + nx]) {
        dist[ny * W + nx] = nd;
        pq_push(&q, nd, ny * W + nx);
      }
    }
  }
  long d = dist[ty * W + tx];
  *swaps = q.swaps;
  free(q.a);
  free(dist);
  return d;
}

/* The k largest values: heapify a min-heap of the first k, then replace its root. */
static void top_k(const int *vals, int n, int k, int *out) {
  struct pq_item *items = malloc((size_t)k * sizeof *items);
  for (int i = 0; i < k; i++) { items[i].prio = vals[i]; items[i].id = i; }
  struct pq q;
  pq_heapify(&q, items, k);
  for (int i = k; i < n; i++) {
    if (vals[i] > q.a[0].prio) {
      q.a[0].prio = vals[i];
      q.a[0].id = i;
      sift_down(&q, 0);
    }
  }
  for (int i = k - 1; i >= 0; i--) out[i] = pq_pop(&q).prio;
  free(q.a);
}

int main(int argc, char **argv) {
  unsigned seed = argc > 1 ? (unsigned)atoi(argv[1]) : 10;
  const char *letters = argc > 2 ? argv[2] : "XYZ";
  unsigned char *grid = malloc(W * H);
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++) {
      seed = seed * 1103515245u + 12345u;
      int r = (int)((seed >> 16) % 10);
      grid[y * W + x] = (unsigned char)(r == 0 && x % 5 != 0 ? 0 : 1 + r);
    }
  int pops;
  long swaps;
  long d1 = dijkstra(grid, 0, 0, W - 1, H - 1, &pops, &swaps);
  printf("path (0,0)->(%d,%d): cost %ld, %d pops, %ld swaps\n", W - 1, H - 1, d1, pops, swaps);
  long d2 = dijkstra(grid, W / 2, 0, W / 2, H - 1, &pops, &swaps);
  printf("path top->bottom: cost %ld, %d pops, %ld swaps\n", d2, pops, swaps);

  int n = 200, vals[200];
  for (int i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    vals[i] = (int)((seed >> 8) % 10000) + letters[i % 26];
  }
  int best[6];
  top_k(vals, n, 6, best);
  printf("top 6:");
  for (int i = 0; i < 6; i++) printf(" %d", best[i]);
  printf("\n");

  /* Heap sort through the queue, checked. */
  struct pq q;
  pq_init(&q, 1);
  for (int i = 0; i < n; i++) pq_push(&q, vals[i], i);
  int prev = INT_MIN, sorted = 1;
  long sum = 0;
  while (q.n) {
    struct pq_item it = pq_pop(&q);
    sorted &= it.prio >= prev;
    prev = it.prio;
    sum += it.prio;
  }
  printf("heap sort %s, sum %ld, %ld swaps\n", sorted ? "ok" : "BROKEN", sum, q.swaps);
  free(q.a);
  free(grid);
  return 0;
}

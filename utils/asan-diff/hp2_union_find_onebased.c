// EXPECT: heap-buffer-overflow
// a Kruskal MST uses a union-find sized for n vertices, but the edge list numbers vertices from 1, so the last vertex's parent is read one past the array
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dsu {
  int *parent;
  int *rank;
  int n, sets;
};

static void dsu_init(struct dsu *d, int n) {
  d->parent = malloc((size_t)n * sizeof *d->parent);
  d->rank = calloc((size_t)n, sizeof *d->rank);
  for (int i = 0; i < n; i++) d->parent[i] = i;
  d->n = n;
  d->sets = n;
}

static int dsu_find(struct dsu *d, int x) {
  int root = x;
  while (d->parent[root] != root) root = d->parent[root]; // BUG
  while (d->parent[x] != root) {
    int next = d->parent[x];
    d->parent[x] = root;
    x = next;
  }
  return root;
}

static int dsu_union(struct dsu *d, int a, int b) {
  a = dsu_find(d, a);
  b = dsu_find(d, b);
  if (a == b) return 0;
  if (d->rank[a] < d->rank[b]) {
    int t = a;
    a = b;
    b = t;
  }
  d->parent[b] = a;
  if (d->rank[a] == d->rank[b]) d->rank[a]++;
  d->sets--;
  return 1;
}

static void dsu_free(struct dsu *d) {
  free(d->parent);
  free(d->rank);
}

struct edge {
  int u, v;
  int w;
};

static int by_weight(const void *a, const void *b) {
  const struct edge *x = a, *y = b;
  if (x->w != y->w) return x->w - y->w;
  if (x->u != y->u) return x->u - y->u;
  return x->v - y->v;
}

/* Vertices are numbered 1..n as in the input file format. */
static struct edge *make_edges(int n, const char *seed, size_t sl, int *m) {
  int cap = n * 3;
  struct edge *e = malloc((size_t)cap * sizeof *e);
  int k = 0;
  for (int i = 1; i <= n && k < cap; i++) {
    for (int j = 1; j <= 3 && k < cap; j++) {
      int v = 1 + (i * j + j) % n;
      if (v == i) continue;
      e[k].u = i;
      e[k].v = v;
      e[k].w = (seed[(size_t)(i * 3 + j) % sl] - 'A') + j;
      k++;
    }
  }
  *m = k;
  return e;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 10;
  const char *alpha = argc > 2 ? argv[2] : "ABCDEFGH";
  int m;
  struct edge *edges = make_edges(n, alpha, strlen(alpha), &m);
  qsort(edges, (size_t)m, sizeof *edges, by_weight);
  struct dsu d;
  dsu_init(&d, n);
  long total = 0;
  int used = 0;
  for (int i = 0; i < m && d.sets > 1; i++) {
    if (dsu_union(&d, edges[i].u, edges[i].v)) {
      total += edges[i].w;
      used++;
    }
  }
  printf("%d vertices, %d edges, MST uses %d with weight %ld, %d components\n", n, m, used, total, d.sets);
  dsu_free(&d);
  free(edges);
  return 0;
}

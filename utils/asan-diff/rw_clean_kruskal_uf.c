// EXPECT: none
// Kruskal's minimum spanning tree on a grid graph: edges in a heap array sorted with qsort,
// union-find over global arrays sized exactly for the vertex count (the last vertex used),
// with union by rank and path compression done recursively.
#include <stdio.h>
#include <stdlib.h>

#define MAXW 12
#define MAXV (MAXW * MAXW)

struct edge { int a, b, w; };

static int parent[MAXV];
static unsigned char rank_[MAXV];

static int find(int x) { return parent[x] == x ? x : (parent[x] = find(parent[x])); }

static int unite(int a, int b) {
  a = find(a);
  b = find(b);
  if (a == b) return 0;
  if (rank_[a] < rank_[b]) { int t = a; a = b; b = t; }
  parent[b] = a;
  if (rank_[a] == rank_[b]) rank_[a]++;
  return 1;
}

static int by_weight(const void *x, const void *y) {
  const struct edge *a = x, *b = y;
  if (a->w != b->w) return a->w < b->w ? -1 : 1;
  return a->a - b->a;
}

int main(int argc, char **argv) {
  int w = argc > 1 ? atoi(argv[1]) + 2 : MAXW;
  const char *salt = argc > 2 ? argv[2] : "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  if (w < 2 || w > MAXW) w = MAXW;
  int v = w * w;
  size_t ne = (size_t)2 * w * (w - 1);
  struct edge *edges = malloc(ne * sizeof *edges);
  size_t k = 0;
  for (int r = 0; r < w; r++)
    for (int c = 0; c < w; c++) {
      int id = r * w + c;
      if (c + 1 < w) edges[k++] = (struct edge){ id, id + 1, (salt[(id * 7) % 26] * 31 + id) % 97 };
      if (r + 1 < w) edges[k++] = (struct edge){ id, id + w, (salt[(id * 3) % 26] * 17 + id) % 89 };
    }
  qsort(edges, k, sizeof *edges, by_weight);
  for (int i = 0; i < v; i++) { parent[i] = i; rank_[i] = 0; }
  long total = 0;
  int used = 0;
  for (size_t i = 0; i < k && used < v - 1; i++)
    if (unite(edges[i].a, edges[i].b)) { total += edges[i].w; used++; }
  int roots = 0;
  for (int i = 0; i < v; i++) roots += find(i) == i;
  printf("%dx%d grid: %zu edges, MST uses %d, weight %ld, %d component(s), last vertex root %d\n", w, w, k, used,
         total, roots, find(v - 1));
  free(edges);
  return 0;
}

// EXPECT: global-buffer-overflow
// Percolation on an n x n grid with union-find (path halving, union by size) over global arrays.
// Two virtual sites, TOP and BOTTOM, sit after the n*n grid sites, but the arrays were sized
// for one extra site only; opening a bottom-row site unions it with BOTTOM, one past the end.
#include <stdio.h>
#include <stdlib.h>

#define MAXN 10

static int parent[MAXN * MAXN + 1];
static int size_[MAXN * MAXN + 1];
static unsigned char open_[MAXN * MAXN];
static int n, top, bottom, components;

static void uf_init(int grid) {
  n = grid;
  top = n * n;
  bottom = n * n + 1;
  for (size_t i = 0; i < sizeof parent / sizeof *parent; i++) {
    parent[i] = (int)i;
    size_[i] = 1;
  }
  components = n * n + 2;
}

static int find(int x) {
  while (parent[x] != x) { // BUG
    parent[x] = parent[parent[x]];
    x = parent[x];
  }
  return x;
}

static void unite(int a, int b) {
  int ra = find(a), rb = find(b);
  if (ra == rb) return;
  if (size_[ra] < size_[rb]) { int t = ra; ra = rb; rb = t; }
  parent[rb] = ra;
  size_[ra] += size_[rb];
  components--;
}

static void open_site(int r, int c) {
  int id = r * n + c;
  if (open_[id]) return;
  open_[id] = 1;
  if (r == 0) unite(id, top);
  if (r == n - 1) unite(id, bottom);
  static const int dr[] = { -1, 1, 0, 0 }, dc[] = { 0, 0, -1, 1 };
  for (int k = 0; k < 4; k++) {
    int rr = r + dr[k], cc = c + dc[k];
    if (rr < 0 || rr >= n || cc < 0 || cc >= n) continue;
    if (open_[rr * n + cc]) unite(id, rr * n + cc);
  }
}

static int percolates(void) { return find(top) == find(bottom); }

int main(int argc, char **argv) {
  int grid = argc > 1 ? atoi(argv[1]) : 10;
  if (grid < 2 || grid > MAXN) grid = MAXN;
  uf_init(grid);
  unsigned seed = argc > 2 ? (unsigned)argv[2][0] : 65u;
  int opened = 0;
  while (opened < grid * grid) {
    seed = seed * 1664525u + 1013904223u;
    int id = (int)((seed >> 10) % (unsigned)(grid * grid));
    if (open_[id]) continue;
    open_site(id / grid, id % grid);
    opened++;
    if (opened % grid == 0 && percolates()) break;
  }
  printf("%dx%d: percolates after %d sites (%.2f), %d components\n", grid, grid, opened,
         (double)opened / (grid * grid), components);
  for (int r = 0; r < grid; r++) {
    for (int c = 0; c < grid; c++) putchar(!open_[r * grid + c] ? '#' : find(r * grid + c) == find(top) ? '~' : '.');
    putchar('\n');
  }
  return 0;
}

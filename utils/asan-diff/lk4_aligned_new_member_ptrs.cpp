// EXPECT: leak
// Over-aligned simulation cells (alignas(128), allocated by the aligned
// operator new) are tracked only through pointers to their "state" member,
// 64 bytes into the object: interior pointers, which keep the cells
// reachable. Cells evicted from the tracker are not deleted, and nothing
// keeps a pointer to them or into them: they leak, with the history vector
// each one owns.
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

struct alignas(128) Cell {
  double pos[8];
  double state[4];
  std::vector<int> history;
};

static double *g_tracked[8];
static int g_ntracked;

static Cell *cell_of(double *state) {
  return reinterpret_cast<Cell *>(reinterpret_cast<char *>(state) - offsetof(Cell, state));
}

__attribute__((noinline)) static void simulate(int n) {
  for (int i = 0; i < 8; i++) {
    Cell *c = new Cell();
    c->state[0] = i;
    c->history.assign(static_cast<size_t>(n + i), i);
    g_tracked[g_ntracked++] = c->state;
  }
  // evict every third cell from the tracker
  int k = 0;
  for (int i = 0; i < g_ntracked; i++)
    if (i % 3 != 1) g_tracked[k++] = g_tracked[i]; // BUG: evicted cells not deleted
  for (int i = k; i < g_ntracked; i++) g_tracked[i] = nullptr;
  g_ntracked = k;
}

__attribute__((noinline, no_sanitize("address"))) static void scrub() {
  char z[16384];
  std::memset(z, 0, sizeof z);
  __asm__ volatile("" : : "r"(z) : "memory");
}

__attribute__((noinline)) static size_t census() {
  size_t t = 0;
  for (int i = 0; i < g_ntracked; i++) t += cell_of(g_tracked[i])->history.size();
  return t;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  simulate(n);
  scrub();
  std::printf("tracked %d history %zu\n", g_ntracked, census());
  return 0;
}

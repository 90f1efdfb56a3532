// EXPECT: alloc-dealloc-mismatch
// a tile grid allocates its cells with new[] but its reset path releases them with plain delete
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

struct Cell {
  uint8_t terrain;
  uint8_t height;
  uint16_t flags;
  int32_t owner;
};

class Grid {
 public:
  Grid(int w, int h) : w_(w), h_(h), cells_(new Cell[(size_t)w * h]()) {}
  ~Grid() { delete[] cells_; }
  Grid(const Grid &) = delete;
  Grid &operator=(const Grid &) = delete;

  int width() const { return w_; }
  int height() const { return h_; }
  bool in_bounds(int x, int y) const { return x >= 0 && y >= 0 && x < w_ && y < h_; }
  Cell &at(int x, int y) { return cells_[(size_t)y * w_ + x]; }
  const Cell &at(int x, int y) const { return cells_[(size_t)y * w_ + x]; }

  void resize(int w, int h) {
    Cell *fresh = new Cell[(size_t)w * h]();
    for (int y = 0; y < h && y < h_; y++)
      for (int x = 0; x < w && x < w_; x++) fresh[(size_t)y * w + x] = at(x, y);
    delete cells_; // BUG
    cells_ = fresh;
    w_ = w;
    h_ = h;
  }

 private:
  int w_, h_;
  Cell *cells_;
};

static void generate(Grid &g, const char *seed, size_t sl) {
  for (int y = 0; y < g.height(); y++)
    for (int x = 0; x < g.width(); x++) {
      Cell &c = g.at(x, y);
      c.height = (uint8_t)((seed[(size_t)(x * 7 + y * 3) % sl] - 'A') % 8);
      c.terrain = c.height < 2 ? 0 : c.height < 6 ? 1 : 2;
      c.owner = -1;
    }
}

static int flood_claim(Grid &g, int x0, int y0, int owner) {
  int stack[512][2];
  int sp = 0, claimed = 0;
  stack[sp][0] = x0;
  stack[sp][1] = y0;
  sp++;
  while (sp) {
    sp--;
    int x = stack[sp][0], y = stack[sp][1];
    if (!g.in_bounds(x, y)) continue;
    Cell &c = g.at(x, y);
    if (c.owner != -1 || c.terrain != 1) continue;
    c.owner = owner;
    claimed++;
    const int d[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    for (int k = 0; k < 4 && sp < 512; k++) {
      stack[sp][0] = x + d[k][0];
      stack[sp][1] = y + d[k][1];
      sp++;
    }
  }
  return claimed;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 10;
  const char *seed = argc > 2 ? argv[2] : "ABCDEFGH";
  size_t sl = std::strlen(seed);
  Grid g(n, n / 2 + 1);
  generate(g, seed, sl);
  int regions = 0, best = 0;
  for (int y = 0; y < g.height(); y++)
    for (int x = 0; x < g.width(); x++) {
      int c = flood_claim(g, x, y, regions);
      if (c) {
        regions++;
        if (c > best) best = c;
      }
    }
  std::printf("%dx%d: %d regions, largest %d\n", g.width(), g.height(), regions, best);
  g.resize(n + 4, n);
  generate(g, seed + 1, sl - 1);
  int water = 0;
  for (int y = 0; y < g.height(); y++)
    for (int x = 0; x < g.width(); x++) water += g.at(x, y).terrain == 0;
  std::printf("%dx%d after resize: %d water\n", g.width(), g.height(), water);
  return 0;
}

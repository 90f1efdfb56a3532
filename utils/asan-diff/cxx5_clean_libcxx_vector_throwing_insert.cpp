// EXPECT: none
// FLAGS: -stdlib=libc++
// libc++ annotated vectors where element construction throws in the middle of insert, emplace and growth.
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>
static int g_budget;
struct Cell {
  long v;
  explicit Cell(long x) : v(x) {}
  Cell(const Cell &o) : v(o.v) {
    if (--g_budget == 0) throw std::runtime_error("budget");
  }
  Cell &operator=(const Cell &o) {
    if (--g_budget == 0) throw std::runtime_error("budget");
    v = o.v;
    return *this;
  }
};
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  std::vector<Cell> cells;
  cells.reserve(n);
  int failures = 0;
  for (int round = 0; round < 6; round++) {
    g_budget = 2 + round * 3;
    try {
      for (int i = 0; i < n; i++) cells.push_back(Cell(argv[2][i]));
      std::vector<Cell> more(3, Cell(7));
      cells.insert(cells.begin() + 1, more.begin(), more.end());
      cells.emplace(cells.begin(), Cell(1));
    } catch (const std::exception &) {
      failures++;
    }
  }
  g_budget = -1;
  long s = 0;
  for (const Cell &c : cells) s += c.v;
  cells.erase(cells.begin(), cells.begin() + cells.size() / 2);
  for (size_t i = 0; i < cells.size(); i++) s += cells.data()[i].v;
  std::printf("%d %zu %ld\n", failures, cells.size(), s);
  return 0;
}

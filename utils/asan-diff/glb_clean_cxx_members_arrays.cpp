// EXPECT: none
// C++ globals of several kinds used within bounds: an out-of-line static
// data member array, a std::array at namespace scope, an anonymous
// namespace table, a function-local static with a dynamic initializer,
// and a global object built by its constructor before main.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <numeric>

class Pool {
public:
  static int slots[8];
  static int fill(int v) {
    for (int &s : slots) s = v++;
    return slots[7];
  }
};
int Pool::slots[8];

namespace cfg {
std::array<double, 5> gains = {1.0, 2.0, 3.0, 4.0, 5.0};
}

namespace {
const char *kinds[] = {"a", "b", "c"};
}

struct Table {
  int v[16];
  Table() { std::iota(v, v + 16, 100); }
};
Table g_table;

static int cached(int i) {
  static Table t;
  return t.v[i];
}

int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  int last = Pool::fill(n);
  double g = std::accumulate(cfg::gains.begin(), cfg::gains.end(), 0.0);
  volatile int k = 15 + (argc - 3);
  std::printf("%d %f %s %d %d\n", last, g, kinds[2], g_table.v[k], cached(k));
  return 0;
}

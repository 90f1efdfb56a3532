// EXPECT: none
// Namespace-scope and static-member arrays of structs (some with odd
// sizes, some constexpr), a global std::array, and a global 2-D table,
// indexed at their last elements through runtime indices and copied
// whole with std::copy and memcpy.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace geo {
struct Point3 {
  short x, y, z;
};
Point3 corners[8];
constexpr Point3 axes[3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
} // namespace geo

struct Registry {
  static char keys[11][5];
  static int values[11];
  static const double weights[7];
};
char Registry::keys[11][5];
int Registry::values[11];
const double Registry::weights[7] = {0.5, 1, 1.5, 2, 2.5, 3, 3.5};

std::array<long, 19> history;
static unsigned char grid[9][13];
static volatile int vi;

__attribute__((noinline)) static long use_all(int v) {
  for (int i = 0; i < 8; i++) geo::corners[i] = {short(i & 1), short(i >> 1 & 1), short(i >> 2)};
  for (int i = 0; i < 11; i++) {
    std::snprintf(Registry::keys[i], sizeof Registry::keys[i], "k%03d", i * v % 1000);
    Registry::values[i] = i * v;
  }
  for (int r = 0; r < 9; r++)
    for (int c = 0; c < 13; c++) grid[r][c] = (unsigned char)(r * 13 + c);
  std::fill(history.begin(), history.end(), v);
  vi = 7;
  long s = geo::corners[vi].z + geo::axes[vi % 3].z;
  vi = 10;
  s += Registry::values[vi] + Registry::keys[vi][3] + (long)Registry::weights[vi - 4];
  vi = 18;
  s += history[vi];
  vi = 8;
  s += grid[vi][12];
  geo::Point3 copy[8];
  std::copy(std::begin(geo::corners), std::end(geo::corners), copy);
  char keys[11][5];
  std::memcpy(keys, Registry::keys, sizeof keys);
  s += copy[7].x + keys[10][4] + (long)std::strlen(keys[10]);
  return s;
}

int main(int argc, char **argv) {
  int v = std::atoi(argv[1]);
  long total = 0;
  for (int r = 0; r < 10; r++) total += use_all(v + r);
  std::printf("%ld %d\n", total, argc);
  return 0;
}

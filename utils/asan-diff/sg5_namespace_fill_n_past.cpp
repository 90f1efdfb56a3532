// EXPECT: global-buffer-overflow
// std::fill_n on a namespace-scope double array with a count one too large.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
namespace cfg {
double weights[5];
int generation = 1;
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]) / 2 + 1; // 6
  std::fill_n(cfg::weights, n, 0.5); // BUG
  std::printf("%f %d %d\n", cfg::weights[0], cfg::generation, argc);
  return 0;
}

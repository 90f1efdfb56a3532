// EXPECT: global-buffer-overflow
// A namespace-scope std::array<double, 4> is written through operator[] one
// past its end by a histogram update whose bin is clamped with `<=`.
#include <array>
#include <cstdio>
#include <cstdlib>
namespace stats {
std::array<double, 4> bins{};
__attribute__((noinline)) void add(double v, int nbins) {
  int b = (int)v;
  if (b > nbins) b = nbins;
  bins[b] += 1.0; // BUG
}
}
int main(int argc, char **argv) {
  stats::add(std::atof(argv[1]), 4);
  std::printf("%f %d\n", stats::bins[0], argc);
  return 0;
}

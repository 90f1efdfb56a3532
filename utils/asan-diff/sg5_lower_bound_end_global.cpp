// EXPECT: global-buffer-overflow
// std::lower_bound on a global sorted threshold table returns end() for a
// key above every entry; the caller reads the element there.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
static const double kThresholds[6] = {0.5, 1.0, 2.5, 4.0, 6.5, 9.0};
__attribute__((noinline)) static double next_threshold(double v) {
  const double *p = std::lower_bound(kThresholds, kThresholds + 6, v);
  return *p; // BUG
}
int main(int argc, char **argv) {
  std::printf("%f %d\n", next_threshold(std::atof(argv[1])), argc);
  return 0;
}

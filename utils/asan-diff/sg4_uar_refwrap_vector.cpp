// EXPECT: stack-use-after-return
// A vector of std::reference_wrapper to a function's locals outlives the
// function.
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <vector>
__attribute__((noinline)) static std::vector<std::reference_wrapper<const double>> refs(double x) {
  double a = x, b = x * 2, c = x * 3;
  return {std::cref(a), std::cref(b), std::cref(c)};
}
int main(int argc, char **argv) {
  auto v = refs(std::atof(argv[1]));
  double s = 0;
  for (const double &d : v) s += d; // BUG
  std::printf("%f %d\n", s, argc);
  return 0;
}

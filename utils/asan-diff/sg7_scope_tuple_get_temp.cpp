// EXPECT: stack-use-after-scope
// FLAGS: -std=c++17
// A helper returns a std::tuple by value; the caller keeps a const
// reference to one element obtained via std::get on the temporary.
// std::get returns a reference, so no lifetime extension happens.
#include <cstdio>
#include <cstdlib>
#include <tuple>
struct Stats {
  long min, max, sum;
};
__attribute__((noinline)) static std::tuple<int, Stats, double> analyze(int n) {
  Stats s{n, n * 9L, n * 45L};
  return {n, s, n / 2.0};
}
__attribute__((noinline)) static long spread(const Stats &s) {
  return s.max - s.min; // BUG
}
int main(int argc, char **argv) {
  int n = std::atoi(argv[1]);
  const Stats &st = std::get<1>(analyze(n + argc));
  long r = spread(st);
  std::printf("%ld\n", r);
  return 0;
}

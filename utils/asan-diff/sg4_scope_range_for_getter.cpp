// EXPECT: stack-use-after-scope
// Range-for over a getter's reference into a temporary struct holding a
// std::array: the temporary dies before the loop body runs.
#include <array>
#include <cstdio>
#include <cstdlib>
struct Stats {
  std::array<int, 6> bins;
  const std::array<int, 6> &get() const { return bins; }
};
__attribute__((noinline)) static Stats collect(int n) {
  Stats s{};
  for (int i = 0; i < 6; i++) s.bins[i] = n * i;
  return s;
}
int main(int argc, char **argv) {
  long t = 0;
  for (int b : collect(std::atoi(argv[1])).get()) // BUG
    t += b;
  std::printf("%ld %d\n", t, argc);
  return 0;
}

// EXPECT: none
// A recursive std::function (it calls itself through a reference it
// captured) whose every level copies a captured array into a local one;
// nested lambdas capturing arrays by value are built inside the recursion
// and called before each level returns.
#include <array>
#include <cstdio>
#include <cstdlib>
#include <functional>

int main(int argc, char **argv) {
  int v = std::atoi(argv[1]);
  std::array<int, 13> base{};
  for (int i = 0; i < 13; i++) base[i] = argv[2][i] - 'A' + v;
  int weights[5] = {1, 3, 5, 7, 9};
  std::function<long(int, const int *)> walk;
  walk = [&walk, base, weights](int depth, const int *up) -> long {
    int level[13];
    for (int i = 0; i < 13; i++) level[i] = base[i] + (up ? up[12 - i] : 0) + depth;
    auto mix = [level, weights](int k) {
      long s = 0;
      for (int i = 0; i < 5; i++) s += (long)level[(k + i) % 13] * weights[i];
      return s + level[12];
    };
    long s = mix(depth) % 1009;
    if (depth > 0) s += walk(depth - 1, level);
    return s;
  };
  long total = 0;
  for (int r = 0; r < 20; r++) total += walk(200 + r, nullptr);
  std::printf("%ld %d\n", total, argc);
  return 0;
}
